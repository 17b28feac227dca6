/**
 * Sets the PDF's Title and Author. Chromium's printToPDF writes the page title
 * but no author, so the saved file gets an incremental update: a new Info
 * dictionary and a trailer pointing back to the original cross-reference
 * table. The original bytes stay untouched (a valid PDF edit, undoable by
 * truncation).
 */

const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');

/** A PDF text string as UTF-16BE hex with a byte-order mark: safe for any name. */
export function pdfTextString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export function withPdfInfo(pdf: Uint8Array, info: { title: string; author: string }): Uint8Array {
  const tail = latin1(pdf.subarray(Math.max(0, pdf.length - 2048)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const size = /\/Size\s+(\d+)/.exec(tail.slice(tail.lastIndexOf('trailer')));
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(tail.slice(tail.lastIndexOf('trailer')));
  if (!startxref || !size || !root || tail.lastIndexOf('trailer') < 0) {
    throw new Error('PDF metadata: the file does not end with a classic trailer (startxref, /Size, /Root).');
  }
  const id = Number(size[1]);
  const lead = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const obj = `${id} 0 obj\n<< /Title ${pdfTextString(info.title)} /Author ${pdfTextString(info.author)} /Creator (Accord) >>\nendobj\n`;
  const objOffset = pdf.length + lead.length;
  const xrefOffset = objOffset + obj.length;
  const xref =
    `xref\n${id} 1\n${String(objOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${id + 1} /Root ${root[1]} /Info ${id} 0 R /Prev ${startxref[1]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const added = new TextEncoder().encode(lead + obj + xref); // ASCII only: hex strings
  const out = new Uint8Array(pdf.length + added.length);
  out.set(pdf, 0);
  out.set(added, pdf.length);
  return out;
}
