// @vitest-environment node
/**
 * parseBackup (shared/backup) against the hostile generator: every truncation of a real
 * backup, type confusion / HTML / unicode / prototype keys in every field, generic hostile
 * documents, and every round case from the main corpus wrapped as rounds[0] (parseBackup
 * must agree with parseRound on each).
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, serializeBackup, type Backup } from '../../../shared/backup/format';
import { parseRound } from '../../../shared/schema/round';
import type { Digest } from '../../../shared/reveal/types';
import { buildCorpus, genericCases, getAt, mutateDocument, prng, textFaults, validRound, type Expect, type TextCase } from '../../trust/hostile-inputs';

const sha256: Digest = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const PROTO_BEFORE = protoNames();

function validBackup(): Backup {
  const y = new Y.Doc();
  y.getArray('log').push(['entry']);
  return buildBackup({
    rounds: [validRound()],
    settings: { theme: 'dark', pageSize: 'A4' },
    docs: [{ id: 'workspace', update: Y.encodeStateAsUpdate(y), updatedAt: '2026-10-05T09:00:00.000Z', meta: 'workspace' }],
    now: '2026-10-05T09:00:00.000Z',
  });
}

function expectClear(errors: string[], where: string): void {
  expect(errors.length, where).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.trim().length, where).toBeGreaterThan(0);
    expect(e.length, `${where}: error too long (${e.length}): ${e.slice(0, 120)}…`).toBeLessThanOrEqual(500);
    expect(e, where).not.toMatch(/\n\s*at |node_modules/);
    expect(e, `${where}: names no path`).toMatch(/^\S[^\n]{0,200}?: \S|^… and \d+ more problems$/);
  }
}

function expectClean(value: unknown, where: string, depth = 0): void {
  if (depth > 50 || value === null || typeof value !== 'object') return;
  expect(Object.prototype.hasOwnProperty.call(value, '__proto__'), `${where}: own __proto__ key`).toBe(false);
  expect([Object.prototype, Array.prototype].includes(Object.getPrototypeOf(value)), `${where}: odd prototype`).toBe(true);
  for (const v of Object.values(value)) expectClean(v, where, depth + 1);
}

let cases: TextCase[] = [];

beforeAll(async () => {
  const rng = prng(4242);
  const backup = validBackup();
  const text = serializeBackup(backup);
  const corpus = await buildCorpus(sha256);
  // Every round case of the main corpus as the one round of a backup; the oracle is parseRound itself.
  const wrapped: TextCase[] = [];
  for (const c of corpus.texts.filter((x) => x.target === 'round')) {
    let value: unknown;
    try {
      value = JSON.parse(c.text);
    } catch {
      continue;
    }
    let wrappedText: string;
    try {
      wrappedText = JSON.stringify({ ...backup, rounds: [value] });
    } catch {
      continue; // 10k-deep values: covered as text by the main corpus
    }
    const expect: Expect = parseRound(value).ok ? 'accept' : 'reject';
    wrapped.push({ ...c, id: `backup/wrapped/${c.id}`, target: 'backup', text: wrappedText, expect, path: c.path && ['rounds', 0, ...c.path] });
  }
  const extra: TextCase[] = [
    ['long-format', { ...backup, format: 'x'.repeat(100_000) }],
    ['array-format', { ...backup, format: Array.from({ length: 10_000 }, () => 'accord-backup') }],
    ['newer-version', { ...backup, version: 2 }],
    ['long-version', { ...backup, version: 'v'.repeat(100_000) }],
    ['update-not-base64', { ...backup, docs: [{ id: 'workspace', update: '<script>window.__pwned=1</script>' }] }],
    ['update-empty', { ...backup, docs: [{ id: 'workspace', update: '' }] }],
    ['doc-duplicate-id', { ...backup, docs: [backup.docs[0], backup.docs[0]] }],
    ['round-duplicate-id', { ...backup, rounds: [backup.rounds[0], backup.rounds[0]] }],
    ['setting-key-too-long', { ...backup, settings: { ['k'.repeat(101)]: 'v' } }],
    ['setting-key-huge', { ...backup, settings: { ['k'.repeat(50_000)]: 'v' } }],
    ['too-many-settings', { ...backup, settings: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 'v'])) }],
  ].map(([id, doc]) => ({ id: `backup/extra/${id}`, kind: 'wrong-format', target: 'backup' as const, text: JSON.stringify(doc), expect: 'reject' as Expect }));
  cases = [
    ...textFaults('backup', text, true, rng),
    ...mutateDocument('backup', backup, rng, (v) => JSON.stringify(v, null, 1)),
    ...genericCases(rng),
    ...wrapped,
    ...extra,
    { id: 'backup/proto-setting', kind: 'prototype-pollution', target: 'backup', text: text.replace('"settings": {', '"settings": {"__proto__": "x", "constructor": "y",'), expect: 'either' },
  ];
}, 60_000);

describe('parseBackup against the hostile corpus', () => {
  it('never throws, refuses the invalid with short located errors, keeps accepted text verbatim', () => {
    expect(cases.length).toBeGreaterThan(3000);
    expect(parseBackup(serializeBackup(validBackup())).ok, 'valid control').toBe(true);
    let accepted = 0;
    for (const c of cases) {
      const expected: Expect = c.target === 'backup' ? c.expect : 'reject';
      let r: ReturnType<typeof parseBackup>;
      expect(() => (r = parseBackup(c.text)), c.id).not.toThrow();
      if (expected === 'accept') expect(r!.ok, `${c.id} must be accepted${r!.ok ? '' : `: ${r!.errors.slice(0, 2).join('; ')}`}`).toBe(true);
      if (expected === 'reject') expect(r!.ok, `${c.id} must be refused`).toBe(false);
      if (!r!.ok) {
        expectClear(r!.errors, c.id);
        expect(r!.errors.length, c.id).toBeLessThanOrEqual(51);
        if (c.id.startsWith('backup/wrapped/')) for (const e of r!.errors) expect(e, c.id).toMatch(/^rounds\[0\]|^… and/);
      } else {
        accepted++;
        expectClean(r!.value, c.id);
        if (c.injected !== undefined && c.path) expect(getAt(r!.value, c.path), `${c.id}: verbatim`).toBe(c.injected);
        // Accepted backups re-serialise to something that parses to the same thing.
        expect(parseBackup(serializeBackup(r!.value)), c.id).toEqual(r!);
      }
    }
    expect(accepted).toBeGreaterThan(50);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(protoNames()).toBe(PROTO_BEFORE);
  }, 120_000);
});
