import { datedFileName } from '../../app/file-name';

/** "acme-offsite-agenda-2026-12-03.md": company slug (if any), the day, the extension. */
export function agendaFileName(company: string, date: string, ext: 'md' | 'ics'): string {
  return datedFileName(company, 'offsite-agenda', date, ext);
}

export function offsiteTitle(ceoName: string, ctoName: string): string {
  return `CTO–CEO alignment offsite: ${ceoName.trim() || 'CEO'} and ${ctoName.trim() || 'CTO'}`;
}
