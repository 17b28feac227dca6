// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createProjector, readWorkspace, seedIfEmpty, workspaceIssues } from '../../../../renderer/sync/workspace-doc';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { planContext } from '../../../../shared/plan/context';
import { workspaceExportMarkdown } from '../../../../shared/plan/workspace-export';

// The partner runs plain yjs and may put any shared type where the workspace keeps a plain
// value or a text. Yjs renders XML types recursively (toString, toJSON), so one nested
// 20,000 deep - a quarter of a megabyte, inside the workspace's limits - overflowed the
// stack on every read of the workspace: the page, the plan and every version after it. The
// guard now refuses types nested deeper than four; a doc from before may still hold one.

/** A 20,000-deep XML element, built as the partner would with plain yjs: attached first, then nested. */
function deepXml(attach: (el: Y.XmlElement) => void): void {
  let at = new Y.XmlElement('p');
  attach(at);
  for (let i = 0; i < 20_000; i++) {
    const inner = new Y.XmlElement('p');
    at.insert(0, [inner]);
    at = inner;
  }
}

/** The victim's seeded workspace with the partner's change applied through the peer guard. */
function attacked(change: (partner: Y.Doc) => void, guard: 'accepts' | 'refuses, held from before the depth limit' = 'accepts'): Y.Doc {
  const victim = new Y.Doc();
  seedIfEmpty(victim, new Date());
  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
  const before = Y.encodeStateVector(victim);
  partner.transact(() => change(partner));
  const update = Y.encodeStateAsUpdate(partner, before);
  if (guard === 'accepts') expect(checkPeerUpdate(victim, update, WORKSPACE_LIMITS)).toEqual({ ok: true });
  else expect(checkPeerUpdate(victim, update, WORKSPACE_LIMITS)).toMatchObject({ ok: false, reason: 'shared types nested more than 4 deep' });
  Y.applyUpdate(victim, update, PEER_ORIGIN);
  return victim;
}

describe('a partner who puts a deeply nested shared type into the workspace', () => {
  it('in a risk budget number: the workspace still reads, and says the number is wrong', () => {
    const doc = attacked((p) => deepXml((el) => p.getMap('riskBudgets').set('reliabilityMinutesPerQuarter', el)), 'refuses, held from before the depth limit');
    const ws = readWorkspace(doc);
    expect(workspaceIssues(ws).join(' ')).toMatch(/reliabilityMinutesPerQuarter/);
    expect(createProjector(doc).read().matrix.length).toBeGreaterThan(0);
  });

  it("in a row's plain field: the row reads without it", () => {
    const doc = attacked((p) => {
      const [id] = [...p.getMap('cadence').keys()];
      deepXml((el) => (p.getMap('cadence').get(id) as Y.Map<unknown>).set('frequency', el));
    }, 'refuses, held from before the depth limit');
    const ws = readWorkspace(doc);
    expect(workspaceIssues(ws).join(' ')).toMatch(/frequency/);
  });

});

describe('a partner who adds a row with no fields (an empty map, from plain yjs) to every list', () => {
  it('the workspace still reads: texts and lists read empty, and validation names what is missing', () => {
    const doc = attacked((p) => {
      for (const list of ['matrix', 'ladder', 'cadence', 'metrics', 'dependencies', 'log']) p.getMap(list).set(`evil-${list}`, new Y.Map());
    });
    const ws = readWorkspace(doc);
    const row = ws.cadence.find((m) => m.id === 'evil-cadence')!;
    expect(row.name).toBe('');
    expect(row.decisionTypes).toEqual([]);
    expect(ws.metrics.find((m) => m.id === 'evil-metrics')!.values).toEqual([]);
    expect(ws.log.find((e) => e.id === 'evil-log')!.options).toEqual([]);
    const issues = workspaceIssues(ws).join(' ');
    // Rows of texts only (matrix, ladder, metrics) are valid empty; the others name each missing field.
    expect(issues).toMatch(/cadence\[\d+\]\.frequency: expected one of weekly, monthly, quarterly/);
    expect(issues).toMatch(/dependencies\.dependencies\[\d+\]\.status: expected one of green, yellow, red/);
    expect(issues).toMatch(/log\[\d+\]\.status: expected one of open, decided, revisited, closed/);
    // The plan's reading of the workspace and its Markdown export take it too.
    const input = { workspace: ws, agreement: { shared: {}, local: {} }, policies: {}, bets: [], gapFixes: {} };
    expect(Object.keys(planContext(input).states).length).toBeGreaterThan(0);
    expect(workspaceExportMarkdown(input)).toContain('Cadence');
  });
});

describe('a partner who puts something other than a row (a plain value, an array, a text) into a list', () => {
  it('is no row: not shown, and the rest of the list reads as before', () => {
    const plain = readWorkspace(attacked(() => undefined)).matrix;
    const doc = attacked((p) => {
      p.getMap('matrix').set('evil-plain', { decision: 'Looks like a row' });
      p.getMap('matrix').set('evil-array', new Y.Array());
      p.getMap('matrix').set('evil-text', new Y.Text('row?'));
    });
    expect(readWorkspace(doc).matrix).toEqual(plain);
  });
});

describe('a partner who swaps a row for a plain value between my render and my edit', () => {
  it('my edit of that row changes nothing and does not throw (as for a removed row)', async () => {
    const { setItemField, setMetricValueIn } = await import('../../../../renderer/sync/workspace-mutations');
    const doc = attacked((p) => {
      p.getMap('matrix').set('row-product-bet', 0);
      const [metric] = [...p.getMap('metrics').keys()];
      p.getMap('metrics').set(metric, 'not a row');
    });
    const [metric] = [...doc.getMap('metrics').keys()];
    const before = Y.encodeStateVector(doc);
    expect(() => setItemField(doc, 'matrix', 'row-product-bet', 'decision', 'Product bet, edited')).not.toThrow();
    expect(() => setMetricValueIn(doc, metric, '2026-01', 3)).not.toThrow();
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
