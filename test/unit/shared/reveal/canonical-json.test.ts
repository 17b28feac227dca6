import { describe, it, expect } from 'vitest';
import { canonicalJson } from '../../../../shared/reveal/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text regardless of insertion order', () => {
    const one = { answers: { 'db-2': { value: 3 }, 'db-1': { value: 'dont-know', note: 'hm' } }, role: 'ceo' };
    const two = { role: 'ceo', answers: { 'db-1': { note: 'hm', value: 'dont-know' }, 'db-2': { value: 3 } } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('leaves out undefined properties like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
  });

  it('escapes strings the JSON way', () => {
    expect(canonicalJson({ 'k"': 'line\nbreak "quoted" é' })).toBe('{"k\\"":"line\\nbreak \\"quoted\\" é"}');
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: Infinity })).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/Circular/);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { v: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"v":1},"b":{"v":1}}');
  });
});
