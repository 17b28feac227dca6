// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { CAPTURES, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { confirm, readLocal, readShared } from '../../../../renderer/sync/workspace-agreement';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import { buildOffsiteSummary } from '../../../../shared/offsite/summary';
import { buildPlanOffsite } from '../../../../shared/plan/offsite';
import { sharedKey } from '../../../../shared/workspace/agreement';
import { capture, meta, seeded } from './offsite-fixtures';
import { receiveFromPartner } from './partner-update';

// The partner is the adversary: plain yjs, every update through the peer guard as peer-bridge applies it.

beforeEach(() => localStorage.clear());


describe('the dates of what both agreed at the offsite, when the partner writes capture times', () => {
  it('an agreed capture re-dated by the partner (its createdAt is not what was agreed) does not date the agreement in the future', () => {
    const doc = seeded();
    const NOW = new Date('2026-11-26T16:00:00.000Z');
    capture(doc, { kind: 'decision', text: 'Pilot ships in Q1', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' }, meta('cap-1', '2026-11-26T10:00:00.000Z'));
    const c = readOffsite(doc).captures[0];
    // I (the CEO) confirm on this laptop; the partner (the CTO) files its own confirmation.
    confirm(doc, captureKey(c.id), captureHash(c), [{ role: 'ceo', name: 'Alex Kim' }], 'live', new Date('2026-11-26T11:00:00.000Z'));
    receiveFromPartner(doc, (p) => p.getMap('agreement').set(sharedKey(captureKey(c.id), 'cto'), { role: 'cto', name: 'Blake Moreau', hash: captureHash(c), at: '2026-11-26T11:05:00.000Z', mode: 'live' }));
    const agreement = () => ({ shared: readShared(doc, NOW), local: readLocal(), me: 'ceo' as const });
    expect(buildOffsiteSummary(readOffsite(doc), agreement()).dates).toEqual({ from: '2026-11-26', to: '2026-11-26' });

    // The body (what both confirmed) stays; only the record's time changes: still agreed by both.
    receiveFromPartner(doc, (p) => p.getMap(CAPTURES).set(c.id, { ...c, createdAt: '2031-01-01T09:00:00.000Z' }));
    const s = buildOffsiteSummary(readOffsite(doc), agreement());
    expect(s.agreed.map((r) => r.capture.id)).toEqual(['cap-1']);
    // Before: "Agreed from 2026-11-26 to 2031-01-01" on the summary sheet, "Captured … to 2031-01-01" in the plan.
    expect(s.dates).toEqual({ from: '2026-11-26', to: '2026-11-26' });
    expect(buildPlanOffsite(readOffsite(doc), agreement())?.dates).toEqual({ from: '2026-11-26', to: '2026-11-26' });
  });

  it('nor back-dates it to before either leader confirmed', () => {
    const doc = seeded();
    const NOW = new Date('2026-11-26T16:00:00.000Z');
    capture(doc, { kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }, meta('cap-2', '2026-11-26T10:00:00.000Z'));
    const c = readOffsite(doc).captures[0];
    confirm(doc, captureKey(c.id), captureHash(c), [{ role: 'ceo', name: 'Alex Kim' }], 'live', new Date('2026-11-26T11:00:00.000Z'));
    receiveFromPartner(doc, (p) => {
      p.getMap('agreement').set(sharedKey(captureKey(c.id), 'cto'), { role: 'cto', name: 'Blake Moreau', hash: captureHash(c), at: '2026-11-26T11:05:00.000Z', mode: 'live' });
      p.getMap(CAPTURES).set(c.id, { ...c, createdAt: '2019-03-01T09:00:00.000Z' });
    });
    const s = buildOffsiteSummary(readOffsite(doc), { shared: readShared(doc, NOW), local: readLocal(), me: 'ceo' });
    expect(s.agreed).toHaveLength(1);
    expect(s.dates).toEqual({ from: '2026-11-26', to: '2026-11-26' });
  });
});
