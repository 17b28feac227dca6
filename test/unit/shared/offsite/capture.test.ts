import { describe, expect, it } from 'vitest';
import { describeCapture, draftOf, splitList, validateDraft } from '../../../../shared/offsite/capture';
import { parseCapture, parseParked } from '../../../../shared/offsite/capture-record';

// 2026-11-26 is a Thursday; 2026-11-28 a Saturday.
const TODAY = '2026-11-26';

describe('validateDraft', () => {
  it('turns a decision draft into a decision with its options split', () => {
    const r = validateDraft(
      { kind: 'decision', text: ' Ship the healthcare pilot in Q1 ', options: 'Q1 pilot, wait for Q2;  Q1 pilot', forum: 'Monthly strategy', decidedOn: TODAY, owner: 'CEO' },
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      body: { kind: 'decision', text: 'Ship the healthcare pilot in Q1', options: ['Q1 pilot', 'wait for Q2'], forum: 'Monthly strategy', decidedOn: TODAY, owner: 'CEO' },
    });
  });

  it('says which decision field is wrong and what is wrong with it', () => {
    const r = validateDraft({ kind: 'decision', text: '   ', forum: '', decidedOn: '2026-02-30', owner: 'CTO' }, TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'text', message: 'Decision: must not be empty.' },
      { field: 'forum', message: 'Forum: must not be empty.' },
      { field: 'decidedOn', message: 'Decided on: expected a real date as YYYY-MM-DD.' },
    ]);
  });

  it('refuses an action due on a weekend or in the past, naming the day', () => {
    const sat = validateDraft({ kind: 'action', text: 'Draft the matrix', owner: 'CTO (Blake)', due: '2026-11-28' }, TODAY);
    expect(sat).toEqual({ ok: false, errors: [{ field: 'due', message: 'Due: 2026-11-28 is a Saturday; choose a working day.' }] });
    const past = validateDraft({ kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-25' }, TODAY);
    expect(past).toEqual({ ok: false, errors: [{ field: 'due', message: 'Due: 2026-11-25 is in the past; choose today or later.' }] });
    const ok = validateDraft({ kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' }, TODAY);
    expect(ok).toEqual({ ok: true, body: { kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30' } });
  });

  it('normalises RACI list cells and requires an accountable owner', () => {
    expect(validateDraft({ kind: 'raci', rowId: 'row-product-bet', cell: 'consulted', value: 'CTO,  Sales,, cto' }, TODAY)).toEqual({
      ok: true,
      body: { kind: 'raci', rowId: 'row-product-bet', rowLabel: '', cell: 'consulted', value: 'CTO, Sales' },
    });
    expect(validateDraft({ kind: 'raci', rowId: 'row-product-bet', cell: 'accountable', value: ' , ' }, TODAY)).toEqual({
      ok: false,
      errors: [{ field: 'value', message: 'New value: name who is accountable.' }],
    });
    const bad = validateDraft({ kind: 'raci', rowId: 'row-product-bet', cell: 'owner', value: 'CEO' }, TODAY);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].field).toBe('cell');
  });

  it('checks risk values against the budget they set', () => {
    expect(validateDraft({ kind: 'risk', betId: 'bet-1', betName: 'Healthcare', field: 'slipPercent', value: '120' }, TODAY)).toEqual({
      ok: false,
      errors: [{ field: 'value', message: 'Value: expected a whole percent from 0 to 100, got "120".' }],
    });
    expect(validateDraft({ kind: 'risk', betId: 'bet-1', betName: 'Healthcare', field: 'reliabilityMinutes', value: '45' }, TODAY)).toEqual({
      ok: true,
      body: { kind: 'risk', betId: 'bet-1', betName: 'Healthcare', field: 'reliabilityMinutes', value: '45' },
    });
  });

  it('round-trips a body through the form draft', () => {
    const r = validateDraft({ kind: 'decision', text: 'X', options: 'a, b', forum: 'F', decidedOn: TODAY, owner: 'CEO' }, TODAY);
    if (!r.ok) throw new Error('expected ok');
    expect(validateDraft(draftOf(r.body), TODAY)).toEqual(r);
    expect(describeCapture(r.body)).toBe(`Decision: X (owner CEO; F; ${TODAY}; options considered: a, b)`);
  });

  it('splits lists on commas, semicolons and newlines, case-insensitively unique', () => {
    expect(splitList('CEO; cto\nCTO, , Sales')).toEqual(['CEO', 'cto', 'Sales']);
  });
});

describe('records read from the shared doc', () => {
  const meta = { id: 'cap-1', blockId: 'gap-db-1', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Alex', createdAt: '2026-11-26T10:00:00.000Z' };

  it('accepts a well-formed capture and refuses one filed under another key', () => {
    const c = { ...meta, kind: 'action', text: 'Do it', owner: 'CTO', due: '2026-11-30' };
    expect(parseCapture('cap-1', c)).toEqual({ ok: true, value: c });
    expect(parseCapture('cap-2', c)).toEqual({ ok: false, errors: ['captures["cap-2"].id: expected "cap-2" (its key), got "cap-1"'] });
  });

  it('says where a malformed capture is wrong', () => {
    const r = parseCapture('cap-1', { ...meta, kind: 'decision', text: 'x', options: 'not a list', forum: '', decidedOn: 'soon', owner: '' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('captures["cap-1"].options: Invalid type: Expected Array but received "not a list"');
      expect(r.errors).toContain('captures["cap-1"].decidedOn: expected a date as YYYY-MM-DD');
    }
    expect(parseCapture('cap-1', { ...meta, kind: 'poem' }).ok).toBe(false);
    expect(parseParked('p-1', { id: 'p-1', text: '', blockId: 'b', blockTitle: '', authorName: '', createdAt: 'yesterday' }).ok).toBe(false);
  });
});

describe('an empty form', () => {
  it('names every missing field of the kind', () => {
    const r = validateDraft({ kind: 'action' }, TODAY);
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'text', message: 'Action: must not be empty.' },
        { field: 'owner', message: 'Owner: must not be empty.' },
        { field: 'due', message: 'Due: choose a date.' },
      ],
    });
  });
});
