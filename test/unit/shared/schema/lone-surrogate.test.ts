import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildSealedFile, parseSealedFile, serializeSealedFile } from '../../../../shared/reveal/sealed-file';
import { buildBackup, parseBackup, serializeBackup } from '../../../../shared/backup/format';
import { canonicalJson } from '../../../../shared/reveal/canonical-json';
import { text } from '../../../../shared/schema/rules';
import { SALT, samplePayload, sha256 } from '../reveal/fixtures';
import { sealedRound, six } from '../history/fixtures';

/*
 * A lone UTF-16 surrogate ("\ud800" in a file's JSON) is valid JSON but not text: the
 * commitment's canonical JSON (RFC 8785) refuses it, so it must be refused where it enters.
 */
describe('lone surrogates in imported text', () => {
  it('a sealed file with one in the name says where, not "changed after sealing"', async () => {
    const sealed = serializeSealedFile(await buildSealedFile(samplePayload(), SALT, sha256));
    const file = JSON.parse(sealed) as { payload: { personName: string } };
    file.payload.personName = 'Al\ud800ex';
    const r = await parseSealedFile(JSON.stringify(file), sha256);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^payload\.personName: .*surrogate at character 3/);
  });

  it('a backup round with one is refused at its path (restored, it could never be sealed, compared or exported)', () => {
    const round = sealedRound({ id: 'q3-ceo', role: 'ceo', label: '2026-Q3', answers: [six(4), six(3), six(5), six(2)] });
    const bad = { ...round, personName: 'Alex \udc00' };
    expect(() => canonicalJson(bad)).toThrow(TypeError);
    const r = parseBackup(serializeBackup(buildBackup({ rounds: [bad], docs: [], now: '2026-11-26T12:00:00.000Z' })));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([expect.stringMatching(/^rounds\[0\]\.personName: .*surrogate at character 6/)]);
  });

  it('whatever text() accepts, canonical JSON can hash; emoji (surrogate pairs) stay accepted', () => {
    expect(v.safeParse(text(100), 'Alex 🙂').success).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '🙂', '\ud83d', '\ude42'), maxLength: 8 }), (s) => {
        if (v.safeParse(text(100, true), s).success) expect(() => canonicalJson({ s })).not.toThrow();
      }),
    );
  });
});
