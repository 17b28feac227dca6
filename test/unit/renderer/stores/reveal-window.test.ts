import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCompareStore } from '../../../../renderer/stores/compare-store';
import { revealWindowClosed } from '../../../../renderer/stores/reveal-window';
import type { ProtocolState } from '../../../../renderer/sync/comparison-controller';

const phase = (p: ProtocolState['phase']) => useCompareStore.setState({ protocol: { phase: p, withholding: false } });

afterEach(() => {
  vi.useRealTimers();
  useCompareStore.setState({ protocol: undefined });
});

describe('waiting to change page while this laptop owes its partner the reveal', () => {
  it('does not wait when nothing is owed', async () => {
    for (const p of [undefined, 'answering', 'waiting-partner', 'waiting-reveal', 'complete'] as const) {
      if (p) phase(p);
      else useCompareStore.setState({ protocol: undefined });
      let done = false;
      void revealWindowClosed().then(() => (done = true));
      await Promise.resolve();
      expect(done).toBe(true);
    }
  });

  it('waits while the partner’s acknowledgement is owed an answer, and goes on once our reveal is out', async () => {
    phase('waiting-ack');
    let done = false;
    void revealWindowClosed(60_000).then(() => (done = true));
    await Promise.resolve();
    useCompareStore.setState({ busy: true }); // an unrelated change
    await Promise.resolve();
    expect(done).toBe(false);
    phase('waiting-reveal');
    await Promise.resolve();
    expect(done).toBe(true);
  });

  it('waits while our own seal, or the partner’s commitment, is still being stored (the reveal goes out right after)', async () => {
    for (const p of ['storing-seal', 'storing-commitments'] as const) {
      phase(p);
      let done = false;
      void revealWindowClosed(60_000).then(() => (done = true));
      await Promise.resolve();
      expect(done).toBe(false);
      phase('complete');
      await Promise.resolve();
      expect(done).toBe(true);
    }
  });

  it('never waits longer than its bound', async () => {
    vi.useFakeTimers();
    phase('waiting-ack');
    let done = false;
    void revealWindowClosed(1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    // Resolved by time: a later phase change finds nothing left listening.
    phase('complete');
  });
});
