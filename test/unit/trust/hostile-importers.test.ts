// @vitest-environment node
/**
 * Every hostile input from test/trust/hostile-inputs.ts goes through every importer.
 * Each importer must: never throw; refuse what is invalid with short, located errors
 * (no stack traces); accept the valid controls (so this suite can fail); keep accepted
 * hostile text verbatim and free of prototype keys; and leave Object.prototype alone.
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, getAt, PROTO_KEYS, type Corpus, type Expect, type TextCase } from '../../trust/hostile-inputs';
import type { Digest } from '../../../shared/reveal/types';
import { safeParseJson } from '../../../shared/schema/json';
import { parseRound } from '../../../shared/schema/round';
import { parseSealedPayload } from '../../../shared/schema/sealed-payload';
import { parseSealedFile } from '../../../shared/reveal/sealed-file';
import { canonicalJson } from '../../../shared/reveal/canonical-json';
import { parseWorkspace } from '../../../shared/workspace/validate';
import { formatInvite, parseInvite, ALPHABET } from '../../../shared/invite/invite-code';
import { projectSession } from '../../../shared/session/projection';
import { requestValidators } from '../../../shared/ipc-validate';
import { IPC_CHANNELS, MAX_SUGGESTED_NAME_LENGTH } from '../../../shared/ipc';
import { decodeStoredRound } from '../../../renderer/data/dexie-round-repository';
import { checkPeerUpdate, type PeerLimits } from '../../../renderer/sync/peer-guard';
import { COMMITMENTS, PARTICIPANTS, REVEALS } from '../../../renderer/sync/comparison-doc';
import { MAX_FILE_BYTES, MAX_JSON_DEPTH, MAX_PEER_MESSAGE_BYTES } from '../../../shared/schema/limits';
const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

const sha256: Digest = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');
/** The app's comparison limits (renderer/sync/session.ts, which pulls in y-webrtc). */
const LIMITS: PeerLimits = { maxUpdateBytes: MAX_PEER_MESSAGE_BYTES, maxDocBytes: MAX_FILE_BYTES, roots: [PARTICIPANTS, COMMITMENTS, REVEALS] };

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const PROTO_BEFORE = protoNames();

/** A clear error: non-empty, short, one line of "where: what", never a stack trace. */
function expectClearErrors(errors: unknown, where: string, located = true): void {
  expect(Array.isArray(errors) && errors.length > 0, `${where}: at least one error`).toBe(true);
  for (const e of errors as unknown[]) {
    expect(typeof e, where).toBe('string');
    const s = e as string;
    expect(s.trim().length, `${where}: empty error`).toBeGreaterThan(0);
    expect(s.length, `${where}: error too long (${s.length}): ${s.slice(0, 120)}…`).toBeLessThanOrEqual(500);
    expect(s, `${where}: stack trace in error`).not.toMatch(/\n\s*at |\bat .+:\d+:\d+\)?$|node_modules|file:\/\//);
    if (located) expect(s, `${where}: error names no path: ${s.slice(0, 120)}`).toMatch(/^\S[^\n]{0,200}?: \S/);
  }
}

/** No own "__proto__"/"constructor"/"prototype" key anywhere in an accepted value. */
function expectNoProtoKeys(value: unknown, where: string, depth = 0): void {
  if (depth > 50 || value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    expect(PROTO_KEYS.includes(key), `${where}: accepted value carries key ${key}`).toBe(false);
    expectNoProtoKeys((value as Record<string, unknown>)[key], where, depth + 1);
  }
  expect([Object.prototype, Array.prototype, null].includes(Object.getPrototypeOf(value)), `${where}: odd prototype`).toBe(true);
}

/** Deepest bracket nesting outside strings (independent oracle for safeParseJson). */
function depthOf(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return max;
}

function nativeParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Faults that only exist in text (a value importer never sees them as such). */
const TEXT_LEVEL = new Set(['truncated-json', 'bom', 'junk', 'oversized-file']);

type Outcome = { ok: true; value: unknown } | { ok: false; errors: string[] };

