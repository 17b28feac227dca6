/**
 * Deterministic hostile-input generator for every boundary that reads untrusted data
 * (files, stored rows, peers, invite codes, IPC). Seeded: the same seed always yields
 * the same corpus, so a failure names a case that can be replayed by id.
 *
 * Each case says which importer it was made for (`target`) and what that importer must
 * do with it (`expect`): 'reject' (it is invalid by construction), 'accept' (a valid
 * control or valid-but-nasty text that must be kept verbatim) or 'either' (validity is
 * not decidable here; the test checks invariants of whatever is accepted instead).
 */
import * as Y from 'yjs';
import { FRAMEWORK } from '../../shared/framework/content';
import { defaultWorkspace } from '../../shared/framework/workspace-defaults';
import type { Round } from '../../shared/assessment/types';
import type { Digest, SealedPayload } from '../../shared/reveal/types';
import { buildSealedFile, serializeSealedFile, type SealedFile } from '../../shared/reveal/sealed-file';
import { formatInvite, type Invite } from '../../shared/invite/invite-code';
import type { Workspace } from '../../shared/workspace/types';

/* ------------------------------------------------------------------------------------ */
/* PRNG                                                                                  */
/* ------------------------------------------------------------------------------------ */

/** mulberry32: small, fast, good enough to spread test inputs. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    bytes: (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256)),
  };
}
export type Rng = ReturnType<typeof prng>;

/* ------------------------------------------------------------------------------------ */
/* Payloads                                                                              */
/* ------------------------------------------------------------------------------------ */

/** Every one of these tries to set window.__pwned and document.title if ever run as HTML/JS. */
export const HTML_PAYLOADS: readonly string[] = [
  `<img src=x onerror="window.__pwned=1;document.title='pwned'">`,
  `<script>window.__pwned=2;document.title='pwned'</script>`,
  `javascript:window.__pwned=3;document.title='pwned'`,
  `<svg/onload="window.__pwned=4;document.title='pwned'">`,
  `"><iframe srcdoc="<script>parent.__pwned=5</script>">`,
  `<a href="javascript:window.__pwned=6">click</a>`,
  `{{constructor.constructor('window.__pwned=7')()}}`,
];

export const UNICODE_EDGE: readonly string[] = [
  '\uD800', // lone high surrogate
  'x\uDC00y', // lone low surrogate
  '\u202Egnp.exe\u202C', // RTL override
  'a\u0000b', // NUL
  '\uFEFFbom', // BOM inside text
  '\u200B', // zero-width space only
  '\u3000\u3000', // ideographic spaces only (trims to empty)
  'e\u0301\u0301\u0301', // combining marks
  '\u{1F600}\u{1F468}\u200D\u{1F469}', // astral + ZWJ
  'line\u2028sep\u2029', // JS line separators
  '\u0007\u001b[31mred', // control + ANSI escape
  '\uFFFF\uFFFE', // noncharacters
];

export const PROTO_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/* ------------------------------------------------------------------------------------ */
/* Valid fixtures                                                                        */
/* ------------------------------------------------------------------------------------ */

export const SALT = '0123456789abcdef0123456789abcdef';

export function validRound(): Round {
  const answers: Round['answers'] = {};
  FRAMEWORK.areas.forEach((area, i) =>
    area.statements.forEach((s, j) => {
      answers[s.id] = j === 0 ? { value: ((i % 5) + 1) as 1, note: `Note for ${s.id}` } : { value: j === 5 ? 'dont-know' : 3 };
    }),
  );
  const warnings: Round['warnings'] = {};
  FRAMEWORK.warningSigns.forEach((w, i) => (warnings[w.id] = (['never', 'sometimes', 'often'] as const)[i % 3]));
  return {
    id: '4f1c2a9e-5b7d-4c3e-9a1f-2b3c4d5e6f70',
    schemaVersion: 1,
    frameworkVersion: 1,
    kind: 'repair',
    label: '30-day repair after the March outage',
    event: 'March outage',
    role: 'cto',
    personName: 'Dana Ortiz',
    companyName: 'Northwind',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    sealedAt: '2026-10-03T09:00:00.000Z',
    answers,
    warnings,
  };
}

export function validPayload(role: 'ceo' | 'cto' = 'ceo'): SealedPayload {
  const r = validRound();
  return {
    role,
    personName: role === 'ceo' ? 'Alex Kim' : 'Dana Ortiz',
    roundLabel: r.label,
    frameworkVersion: 1,
    answers: r.answers,
    warnings: r.warnings,
    sealedAt: r.sealedAt!,
  };
}

