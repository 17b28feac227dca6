// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BRIDGE_METHODS,
  IPC_CHANNELS,
  isIpcChannel,
  MAX_SAVE_BYTES,
} from '../../../shared/ipc';
import { requestValidators, validateFileSaveRequest, validatePdfPrintRequest } from '../../../shared/ipc-validate';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/format';

describe('IPC contract', () => {
  it('has one validator and one bridge method per channel', () => {
    expect(Object.keys(requestValidators).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(Object.values(BRIDGE_METHODS).sort()).toEqual([...IPC_CHANNELS].sort());
    expect(isIpcChannel('file:save')).toBe(true);
    expect(isIpcChannel('shell:exec')).toBe(false);
  });

  it('accepts well-formed requests', () => {
    expect(validateFileSaveRequest({ suggestedName: 'a', mime: 'text/csv', data: 'x' })).toEqual({
      ok: true,
      value: { suggestedName: 'a', mime: 'text/csv', data: 'x' },
    });
    expect(validatePdfPrintRequest({ pageSize: 'Letter' }).ok).toBe(true);
    expect(requestValidators['signaling:start'](undefined).ok).toBe(true);
    expect(requestValidators['app:info']({}).ok).toBe(true);
  });

  it('rejects unknown shapes with messages', () => {
    const cases: [unknown, RegExp][] = [
      [null, /expects an object, got null/],
      [[], /got array/],
      [Object.create({ suggestedName: 'x' }), /expects an object/],
      [{ suggestedName: 'x'.repeat(300), mime: 'text/plain', data: '' }, /longer than/],
      [{ suggestedName: 'x', mime: 'toString', data: '' }, /mime must be one of/],
      [{ suggestedName: 'x', mime: 'text/plain', data: { length: 1 } }, /data must be/],
      [{ suggestedName: 'x', mime: 'text/plain', data: new Uint8Array(MAX_SAVE_BYTES + 1) }, /larger than/],
    ];
    for (const [input, message] of cases) {
      const result = validateFileSaveRequest(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
    expect(validatePdfPrintRequest({ pageSize: 'a4' })).toEqual({ ok: false, error: 'pdf:print: pageSize must be one of A4, Letter' });
  });

  it('lets through the largest backup a restore accepts: the desktop app can save every backup it lets you make', () => {
    // exportAll allows up to MAX_BACKUP_BYTES (two full-size shared documents); file:save is how Electron writes it.
    expect(validateFileSaveRequest({ suggestedName: 'accord-backup-2026-11-26.json', mime: 'application/json', data: 'x'.repeat(MAX_BACKUP_BYTES) }).ok).toBe(true);
  });
});

