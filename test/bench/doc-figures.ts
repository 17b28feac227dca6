import * as Y from 'yjs';
import { readWorkspace, seedIfEmpty } from '../../renderer/sync/workspace-doc';
import { addLogEntries, setItemField } from '../../renderer/sync/workspace-mutations';
import { checkPeerUpdate } from '../../renderer/sync/peer-guard';
import { WORKSPACE_LIMITS } from '../../renderer/sync/workspace-sync';
import { createLogEntry } from '../../shared/workspace/log';
import { payloadFromRound } from '../../shared/reveal/payload';
import { median, sampleRound } from './browser';
import { LOG_SERIES, ROUND_SERIES } from './scale';

/*
 * Size and full-sync time of shared documents: what a new peer downloads at once.
 * Measured in-process (encode + apply into a fresh doc), without the network.
 */

const NOW = new Date('2026-11-01T09:00:00Z');

function logEntries(n: number, what: (i: number) => string) {
  return Array.from({ length: n }, (_, i) =>
    createLogEntry(
      { kind: 'decision', what: what(i), decidedBy: 'CEO', forum: 'Monthly strategy review', date: '2026-10-01', options: ['ship', 'slip'], status: 'decided' },
      { now: NOW, id: `log-${i}` },
    ),
  );
}

/** The seeded workspace with a 200-entry log, plus `rounds` revealed rounds. */
function roundsDoc(rounds: number): Y.Doc {
  const doc = new Y.Doc();
  seedIfEmpty(doc, NOW);
  const reveals = doc.getMap('reveals');
  for (let i = 0; i < rounds; i++) {
    const round = sampleRound(i % 2 ? 'cto' : 'ceo', `Leader ${i}`, i, true);
    reveals.set(`round-${i}`, { payload: payloadFromRound(round), salt: 'ab'.repeat(16) });
  }
  addLogEntries(doc, logEntries(200, (i) => `Decision ${i}: move the launch by two weeks`));
  return doc;
}

function logDoc(entries: number): Y.Doc {
  const doc = new Y.Doc();
  seedIfEmpty(doc, NOW);
  addLogEntries(doc, logEntries(entries, (i) => `Decision ${i}: move the launch by two weeks`));
  return doc;
}

/** Median time for a fresh peer to receive and read the whole doc. */
function fullSync(doc: Y.Doc, read: (d: Y.Doc) => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
    read(peer);
    times.push(performance.now() - t0);
    peer.destroy();
  }
  return median(times);
}

export function docFigures(): [string, number, string][] {
  const out: [string, number, string][] = [];
  for (const n of ROUND_SERIES) {
    const doc = roundsDoc(n);
    const kb = Math.round(Y.encodeStateAsUpdate(doc).byteLength / 1024);
    const sync = fullSync(doc, (d) => d.getMap('reveals').toJSON(), 20);
    // The 8-round names are kept so earlier runs stay comparable.
    if (n === 8) out.push(['ydoc_size_8_rounds_and_workspace', kb, 'KB'], ['ydoc_full_sync_median', sync, 'ms']);
    else out.push([`ydoc_size_${n}_rounds_and_workspace`, kb, 'KB'], [`ydoc_full_sync_${n}_rounds_median`, sync, 'ms']);
  }
  for (const n of LOG_SERIES) {
    const doc = logDoc(n);
    const k = `${n / 1000}k`;
    out.push([`ydoc_size_${k}_log`, Math.round(Y.encodeStateAsUpdate(doc).byteLength / 1024), 'KB']);
    out.push([`ydoc_full_sync_${k}_log_median`, fullSync(doc, readWorkspace, 5), 'ms']);
  }
  out.push(['peer_guard_check_10k_log_median', guardFigure(), 'ms']);
  return out;
}

/** Cost of checking one remote edit against a workspace holding a 10,000-entry log. */
function guardFigure(): number {
  const doc = logDoc(10_000);
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
