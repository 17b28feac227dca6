/** "acme-robotics-repair-plan-2026-05-04.pdf": company slug (if any), what the file is, the day, the extension. */
export function datedFileName(company: string, what: string, date: string, ext: string): string {
  const slug = company
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug ? `${slug}-` : ''}${what}-${date}.${ext}`;
}
