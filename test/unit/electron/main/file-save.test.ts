// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  buildSaveDialogOptions,
  finalSavePath,
  sanitizeFileName,
  saveFileWithDialog,
  suggestedFileName,
  withExtension,
} from '../../../../electron/main/file-save';

describe('sanitizeFileName', () => {
  it.each([
    ['Alignment report', 'Alignment report'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\evil.pdf', 'evil.pdf'],
    ['a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h'],
    ['line\nbreak\ttab', 'line-break-tab'],
    ['.hidden', 'hidden'],
    ['trailing. . ', 'trailing'],
    ['CON', '_CON'],
    ['lpt1.txt', '_lpt1.txt'],
    ['   ', 'accord-export'],
    ['...', 'accord-export'],
    ['Plan   for\u00a0\u00a0Q4', 'Plan for Q4'],
    ['. .-..hidden plan', 'hidden plan'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('caps the length and keeps the extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(300)}.pdf`);
    expect(name.length).toBe(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('falls back for non-strings', () => {
    expect(sanitizeFileName(undefined)).toBe('accord-export');
  });
});

describe('extension allowlist', () => {
  it('enforces the extension of the mime', () => {
    expect(withExtension('report', 'application/pdf')).toBe('report.pdf');
    expect(withExtension('report.PDF', 'application/pdf')).toBe('report.PDF');
    expect(withExtension('report.txt', 'application/pdf')).toBe('report.pdf');
    expect(withExtension('report.exe', 'text/csv')).toBe('report.exe.csv');
    expect(withExtension('plan.v2', 'text/calendar')).toBe('plan.v2.ics');
    expect(suggestedFileName('../Q3 plan.sh', 'text/markdown')).toBe('Q3 plan.sh.md');
  });

  it('re-applies it to the path chosen in the dialog', () => {
    expect(finalSavePath('/home/me/Documents/report', 'application/pdf')).toBe(path.join('/home/me/Documents', 'report.pdf'));
    expect(finalSavePath('/home/me/run.sh', 'application/json')).toBe(path.join('/home/me', 'run.sh.json'));
  });

  it('builds dialog options with one filter and a sanitised default path', () => {
    const opts = buildSaveDialogOptions({ suggestedName: '../x/Plan', mime: 'text/calendar', data: '' }, '/docs');
    expect(opts.defaultPath).toBe(path.join('/docs', 'Plan.ics'));
    expect(opts.filters).toEqual([{ name: 'Calendar (iCalendar)', extensions: ['ics'] }]);
    expect(opts.title).toBe('Save');
    expect(opts.properties).toEqual(['createDirectory', 'showOverwriteConfirmation']);
  });
});

describe('saveFileWithDialog (Electron dialog mocked)', () => {
  it('writes the data to the chosen path with the enforced extension', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-save-'));
    try {
      const result = await saveFileWithDialog(
        { suggestedName: 'plan', mime: 'text/csv', data: 'a,b\n1,2\n' },
        {
          showSaveDialog: async () => ({ canceled: false, filePath: path.join(dir, 'my plan') }),
          writeFile: (p, d) => fs.promises.writeFile(p, d),
          defaultDir: dir,
        },
      );
      expect(result).toEqual({ saved: true, path: path.join(dir, 'my plan.csv') });
      expect(fs.readFileSync(path.join(dir, 'my plan.csv'), 'utf8')).toBe('a,b\n1,2\n');

      const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
      const pdf = await saveFileWithDialog(
        { suggestedName: 'r', mime: 'application/pdf', data: bytes },
        {
          showSaveDialog: async () => ({ canceled: false, filePath: path.join(dir, 'r.pdf') }),
          writeFile: (p, d) => fs.promises.writeFile(p, d),
          defaultDir: dir,
        },
      );
      expect(pdf.saved).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'r.pdf'))).toEqual(Buffer.from(bytes));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const writeFile = vi.fn();
    const result = await saveFileWithDialog(
      { suggestedName: 'x', mime: 'text/plain', data: 'x' },
      { showSaveDialog: async () => ({ canceled: true, filePath: '' }), writeFile, defaultDir: '/tmp' },
    );
    expect(result).toEqual({ saved: false });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('writes nothing when the dialog was cancelled with a path, or confirmed without one (Electron dialog mocked)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-save-'));
    try {
      const write = (p: string, d: string | Uint8Array) => fs.promises.writeFile(p, d);
      const target = path.join(dir, 'x.txt');
      for (const answer of [{ canceled: true, filePath: target }, { canceled: false, filePath: undefined }, { canceled: false, filePath: '' }]) {
        const result = await saveFileWithDialog({ suggestedName: 'x', mime: 'text/plain', data: 'x' }, { showSaveDialog: async () => answer, writeFile: write, defaultDir: dir });
        expect(result).toEqual({ saved: false });
      }
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
