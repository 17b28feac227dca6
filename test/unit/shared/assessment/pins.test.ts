import { describe, expect, it } from 'vitest';
import { parsePins, pinKey, resolvePins, togglePin } from '../../../../shared/assessment/pins';

describe('pins', () => {
  it('are keyed by the two seals, so every comparison keeps its own', () => {
    expect(pinKey({ sealedAt: '2026-01-12T10:00:00.000Z' }, { sealedAt: '2026-01-13T09:00:00.000Z' })).toBe(
      'gap-pins:2026-01-12T10:00:00.000Z|2026-01-13T09:00:00.000Z',
    );
  });

  it('read back only known statement ids, without duplicates, at most three', () => {
    expect(parsePins('["db-2","zz-9","db-2","cq-1","sa-1","cr-1"]')).toEqual(['db-2', 'cq-1', 'sa-1']);
    expect(parsePins('not json')).toEqual([]);
    expect(parsePins('{"db-2":true}')).toEqual([]);
    expect(parsePins(undefined)).toEqual([]);
  });

  it('toggle on and off, and refuse a fourth', () => {
    expect(togglePin([], 'db-2')).toEqual(['db-2']);
    expect(togglePin(['db-2', 'cq-1'], 'db-2')).toEqual(['cq-1']);
    expect(togglePin(['db-1', 'db-2', 'db-3'], 'cq-1')).toEqual(['db-1', 'db-2', 'db-3']);
  });
});

describe('which pins count on this laptop', () => {
  it('no shared pins: this laptop’s own (or none)', () => {
    expect(resolvePins(undefined, ['db-2'])).toEqual({ pins: ['db-2'] });
    expect(resolvePins(undefined, undefined)).toEqual({ pins: [] });
  });

  it('the same pins on both sides, in any order, count', () => {
    expect(resolvePins(['db-2', 'cq-1'], ['cq-1', 'db-2'])).toEqual({ pins: ['db-2', 'cq-1'] });
  });

  it('pins only the partner chose are a proposal; this laptop keeps its own choice or the ranking', () => {
    expect(resolvePins(['sa-1', 'sa-2', 'sa-3'], undefined)).toEqual({ pins: [], proposed: ['sa-1', 'sa-2', 'sa-3'] });
    expect(resolvePins(['sa-1'], ['db-2'])).toEqual({ pins: ['db-2'], proposed: ['sa-1'] });
  });

  it('a partner wiping the shared pins does not wipe this laptop’s; it is shown as a proposal', () => {
    expect(resolvePins([], ['db-2'])).toEqual({ pins: ['db-2'], proposed: [] });
    expect(resolvePins([], undefined)).toEqual({ pins: [] });
  });
});
