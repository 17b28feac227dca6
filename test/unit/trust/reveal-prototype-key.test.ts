// @vitest-environment node
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { projectSession } from '../../../shared/session/projection';
import { createCommitmentNow } from '../../../shared/reveal/commitment';
import { readRaw } from '../../../renderer/sync/comparison-doc';
import { validPayload } from '../../trust/hostile-inputs';

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const SALT = 'f0'.repeat(16);

/**
 * A dishonest partner (CTO) commits to a payload WITHOUT own `answers`/`warnings`, then —
 * after seeing our reveal — publishes a reveal whose object has an own key "__proto__"
 * holding the answers it picks now. lib0's readAny does `obj[key] = ...`, so on our laptop
 * that key becomes the object's prototype: canonicalJson/JSON.stringify (own keys) still
 * hash to the old commitment, but valibot's `key in input` reads the prototype's answers.
 */
describe('reveal binding vs prototype keys from the Y.Doc', () => {
  it('a partner must not be able to change its answers after the commitment and still be shown as verified', () => {
    const honest = validPayload('cto');
    const { answers: _a, warnings: _w, ...committedOwn } = honest;
    const commitment = createCommitmentNow(committedOwn as never, SALT, sha256);

    // Answers chosen after seeing ours: every answer flipped to something else.
    const chosenLater = JSON.parse(JSON.stringify(honest.answers)) as Record<string, { value: unknown }>;
    const first = Object.keys(chosenLater)[0];
    chosenLater[first] = { ...(chosenLater[first] as object), value: 1 } as never;
    // JSON.parse makes "__proto__" an own key (what a modified page sends).
    const own = JSON.parse(`{${JSON.stringify(committedOwn).slice(1, -1)},"__proto__":${JSON.stringify({ answers: chosenLater, warnings: honest.warnings })}}`);
    expect(Object.keys(own)).toContain('__proto__');

    const mallory = new Y.Doc();
    mallory.getMap('commitments').set('cto', { commitment, sealedAt: honest.sealedAt, name: honest.personName });
    mallory.getMap('reveals').set('cto', { payload: own, salt: SALT });
    const victim = new Y.Doc();
    Y.applyUpdate(victim, Y.encodeStateAsUpdate(mallory));

    const view = projectSession({ ...readRaw(victim), participants: {} }, sha256);
    expect('answers' in committedOwn).toBe(false); // what was committed to had no answers at all
    // HOLE (fails today): shown as verified, with answers chosen after seeing ours
    // (view.revealed.cto.answers === chosenLater, view.mismatches === []).
    expect(view.revealed.cto).toBeUndefined();
  });
});

describe('isRecord: plain JSON objects only', () => {
  it('refuses an object whose prototype a peer set through a "__proto__" key, accepts plain and null-prototype objects', async () => {
    const { isRecord } = await import('../../../shared/schema/rules');
    const doc = new Y.Doc();
    doc.getMap('m').set('x', JSON.parse('{"a":1,"__proto__":{"b":2}}'));
    const decoded = new Y.Doc();
    Y.applyUpdate(decoded, Y.encodeStateAsUpdate(doc));
    const value = decoded.getMap('m').get('x') as Record<string, unknown>;
    expect('b' in value).toBe(true); // what lib0's decoder makes of it
    expect(isRecord(value)).toBe(false);
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    expect(isRecord(JSON.parse('{"__proto__":{"b":2}}'))).toBe(true); // an own key from JSON.parse is just data
  });
});
