import { describe, expect, it } from 'vitest';
import { base64DecodedLength, fromBase64, isBase64, toBase64 } from '../../../../shared/backup/base64';
import {
  MAX_BACKUP_BYTES,
  backupFileName,
  buildBackup,
  parseBackup,
  serializeBackup,
  type Backup,
} from '../../../../shared/backup/format';
import { isNoop, planRestore, restoreCounts } from '../../../../shared/backup/plan';
import { sealedRound, six } from '../history/fixtures';

const r1 = sealedRound({ id: 'r1', role: 'ceo', label: '2026-Q3 quarterly reset', sealedAt: '2026-07-01T09:00:00.000Z', answers: [six(4), six(3), six(5), six(2)] });
const r2 = sealedRound({ id: 'r2', role: 'cto', label: '2026-Q3 quarterly reset', sealedAt: '2026-07-02T09:00:00.000Z', answers: [six(2), six(3), six(1), six(3)], receivedFrom: 'peer' });
const NOW = '2026-10-05T12:00:00.000Z';

function sample(): Backup {
  return buildBackup({
    rounds: [r2, r1],
    settings: { theme: 'dark', 'local.pair': '' },
    docs: [{ id: 'workspace', update: new Uint8Array([1, 2, 3, 250, 0]), updatedAt: NOW }],
    now: NOW,
  });
}

describe('base64', () => {
  it('round-trips every length and byte value', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 255);
      const text = toBase64(bytes);
      expect(isBase64(text)).toBe(true);
      expect(base64DecodedLength(text)).toBe(n);
      expect(Array.from(fromBase64(text))).toEqual(Array.from(bytes));
    }
    // Known vectors (RFC 4648).
    expect(toBase64(new TextEncoder().encode('foobar'))).toBe('Zm9vYmFy');
    expect(toBase64(new TextEncoder().encode('fo'))).toBe('Zm8=');
  });

  it('refuses what is not canonical base64', () => {
    for (const bad of ['abc', 'ab=c', 'a===', 'ab cd', 'Zm9v!mFy', 'Zg==Zg==', 'é===']) expect(isBase64(bad)).toBe(false);
    expect(() => fromBase64('abc')).toThrow(RangeError);
  });

  it('checks and decodes a 40 MB document update (no regex stack overflow)', () => {
    const bytes = new Uint8Array(30_000_000).fill(7);
    bytes[29_999_999] = 200;
    const text = toBase64(bytes);
    expect(isBase64(text)).toBe(true);
    expect(isBase64(`${text.slice(0, -4)}a=b=`)).toBe(false);
    expect(fromBase64(text)[29_999_999]).toBe(200);
  });
});