export function validWorkspace(): Workspace {
  const ws = defaultWorkspace(new Date(2026, 0, 15));
  ws.dependencies = {
    roadmapItem: 'SSO for enterprise',
    dependencies: [{ id: 'd1', name: 'IdP vendor', status: 'yellow', owner: 'CTO', note: 'contract pending' }],
  };
  ws.log = [
    { id: 'l1', kind: 'decision', what: 'Freeze scope', decidedBy: 'CEO', forum: 'Weekly', date: '2026-01-02', options: ['a', 'b'], commitDeadline: '2026-01-09', status: 'open' },
  ];
  ws.linkedGaps = { matrix: ['db-1'], ladder: [] };
  return ws;
}

export const VALID_INVITE: Invite = { host: '192.168.1.20', port: 4317, room: 'k7m2q9xa4z', secret: 'h3k9x8d2m4p7q2w6' };

/* ------------------------------------------------------------------------------------ */
/* Cases                                                                                 */
/* ------------------------------------------------------------------------------------ */

export type Target = 'round' | 'payload' | 'sealed-file' | 'workspace' | 'backup' | 'any';
export type Expect = 'reject' | 'accept' | 'either';

export interface TextCase {
  id: string;
  kind: string;
  target: Target;
  /** The raw text as it would arrive in a file, a stored row or a message. */
  text: string;
  /** What the target importer must do with this text. */
  expect: Expect;
  /** For injected strings: where, and what must come back verbatim if accepted. */
  path?: (string | number)[];
  injected?: string;
}

export interface BytesCase {
  id: string;
  kind: string;
  bytes: Uint8Array;
  expect: Expect;
}

export interface InviteCase {
  id: string;
  kind: string;
  input: unknown;
  expect: Expect;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Every path in a JSON value (objects and arrays included), root excluded. */
export function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push([...prefix, i], ...allPaths(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...allPaths(v, [...prefix, k]));
  return out;
}

export function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  let cur = value as Record<string | number, unknown> | undefined;
  for (const k of path) cur = cur == null ? undefined : (cur[k] as Record<string | number, unknown>);
  return cur;
}

function setAt<T>(value: T, path: readonly (string | number)[], v: unknown): T {
  const copy = clone(value);
  let cur = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = v;
  return copy;
}

/** Values of a different JSON type than `original` (the type-confusion set). */
function confusions(original: unknown): Json[] {
  const all: [string, Json][] = [
    ['number', -7.5],
    ['string', 'not-the-right-type'],
    ['array', ['x', 1]],
    ['null', null],
    ['object', { nested: 'object' }],
    ['boolean', true],
  ];
  const type = original === null ? 'null' : Array.isArray(original) ? 'array' : typeof original;
  return all.filter(([t]) => t !== type).map(([, v]) => v);
}

const pathName = (p: readonly (string | number)[]) => p.map(String).join('.');

