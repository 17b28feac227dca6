/**
 * The pair's fix per gap, in the workspace doc:
 *
 *   gapFixes  Y.Map<`${statementId}.${rung}`, Y.Text>   one cell per ladder rung per statement
 *
 * Every statement's cells are seeded with the framework's template fix by a
 * deterministic update (client id = hash of the template text, like the workspace
 * seed), so two laptops seeding on their own write the same operations and never
 * compete for a cell. Cells are Y.Text: both leaders typing in one cell keep both edits.
 * The plan compares the text against the template to say "template" or the pair's own.
 */
import * as Y from 'yjs';
import { contentClientId } from './content-client-id';
import { allStatements } from '../../shared/framework/content';
import { RUNGS, type Rung } from '../../shared/workspace/ladder';
import { templateFix } from '../../shared/plan/statement-fixes';
import type { GapFixes } from '../../shared/plan/context';
import type { PlanLadder } from '../../shared/plan/types';
import { applyTextDiff } from './y-text-diff';
import { LOCAL_ORIGIN } from './workspace-doc';

export const GAP_FIXES = 'gapFixes';
const SEED_ORIGIN = 'workspace-seed';
const SEEDED = 'gapFixesSeeded';

export const cellKey = (statementId: string, rung: Rung) => `${statementId}.${rung}`;

let cached: Uint8Array | undefined;

/** The template fixes as one update, byte-identical on every laptop running the same content. */
export function gapFixSeedUpdate(): Uint8Array {
  // Stryker disable next-line ConditionalExpression: a cache only: the seed built again has the same bytes
  if (!cached) {
    const fixes = allStatements().map((s) => [s.id, templateFix(s.id).ladder] as const);
    const seed = new Y.Doc(); // it deletes nothing, so garbage collection cannot change its bytes
    seed.clientID = contentClientId(JSON.stringify(fixes));
    seed.transact(() => {
      const map = seed.getMap<Y.Text>(GAP_FIXES);
      for (const [id, ladder] of fixes) {
        for (const rung of RUNGS) {
          const t = new Y.Text();
          t.insert(0, ladder[rung]);
          map.set(cellKey(id, rung), t);
        }
      }
      seed.getMap('meta').set(SEEDED, 1);
    });
    cached = Y.encodeStateAsUpdate(seed);
    seed.destroy();
  }
  return cached;
}

/** Seeds the template fixes once (safe on both laptops independently, and on older workspaces). */
export function seedGapFixes(doc: Y.Doc): void {
  if (doc.getMap('meta').get(SEEDED) === undefined) Y.applyUpdate(doc, gapFixSeedUpdate(), SEED_ORIGIN);
}

/** Every statement's fix as the doc holds it; a statement with a missing or malformed cell is left out. */
export function readGapFixes(doc: Y.Doc): GapFixes {
  const map = doc.getMap<unknown>(GAP_FIXES);
  const out: Record<string, PlanLadder> = {};
  for (const s of allStatements()) {
    const ladder: Partial<PlanLadder> = {};
    for (const rung of RUNGS) {
      const t = map.get(cellKey(s.id, rung));
      if (t instanceof Y.Text) ladder[rung] = t.toString();
    }
    if (RUNGS.every((r) => typeof ladder[r] === 'string')) out[s.id] = ladder as PlanLadder;
  }
  return out;
}

/**
 * One of the user's own edits (undoable). A cell the partner removed (or replaced with
 * something that is not text) is created again with what the user typed.
 */
export function setGapFixCell(doc: Y.Doc, statementId: string, rung: Rung, value: string): void {
  const map = doc.getMap<unknown>(GAP_FIXES);
  const key = cellKey(statementId, rung);
  doc.transact(() => {
    const t = map.get(key);
    if (t instanceof Y.Text) applyTextDiff(t, value);
    else map.set(key, new Y.Text(value));
  }, LOCAL_ORIGIN);
}
