import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyImport } from '../../../../renderer/sync/offsite-file';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { readBets, readShared } from '../../../../renderer/sync/workspace-agreement';
import { readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { buildOffsiteFile } from '../../../../shared/offsite/offsite-file';
import { planOffsiteImport } from '../../../../shared/offsite/offsite-merge';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { receiveFromPartner } from './partner-update';

// The partner is the adversary: it writes into the shared workspace with plain yjs (through
// the peer guard, as peer-bridge does) and then hands over an offsite file of its own making.

const META = { blockId: 'general', blockTitle: 'General', author: 'ceo' as const, authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' };
const CAPS: Capture[] = [
  { ...META, id: 'cap-r', kind: 'raci', rowId: 'row-product-bet', rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CEO, CTO' },
  { ...META, id: 'cap-d', kind: 'decision', text: 'Pilot ships in Q1', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' },
];
const FILE = buildOffsiteFile(
  { captures: CAPS, actions: [], parked: [] },
  { shared: {}, local: Object.fromEntries(CAPS.map((c) => [captureKey(c.id), { ceo: captureHash(c) }])) },
  { role: 'ceo', name: 'Alex Kim' },
  new Date('2026-11-26T15:00:00.000Z'),
);


/** What the import card does (offsite-file.ts in the summary feature), minus the file reading. */
function importFile(doc: Y.Doc) {
  const here = readOffsite(doc);
  const r = planOffsiteImport(FILE, { captures: here.captures, parked: here.parked, shared: readShared(doc), myRole: 'cto' }, { workspace: readWorkspace(doc), bets: readBets(doc) });
  if (!r.ok) throw new Error(r.error);
  applyImport(doc, r.plan);
  return r.plan.report;
}

describe('an offsite file whose decision id the partner planted a non-row value under', () => {
  it('imports whole: no half-import of the file, and the decision reaches the log', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    // Plain yjs: a plain value under the log id the file's decision will write (log-<capture id>).
    // No reader shows it (it is not a row), so the import's "already an entry here" check cannot see it.
    receiveFromPartner(doc, (p) => p.getMap('log').set('log-cap-d', 'x'));
    expect(readWorkspace(doc).log.some((e) => e.id === 'log-cap-d')).toBe(false);

    let updates = 0;
    doc.on('update', () => updates++);
    expect(() => importFile(doc)).not.toThrow();
    // One transaction, all of it: both captures, the exporter's confirmations, the decision in the log.
    expect(updates).toBe(1);
    expect(readOffsite(doc).captures.map((c) => c.id).sort()).toEqual(['cap-d', 'cap-r']);
    expect(Object.keys(readShared(doc)).sort()).toEqual(['capture:cap-d|ceo', 'capture:cap-r|ceo']);
    expect(readWorkspace(doc).log.find((e) => e.id === 'log-cap-d')?.what).toBe('Pilot ships in Q1');
  });
});