function checkOutcome(c: TextCase, importer: string, expected: Expect, r: Outcome, located = true, rebuilt = true): void {
  const where = `${importer} ← ${c.id}`;
  if (expected === 'accept') expect(r.ok, `${where} must be accepted${r.ok ? '' : `: ${r.errors.slice(0, 2).join('; ')}`}`).toBe(true);
  if (expected === 'reject') expect(r.ok, `${where} must be refused`).toBe(false);
  if (!r.ok) expectClearErrors(r.errors, where, located);
  else {
    // safeParseJson is plain JSON (own "__proto__" keys are data); every schema reader rebuilds.
    if (rebuilt) expectNoProtoKeys(r.value, where);
    // Hostile text that is accepted comes back exactly as written: nothing run, nothing mangled.
    if (c.injected !== undefined && c.path && importer.startsWith(c.target)) expect(getAt(r.value, c.path), `${where}: text kept verbatim`).toBe(c.injected);
  }
}

let corpus: Corpus;
const counts: Record<string, number> = {};
const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);

beforeAll(async () => {
  corpus = await buildCorpus(sha256);
}, 60_000);

describe('the hostile corpus', () => {
  it('is deterministic and large: ≥ 1,000 distinct inputs, every family present', async () => {
    const again = await buildCorpus(sha256);
    expect(again.texts.map((c) => c.text)).toEqual(corpus.texts.map((c) => c.text));
    const ids = [...corpus.texts, ...corpus.yjs, ...corpus.invites].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const distinct = new Set([
      ...corpus.texts.map((c) => `t:${c.text}`),
      ...corpus.yjs.map((c) => `y:${Buffer.from(c.bytes).toString('hex')}`),
      ...corpus.invites.map((c) => `i:${typeof c.input === 'string' ? c.input : c.id}`),
    ]);
    expect(distinct.size).toBeGreaterThanOrEqual(1000);
    const kinds = new Set([...corpus.texts, ...corpus.yjs, ...corpus.invites].map((c) => c.kind));
    for (const k of ['truncated-json', 'oversized-string', 'oversized-file', 'deep-nesting', 'wrong-version', 'wrong-format', 'type-confusion', 'prototype-pollution', 'huge-array', 'unicode', 'html-payload', 'bad-seal', 'resealed-html', 'random-bytes', 'mutated-update', 'truncated-update', 'random'])
      expect(kinds.has(k), k).toBe(true);
    // Every text field of every document gets every HTML payload.
    expect(corpus.texts.filter((c) => c.kind === 'html-payload').length).toBeGreaterThan(500);
    console.info(`hostile corpus: ${corpus.texts.length} texts, ${corpus.yjs.length} Yjs updates, ${corpus.invites.length} invite codes, ${distinct.size} distinct`);
  });
});

