import { describe, expect, it } from 'vitest';
import { pdfTextString, withPdfInfo } from '../../../../shared/plan/pdf-info';

/** A minimal classic-xref PDF, offsets computed like a writer would. */
function tinyPdf(): Uint8Array {
  const objs = ['1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const o of objs) {
    offsets.push(body.length);
    body += o;
  }
  const xref = body.length;
  body += `xref\n0 3\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('withPdfInfo', () => {
  it('appends an Info object and a trailer chained to the original xref', () => {
    const pdf = tinyPdf();
    const out = new TextDecoder('latin1').decode(withPdfInfo(pdf, { title: 'Plan', author: 'Dana (CEO) and Sam (CTO)' }));
    expect(out.startsWith(new TextDecoder('latin1').decode(pdf))).toBe(true);
    const added = out.slice(pdf.length);
    expect(added).toContain(`3 0 obj\n<< /Title ${pdfTextString('Plan')} /Author ${pdfTextString('Dana (CEO) and Sam (CTO)')}`);
    const objAt = out.indexOf('3 0 obj');
    expect(added).toContain(`xref\n3 1\n${String(objAt).padStart(10, '0')} 00000 n \n`);
    const prev = /startxref\n(\d+)/.exec(new TextDecoder('latin1').decode(pdf))![1];
    expect(added).toContain(`<< /Size 4 /Root 1 0 R /Info 3 0 R /Prev ${prev} >>`);
    expect(out.slice(Number(/startxref\n(\d+)\n%%EOF\n$/.exec(out)![1])).startsWith('xref\n3 1')).toBe(true);
  });

  it('encodes any name as UTF-16BE', () => {
    expect(pdfTextString('Zoë')).toBe('<FEFF005A006F00EB>');
  });

  it('refuses a file without a trailer, with a clear error', () => {
    expect(() => withPdfInfo(new TextEncoder().encode('%PDF-1.7\nnot a pdf'), { title: 't', author: 'a' })).toThrow(/classic trailer/);
  });
});
