/** Minimal GFM helpers shared by the workspace and plan exports. */

/** Makes text safe inside a table cell: pipes escaped, line breaks kept as <br>. */
export function mdCell(text: string): string {
  return text
    .replace(/\\(?=\|)/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

/** A GFM table; an empty body renders a single placeholder line instead. */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], empty = '_None yet._'): string {
  if (rows.length === 0) return empty;
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Single-line text for headings and list items. */
export function mdInline(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
