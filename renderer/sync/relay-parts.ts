/**
 * The relay's half-sent updates: parts of one update waiting for the rest, put back together
 * once all are there. Bounded three ways, since a partner can start updates and never finish
 * them: at most MAX_HALF_SENT updates at once (the oldest is given up), at most `maxBytes`
 * held across them (past it the caller refuses the partner), and none older than maxAgeMs.
 */
export const MAX_HALF_SENT = 8;

export interface Part {
  /** Which update (its sender and sequence number). */
  id: string;
  part: number;
  parts: number;
  size: number;
  data: Uint8Array;
}

type Entry = { parts: (Uint8Array | undefined)[]; got: number; size: number; bytes: number; at: number };

export class HalfSentParts {
  private readonly entries = new Map<string, Entry>();
  /** Bytes held across all entries. */
  private held = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number,
  ) {}

  get bytes(): number {
    return this.held;
  }

  /**
   * Takes one part: the whole update once it completes, 'over' when holding it would pass
   * `maxBytes` (everything held is given up), undefined otherwise (waiting, or a part that does
   * not fit its update: a repeat, another size, more bytes than announced).
   */
  add(p: Part): Uint8Array | 'over' | undefined {
    this.dropStale();
    let entry = this.entries.get(p.id);
    if (!entry) {
      if (this.entries.size >= MAX_HALF_SENT) this.drop(...this.entries.entries().next().value!);
      entry = { parts: new Array(p.parts), got: 0, size: p.size, bytes: 0, at: this.now() };
      this.entries.set(p.id, entry);
    }
    if (entry.size !== p.size || entry.parts.length !== p.parts || entry.parts[p.part] || entry.bytes + p.data.length > p.size) return undefined;
    if (this.held + p.data.length > this.maxBytes) {
      this.clear();
      return 'over';
    }
    // A copy: the part may be a view into a much larger decrypted message, which would stay alive with it.
    entry.parts[p.part] = p.data.slice();
    entry.bytes += p.data.length;
    this.held += p.data.length;
    entry.got++;
    if (entry.got < p.parts) return undefined;
    this.drop(p.id, entry);
    const update = new Uint8Array(p.size);
    let offset = 0;
    for (const part of entry.parts) {
      // Stryker disable next-line all: cannot happen (got === parts with no duplicates fills every part; bytes <= size is checked per part above); kept as a guard
      if (!part || offset + part.length > p.size) return undefined;
      update.set(part, offset);
      offset += part.length;
    }
    return offset === p.size ? update : undefined;
  }

  /** Updates not completed maxAgeMs after their first part are given up (kept alive part by part, they would hold memory for ever). */
  dropStale(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (now - entry.at > this.maxAgeMs) this.drop(id, entry);
  }

  clear(): void {
    this.entries.clear();
    this.held = 0;
  }

  /** Gives up `id`, whose entry is `entry` (every caller holds it). */
  private drop(id: string, entry: Entry) {
    this.held -= entry.bytes;
    this.entries.delete(id);
  }
}
