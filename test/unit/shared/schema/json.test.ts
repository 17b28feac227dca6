import { describe, it, expect } from 'vitest';
import { safeParseJson, utf8Length } from '../../../../shared/schema/json';
import { MAX_FILE_BYTES, MAX_JSON_DEPTH } from '../../../../shared/schema/limits';

describe('utf8Length', () => {
  it('counts bytes, not UTF-16 units', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2); // U+00E9
    expect(utf8Length('€')).toBe(3); // U+20AC
    expect(utf8Length('😀')).toBe(4); // surrogate pair
  });
});

describe('safeParseJson', () => {
  it('parses ordinary JSON', () => {
    expect(safeParseJson('{"a":[1,2,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, 2, { b: null }] } });
  });

  it('uses the documented limits', () => {
    expect(MAX_FILE_BYTES).toBe(1_000_000);
    expect(MAX_JSON_DEPTH).toBe(32);
  });

  it('rejects input over the byte limit, counting multi-byte characters', () => {
    // 4 ASCII chars + 2 × "€" (3 bytes each) = 10 bytes
    const text = '"ab€€"';
    expect(safeParseJson(text, 10).ok).toBe(true);
    const r = safeParseJson(text, 9);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/too large.*10 bytes.*limit is 9/);
  });

  it('rejects a huge string without parsing it', () => {
    const r = safeParseJson(`"${'x'.repeat(MAX_FILE_BYTES)}"`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/too large/);
  });

  it('accepts exactly 32 levels and rejects 33', () => {
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(safeParseJson(nest(32)).ok).toBe(true);
    const r = safeParseJson(nest(33));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toBe('input: nested deeper than 32 levels (at character 33)');
  });

  it('ignores brackets inside strings, including escaped quotes', () => {
    const text = JSON.stringify({ note: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \\" {{{{' });
    expect(safeParseJson(text, 10_000, 2).ok).toBe(true);
  });

  it('rejects a deep document even when it is small', () => {
    const text = '{"a":'.repeat(40) + '1' + '}'.repeat(40);
    const r = safeParseJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/nested deeper than 32/);
  });

  it('reports invalid JSON clearly', () => {
    const r = safeParseJson('{"a": 1,}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^input: not valid JSON \(/);
  });

  it('rejects non-text input', () => {
    const r = safeParseJson(42 as unknown);
    expect(r).toEqual({ ok: false, errors: ['input: expected JSON text, got number'] });
  });
});
