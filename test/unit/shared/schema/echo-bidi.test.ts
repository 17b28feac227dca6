import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { describeValue } from '../../../../shared/schema/result';
import { child, parseWith } from '../../../../shared/schema/valibot-issues';
import { parseBackup } from '../../../../shared/backup/format';

/*
 * Review (import boundaries): a hostile file's values and keys were echoed into refusal messages
 * with their bidi overrides, so "got "…" (text)" could read reordered; and a long value was cut
 * by UTF-16 units, which can leave half an emoji.
 */
const RLO = '\u202E';
/** Half a surrogate pair (what a cut by UTF-16 units leaves). */
const HALF_PAIR = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

describe('refusal messages echo untrusted text without bidi overrides', () => {
  it('describeValue: a short hostile string, and a long one cut by code points', () => {
    expect(describeValue(`ab${RLO}cd`)).toBe('"abcd" (text)');
    const long = describeValue(`x${'😀'.repeat(60)}`);
    expect(long).toBe(`"x${'😀'.repeat(39)}…" (text)`);
    expect(long).not.toMatch(HALF_PAIR);
  });

  it('child: a key name, short or long, keeps no override', () => {
    expect(child('answers', `db${RLO}1`)).toBe('answers["db1"]');
    expect(child('answers', `${'k'.repeat(39)}\u2067${'z'.repeat(10)}\u2069`)).toBe(`answers["${'k'.repeat(39)}…"]`);
    expect(child('answers', 'label')).toBe('answers.label');
    expect(child('', 'db-1')).toBe('["db-1"]');
    const r = parseWith(v.object({ a: v.record(v.string(), v.number('expected a number')) }), { a: { [`x${RLO}y`]: 'no' } }, 'file');
    expect(r).toEqual({ ok: false, errors: ['file.a["xy"]: expected a number'] });
  });

  it('a backup header value', () => {
    const r = parseBackup(JSON.stringify({ format: `accord${RLO}-backup`, version: 1 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toBe('format: expected "accord-backup", got "accord-backup" — this is not an Accord backup file');
    expect(r.errors.join('\n')).not.toMatch(BIDI);
    const long = parseBackup(JSON.stringify({ format: 'accord-backup', version: '😀'.repeat(70) }));
    expect(long.ok ? '' : long.errors[0]).toBe(`version: expected 1, got "${'😀'.repeat(59)}… — unknown backup version`);
  });
});
