/*
 * A name, a company or any partner text carrying bidi controls reordered the plan's sentence
 * around it: a RIGHT-TO-LEFT OVERRIDE (U+202E) in the CTO's name turns "(CTO) on 2026-01-02"
 * after it around in the PDF, so "agreed by both: … on DATE" reads otherwise. The plan keeps no
 * override, embedding, mark or unclosed isolate; a right-to-left name sits in its own isolate.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { bidiSafe, isolatedName, withoutBidiOverrides } from '../../../../shared/workspace/bidi';
import { withNotices } from '../../../../shared/plan/withheld';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { sharedKey } from '../../../../shared/workspace/agreement';
import { makeRound, today } from './fixtures';

const RLO = '\u202E';
const PDF_ = '\u202C';
const CONTROLS = /[\u202A-\u202E\u200E\u200F\u061C]/;

/** Every string in a value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** Isolates that close, in order: none left open, none closed that was not opened. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '\u2066' || c === '\u2067' || c === '\u2068') depth++;
    else if (c === '\u2069' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('the cleaning', () => {
  it('drops overrides, embeddings and marks, and isolates that do not close', () => {
    expect(withoutBidiOverrides(`Sam${RLO} (CTO)`)).toBe('Sam (CTO)');
    expect(withoutBidiOverrides(`\u202BAcme\u200F${PDF_}\u061C`)).toBe('Acme');
    expect(withoutBidiOverrides('\u2067open isolate')).toBe('open isolate');
    expect(withoutBidiOverrides('stray close\u2069 then \u2068kept\u2069')).toBe('stray close then \u2068kept\u2069');
    expect(withoutBidiOverrides('Dana Kim')).toBe('Dana Kim');
  });

  it('isolates a right-to-left name, and only that', () => {
    expect(isolatedName('דנה כהן')).toBe('\u2068דנה כהן\u2069');
    expect(isolatedName(`شركة${RLO}`)).toBe('\u2068شركة\u2069');
    expect(isolatedName('Dana')).toBe('Dana');
  });

  it('reaches every string of a nested value', () => {
    expect(bidiSafe({ a: [`x${RLO}`], b: { c: `y${RLO}` }, n: 3 })).toEqual({ a: ['x'], b: { c: 'y' }, n: 3 });
  });
});

describe('a plan with bidi controls and right-to-left text in names', () => {
  const build = () => {
    const ACTION: Capture = { id: 'c1', blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: '2026-01-12T10:00:00.000Z', kind: 'action', text: `Ship the audit log${RLO}`, owner: `Sam${RLO}`, due: '2026-02-01' };
    const hash = captureHash(ACTION);
    const key = captureKey('c1');
    const ceo = makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, name: 'דנה כהן', notes: { 'db-2': `Note ${RLO}reversed` } });
    ceo.answers['db-2'].noteInPlan = true;
    const plan = buildRepairPlan({
      companyName: 'شركة',
      ceoRound: ceo,
      ctoRound: makeRound('cto', { base: 4, overrides: { 'db-2': 2 }, name: `Sam${RLO}` }),
      today,
      workspace: {
        workspace: defaultWorkspace(today),
        bets: [{ id: 'bet-a', name: `Healthcare${RLO}`, reliabilityMinutes: 60, securityClasses: '', slipPercent: 10 }],
        agreement: {
          shared: {
            // The partner's confirmation carries the name the partner typed.
            [sharedKey(key, 'ceo')]: { role: 'ceo', name: 'דנה כהן', hash, at: '2026-01-12T11:00:00.000Z', mode: 'live' },
            [sharedKey(key, 'cto')]: { role: 'cto', name: `Sam${RLO}`, hash, at: '2026-01-12T11:00:00.000Z', mode: 'live' },
          },
          local: { [key]: { ceo: hash } },
        },
      },
      offsite: { captures: [ACTION], actions: [{ id: 'action-c1', captureId: 'c1', blockId: 'b', text: ACTION.text, owner: ACTION.owner!, due: ACTION.due! }], parked: [] },
    });
    return { plan };
  };

  it('has no override, embedding or mark in any string, and every isolate closes', () => {
    const { plan } = build();
    for (const s of strings(plan)) {
      expect(s).not.toMatch(CONTROLS);
      expect(balanced(s)).toBe(true);
    }
    const md = planToMarkdown(plan);
    expect(md).not.toMatch(CONTROLS);
  });

  it('prints "agreed by both: NAME (CEO) and NAME (CTO) on DATE" with nothing that can turn it around', () => {
    const { plan } = build();
    expect(plan.offsite!.agreed[0].by).toBe('\u2068דנה כהן\u2069 (CEO) and Sam (CTO) on 2026-01-12');
  });

  it('isolates the right-to-left company and name where sentences carry them', () => {
    const { plan } = build();
    expect(plan.title).toBe('\u2068شركة\u2069: 30-day plan from the 2026-Q1 quarterly reset');
    expect(plan.subtitle).toBe('2026-Q1 quarterly reset · \u2068דנה כהן\u2069 (CEO) and Sam (CTO) · 2026-01-15');
    expect(plan.author).toBe('\u2068דנה כהן\u2069 (CEO) and Sam (CTO)');
  });

  it('keeps notices added later clean too', () => {
    const { plan } = build();
    const more = withNotices(plan, [`Withheld reveal: … revealed to Sam${RLO} (CTO), who never revealed theirs.`]);
    for (const n of more.cover.notices ?? []) expect(n).not.toMatch(CONTROLS);
  });
});
