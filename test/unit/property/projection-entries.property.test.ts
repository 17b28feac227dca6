import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCommitment } from '../../../shared/reveal/commitment';
import type { SealedPayload } from '../../../shared/reveal/types';
import { projectSession, type RawSession } from '../../../shared/session/projection';
import { projectSession as legacyProjectSession } from '../shared/session/legacy-projection';
import { SALT, samplePayload, sha256 } from '../shared/reveal/fixtures';
const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

/*
 * The comparison document's entries are written by the partner. Their checks moved to
 * valibot schemas with behaviour kept identical: on valid sessions with entries
 * replaced, removed or added (any JSON, near-valid values), the view equals, field for
 * field, the one the hand-written checks produced, and projecting never throws.
 */

const ceo = (): SealedPayload => ({ ...samplePayload(), role: 'ceo', personName: 'Alex' });
const cto = (): SealedPayload => samplePayload();

describe('comparison-document entries (fast-check)', { timeout: 120_000 }, () => {
  it('project exactly as the hand-written checks did', async () => {
    const c = { ceo: await createCommitment(ceo(), SALT, sha256), cto: await createCommitment(cto(), SALT, sha256) };
    const valid = (): RawSession => ({
      participants: { ceo: { id: 'a', name: 'Alex', state: 'sealed' }, cto: { id: 'b'.repeat(80), name: 'Dana', state: 'answering' } },
      commitments: {
        ceo: { commitment: c.ceo, sealedAt: '2026-10-05T09:00:00.000Z', name: 'Alex' },
        cto: { commitment: c.cto, sealedAt: '2026-10-05T09:00:00.000Z', name: 'Dana' },
      },
      acks: { ceo: { ceo: c.ceo, cto: c.cto }, cto: { ceo: c.ceo, cto: c.cto } },
      reveals: { ceo: { payload: ceo(), salt: SALT }, cto: { payload: cto(), salt: SALT } },
    });
    const NEAR: unknown[] = [
      'x'.repeat(100), 'x'.repeat(101), '  ', 'Alex', 'sealed', 'answering', 'cfo', c.ceo, c.cto, c.ceo.toUpperCase(), SALT, SALT.slice(2),
      '2026-02-30T09:00:00Z', '2026-10-05T09:00:00.000Z', 7, null, [], {}, { name: 'Alex', state: 'sealed' }, { payload: cto(), salt: SALT },
      { ...cto(), extra: 1 }, { ...cto(), role: 'ceo' },
    ];
    const near = fc.constantFrom(...NEAR);
    const value = fc.oneof(near, fc.jsonValue({ maxDepth: 3 }));
    const root = fc.constantFrom('participants', 'commitments', 'acks', 'reveals');
    const key = fc.constantFrom('ceo', 'cto', 'cfo', '__proto__', 'x'.repeat(30));
    const member = fc.constantFrom('id', 'name', 'state', 'commitment', 'sealedAt', 'ceo', 'cto', 'payload', 'salt');
    // Each edit: replace or remove a whole entry, or one member of an entry.
    const edit = fc.tuple(root, key, fc.option(member, { nil: undefined }), fc.option(value, { nil: undefined }));
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const raw = valid() as unknown as Record<string, Record<string, unknown>>;
        for (const [r, k, m, x] of edits) {
          const map = raw[r];
          if (m === undefined) {
            if (x === undefined) delete map[k];
            else Object.defineProperty(map, k, { value: x, enumerable: true, configurable: true, writable: true });
          } else if (map[k] && typeof map[k] === 'object' && !Array.isArray(map[k])) {
            const e = { ...(map[k] as Record<string, unknown>) };
            if (x === undefined) delete e[m];
            else e[m] = x;
            map[k] = e;
          }
        }
        const session = raw as unknown as RawSession;
        expect(await projectSession(session, sha256Now)).toEqual(await legacyProjectSession(session, sha256));
      }),
      { numRuns: 400 },
    );

    // And exhaustively: every member of every entry removed, or replaced by each near-valid value.
    const MEMBERS = { participants: ['id', 'name', 'state'], commitments: ['commitment', 'sealedAt', 'name'], acks: ['ceo', 'cto'], reveals: ['payload', 'salt'] };
    for (const [r, members] of Object.entries(MEMBERS)) {
      for (const k of ['ceo', 'cto']) {
        for (const m of members) {
          for (const x of [undefined, ...NEAR]) {
            const raw = valid() as unknown as Record<string, Record<string, Record<string, unknown>>>;
            if (x === undefined) delete raw[r][k][m];
            else raw[r][k][m] = x;
            const session = raw as unknown as RawSession;
            expect(await projectSession(session, sha256Now), `${r}.${k}.${m} = ${JSON.stringify(x)?.slice(0, 40)}`).toEqual(await legacyProjectSession(session, sha256));
          }
        }
      }
    }
  });
});
