import type { Round } from '../../../shared/assessment/types';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import { plainPartnerText } from '../../app/PartnerText';

export function day(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function roundName(r: Round): string {
  return `${plainPartnerText(r.label)} · ${ROLE_LABELS[r.role]} ${plainPartnerText(r.personName)}${r.receivedFrom ? ' (partner’s)' : ''}`;
}