/** Nesting of `depth` levels, as text (never built as an object by the generator). */
export function deepArrayText(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
export function deepObjectText(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/**
 * Fields whose text is free (a name, a label, a note): anything ≤ the limit is valid
 * and must come back verbatim. Every other string field is an enum, id set, date or
 * hex and must refuse an HTML payload.
 */
const FREE_TEXT: Record<Exclude<Target, 'any'>, RegExp> = {
  round: /^(id|label|event|personName|companyName|answers\.[\w-]+\.note)$/,
  payload: /^(personName|roundLabel|answers\.[\w-]+\.note)$/,
  'sealed-file': /^payload\.(personName|roundLabel|answers\.[\w-]+\.note)$/,
  backup: /^(rounds\.0\.(id|label|event|personName|companyName|answers\.[\w-]+\.note)|settings\.[\w-]+|docs\.0\.(id|meta))$/,
  // Workspace: everything but enums, dates, times, months, ids and id references.
  workspace:
    /^(matrix\.\d+\.(decision|cadence|accountable\.\d+|consulted\.\d+|informed\.\d+)|ladder\.\d+\.(topic|workItem|systemEffect|customerEffect|businessEffect|decisionAsk|statementIds\.\d+)|cadence\.\d+\.(name|prereadChecklist\.\d+)|riskBudgets\.(securityBlockingClasses\.\d+|criticalFlows\.\d+)|metrics\.\d+\.(name|definition|unit|owner|target)|dependencies\.(roadmapItem|dependencies\.\d+\.(name|owner|note))|log\.\d+\.(what|decidedBy|forum|options\.\d+)|linkedGaps\.\w+\.\d+)$/,
};
/** Required free-text fields that must not be blank (so whitespace-only text is refused there). */
const NON_EMPTY: Record<Exclude<Target, 'any'>, RegExp> = {
  round: /^(id|label|event|personName|companyName)$/,
  payload: /^(personName|roundLabel)$/,
  'sealed-file': /^payload\.(personName|roundLabel)$/,
  workspace: /^cadence\.\d+\.name$/,
  backup: /^(rounds\.0\.(id|label|event|personName|companyName)|docs\.0\.id)$/,
};
const MAX_FOR: Record<Exclude<Target, 'any'>, (p: string) => number> = {
  round: (p) => (/note$/.test(p) ? 2000 : /^(label|event)$/.test(p) ? 200 : 100),
  payload: (p) => (/note$/.test(p) ? 2000 : /roundLabel/.test(p) ? 200 : 100),
  'sealed-file': (p) => (/note$/.test(p) ? 2000 : /roundLabel/.test(p) ? 200 : 100),
  workspace: () => Infinity,
  backup: (p) => (/note$/.test(p) ? 2000 : /^rounds\.0\.(label|event)$/.test(p) ? 200 : /^rounds/.test(p) ? 100 : /docs\.0\.id/.test(p) ? 200 : /meta/.test(p) ? 10_000 : 100_000),
};

/**
 * Structural mutations of one valid document: type confusion at every field, HTML and
 * unicode in every string field, oversized strings, prototype keys, wrong versions.
 * `serialize` turns the mutated document into the text the importer reads.
 */
export function mutateDocument(
  target: Exclude<Target, 'any'>,
  doc: unknown,
  rng: Rng,
  serialize: (v: unknown) => string,
  options: { sealed?: boolean } = {},
): TextCase[] {
  const out: TextCase[] = [];
  const add = (c: Omit<TextCase, 'target' | 'id'> & { id: string }) => out.push({ ...c, target, id: `${target}/${c.id}` });
  // Lists: the first item stands for every item (same fields, same rules), which keeps the corpus fast.
  const paths = allPaths(doc).filter((p) => p.every((k) => typeof k !== 'number' || k === 0));
  const stringPaths = paths.filter((p) => typeof getAt(doc, p) === 'string');
  // A sealed file that is edited after sealing must fail its commitment, whatever the edit.
  const editExpect = (valid: Expect): Expect => (options.sealed ? 'reject' : valid);

  add({ id: 'control', kind: 'valid-control', text: serialize(doc), expect: 'accept' });

  // Type confusion at every field.
  for (const p of paths) {
    for (const v of confusions(getAt(doc, p))) {
      const last = p[p.length - 1];
      // An answer may be null (unanswered); that one replacement is valid.
      const valid = v === null && last === 'value' && p.includes('answers');
      // Dropping a key from a list of linked gap ids etc. does not apply here: every replacement changes the type.
      add({ id: `confuse/${pathName(p)}/${JSON.stringify(v)}`, kind: 'type-confusion', text: serialize(setAt(doc, p, v)), expect: editExpect(valid ? 'either' : 'reject'), path: p });
    }
  }

  // HTML payloads and unicode edge cases in every string field.
  for (const p of stringPaths) {
    const name = pathName(p);
    const free = FREE_TEXT[target].test(name);
    const texts = target === 'workspace' ? [...HTML_PAYLOADS.slice(0, 3), ...UNICODE_EDGE.slice(0, 4), UNICODE_EDGE[6]] : [...HTML_PAYLOADS, ...UNICODE_EDGE];
    for (const [i, s] of texts.entries()) {
      const blank = s.trim() === '';
      const tooLong = s.length > MAX_FOR[target](name);
      let expect: Expect = free && !tooLong && !(blank && NON_EMPTY[target].test(name)) ? 'accept' : 'reject';
      // Ids are free text but must stay unique and referenced ones must keep matching.
      if (target === 'workspace' && /\.id$|decisionTypes/.test(name)) expect = 'either';
      if (target === 'workspace' && /linkedGaps|statementIds/.test(name)) expect = 'either';
      // Two rounds or docs may not share an id, but one may hold any text.
      if (target === 'backup' && /^(rounds\.0\.id|docs\.0\.id)$/.test(name)) expect = 'either';
      // A lone surrogate is not text (canonical JSON refuses it, so a round holding one could never be
      // sealed): every field read through schema/rules text() refuses it; the workspace's own schema keeps it.
      if (target !== 'workspace' && /[\uD800-\uDFFF]/u.test(s)) expect = 'reject';
      add({ id: `inject/${name}/${i}`, kind: HTML_PAYLOADS.includes(s) ? 'html-payload' : 'unicode', text: serialize(setAt(doc, p, s)), expect: editExpect(expect), path: p, injected: s });
    }
    // Oversized text: one over the limit (where there is one); a long value in a constrained field.
    const max = MAX_FOR[target](name);
    if (!free) {
      const long = `${'<b>'.repeat(3000)}"quoted"`;
      const idLike = target === 'workspace' && /\.id$|decisionTypes|linkedGaps|statementIds/.test(name);
      add({ id: `oversize/${name}/long-constrained`, kind: 'oversized-string', text: serialize(setAt(doc, p, long)), expect: idLike ? 'either' : 'reject', path: p });
    }
    if (Number.isFinite(max) && free) {
      add({ id: `oversize/${name}/limit+1`, kind: 'oversized-string', text: serialize(setAt(doc, p, 'x'.repeat(max + 1))), expect: 'reject', path: p });
      add({ id: `oversize/${name}/at-limit`, kind: 'oversized-string', text: serialize(setAt(doc, p, 'y'.repeat(max))), expect: editExpect('accept'), path: p, injected: 'y'.repeat(max) });
    }
  }

  // Prototype-pollution keys at the top and inside every object, written as JSON text so
  // JSON.parse makes them own properties (as a file or peer would).
  const objectPaths: (string | number)[][] = [[], ...paths.filter((p) => { const v = getAt(doc, p); return v !== null && typeof v === 'object' && !Array.isArray(v); })];
  for (const p of objectPaths) {
    for (const key of PROTO_KEYS) {
      const marker = `"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}}`;
      const base = p.length ? setAt(doc, p, { __MARK__: 1, ...(getAt(doc, p) as object) }) : { __MARK__: 1, ...(doc as object) };
      const text = serialize(base).replace(/"__MARK__":\s*1(,?)/, (_m, comma: string) => marker + comma);
      // In a sealed file only the payload is committed; an extra key beside it is ignored, not fatal.
      const sealedPart = options.sealed && p.length > 0;
      add({ id: `proto/${pathName(p) || '<root>'}/${key}`, kind: 'prototype-pollution', text, expect: sealedPart ? 'reject' : 'either', path: p });
    }
  }

  // A very long key in every object (error messages must not echo it whole).
  for (const p of objectPaths) {
    const longKey = `k${'\u202E<script>'.repeat(600)}`;
    const base = p.length ? setAt(doc, p, { ...(getAt(doc, p) as object), [longKey]: 'v' }) : { ...(doc as object), [longKey]: 'v' };
    add({ id: `long-key/${pathName(p) || '<root>'}`, kind: 'oversized-string', text: serialize(base), expect: options.sealed && p.length > 0 ? 'reject' : 'either', path: p });
  }

  // Huge arrays in place of every list or map.
  const containerPaths = paths.filter((p) => { const v = getAt(doc, p); return v !== null && typeof v === 'object'; });
  for (const p of containerPaths.slice(0, 40)) {
    const n = 20_000 + rng.int(1000);
    add({ id: `huge-array/${pathName(p)}`, kind: 'huge-array', text: serialize(setAt(doc, p, Array.from({ length: n }, (_, i) => i))), expect: 'reject', path: p });
  }

  // Deep nesting inside a field (10k levels, as text).
  for (const p of containerPaths.slice(0, 10)) {
    const text = serialize(setAt(doc, p, '__DEEP__')).replace('"__DEEP__"', deepArrayText(10_000));
    add({ id: `deep-field/${pathName(p)}`, kind: 'deep-nesting', text, expect: 'reject', path: p });
  }

  // Every field removed.
  for (const p of paths.filter((q) => q.length <= 2)) {
    const copy = clone(doc) as Record<string | number, unknown>;
    const parent = getAt(copy, p.slice(0, -1)) as Record<string | number, unknown>;
    if (Array.isArray(parent)) continue;
    delete parent[p[p.length - 1]];
    add({ id: `missing/${pathName(p)}`, kind: 'missing-field', text: serialize(copy), expect: options.sealed ? 'reject' : 'either', path: p });
  }

  return out;
}

/** Text-level faults of one valid file: every truncation, BOM, junk, wrong tokens. */
export function textFaults(target: Target, valid: string, everyCut: boolean, rng: Rng): TextCase[] {
  const out: TextCase[] = [];
  const add = (c: Omit<TextCase, 'target' | 'id'> & { id: string }) => out.push({ ...c, target, id: `${target}/${c.id}` });
  const trimmed = valid.trimEnd().length;
  const cuts = everyCut ? Array.from({ length: trimmed }, (_, i) => i) : Array.from({ length: 300 }, () => rng.int(trimmed));
  for (const cut of new Set(cuts)) add({ id: `truncated/${cut}`, kind: 'truncated-json', text: valid.slice(0, cut), expect: 'reject' });
  add({ id: 'bom', kind: 'bom', text: `\uFEFF${valid}`, expect: 'reject' });
  add({ id: 'trailing-junk', kind: 'junk', text: `${valid}}`, expect: 'reject' });
  add({ id: 'two-documents', kind: 'junk', text: `${valid}${valid}`, expect: 'reject' });
  add({ id: 'trailing-comma', kind: 'junk', text: valid.replace(/\}\s*$/, ',}'), expect: 'reject' });
  add({ id: 'single-quotes', kind: 'junk', text: valid.replace(/"/g, "'"), expect: 'reject' });
  add({ id: 'comment', kind: 'junk', text: `// hi\n${valid}`, expect: 'reject' });
  add({ id: 'nan', kind: 'junk', text: valid.replace(/: 1,/, ': NaN,').replace(/:1,/, ':NaN,'), expect: 'reject' });
  add({ id: 'utf16-nul', kind: 'junk', text: [...valid].join('\u0000'), expect: 'reject' });
  return out;
}

/** Generic hostile documents any JSON importer may see. */
export function genericCases(rng: Rng): TextCase[] {
  const out: TextCase[] = [];
  const add = (id: string, kind: string, text: string) => out.push({ id: `any/${id}`, kind, target: 'any', text, expect: 'reject' });
  add('deep-array-10k', 'deep-nesting', deepArrayText(10_000));
  add('deep-object-10k', 'deep-nesting', deepObjectText(10_000));
  add('deep-array-33', 'deep-nesting', deepArrayText(33));
  add('deep-unclosed-100k', 'deep-nesting', '['.repeat(100_000));
  add('deep-in-string-is-fine', 'deep-nesting', JSON.stringify({ s: '['.repeat(50_000) }));
  add('oversized-file', 'oversized-file', JSON.stringify({ pad: 'x'.repeat(1_000_001) }));
  add('oversized-multibyte', 'oversized-file', JSON.stringify({ pad: '\u00e9'.repeat(500_001) }));
  add('oversized-astral', 'oversized-file', JSON.stringify({ pad: '\u{1F600}'.repeat(250_001) }));
  add('huge-array', 'huge-array', JSON.stringify(Array.from({ length: 150_000 }, (_, i) => i % 10)));
  for (const t of ['', ' ', 'null', 'true', '0', '-0', '1e999', '"text"', '[]', '{}', '[{}]', 'undefined', 'NaN', '{"a":}', '\u0000', '\uD800', '<html>', '<script>window.__pwned=1</script>'])
    add(`scalar/${JSON.stringify(t)}`, 'wrong-format', t);
  for (const key of PROTO_KEYS) {
    add(`proto-only/${key}`, 'prototype-pollution', `{"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}}}`);
    add(`proto-array/${key}`, 'prototype-pollution', `[{"${key}":{"polluted":"yes"}}]`);
  }
  add('proto-unicode-escape', 'prototype-pollution', '{"\\u005f_proto__":{"polluted":"yes"}}');
  for (let i = 0; i < 60; i++) {
    const len = rng.int(400);
    add(`random-text/${i}`, 'random', Array.from({ length: len }, () => String.fromCharCode(rng.int(0x3000))).join(''));
  }
  for (let i = 0; i < 40; i++) {
    const len = rng.int(200);
    const alphabet = '{}[]",:0123456789.eE-+ truefalsn\\u';
    add(`random-json-ish/${i}`, 'random', Array.from({ length: len }, () => rng.pick([...alphabet])).join(''));
  }
  return out;
}

export interface Corpus {
  texts: TextCase[];
  yjs: BytesCase[];
  invites: InviteCase[];
  fixtures: { round: Round; payload: SealedPayload; sealedFile: SealedFile; sealedText: string; workspace: Workspace; validUpdate: Uint8Array };
}

/** Wrong versions and formats for each document kind. */
function versionCases(round: Round, file: SealedFile, ws: Workspace): TextCase[] {
  const out: TextCase[] = [];
  const mk = (target: Target, id: string, doc: unknown) => out.push({ id: `${target}/version/${id}`, kind: 'wrong-version', target, text: JSON.stringify(doc), expect: 'reject' });
  for (const v of [0, 2, -1, 1.5, 1e9, '1', null]) {
    mk('round', `schemaVersion=${JSON.stringify(v)}`, { ...round, schemaVersion: v });
    mk('round', `frameworkVersion=${JSON.stringify(v)}`, { ...round, frameworkVersion: v });
    mk('sealed-file', `version=${JSON.stringify(v)}`, { ...file, version: v });
    mk('sealed-file', `payload.frameworkVersion=${JSON.stringify(v)}`, { ...file, payload: { ...file.payload, frameworkVersion: v } });
    mk('workspace', `version=${JSON.stringify(v)}`, { ...ws, version: v });
  }
  for (const f of ['accord-sealed-round-v2', 'ACCORD-SEALED-ROUND', 'accord-backup', '', 'accord-sealed-round ']) mk('sealed-file', `format=${f}`, { ...file, format: f });
  return out;
}

/** Sealed files whose commitment or salt is wrong in every way we can think of. */
async function sealCases(payload: SealedPayload, file: SealedFile, digest: Digest): Promise<TextCase[]> {
  const out: TextCase[] = [];
  const mk = (id: string, doc: unknown, expect: Expect = 'reject', extra: Partial<TextCase> = {}) =>
    out.push({ id: `sealed-file/seal/${id}`, kind: 'bad-seal', target: 'sealed-file', text: JSON.stringify(doc), expect, ...extra });
  const c = file.commitment;
  mk('commitment-upper', { ...file, commitment: c.toUpperCase() });
  mk('commitment-63', { ...file, commitment: c.slice(1) });
  mk('commitment-65', { ...file, commitment: `${c}0` });
  mk('commitment-zero', { ...file, commitment: '0'.repeat(64) });
  mk('commitment-flip-last', { ...file, commitment: c.slice(0, -1) + (c.endsWith('0') ? '1' : '0') });
  mk('commitment-missing', { ...file, commitment: undefined });
  mk('commitment-of-salt-only', { ...file, commitment: await digest(file.salt) });
  mk('commitment-without-salt', { ...file, commitment: await digest(JSON.stringify(payload)) });
  mk('salt-31', { ...file, salt: file.salt.slice(1) });
  mk('salt-257', { ...file, salt: 'a'.repeat(257) });
  mk('salt-upper', { ...file, salt: file.salt.toUpperCase() });
  mk('salt-non-hex', { ...file, salt: `${file.salt.slice(0, -1)}g` });
  mk('salt-other', { ...file, salt: 'f'.repeat(32) });
  mk('salt-empty', { ...file, salt: '' });
  mk('salt-number', { ...file, salt: 1234 });
  // Answers changed after sealing, a field added or removed after sealing.
  const changed = clone(file);
  changed.payload.answers['db-1'] = { value: changed.payload.answers['db-1'].value === 5 ? 1 : 5 };
  mk('answer-changed', changed);
  mk('field-added', { ...file, payload: { ...file.payload, extra: 'added after sealing' } });
  const noteRemoved = clone(file);
  delete noteRemoved.payload.answers['db-1'].note;
  mk('note-removed', noteRemoved);
  const roleSwapped = clone(file);
  roleSwapped.payload.role = roleSwapped.payload.role === 'ceo' ? 'cto' : 'ceo';
  mk('role-swapped', roleSwapped);
  // Commitment of a different payload with the same salt.
  const other = await buildSealedFile({ ...payload, personName: 'Someone Else' }, file.salt, digest);
  mk('commitment-of-other-payload', { ...file, commitment: other.commitment });
  // Re-sealed hostile text: a correct commitment, so it is accepted and must be shown as text.
  for (const [i, s] of HTML_PAYLOADS.entries()) {
    for (const field of ['personName', 'roundLabel'] as const) {
      const p = { ...payload, [field]: s };
      const resealed = await buildSealedFile(p, SALT, digest);
      mk(`resealed-html/${field}/${i}`, resealed, 'accept', { kind: 'resealed-html', path: ['payload', field], injected: s });
    }
    const p = clone(payload);
    p.answers['cq-1'] = { value: 2, note: s };
    mk(`resealed-html/note/${i}`, await buildSealedFile(p, SALT, digest), 'accept', { kind: 'resealed-html', path: ['payload', 'answers', 'cq-1', 'note'], injected: s });
  }
  // Re-sealed but structurally invalid: a correct commitment does not make bad data valid.
  for (const [id, bad] of [
    ['unknown-statement', { ...payload, answers: { ...payload.answers, 'zz-9': { value: 3 } } }],
    ['value-6', { ...payload, answers: { ...payload.answers, 'db-2': { value: 6 } } }],
    ['bad-date', { ...payload, sealedAt: '2026-02-30T00:00:00.000Z' }],
    ['name-101', { ...payload, personName: 'n'.repeat(101) }],
    ['proto-answer', JSON.parse(`{"__proto__":{"value":3}}`)],
  ] as const) {
    const p = id === 'proto-answer' ? { ...payload, answers: bad } : bad;
    mk(`resealed-invalid/${id}`, await buildSealedFile(p as unknown as SealedPayload, SALT, digest));
  }
  return out;
}

function yjsCases(valid: Uint8Array, rng: Rng): BytesCase[] {
  const out: BytesCase[] = [];
  const add = (id: string, kind: string, bytes: Uint8Array, expect: Expect = 'reject') => out.push({ id: `yjs/${id}`, kind, bytes, expect });
  add('control', 'valid-control', valid, 'accept');
  for (let i = 0; i < 250; i++) add(`random/${i}`, 'random-bytes', rng.bytes(1 + rng.int(i < 200 ? 64 : 4000)), 'either');
  for (let cut = 0; cut < valid.length; cut++) add(`truncated/${cut}`, 'truncated-update', valid.slice(0, cut), 'either');
  for (let i = 0; i < 150; i++) {
    const m = valid.slice();
    const at = rng.int(m.length);
    m[at] ^= 1 << rng.int(8);
    add(`bitflip/${i}/${at}`, 'mutated-update', m, 'either');
  }
  for (let i = 0; i < 60; i++) {
    const at = rng.int(valid.length);
    const insert = rng.bytes(1 + rng.int(4));
    add(`insert/${i}/${at}`, 'mutated-update', Uint8Array.from([...valid.slice(0, at), ...insert, ...valid.slice(at)]), 'either');
    add(`delete/${i}/${at}`, 'mutated-update', Uint8Array.from([...valid.slice(0, at), ...valid.slice(at + 1 + rng.int(3))]), 'either');
  }
  // Well-formed updates the protocol forbids.
  const forbidden = new Y.Doc();
  forbidden.getMap('answers').set('db-1', 5);
  add('forbidden-root', 'forbidden-root', Y.encodeStateAsUpdate(forbidden));
  const protoRoot = new Y.Doc();
  protoRoot.getMap('__proto__').set('polluted', 'yes');
  add('proto-root', 'forbidden-root', Y.encodeStateAsUpdate(protoRoot));
  const big = new Y.Doc();
  big.getMap('participants').set('cto', { name: 'x'.repeat(300_000) });
  add('oversized-update', 'oversized-update', Y.encodeStateAsUpdate(big));
  add('empty', 'random-bytes', new Uint8Array(0), 'either');
  add('zeros-1k', 'random-bytes', new Uint8Array(1024), 'either');
  add('ff-1k', 'random-bytes', new Uint8Array(1024).fill(255));
  return out;
}

function inviteCases(rng: Rng): InviteCase[] {
  const out: InviteCase[] = [];
  const add = (id: string, kind: string, input: unknown, expect: Expect) => out.push({ id: `invite/${id}`, kind, input, expect });
  const valid = formatInvite(VALID_INVITE);
  add('control', 'valid-control', valid, 'accept');
  add('control-loose', 'valid-control', ` WS://${valid.toUpperCase().replace(/-/g, ' ')} `, 'accept');
  for (let cut = 0; cut < valid.length; cut++) add(`truncated/${cut}`, 'truncated', valid.slice(0, cut), 'reject');
  const chars = ['0', 'i', 'l', 'o', 'u', '/', ':', '.', '@', '#', '?', '%', '\u0000', '\u202E', '<', ' '];
  for (let i = 0; i < valid.length; i++) add(`substitute/${i}`, 'mutated', valid.slice(0, i) + rng.pick(chars) + valid.slice(i + 1), 'either');
  [null, undefined, 42, {}, [], true, { toString: () => valid }, new String(valid), ['a', 'b', 'c']].forEach((v, i) => add(`type/${i}`, 'type-confusion', v, 'reject'));
  for (const [i, s] of HTML_PAYLOADS.entries()) add(`html/${i}`, 'html-payload', s, 'reject');
  for (const [i, s] of HTML_PAYLOADS.entries()) add(`html-room/${i}`, 'html-payload', `192.168.1.20:4317/${s}/h3k9-x8d2-m4p7-q2w6`, 'reject');
  for (const [i, s] of UNICODE_EDGE.entries()) add(`unicode/${i}`, 'unicode', `${s}${valid}`, 'either');
  for (const port of ['0', '65536', '99999', '-1', '4317.5', '', 'abc', '43 17x']) add(`port/${port}`, 'bad-port', `192.168.1.20:${port}/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6`, 'reject');
  // Number() would read hex, exponents and leading zeros: only plain digits are a port.
  for (const port of ['0x10', '1e3', '04317']) add(`port/${port}`, 'lenient-port', `192.168.1.20:${port}/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6`, 'reject');
  // Numbers that are not an IPv4 address are not a host name either.
  for (const host of ['256.1.1.1', '192.168.1.020', '1.2.3']) add(`host/${host}`, 'bad-host', `${host}:4317/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6`, 'reject');
  for (const host of ['evil.com@192.168.1.20', '-bad', 'a..b', '[::1]', 'x'.repeat(64), 'localhost/../']) add(`host/${host}`, 'bad-host', `${host}:4317/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6`, 'reject');
  add('javascript', 'html-payload', `javascript:alert(1)//192.168.1.20:4317/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6`, 'reject');
  add('too-long', 'oversized-string', `${valid}${' '.repeat(200)}`, 'reject');
  add('huge', 'oversized-string', 'a'.repeat(1_000_000), 'reject');
  for (let i = 0; i < 200; i++) {
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz:/.- ABCXYZ';
    add(`random/${i}`, 'random', Array.from({ length: rng.int(80) }, () => rng.pick([...alphabet])).join(''), 'either');
  }
  return out;
}

/**
 * The whole corpus. `digest` is a hex SHA-256 (node:crypto in tests), used to build
 * correctly sealed controls and re-sealed hostile files.
 */
export async function buildCorpus(digest: Digest, seed = 20261005): Promise<Corpus> {
  const rng = prng(seed);
  const round = validRound();
  const payload = validPayload('ceo');
  const sealedFile = await buildSealedFile(payload, SALT, digest);
  const sealedText = serializeSealedFile(sealedFile);
  const workspace = validWorkspace();
  const y = new Y.Doc();
  y.getMap('participants').set('cto', { id: 'peer', name: 'Dana', role: 'cto', state: 'sealed', at: '2026-10-01T00:00:00.000Z' });
  y.getMap('commitments').set('cto', { commitment: 'a'.repeat(64), sealedAt: '2026-10-01T00:00:00.000Z', name: 'Dana' });
  const validUpdate = Y.encodeStateAsUpdate(y);

  const texts: TextCase[] = [
    ...textFaults('sealed-file', sealedText, true, rng),
    ...textFaults('round', JSON.stringify(round), true, rng),
    ...textFaults('workspace', JSON.stringify(workspace), false, rng),
    ...mutateDocument('round', round, rng, (v) => JSON.stringify(v)),
    ...mutateDocument('payload', payload, rng, (v) => JSON.stringify(v)),
    ...mutateDocument('sealed-file', sealedFile, rng, (v) => `${JSON.stringify(v, null, 2)}\n`, { sealed: true }),
    ...mutateDocument('workspace', workspace, rng, (v) => JSON.stringify(v)),
    ...versionCases(round, sealedFile, workspace),
    ...(await sealCases(payload, sealedFile, digest)),
    ...genericCases(rng),
  ];
  return { texts, yjs: yjsCases(validUpdate, rng), invites: inviteCases(rng), fixtures: { round, payload, sealedFile, sealedText, workspace, validUpdate } };
}
