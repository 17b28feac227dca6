import type { Round } from '../../shared/assessment/types';
import { byRecent, type RoundListing, type RoundRepository } from './round-repository';

/** In-memory repository for tests and for a storage-less fallback. */
export class MemoryRoundRepository implements RoundRepository {
  private readonly rows = new Map<string, string>();
  private readonly seals = new Map<string, string>();

  async list(): Promise<RoundListing> {
    const rounds = [...this.rows.values()].map((body) => JSON.parse(body) as Round);
    rounds.sort(byRecent);
    return { rounds, problems: [] };
  }

  async get(id: string): Promise<Round | undefined> {
    const body = this.rows.get(id);
    return body ? (JSON.parse(body) as Round) : undefined;
  }

  async put(round: Round): Promise<void> {
    this.rows.set(round.id, JSON.stringify(round));
  }

  async remove(id: string): Promise<void> {
    this.rows.delete(id);
    this.seals.delete(id);
  }

  async prepareSeal(sealed: Round): Promise<void> {
    this.seals.set(sealed.id, JSON.stringify(sealed));
  }

  async preparedSeal(id: string): Promise<Round | undefined> {
    const body = this.seals.get(id);
    return body ? (JSON.parse(body) as Round) : undefined;
  }

  async dropPreparedSeal(id: string): Promise<void> {
    this.seals.delete(id);
  }
}
