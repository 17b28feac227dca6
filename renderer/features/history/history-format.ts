import type { Round } from '../../../shared/assessment/types';
import { ROLE_LABELS } from '../../../shared/framework/labels';

export function day(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function roundName(r: Round): string {
  return `${r.label} · ${ROLE_LABELS[r.role]} ${r.personName}${r.receivedFrom ? ' (partner’s)' : ''}`;
}
