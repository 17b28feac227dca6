import type { Round } from '../../shared/assessment/types';
import { parseRound } from '../../shared/schema/round';
import { safeParseJson } from '../../shared/schema/json';
import { MAX_FILE_BYTES } from '../../shared/schema/limits';
import type { AccordDatabase, StoredRound } from './db';
import { putRow } from './put-row';
import { dropPendingSeal } from './pending-seal';
import { byRecent, type RoundListing, type RoundRepository, type StoredProblem } from './round-repository';

type Decoded = { ok: true; round: Round } | { ok: false; problem: StoredProblem };

/** Every stored row goes through the same validation as an imported file. */
export function decodeStoredRound(row: StoredRound): Decoded {
  const json = safeParseJson(row.body, MAX_FILE_BYTES);
  if (!json.ok) return { ok: false, problem: { id: row.id, message: json.errors.join('; ') } };
  const parsed = parseRound(json.value);
  if (!parsed.ok) return { ok: false, problem: { id: row.id, message: parsed.errors.slice(0, 3).join('; ') } };
  return { ok: true, round: parsed.value };
}

export class DexieRoundRepository implements RoundRepository {
  constructor(private readonly db: AccordDatabase) {}

  async list(): Promise<RoundListing> {
    const rows = await this.db.rounds.toArray();
    const rounds: Round[] = [];
    const problems: StoredProblem[] = [];
    for (const row of rows) {
      const decoded = decodeStoredRound(row);
      if (decoded.ok) rounds.push(decoded.round);
      else problems.push(decoded.problem);
    }
    rounds.sort(byRecent);
    return { rounds, problems };
  }

  async get(id: string): Promise<Round | undefined> {
    const row = await this.db.rounds.get(id);
    if (!row) return undefined;
    const decoded = decodeStoredRound(row);
    return decoded.ok ? decoded.round : undefined;
  }

  async put(round: Round): Promise<void> {
    const row = checkedRow(round, 'Round not saved');
    // Issued in the calling task when the database is open: Dexie starts its transaction a few
    // microtasks later, behind whatever render was queued meanwhile (5–15 ms measured when a
    // seal's write queued behind the page's re-render and the partner's message), and in a
    // live comparison the reveal waits for this write.
    const written = this.db.isOpen() ? putRow(this.db.backendDB(), 'rounds', row) : undefined;
    if (written) return written;
    await this.db.transaction('rw', this.db.rounds, () => this.db.rounds.put(row));
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.rounds, this.db.seals, async () => {
      await this.db.rounds.delete(id);
      await this.db.seals.delete(id);
    });
    // A note of a seal that never reached the store goes with its round.
    dropPendingSeal(id);
  }

  async prepareSeal(sealed: Round): Promise<void> {
    if (!sealed.sealedAt) throw new Error(`Seal not prepared: round ${sealed.id} is not sealed.`);
    const row = checkedRow(sealed, 'Seal not prepared');
    // In the calling task, as put() does: the dialog's first paint must not delay it.
    const written = this.db.isOpen() ? putRow(this.db.backendDB(), 'seals', row) : undefined;
    if (written) return written;
    await this.db.transaction('rw', this.db.seals, () => this.db.seals.put(row));
  }

  async preparedSeal(id: string): Promise<Round | undefined> {
    const row = await this.db.seals.get(id);
    if (!row) return undefined;
    const decoded = decodeStoredRound(row);
    return decoded.ok && decoded.round.id === id && decoded.round.sealedAt ? decoded.round : undefined;
  }

  async dropPreparedSeal(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.seals, () => this.db.seals.delete(id));
  }
}

/** Validated before writing: the store must never hold what it cannot read back. */
function checkedRow(round: Round, what: string): StoredRound {
  const checked = parseRound(round);
  if (!checked.ok) throw new Error(`${what}: ${checked.errors.join('; ')}`);
  return { id: round.id, body: JSON.stringify(round), updatedAt: round.updatedAt, sealedAt: round.sealedAt };
}

