import { MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES, type AgendaBlock, type BlockKind } from './agenda';
import { describeValue, fail, ok, type Result } from '../schema/result';
import { isIsoDate } from '../workspace/dates';
import { statementById } from '../framework/content';

/**
 * The agenda as the shared workspace keeps it (root `agenda`), and the checks a
 * value must pass on the way in: a partner's laptop can write anything there, so
 * every read is validated and a bad entry is reported, never trusted.
 */
export interface StoredAgenda {
  blocks: AgendaBlock[];
  /** Which comparison it was built from: pinKey(ceo, cto) of the two seals. */
  sourceComparison: string;
  /** The day of the offsite, YYYY-MM-DD. */
  startedOn: string;
  /** Wall-clock start, HH:MM. */
  startTime: string;
}

export const MAX_AGENDA_BLOCKS = 24;
const KINDS: readonly BlockKind[] = ['warm-up', 'gap', 'warning-signs', 'artifacts', 'owners', 'close'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isClockTime = (s: unknown): s is string => typeof s === 'string' && TIME.test(s);

/** A minutes field as typed: a whole number of minutes in range, or a sentence saying what is wrong with it. */
export function parseMinutes(text: string, blockTitle: string): { ok: true; minutes: number } | { ok: false; error: string } {
  const t = text.trim();
  const n = /^\d{1,4}$/.test(t) ? Number(t) : NaN;
  if (Number.isInteger(n) && n >= MIN_BLOCK_MINUTES && n <= MAX_BLOCK_MINUTES) return { ok: true, minutes: n };
  const what = t === '' ? 'is empty' : `is “${t.slice(0, 12)}”`;
  return { ok: false, error: `“${blockTitle}” ${what}: enter whole minutes from ${MIN_BLOCK_MINUTES} to ${MAX_BLOCK_MINUTES}.` };
}

function parseBlock(raw: unknown, where: string): Result<AgendaBlock> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail(`${where}: expected a block, got ${describeValue(raw)}`);
  const b = raw as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof b.id !== 'string' || !ID.test(b.id)) errors.push(`${where}.id: expected a short id, got ${describeValue(b.id)}`);
  if (typeof b.kind !== 'string' || !KINDS.includes(b.kind as BlockKind)) errors.push(`${where}.kind: expected one of ${KINDS.join(', ')}, got ${describeValue(b.kind)}`);
  if (typeof b.title !== 'string' || !b.title.trim() || b.title.length > 200) errors.push(`${where}.title: expected 1–200 characters, got ${describeValue(b.title)}`);
  if (typeof b.minutes !== 'number' || !Number.isInteger(b.minutes) || b.minutes < MIN_BLOCK_MINUTES || b.minutes > MAX_BLOCK_MINUTES) {
    errors.push(`${where}.minutes: expected whole minutes from ${MIN_BLOCK_MINUTES} to ${MAX_BLOCK_MINUTES}, got ${describeValue(b.minutes)}`);
  }
  if (b.statementId !== undefined && (typeof b.statementId !== 'string' || !ID.test(b.statementId) || !statementById(b.statementId))) {
    errors.push(`${where}.statementId: expected a statement of the diagnostic, got ${describeValue(b.statementId)}`);
  }
  if (b.kind === 'gap' && b.statementId === undefined) errors.push(`${where}.statementId: a gap block names its statement`);
  if (errors.length) return fail(...errors);
  const block: AgendaBlock = { id: b.id as string, kind: b.kind as BlockKind, title: b.title as string, minutes: b.minutes as number };
  if (typeof b.statementId === 'string') block.statementId = b.statementId;
  return ok(block);
}

/** Reads the shared `agenda` map's entries; undefined when nothing was stored yet. */
export function parseStoredAgenda(entries: Record<string, unknown>): Result<StoredAgenda> | undefined {
  if (entries.blocks === undefined) return undefined;
  const errors: string[] = [];
  let list: unknown;
  if (typeof entries.blocks !== 'string' || entries.blocks.length > 64_000) errors.push(`agenda.blocks: expected the blocks as JSON text, got ${describeValue(entries.blocks)}`);
  else {
    try {
      list = JSON.parse(entries.blocks);
    } catch {
      errors.push('agenda.blocks: not valid JSON');
    }
  }
  const blocks: AgendaBlock[] = [];
  if (list !== undefined) {
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_AGENDA_BLOCKS) errors.push(`agenda.blocks: expected 1–${MAX_AGENDA_BLOCKS} blocks, got ${describeValue(list)}`);
    else {
      list.forEach((raw, i) => {
        const r = parseBlock(raw, `agenda.blocks[${i}]`);
        if (r.ok) blocks.push(r.value);
        else errors.push(...r.errors);
      });
      if (new Set(blocks.map((b) => b.id)).size !== blocks.length) errors.push('agenda.blocks: two blocks share an id');
    }
  }
  const source = entries.sourceComparison;
  if (typeof source !== 'string' || source.length > 200) errors.push(`agenda.sourceComparison: expected text, got ${describeValue(source)}`);
  if (!isIsoDate(entries.startedOn)) errors.push(`agenda.startedOn: expected a YYYY-MM-DD date, got ${describeValue(entries.startedOn)}`);
  if (!isClockTime(entries.startTime)) errors.push(`agenda.startTime: expected HH:MM, got ${describeValue(entries.startTime)}`);
  if (errors.length) return fail(...errors);
  return ok({ blocks, sourceComparison: source as string, startedOn: entries.startedOn as string, startTime: entries.startTime as string });
}

/** The map entries to write for an agenda (blocks as one JSON string: the pair edits it as a whole). */
export function agendaEntries(a: StoredAgenda): Record<string, string> {
  return { blocks: JSON.stringify(a.blocks), sourceComparison: a.sourceComparison, startedOn: a.startedOn, startTime: a.startTime };
}

/** Whether two agendas cover the same blocks in the same order (lengths and titles aside): the gaps and the rest. */
export function sameTopics(a: readonly AgendaBlock[], b: readonly AgendaBlock[]): boolean {
  const topics = (blocks: readonly AgendaBlock[]) => blocks.map((x) => x.statementId ?? x.kind).join(' ');
  return topics(a) === topics(b);
}