describe('buildBackup / parseBackup', () => {
  it('round-trips: rounds in creation order, settings, docs as base64', () => {
    const backup = sample();
    expect(backup.format).toBe('accord-backup');
    expect(backup.version).toBe(1);
    expect(backup.exportedAt).toBe(NOW);
    expect(backup.rounds.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(backup.docs).toEqual([{ id: 'workspace', update: 'AQID+gA=', updatedAt: NOW }]);
    const parsed = parseBackup(serializeBackup(backup));
    expect(parsed).toEqual({ ok: true, value: backup });
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('accord-backup-2026-01-05.json');
  });

  it('refuses a truncated file', () => {
    const text = serializeBackup(sample());
    const r = parseBackup(text.slice(0, text.length / 2));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^input: not valid JSON/);
  });

  it('refuses a file over the size limit before parsing', () => {
    const r = parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/too large/);
  });

  it('refuses hostile nesting', () => {
    const r = parseBackup('['.repeat(100) + ']'.repeat(100));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/nested deeper than 32/);
  });

  it('says clearly when the file is not a backup or from a newer version', () => {
    const notBackup = parseBackup(JSON.stringify(r1));
    expect(!notBackup.ok && notBackup.errors).toEqual([`format: expected "accord-backup", got null — this is not an Accord backup file`]);
    const newer = parseBackup(JSON.stringify({ ...sample(), version: 2 }));
    expect(!newer.ok && newer.errors[0]).toMatch(/^version: this backup is version 2, made by a newer Accord; this app reads version 1/);
    const weird = parseBackup(JSON.stringify({ ...sample(), version: '1' }));
    expect(!weird.ok && weird.errors[0]).toBe('version: expected 1, got "1" — unknown backup version');
  });

  it('names the place of a bad answer inside a round', () => {
    const backup = sample() as unknown as { rounds: { answers: Record<string, { value: unknown }> }[] };
    backup.rounds[1].answers['db-1'].value = 9;
    const r = parseBackup(JSON.stringify(backup));
    expect(!r.ok && r.errors).toEqual(['rounds[1].answers["db-1"].value: expected 1–5, "dont-know" or null, got 9']);
  });

  it('reports every problem: not a round, duplicate ids, bad settings and docs', () => {
    const b = sample() as unknown as Record<string, unknown>;
    b.rounds = [r1, r1, 'nope'];
    b.settings = { theme: 3 };
    b.docs = [
      { id: 'workspace', update: 'not base64!' },
      { id: 'room-1', update: 'AQID' },
      { id: 'room-1', update: 'AQID' },
      { id: '', update: 7 },
    ];
    const r = parseBackup(JSON.stringify(b));
    expect(!r.ok && r.errors).toEqual([
      'rounds[1].id: same id as rounds[0] ("r1")',
      'rounds[2]: expected an object, got "nope" (text)',
      'settings.theme: expected text, got 3',
      'docs[0].update: expected base64 text (A–Z, a–z, 0–9, + and /, padded with =)',
      'docs[2].id: same id as docs[1] ("room-1")',
      'docs[3].id: must not be empty',
      'docs[3].update: expected base64 text, got 7',
    ]);
  });

  it('needs the lists and a valid export time', () => {
    const r = parseBackup(JSON.stringify({ format: 'accord-backup', version: 1, exportedAt: 'yesterday' }));
    expect(!r.ok && r.errors).toEqual([
      'exportedAt: expected an ISO date-time such as 2026-10-05T09:00:00.000Z, got "yesterday" (text)',
      'rounds: expected a list of rounds, got nothing',
      'docs: expected a list of documents, got nothing',
    ]);
  });

  it('keeps known fields only', () => {
    const b = { ...sample(), extra: 'x', rounds: [{ ...r1, injected: true }] };
    const r = parseBackup(JSON.stringify(b));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect('extra' in r.value).toBe(false);
      expect('injected' in r.value.rounds[0]).toBe(false);
    }
  });

  it('caps the number of reported problems', () => {
    const b = { ...sample(), rounds: Array.from({ length: 80 }, () => 1) };
    const r = parseBackup(JSON.stringify(b));
    expect(!r.ok && r.errors.length).toBe(51);
    expect(!r.ok && r.errors[50]).toBe('… and 30 more problems');
  });
});

