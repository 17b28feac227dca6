import * as Y from 'yjs';
import { seedIfEmpty } from '../../renderer/sync/workspace-doc';
import { addLogEntries } from '../../renderer/sync/workspace-mutations';
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
  ];
}