describe('every importer against every hostile input', () => {
  it('safeParseJson and stored rows (decodeStoredRound): limits hold, never throws', () => {
    for (const c of corpus.texts) {
      const native = nativeParse(c.text);
      const bytes = Buffer.byteLength(c.text, 'utf8');
      // Lone surrogates encode as 3 bytes either way; the oracle is node's own UTF-8 count.
      const shouldAccept = native.ok && bytes <= MAX_FILE_BYTES && depthOf(c.text) <= MAX_JSON_DEPTH;
      const r = safeParseJson(c.text);
      count('safeParseJson');
      checkOutcome({ ...c, injected: undefined }, 'safeParseJson', shouldAccept ? 'accept' : 'reject', r, true, false);
      if (r.ok) expect(r.value, c.id).toEqual(native.ok ? native.value : undefined);

      const stored = decodeStoredRound({ id: 'row-1', body: c.text, updatedAt: '2026-10-01T00:00:00.000Z' } as Parameters<typeof decodeStoredRound>[0]);
      count('decodeStoredRound');
      const expected: Expect = c.target === 'round' ? c.expect : 'reject';
      const outcome: Outcome = stored.ok ? { ok: true, value: stored.round } : { ok: false, errors: [stored.problem.message] };
      checkOutcome(c, 'round(stored)', expected, outcome);
    }
    expect(protoNames()).toBe(PROTO_BEFORE);
  }, 120_000);

  it('parseSealedFile (node:crypto SHA-256): only intact, correctly sealed files pass', async () => {
    for (const c of corpus.texts) {
      const r = await parseSealedFile(c.text, sha256);
      count('parseSealedFile');
      const expected: Expect = c.target === 'sealed-file' ? c.expect : 'reject';
      checkOutcome({ ...c, target: c.target === 'sealed-file' ? ('sealed-file' as const) : c.target }, 'sealed-file', expected, r);
      if (r.ok) {
        // Independent check of the seal on exactly what was written.
        const raw = JSON.parse(c.text) as { payload: unknown; salt: string; commitment: string };
        expect(await sha256(canonicalJson({ payload: raw.payload, salt: raw.salt })), c.id).toBe(r.value.commitment);
        expect(Object.keys(r.value).sort(), c.id).toEqual(['commitment', 'format', 'payload', 'salt', 'version']);
      }
    }
    expect(protoNames()).toBe(PROTO_BEFORE);
  }, 120_000);

  it('parseRound, parseSealedPayload and parseWorkspace on every value the texts parse to', () => {
    const importers: [string, (v: unknown) => Outcome, TextCase['target']][] = [
      ['round', parseRound, 'round'],
      ['payload', (v) => parseSealedPayload(v), 'payload'],
      ['workspace', parseWorkspace, 'workspace'],
    ];
    for (const c of corpus.texts) {
      const native = nativeParse(c.text);
      if (!native.ok) continue;
      for (const [name, parse, target] of importers) {
        let expected: Expect = c.target === target ? c.expect : 'reject';
        if (c.target === target && TEXT_LEVEL.has(c.kind)) expected = 'either';
        const r = parse(native.value);
        count(name);
        checkOutcome(c, name, expected, r);
        // Accepted output is a fixed point: what we keep reads back the same.
        if (r.ok) expect(parse(JSON.parse(JSON.stringify(r.value))), `${name} ← ${c.id} round trip`).toEqual(r);
      }
    }
    expect(protoNames()).toBe(PROTO_BEFORE);
  }, 180_000);

  it('parseInvite: random and mutated codes, every text, every non-string', () => {
    const check = (input: unknown, expected: Expect, where: string) => {
      const r = parseInvite(input);
      count('parseInvite');
      if (expected === 'accept') expect(r.ok, where).toBe(true);
      if (expected === 'reject') expect(r.ok, where).toBe(false);
      if (!r.ok) expectClearErrors([r.error], where, false);
      else {
        const v = r.value;
        expect(v.room, where).toMatch(new RegExp(`^[${ALPHABET}]{10}$`));
        expect(v.secret, where).toMatch(new RegExp(`^[${ALPHABET}]{16}$`));
        expect(Number.isInteger(v.port) && v.port >= 1 && v.port <= 65535, where).toBe(true);
        expect(v.host, where).toMatch(/^[a-z0-9.-]+$/);
        expect(parseInvite(formatInvite(v)), where).toEqual(r);
      }
    };
    for (const c of corpus.invites) check(c.input, c.expect, c.id);
    for (const c of corpus.texts) check(c.text, 'reject', `invite ← ${c.id}`);
    expect(protoNames()).toBe(PROTO_BEFORE);
  }, 60_000);

  it('IPC requestValidators: every channel refuses every hostile value; valid requests pass', () => {
    const valid: Record<string, unknown[]> = {
      'file:save': [
        { suggestedName: 'plan.pdf', mime: 'application/pdf', data: new Uint8Array([1, 2]) },
        { suggestedName: 'plan.md', mime: 'text/markdown', data: '# Plan' },
        Object.assign(Object.create(null), { suggestedName: 'x.json', mime: 'application/json', data: '{}' }),
      ],
      'pdf:print': [{ pageSize: 'A4' }, { pageSize: 'Letter' }],
      'signaling:start': [undefined, {}],
      'signaling:stop': [undefined, {}],
      'app:info': [undefined, {}],
    };
    const good = { suggestedName: 'plan.pdf', mime: 'application/pdf', data: 'x' };
    const hostile: [string, unknown][] = [
      ['proto-key', JSON.parse('{"__proto__":{"polluted":"yes"},"suggestedName":"a.pdf","mime":"application/pdf","data":"x"}')],
      ['constructor-key', { ...good, constructor: { prototype: { polluted: 'yes' } } }],
      ['mime __proto__', { ...good, mime: '__proto__' }],
      ['mime toString', { ...good, mime: 'toString' }],
      ['mime hasOwnProperty', { ...good, mime: 'hasOwnProperty' }],
      ['mime text/x-shellscript', { ...good, mime: 'application/x-sh' }],
      ['name too long', { ...good, suggestedName: 'a'.repeat(MAX_SUGGESTED_NAME_LENGTH + 1) }],
      ['name blank', { ...good, suggestedName: ' \t ' }],
      ['name number', { ...good, suggestedName: 42 }],
      ['data number', { ...good, data: 42 }],
      ['data array', { ...good, data: [1, 2, 3] }],
      ['data buffer-like', { ...good, data: { byteLength: 2, 0: 1, 1: 2 } }],
      ['data ArrayBuffer', { ...good, data: new ArrayBuffer(4) }],
      ['class instance', new (class Req { suggestedName = 'a.pdf'; mime = 'application/pdf'; data = 'x'; })()],
      ['date', new Date()],
      ['pageSize lower', { pageSize: 'a4' }],
      ['pageSize proto', { pageSize: '__proto__' }],
      ['pageSize extra', { pageSize: 'A4', landscape: true }],
      ['function', () => 1],
      ['symbol', Symbol('x')],
      ['bigint', 10n],
    ];
    for (const channel of IPC_CHANNELS) {
      const validate = requestValidators[channel] as (v: unknown) => { ok: boolean; error?: string };
      for (const v of valid[channel]) expect(validate(v).ok, `${channel} control`).toBe(true);
      const refuse = (v: unknown, where: string) => {
        const r = validate(v);
        count('requestValidators');
        expect(r.ok, `${channel} ← ${where}`).toBe(false);
        expectClearErrors([r.error], `${channel} ← ${where}`, false);
        expect(r.error, `${channel} ← ${where}: names the channel`).toMatch(new RegExp(`^${channel}\\b`));
      };
      for (const [name, v] of hostile) {
        // Hostile requests for other channels are refused too; only the matching good shape passes.
        refuse(v, name);
      }
      for (const c of corpus.texts) {
        refuse(c.text, c.id);
        const native = nativeParse(c.text);
        if (!native.ok) continue;
        const v = native.value;
        const emptyObject = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
        if (emptyObject && valid[channel].some((x) => x !== undefined && Object.keys(x as object).length === 0)) continue;
        refuse(v, `${c.id} (parsed)`);
      }
    }
    expect(protoNames()).toBe(PROTO_BEFORE);
  }, 120_000);

  it('projectSession: hostile peer entries are dropped; a reveal is shown only if the sealed file would be accepted', async () => {
    const { sealedFile } = corpus.fixtures;
    // Valid control: the CEO's commitment and reveal from the fixture file are shown.
    const control = await projectSession(
      { participants: {}, commitments: { ceo: { commitment: sealedFile.commitment, sealedAt: sealedFile.payload.sealedAt, name: 'Alex' } }, reveals: { ceo: { payload: sealedFile.payload, salt: sealedFile.salt } } },
      sha256Now,
    );
    expect(control.revealed.ceo).toEqual(sealedFile.payload);
    expect(control.problems).toEqual([]);

    for (const c of corpus.texts) {
      const native = nativeParse(c.text);
      if (!native.ok) continue;
      const v = native.value;
      // The value in every slot of the shared document, and as a junk role key.
      const raw = { participants: { cto: v, 'no-such-role': v }, commitments: { cto: v }, reveals: { cto: v } };
      const view = await projectSession(raw, sha256Now);
      count('projectSession');
      expect(view.revealed, c.id).toEqual({});
      expect(view.complete, c.id).toBe(false);
      expectClearErrors(view.problems, `projectSession ← ${c.id}`);
      if (view.participants.cto) expect(typeof view.participants.cto.name === 'string' && view.participants.cto.name.length <= 100, c.id).toBe(true);
      expectNoProtoKeys(view, c.id);

      // A sealed file published as commitment + reveal: shown iff parseSealedFile accepts it (format aside).
      if (c.target === 'sealed-file' && v && typeof v === 'object' && !Array.isArray(v)) {
        const f = v as Record<string, unknown>;
        const pub = await projectSession(
          {
            participants: {},
            commitments: { ceo: { commitment: f.commitment, sealedAt: '2026-10-03T09:00:00.000Z', name: 'Alex' } },
            reveals: { ceo: { payload: f.payload, salt: f.salt } },
          },
          sha256Now,
        );
        count('projectSession');
        let asText: string | undefined;
        try {
          asText = JSON.stringify({ format: 'accord-sealed-round', version: 1, payload: f.payload, salt: f.salt, commitment: f.commitment });
        } catch {
          asText = undefined; // 10k-deep payload: not even serialisable here
        }
        const asFile = asText === undefined ? { ok: false as const } : await parseSealedFile(asText, sha256);
        const roleOk = asFile.ok && asFile.value.payload.role === 'ceo';
        expect(Boolean(pub.revealed.ceo), `projectSession vs parseSealedFile ← ${c.id}`).toBe(roleOk);
        if (!pub.revealed.ceo) expect(pub.problems.length + pub.mismatches.length, c.id).toBeGreaterThan(0);
        if (pub.problems.length) expectClearErrors(pub.problems, `projectSession(file) ← ${c.id}`);
      }
    }
    expect(protoNames()).toBe(PROTO_BEFORE);
  }, 180_000);

  it('checkPeerUpdate: random and mutated Yjs updates never change the local doc; refusals say why', () => {
    const local = new Y.Doc();
    local.getMap('participants').set('ceo', { id: 'me', name: 'Alex', role: 'ceo', state: 'sealed', at: '2026-10-01T00:00:00.000Z' });
    local.getMap('commitments').set('ceo', { commitment: 'b'.repeat(64), sealedAt: '2026-10-01T00:00:00.000Z', name: 'Alex' });
    const before = Y.encodeStateAsUpdate(local);
    const inputs = [...corpus.yjs, ...corpus.texts.slice(0, 400).map((c) => ({ id: `text-as-bytes/${c.id}`, kind: 'text', bytes: new TextEncoder().encode(c.text), expect: 'either' as Expect }))];
    let refused = 0;
    for (const c of inputs) {
      let r: ReturnType<typeof checkPeerUpdate>;
      expect(() => (r = checkPeerUpdate(local, c.bytes, LIMITS)), c.id).not.toThrow();
      count('checkPeerUpdate');
      if (c.expect === 'accept') expect(r!.ok, c.id).toBe(true);
      if (c.expect === 'reject') expect(r!.ok, c.id).toBe(false);
      if (!r!.ok) {
        refused++;
        expectClearErrors([r!.reason], `checkPeerUpdate ← ${c.id}`, false);
      } else {
        // Whatever passes keeps the document within its roots and size.
        const probe = new Y.Doc();
        Y.applyUpdate(probe, before);
        Y.applyUpdate(probe, c.bytes);
        expect([...probe.share.keys()].every((k) => LIMITS.roots.includes(k)), c.id).toBe(true);
        expect(probe.store.pendingStructs, c.id).toBeNull();
        probe.destroy();
      }
      expect(Buffer.from(Y.encodeStateAsUpdate(local)).equals(Buffer.from(before)), `local doc changed by ${c.id}`).toBe(true);
    }
    // Random bytes are overwhelmingly refused.
    expect(refused).toBeGreaterThan(inputs.length * 0.8);
    expect(local.getMap('participants').toJSON()).toEqual({ ceo: { id: 'me', name: 'Alex', role: 'ceo', state: 'sealed', at: '2026-10-01T00:00:00.000Z' } });
    expect(protoNames()).toBe(PROTO_BEFORE);
  }, 120_000);

  it('left Object.prototype unpolluted and reports how much it fed', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(protoNames()).toBe(PROTO_BEFORE);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.info(`importer calls: ${JSON.stringify(counts)} (total ${total})`);
    expect(total).toBeGreaterThan(20_000);
  });
});