describe('planRestore', () => {
  const backup = buildBackup({
    rounds: [r1, { ...r2, updatedAt: '2026-07-05T00:00:00.000Z' }],
    settings: { theme: 'dark', 'local.pair': '{}' },
    docs: [
      { id: 'workspace', update: new Uint8Array([1]) },
      { id: 'room-a', update: new Uint8Array([2]) },
    ],
    now: NOW,
  });
  const local = sealedRound({ id: 'local-only', role: 'ceo', label: '2026-Q4 quarterly reset', answers: [six(3), six(3), six(3), six(3)] });
  const current = {
    // r1 is newer here than in the backup; r2 is older here.
    rounds: [{ id: 'r1', updatedAt: '2026-08-01T00:00:00.000Z' }, { id: 'r2', updatedAt: '2026-07-02T09:00:00.000Z' }, local],
    unreadableRoundIds: ['broken'],
    settings: { theme: 'light', 'compare.last': 'x' },
    docIds: ['workspace', 'room-b'],
  };

  it('merge keeps every local round as it is, adds missing ones, leaves differing copies out; docs merged', () => {
    const plan = planRestore(current, backup, 'merge');
    expect(plan.rounds.add.map((r) => r.id)).toEqual([]);
    // r2 is newer in the backup, yet the copy here stays: merge never replaces local data.
    expect(plan.rounds.overwrite).toEqual([]);
    expect(plan.rounds.keptOut.map((k) => [k.round.id, k.reason])).toEqual([
      ['r1', 'differs'],
      ['r2', 'differs'],
    ]);
    expect(plan.rounds.keep.sort()).toEqual(['broken', 'local-only', 'r1', 'r2']);
    expect(plan.rounds.remove).toEqual([]);
    // The backup's take-turns pair is not merged into this laptop's.
    expect(plan.settings).toEqual({ add: [], overwrite: [], keep: ['theme', 'compare.last'], remove: [], ignored: ['local.pair'] });
    expect(plan.docs.add.map((d) => d.id)).toEqual(['room-a']);
    expect(plan.docs.merge.map((d) => d.id)).toEqual(['workspace']);
    expect(plan.docs.keep).toEqual(['room-b']);
    expect(restoreCounts(plan)).toEqual({ added: 1, overwritten: 0, merged: 1, kept: 7, removed: 0 });
  });

  it('merge never replaces a round sealed here, however much newer the backup copy is', () => {
    const here = sealedRound({ id: 's1', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(3), six(3), six(3)] });
    const changed = { ...here, updatedAt: '2027-01-01T00:00:00.000Z', answers: { ...here.answers, 'db-1': { ...here.answers['db-1'], value: 1 as const } } };
    const plan = planRestore({ rounds: [here], settings: {}, docIds: [] }, buildBackup({ rounds: [changed], docs: [], now: NOW }), 'merge');
    expect(plan.rounds.overwrite).toEqual([]);
    expect(plan.rounds.add).toEqual([]);
    expect(plan.rounds.keep).toEqual(['s1']);
    expect(plan.rounds.keptOut).toEqual([{ round: changed, reason: 'sealed-here' }]);
    // The same copy is not a conflict.
    expect(planRestore({ rounds: [here], settings: {}, docIds: [] }, buildBackup({ rounds: [here], docs: [], now: NOW }), 'merge').rounds.keptOut).toEqual([]);
  });

  it('merge adds rounds that are missing and never touches an unreadable row', () => {
    const plan = planRestore({ rounds: [], unreadableRoundIds: ['r1'], settings: {}, docIds: [] }, backup, 'merge');
    expect(plan.rounds.add.map((r) => r.id)).toEqual(['r2']);
    expect(plan.rounds.keep).toEqual(['r1']);
    expect(plan.rounds.keptOut.map((k) => [k.round.id, k.reason])).toEqual([['r1', 'unreadable-here']]);
  });

  it('replace makes this laptop equal to the backup', () => {
    const plan = planRestore(current, backup, 'replace');
    expect(plan.rounds.overwrite.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(plan.rounds.remove.sort()).toEqual(['broken', 'local-only']);
    expect(plan.rounds.keep).toEqual([]);
    expect(plan.settings).toEqual({ add: ['local.pair'], overwrite: ['theme'], keep: [], remove: ['compare.last'], ignored: [] });
    expect(plan.docs.overwrite.map((d) => d.id)).toEqual(['workspace']);
    expect(plan.docs.add.map((d) => d.id)).toEqual(['room-a']);
    expect(plan.docs.remove).toEqual(['room-b']);
    expect(restoreCounts(plan)).toEqual({ added: 2, overwritten: 4, merged: 0, kept: 0, removed: 4 });
  });

  it('restoring a backup of the same data in merge mode changes nothing', () => {
    const same = buildBackup({ rounds: [r1], docs: [], now: NOW });
    expect(isNoop(planRestore({ rounds: [r1], settings: {}, docIds: [] }, same, 'merge'))).toBe(true);
  });
});
