/** "acme-offsite-agenda-2026-12-03.md": company slug (if any), the day, the extension. */
export function agendaFileName(company: string, date: string, ext: 'md' | 'ics'): string {
  const slug = company
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug ? `${slug}-` : ''}offsite-agenda-${date}.${ext}`;
}

export function offsiteTitle(ceoName: string, ctoName: string): string {
  return `CTO–CEO alignment offsite: ${ceoName.trim() || 'CEO'} and ${ctoName.trim() || 'CTO'}`;
}
