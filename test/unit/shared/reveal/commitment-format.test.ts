import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSealedFile, parseSealedFile, serializeSealedFile } from '../../../../shared/reveal/sealed-file';
import { SALT, samplePayload, sha256 } from './fixtures';

/*
 * A second implementation of the commitment, written only from the README's
 * "Commitment format" section (RFC 8785 + SHA-256 via node:crypto). It shares no
 * code with shared/reveal and does not use JSON.stringify, so a drift in either
 * the app or the README shows up here.
 */
function jcs(v: unknown): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error('not a JSON number');
    return Object.is(v, -0) ? '0' : v.toString();
  }
  if (typeof v === 'string') return jcsString(v);
  if (Array.isArray(v)) return `[${v.map(jcs).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort(byCodeUnits);
    return `{${keys.map((k) => `${jcsString(k)}:${jcs(o[k])}`).join(',')}}`;
  }
  throw new Error(`not JSON: ${typeof v}`);
}

function byCodeUnits(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d) return d;
  }
  return a.length - b.length;
}

const SHORT: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r' };

function jcsString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) throw new Error('lone surrogate');
      out += s[i] + s[i + 1];
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) throw new Error('lone surrogate');
    else if (SHORT[c]) out += SHORT[c];
    else if (c < 0x20) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += s[i];
  }
  return `${out}"`;
}

function readmeCommitment(file: { payload: unknown; salt: unknown }): string {
  const salt = file.salt;
  if (typeof salt !== 'string' || !/^[0-9a-f]{32,256}$/.test(salt)) throw new Error('salt: 32–256 lowercase hex');
  const text = jcs({ payload: file.payload, salt });
  return createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
}

describe('commitment format, recomputed from the README alone', () => {
  it('a file sealed by the previous hand-written canonicaliser still verifies, both ways', async () => {
    const text = readFileSync(new URL('./golden/sealed-round-v1.json', import.meta.url), 'utf8');
    const raw = JSON.parse(text) as { payload: unknown; salt: string; commitment: string };
    expect(readmeCommitment(raw)).toBe(raw.commitment);
    expect(raw.commitment).toBe('8aebcbed64434ed19c74338d96951fe75f5f47a1826a1e2fbcee0e695bde6813');
    const parsed = await parseSealedFile(text, sha256);
    expect(parsed.ok).toBe(true);
  });

  it('a file sealed now (escapes, non-ASCII, U+2028, DEL, control characters) matches the README', async () => {
    const payload = samplePayload();
    payload.answers['db-1'].note = 'tab\there "q" \\ é 中文 😀 \u2028 \u007f \u0001 \u001f \b\f\r\n';
    payload.personName = 'Zoë';
    const file = await buildSealedFile(payload, SALT, sha256);
    const reread = JSON.parse(serializeSealedFile(file)) as typeof file;
    expect(readmeCommitment(reread)).toBe(file.commitment);
  });

  it('any change to payload or salt gives another commitment', async () => {
    const file = await buildSealedFile(samplePayload(), SALT, sha256);
    const changed = { ...file, payload: { ...file.payload, personName: 'Dana ' } };
    expect(readmeCommitment(changed)).not.toBe(file.commitment);
    expect(readmeCommitment({ ...file, salt: SALT.replace('0', '1') })).not.toBe(file.commitment);
    expect(readmeCommitment({ ...file, payload: { ...file.payload, extra: 1 } })).not.toBe(file.commitment);
  });
});
