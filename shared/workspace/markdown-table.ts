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

/**
 * Text the partner may have written, outside a table cell: one line, "<" escaped. A line break
 * would open a heading or a notice of its own ("## Board approval"); a "<!--" a comment that
 * hides what follows.
 */
export function mdLine(text: string): string {
  return mdInline(text).replace(/</g, '&lt;');
}
