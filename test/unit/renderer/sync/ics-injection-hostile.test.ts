// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CAPTURES, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { confirm, readLocal, readShared } from '../../../../renderer/sync/workspace-agreement';
import { itemToY, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToIcs } from '../../../../shared/plan/plan-ics';
import { sharedKey } from '../../../../shared/workspace/agreement';
import { cadenceToIcs } from '../../../../shared/workspace/ics';
import { ceoRef, ctoRef } from '../../shared/plan/fixtures';
import { capture, meta } from './offsite-fixtures';
import { receiveFromPartner } from './partner-update';

// The partner is the adversary: plain yjs, every update through the peer guard as peer-bridge applies it.
// An id is a map key (or a capture's id): the partner chooses it, and no screen shows it.

beforeEach(() => localStorage.clear());


const INJECTED = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:fake\r\nDTSTART:20261201T090000\r\nSUMMARY:Board meeting cancelled\r\nATTENDEE:mailto:board@example.com';

/** Content lines of an .ics file, unfolded (RFC 5545 §3.1). */
const contentLines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);

describe('ids the partner chose, in the calendar files this laptop exports', () => {
  it('a meeting id cannot add an event or an attendee to the cadence calendar', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    const m = readWorkspace(doc).cadence[0];
    receiveFromPartner(doc, (p) => {
      p.getMap('cadence').set(INJECTED, itemToY('cadence', { ...m, id: INJECTED, name: 'Weekly 1:1 (moved)' }));
      p.getArray('cadence.order').push([INJECTED]);
    });
    const ws = readWorkspace(doc);
    const lines = contentLines(cadenceToIcs(ws.cadence, { now: new Date(Date.UTC(2026, 10, 26)), matrix: ws.matrix, agreed: false }));
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(ws.cadence.length);
    expect(lines.some((l) => l.startsWith('ATTENDEE') || l.startsWith('SUMMARY:Board meeting cancelled'))).toBe(false);
  });

  it('an action capture id cannot add an event or an attendee to the plan calendar', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 0, 15));
    // One action both agreed (so the plan takes its actions from the offsite) ...
    capture(doc, { kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-01-20' }, meta('cap-ok', '2026-01-15T10:00:00.000Z'));
    const ok = readOffsite(doc).captures[0];
    confirm(doc, captureKey(ok.id), captureHash(ok), [{ role: 'ceo', name: 'Alex Kim' }], 'live', new Date('2026-01-15T11:00:00.000Z'));
    // ... and one the partner proposed, under an id of its making.
    receiveFromPartner(doc, (p) => {
      p.getMap('agreement').set(sharedKey(captureKey(ok.id), 'cto'), { role: 'cto', name: 'Blake Moreau', hash: captureHash(ok), at: '2026-01-15T11:05:00.000Z', mode: 'live' });
      p.getMap(CAPTURES).set(INJECTED, { ...meta(INJECTED, '2026-01-15T10:30:00.000Z'), kind: 'action', text: 'Hire two engineers', owner: 'CTO', due: '2026-01-21' });
    });
    const record = readOffsite(doc);
    expect(record.captures.map((c) => c.id)).toContain(INJECTED);
    const now = new Date(2026, 0, 15, 9, 30);
    const plan = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: ceoRef,
      ctoRound: ctoRef,
      today: now,
      workspace: { workspace: readWorkspace(doc), agreement: { shared: readShared(doc, now), local: readLocal(), me: 'ceo' } },
      offsite: record,
    });
    expect(plan.actionsFromOffsite).toBe(true);
    const lines = contentLines(planToIcs(plan, now));
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(plan.actions.length);
    expect(lines.some((l) => l.startsWith('ATTENDEE') || l.startsWith('SUMMARY:Board meeting cancelled'))).toBe(false);
  });
});
