import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCommitmentNow } from '../../../../shared/reveal/commitment';
import type { SealedPayload } from '../../../../shared/reveal/types';
import { allStatements, FRAMEWORK } from '../../../../shared/framework/content';
import { projectSession, refusedReveal, type RawSession } from '../../../../shared/session/projection';
import { MAX_ENTRY_BYTES } from '../../../../renderer/sync/comparison-doc';
import { SALT, samplePayload } from '../reveal/fixtures';

// A partner's reveal padded with thousands of made-up answer ids (or warning signs): the schema
// would report each one, on every projection of the doc. It is named in one line instead.

const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const AT = samplePayload().sealedAt;

/** The partner (CTO) committed to exactly `payload` and revealed it. */
function revealed(payload: unknown): RawSession {
  const commitment = createCommitmentNow(payload as SealedPayload, SALT, sha256Now);
  return {
    participants: {},
    commitments: { cto: { commitment, sealedAt: AT, name: 'Dana' } },
    acks: {},
    reveals: { cto: { payload, salt: SALT } },
  };
}

const padded = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1]));

describe('a reveal with more entries than the diagnostic has', () => {
  it('15,000 made-up answer ids (inside the entry byte limit): one problem naming the count, not revealed', () => {
    const payload = { ...samplePayload(), answers: padded(15_000) };
    expect(JSON.stringify({ payload, salt: SALT }).length).toBeLessThan(MAX_ENTRY_BYTES);
    const view = projectSession(revealed(payload), sha256Now);
    const statements = allStatements().length;
    expect(view.problems).toEqual([`reveals.cto.payload.answers: 15000 entries, more than the diagnostic's ${statements} statements, ignored`]);
    expect(view.revealed).toEqual({});
    expect(refusedReveal(view, 'cto')).toBe(view.problems[0]);
  });

  it('made-up warning signs likewise', () => {
    const payload = { ...samplePayload(), warnings: padded(12_000) };
    const view = projectSession(revealed(payload), sha256Now);
    expect(view.problems).toEqual([`reveals.cto.payload.warnings: 12000 entries, more than the diagnostic's ${FRAMEWORK.warningSigns.length} warning signs, ignored`]);
    expect(view.revealed).toEqual({});
  });

  it('one answer per statement and every warning sign answered is a full round: revealed', () => {
    const answers = Object.fromEntries(allStatements().map((s) => [s.id, { value: 4 }]));
    const warnings = Object.fromEntries(FRAMEWORK.warningSigns.map((w) => [w.id, 'never']));
    const payload: SealedPayload = { ...samplePayload(), answers, warnings } as SealedPayload;
    const view = projectSession(revealed(payload), sha256Now);
    expect(view.problems).toEqual([]);
    expect(Object.keys(view.revealed.cto?.answers ?? {})).toHaveLength(allStatements().length);
  });

  it('one made-up id over a full round: still the count, and what else is wrong is left to the schema', () => {
    const full = Object.fromEntries(allStatements().map((s) => [s.id, { value: 4 }]));
    const over = projectSession(revealed({ ...samplePayload(), answers: { ...full, extra: { value: 4 } } }), sha256Now);
    expect(over.problems).toEqual([`reveals.cto.payload.answers: ${allStatements().length + 1} entries, more than the diagnostic's ${allStatements().length} statements, ignored`]);
    // An unknown framework is the schema's to name (its answers are not walked there).
    const unknown = projectSession(revealed({ ...samplePayload(), frameworkVersion: 99, answers: padded(50) }), sha256Now);
    expect(unknown.problems.join('\n')).toContain('frameworkVersion');
    // Answers that are not an object: the schema's message.
    const notObject = projectSession(revealed({ ...samplePayload(), answers: ['x'] }), sha256Now);
    expect(notObject.problems.join('\n')).toContain('reveals.cto.payload.answers');
  });
});
