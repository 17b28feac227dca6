import * as Y from 'yjs';
import { seedIfEmpty } from '../../renderer/sync/workspace-doc';
import { addLogEntries, setItemField } from '../../renderer/sync/workspace-mutations';
import { checkPeerUpdate } from '../../renderer/sync/peer-guard';
import { WORKSPACE_LIMITS } from '../../renderer/sync/workspace-sync';
import { createLogEntry } from '../../shared/workspace/log';
import { payloadFromRound } from '../../shared/reveal/payload';
import { sampleRound } from './browser';
import { median } from './browser';

/**
 * Size and full-sync time of a shared document holding 8 sealed rounds and the
 * seeded workspace with 200 decision-log entries: what a new peer downloads at once.
 * Measured in-process (encode + apply), without the network.
 */
export function docFigures(): [string, number, string][] {
  const doc = new Y.Doc();
  seedIfEmpty(doc, new Date('2026-11-01T09:00:00Z'));
  const reveals = doc.getMap('reveals');
  for (let i = 0; i < 8; i++) {
    const round = sampleRound(i % 2 ? 'cto' : 'ceo', `Leader ${i}`, i, true);
    reveals.set(`round-${i}`, { payload: payloadFromRound(round), salt: 'ab'.repeat(16) });
  }
  addLogEntries(
    doc,
    Array.from({ length: 200 }, (_, i) =>
      createLogEntry(
        { kind: 'decision', what: `Decision ${i}: move the launch by two weeks`, decidedBy: 'CEO', forum: 'Monthly strategy review', date: '2026-10-01', options: ['ship', 'slip'], status: 'decided' },
        { now: new Date('2026-11-01T09:00:00Z'), id: `log-${i}` },
      ),
    ),
  );
  const update = Y.encodeStateAsUpdate(doc);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
    peer.getMap('reveals').toJSON();
    times.push(performance.now() - t0);
    peer.destroy();
  }
  return [
    ['ydoc_size_8_rounds_and_workspace', Math.round(update.byteLength / 1024), 'KB'],
    ['ydoc_full_sync_median', median(times), 'ms'],
    ['peer_guard_check_10k_log_median', guardFigure(), 'ms'],
  ];
}

/** Cost of checking one remote edit against a workspace holding a 10,000-entry log. */
function guardFigure(): number {
  const doc = new Y.Doc();
  seedIfEmpty(doc, new Date('2026-11-01T09:00:00Z'));
  addLogEntries(
    doc,
    Array.from({ length: 10_000 }, (_, i) =>
      createLogEntry(
        { kind: 'decision', what: `Decision ${i}`, decidedBy: 'CEO', forum: 'Monthly strategy review', date: '2026-10-01', options: [], status: 'open' },
        { now: new Date('2026-11-01T09:00:00Z'), id: `log-${i}` },
      ),
    ),
  );
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  let edit: Uint8Array = new Uint8Array();
  peer.on('update', (u: Uint8Array) => (edit = u));
  setItemField(peer, 'matrix', 'row-product-bet', 'cadence', 'Weekly');
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    checkPeerUpdate(doc, edit, WORKSPACE_LIMITS);
    times.push(performance.now() - t0);
  }
  return median(times);
}
