import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, serializeBackup } from '../../../shared/backup/format';
import { defaultWorkspace } from '../../../shared/framework/workspace-defaults';
import { payloadFromRound } from '../../../shared/reveal/payload';
import { buildSealedFile, parseSealedFile, serializeSealedFile } from '../../../shared/reveal/sealed-file';
import { safeParseJson } from '../../../shared/schema/json';
import type { Result } from '../../../shared/schema/result';
import { parseRound } from '../../../shared/schema/round';
import { parseSealedPayload } from '../../../shared/schema/sealed-payload';
import { parseWorkspace } from '../../../shared/workspace/validate';
import { parseInvite } from '../../../shared/invite/invite-code';
import { requestValidators } from '../../../shared/ipc-validate';
import { IPC_CHANNELS } from '../../../shared/ipc';
import { sampleRound } from '../../bench/browser';
import { SALT, sha256 } from '../shared/reveal/fixtures';

/*
 * Every boundary validator, fed any JSON value and valid documents with one part
 * replaced by any JSON value: it returns a Result, never throws, and a refusal names
 * where (the path of the replaced part) and what.
 */

const anyJson = fc.jsonValue({ maxDepth: 4 });
const round = sampleRound('cto', 'Blake', 2, true);
const workspace = JSON.parse(JSON.stringify(defaultWorkspace(new Date(2026, 0, 15, 10))));
const payload = payloadFromRound(round);

type Path = (string | number)[];
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (at.length) out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** A copy of `doc` with the value at `path` replaced (or removed when `replacement` is undefined). */
function replaced(doc: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** A mutated valid document: a path and what to put there (nothing = remove it). */
function mutated(doc: unknown) {
  const all = paths(doc);
  return fc.tuple(fc.constantFrom(...all), fc.option(anyJson, { nil: undefined, freq: 5 })).map(([path, v]) => ({ path, doc: replaced(doc, path, v) }));
}

function expectResult(r: Result<unknown>): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e === 'string' && e.length > 0).toBe(true);
  }
}

/**
 * "where: what" — a path (`cadence[0].decisionTypes[0]`, odd keys quoted: `answers[" "]`),
 * a colon, then the problem.
 */
const WHERE_WHAT = /^(?:[^\s:"[\]]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\])+: \S/;

/**
 * A refusal of a document changed at one place says where and what for every problem.
 * (Where is not always the changed place: renaming a matrix row is reported at the
 * meetings that still cite it.)
 */
function expectNamesWhere(r: Result<unknown>, _path: Path): number {
  expectResult(r);
  if (r.ok) return 0;
  for (const e of r.errors) expect(e).toMatch(WHERE_WHAT);
  return 1;
}

const validators: [string, (v: unknown) => Result<unknown>, unknown][] = [
  ['parseRound', parseRound, JSON.parse(JSON.stringify(round))],
  ['parseSealedPayload', (v) => parseSealedPayload(v), JSON.parse(JSON.stringify(payload))],
  ['parseWorkspace', parseWorkspace, workspace],
];

describe('validators never throw (fast-check)', { timeout: 120_000 }, () => {
  for (const [name, parse, valid] of validators) {
    it(`${name}: any JSON value gives a Result`, () => {
      expect(parse(valid).ok).toBe(true);
      fc.assert(
        fc.property(anyJson, (v) => {
          expectResult(parse(v));
        }),
        { numRuns: 300 },
      );
    });

    it(`${name}: a valid document with one part replaced gives a Result that names the part`, () => {
      let refused = 0;
      fc.assert(
        fc.property(mutated(valid), ({ path, doc }) => {
          refused += expectNamesWhere(parse(doc), path);
        }),
        { numRuns: 400 },
      );
      // Most replacements are invalid: the property is about refusals, not a vacuous pass.
      expect(refused).toBeGreaterThan(100);
    });
  }

  it('IPC request validators: any JSON value is a request or one "<channel>…" refusal', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IPC_CHANNELS), fc.oneof(anyJson, fc.dictionary(fc.constantFrom('suggestedName', 'mime', 'data', 'pageSize'), anyJson)), (channel, v) => {
        const r = requestValidators[channel](v);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.startsWith(channel)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('parseInvite: any JSON value, and any text, gives an invite or one sentence', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.string(), fc.stringMatching(/^[0-9a-z.:/-]{0,60}$/)), (v) => {
        const r = parseInvite(v);
        if (r.ok) expect(Number.isInteger(r.value.port) && r.value.port >= 1 && r.value.port <= 65535).toBe(true);
        else expect(r.error).toMatch(/^\S.{4,300}\.$/);
      }),
      { numRuns: 400 },
    );
  });

  it('safeParseJson: any text gives a Result', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), anyJson.map((v) => JSON.stringify(v))), (t) => {
        expectResult(safeParseJson(t));
      }),
      { numRuns: 200 },
    );
  });

  it('parseBackup: any JSON text, and a valid backup with one part replaced', () => {
    const backup = JSON.parse(
      serializeBackup(buildBackup({ rounds: [round], settings: { theme: 'dark' }, docs: [{ id: 'workspace', update: new Uint8Array([1, 2, 3]) }], now: new Date('2026-11-01T09:00:00Z') })),
    );
    expect(parseBackup(JSON.stringify(backup)).ok).toBe(true);
    fc.assert(
      fc.property(anyJson, (v) => {
        expectResult(parseBackup(JSON.stringify(v)));
      }),
      { numRuns: 200 },
    );
    let refused = 0;
    fc.assert(
      fc.property(mutated(backup), ({ path, doc }) => {
        refused += expectNamesWhere(parseBackup(JSON.stringify(doc)), path);
      }),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(75);
  });

  it('parseSealedFile: any JSON text, and a sealed file with one part replaced (refused unless unchanged)', async () => {
    const file = JSON.parse(serializeSealedFile(await buildSealedFile(payload, SALT, sha256)));
    await fc.assert(
      fc.asyncProperty(anyJson, async (v) => {
        expectResult(await parseSealedFile(JSON.stringify(v), sha256));
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(mutated(file), async ({ doc }) => {
        const r = await parseSealedFile(JSON.stringify(doc), sha256);
        expectResult(r);
        // Any real change to what was sealed breaks the seal.
        if (r.ok) expect(JSON.stringify(r.value.payload)).toBe(JSON.stringify(payloadFromRound(round)));
      }),
      { numRuns: 300 },
    );
  });
});
