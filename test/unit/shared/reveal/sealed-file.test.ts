import { describe, it, expect } from 'vitest';
import {
  COMMITMENT_MISMATCH,
  buildSealedFile,
  parseSealedFile,
  serializeSealedFile,
} from '../../../../shared/reveal/sealed-file';
import { SALT, samplePayload, sha256 } from './fixtures';

async function sealedText(): Promise<string> {
  return serializeSealedFile(await buildSealedFile(samplePayload(), SALT, sha256));
}

function edit(text: string, change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(text);
  change(file);
  return JSON.stringify(file);
}

describe('sealed files', () => {
  it('round-trips a sealed file', async () => {
    const file = await buildSealedFile(samplePayload(), SALT, sha256);
    expect(file.format).toBe('accord-sealed-round');
    expect(file.version).toBe(1);
    const parsed = await parseSealedFile(serializeSealedFile(file), sha256);
    expect(parsed).toEqual({ ok: true, value: file });
  });

  it('detects an answer changed after sealing', async () => {
    const tampered = edit(await sealedText(), (f) => {
      f.payload.answers['db-1'].value = 5;
    });
    expect(await parseSealedFile(tampered, sha256)).toEqual({ ok: false, errors: [COMMITMENT_MISMATCH] });
    expect(COMMITMENT_MISMATCH).toBe('commitment does not match: the file was changed after sealing');
  });

  it('detects an added field, even one the validator would drop', async () => {
    const tampered = edit(await sealedText(), (f) => {
      f.payload.extra = 'x';
    });
    expect(await parseSealedFile(tampered, sha256)).toEqual({ ok: false, errors: [COMMITMENT_MISMATCH] });
  });

  it('detects a swapped commitment', async () => {
    const tampered = edit(await sealedText(), (f) => {
      f.commitment = '0'.repeat(64);
    });
    expect(await parseSealedFile(tampered, sha256)).toEqual({ ok: false, errors: [COMMITMENT_MISMATCH] });
  });

  it('reports bad payload fields with where and what before checking the seal', async () => {
    const bad = edit(await sealedText(), (f) => {
      f.payload.answers['db-1'].value = 7;
      f.payload.role = 'cfo';
    });
    const r = await parseSealedFile(bad, sha256);
    expect(r).toEqual({
      ok: false,
      errors: [
        'payload.role: expected one of "ceo", "cto", got "cfo" (text)',
        'payload.answers["db-1"].value: expected 1–5, "dont-know" or null, got 7',
      ],
    });
  });

  it('rejects the wrong format, version, salt and commitment shape', async () => {
    const bad = edit(await sealedText(), (f) => {
      f.format = 'something-else';
      f.version = 2;
      f.salt = 'short';
      f.commitment = 'xyz';
    });
    const r = await parseSealedFile(bad, sha256);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'format: expected "accord-sealed-round", got "something-else" (text)',
        'version: expected 1, got 2',
        'salt: expected at least 32 lowercase hex characters, got "short" (text)',
        'commitment: expected 64 lowercase hex characters, got "xyz" (text)',
      ]);
    }
  });

  it('rejects oversized, deep and broken input before looking inside', async () => {
    const big = await parseSealedFile(await sealedText(), sha256, 100);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.errors[0]).toMatch(/too large/);

    const deep = await parseSealedFile('['.repeat(100) + ']'.repeat(100), sha256);
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.errors[0]).toMatch(/nested deeper than 32/);

    const broken = await parseSealedFile('{"format":', sha256);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/not valid JSON/);

    const notObject = await parseSealedFile('[]', sha256);
    expect(notObject).toEqual({ ok: false, errors: ['file: expected an object, got a list'] });
  });
});
