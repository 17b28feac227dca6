import { describe, expect, it } from 'vitest';
import { linkState, type LinkFacts } from '../../../../renderer/sync/connection-state';

const none: LinkFacts = {
  offline: false,
  wrongCode: false,
  signaling: false,
  unreachable: false,
  peerSeen: false,
  directOpen: false,
  relayCarrying: false,
  directTimedOut: false,
  relayTimedOut: false,
};
const at = (f: Partial<LinkFacts>) => linkState({ ...none, ...f });

describe('the connection state claims a link only when data flows', () => {
  it('a partner heard through signaling is "linking", not connected (the no-gateway bug)', () => {
    expect(at({ signaling: true, peerSeen: true })).toEqual({ state: 'linking' });
  });

  it('walks the honest sequence: waiting → linking → no direct link → relay → connected via relay', () => {
    const steps: Partial<LinkFacts>[] = [
      { signaling: true },
      { signaling: true, peerSeen: true },
      { signaling: true, peerSeen: true, directTimedOut: true },
      { signaling: true, peerSeen: true, directTimedOut: true, relayCarrying: true },
    ];
    expect(steps.map((s) => at(s).state)).toEqual(['waiting', 'linking', 'no-direct-link', 'connected']);
    expect(at(steps[3]).path).toBe('relay');
  });

  it('an open data channel is a direct connection, even after the relay was tried', () => {
    expect(at({ signaling: true, peerSeen: true, directOpen: true })).toEqual({ state: 'connected', path: 'direct' });
    expect(at({ peerSeen: true, directOpen: true, relayCarrying: true, directTimedOut: true, relayTimedOut: true })).toEqual({
      state: 'connected',
      path: 'direct',
    });
  });

  it('says the link failed only when the relay also carried nothing', () => {
    expect(at({ signaling: true, peerSeen: true, directTimedOut: true, relayTimedOut: true }).state).toBe('link-failed');
    expect(at({ signaling: true, peerSeen: true, directTimedOut: true, relayTimedOut: true, relayCarrying: true }).state).toBe('connected');
  });

  it('offline wins over everything; a working link clears a wrong-code guess', () => {
    expect(at({ offline: true, directOpen: true }).state).toBe('offline');
    expect(at({ wrongCode: true, signaling: true }).state).toBe('wrong-code');
    expect(at({ wrongCode: true, directOpen: true }).state).toBe('connected');
  });

  it('without signaling: connecting, then unreachable after its deadline', () => {
    expect(at({}).state).toBe('connecting');
    expect(at({ unreachable: true }).state).toBe('unreachable');
    expect(at({ unreachable: true, signaling: true }).state).toBe('waiting');
  });

  it('never reports connected unless a data channel is open or the relay carries data (all 512 fact combinations)', () => {
    const keys = Object.keys(none) as (keyof LinkFacts)[];
    for (let bits = 0; bits < 1 << keys.length; bits++) {
      const facts = Object.fromEntries(keys.map((k, i) => [k, Boolean(bits & (1 << i))])) as unknown as LinkFacts;
      const { state, path } = linkState(facts);
      if (state === 'connected') {
        expect(facts.offline).toBe(false);
        expect(path).toBe(facts.directOpen ? 'direct' : 'relay');
        expect(facts.directOpen || facts.relayCarrying).toBe(true);
      } else {
        expect(path).toBeUndefined();
      }
    }
  });
});
