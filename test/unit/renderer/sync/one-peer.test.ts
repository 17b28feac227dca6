// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_PEER_ID_CHARS, MAX_REFUSED_REMEMBERED, limitToOnePeer } from '../../../../renderer/sync/one-peer';

/** y-webrtc's own pattern (lib0 map.setIfUndefined) for "a peer announced itself / sent an offer". */
function setIfUndefined<V>(m: Map<string, V>, key: string, create: () => V): V {
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = create()));
  return v;
}

function conn(id: string, connected = true) {
  const c = { id, connected, destroyed: false, signals: 0, peer: { signal: () => c.signals++ }, destroy: () => (c.destroyed = true) };
  return c;
}

describe('a comparison room holds two people', () => {
  it('connects the first peer, then refuses and reports a third device without creating a connection for it', () => {
    const room = { webrtcConns: new Map<string, ReturnType<typeof conn>>() };
    const refused: string[] = [];
    limitToOnePeer(room, (id) => refused.push(id));
    const created: string[] = [];
    const make = (id: string) => () => (created.push(id), conn(id));

    const partner = setIfUndefined(room.webrtcConns, 'partner', make('partner'));
    partner.peer.signal();
    expect(partner.signals).toBe(1);

    const third = setIfUndefined(room.webrtcConns, 'mallory', make('mallory'));
    third.peer.signal(); // y-webrtc signals whatever it got back: must be inert
    expect(created).toEqual(['partner']);
    expect(room.webrtcConns.has('mallory')).toBe(false);
    expect([...room.webrtcConns.keys()]).toEqual(['partner']);
    expect(refused).toEqual(['mallory']);

    // Reported once per device, however often it knocks.
    setIfUndefined(room.webrtcConns, 'mallory', make('mallory'));
    expect(refused).toEqual(['mallory']);
    // A connection object handed to set() directly is destroyed, not kept.
    const sneaky = conn('sneaky');
    room.webrtcConns.set('sneaky', sneaky);
    expect(sneaky.destroyed).toBe(true);
    expect(room.webrtcConns.size).toBe(1);
  });

  it('when the partner leaves, the room is free again (a partner reloading reconnects)', () => {
    const room = { webrtcConns: new Map<string, ReturnType<typeof conn>>() };
    const refused: string[] = [];
    limitToOnePeer(room, (id) => refused.push(id));
    setIfUndefined(room.webrtcConns, 'partner-1', () => conn('partner-1'));
    room.webrtcConns.delete('partner-1');
    const again = setIfUndefined(room.webrtcConns, 'partner-2', () => conn('partner-2'));
    expect(again.id).toBe('partner-2');
    expect(refused).toEqual([]);
  });

  it('does not cry "third device" while the partner link is still opening', () => {
    const room = { webrtcConns: new Map<string, ReturnType<typeof conn>>() };
    const refused: string[] = [];
    limitToOnePeer(room, (id) => refused.push(id));
    setIfUndefined(room.webrtcConns, 'partner', () => conn('partner', false));
    setIfUndefined(room.webrtcConns, 'partner-new-tab', () => conn('x'));
    expect(refused).toEqual([]);
  });

  it('the partner’s own connection is always handed back; a stranger gets a closed, unconnected stand-in', () => {
    const room = { webrtcConns: new Map<string, ReturnType<typeof conn>>() };
    limitToOnePeer(room, () => {});
    const partner = setIfUndefined(room.webrtcConns, 'partner', () => conn('partner'));
    expect(room.webrtcConns.get('partner')).toBe(partner);
    const stand = room.webrtcConns.get('mallory') as unknown as { connected: boolean; closed: boolean };
    expect(stand.connected).toBe(false);
    expect(stand.closed).toBe(true);
    expect(room.webrtcConns.size).toBe(1);
  });

  it('installed while two links are already opening, a stranger is reported once either is connected', () => {
    const room = { webrtcConns: new Map([['a', conn('a', true)], ['b', conn('b', false)]]) };
    const refused: string[] = [];
    limitToOnePeer(room, (id) => refused.push(id));
    room.webrtcConns.get('mallory');
    expect(refused).toEqual(['mallory']);
  });

  it('a refused connection without destroy() is simply not kept; no room at all is a no-op', () => {
    const room = { webrtcConns: new Map<string, unknown>([['partner', conn('partner')]]) };
    limitToOnePeer(room, () => {});
    expect(() => room.webrtcConns.set('mallory', { peer: {} })).not.toThrow();
    expect([...room.webrtcConns.keys()]).toEqual(['partner']);
    expect(typeof limitToOnePeer(null, () => {})).toBe('function');
    expect(typeof limitToOnePeer(undefined, () => {})).toBe('function');
  });
});

describe('each admitted connection is handed over once, before it connects', () => {
  it('reports the partner (and a connection already there), never a refused device', () => {
    const early = conn('early');
    const room = { webrtcConns: new Map<string, ReturnType<typeof conn>>([['early', early]]) };
    const admitted: string[] = [];
    limitToOnePeer(room, () => {}, (c) => admitted.push((c as { id: string }).id));
    expect(admitted).toEqual(['early']);
    room.webrtcConns.delete('early');
    setIfUndefined(room.webrtcConns, 'partner', () => conn('partner'));
    setIfUndefined(room.webrtcConns, 'partner', () => conn('partner-again'));
    setIfUndefined(room.webrtcConns, 'mallory', () => conn('mallory'));
    room.webrtcConns.set('sneaky', conn('sneaky'));
    expect(admitted).toEqual(['early', 'partner']);
  });

  /*
   * Review (dishonest partner, 2026-11-29): the partner, linked, announced a new 180 K-character
   * peer id per message; each was kept in the refused set for the session's life (2,000 messages
   * held 360 M characters) and each set off a status refresh. Now an id longer than any y-webrtc
   * peer's is refused without a record, and only so many third devices are remembered.
   */
  it('a flood of new peer ids, long or short, is refused without growing what this laptop keeps', () => {
    const room = { webrtcConns: new Map<string, ReturnType<typeof conn>>() };
    const refused: string[] = [];
    limitToOnePeer(room, (id) => refused.push(id));
    setIfUndefined(room.webrtcConns, 'partner', () => conn('partner'));
    const created: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const id = i % 2 ? `${'x'.repeat(MAX_PEER_ID_CHARS)}${i}` : `mallory-${i}`;
      setIfUndefined(room.webrtcConns, id, () => (created.push(id), conn(id))).peer.signal();
    }
    expect(created).toEqual([]);
    expect([...room.webrtcConns.keys()]).toEqual(['partner']);
    expect(refused.length).toBe(MAX_REFUSED_REMEMBERED);
    expect(refused.every((id) => id.startsWith('mallory-'))).toBe(true);
    // A y-webrtc id (a UUID) is reported as before.
    const fresh = { webrtcConns: new Map<string, ReturnType<typeof conn>>() };
    const told: string[] = [];
    limitToOnePeer(fresh, (id) => told.push(id));
    setIfUndefined(fresh.webrtcConns, 'partner', () => conn('partner'));
    setIfUndefined(fresh.webrtcConns, '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', () => conn('third'));
    expect(told).toEqual(['1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed']);
  });

  it('an id of MAX_PEER_ID_CHARS is still reported; one character more is refused without a record', () => {
    const room = { webrtcConns: new Map<string, ReturnType<typeof conn>>() };
    const refused: string[] = [];
    limitToOnePeer(room, (id) => refused.push(id));
    setIfUndefined(room.webrtcConns, 'partner', () => conn('partner'));
    const longest = 'x'.repeat(MAX_PEER_ID_CHARS);
    setIfUndefined(room.webrtcConns, longest, () => conn('third'));
    setIfUndefined(room.webrtcConns, `${longest}y`, () => conn('fourth'));
    expect(refused).toEqual([longest]);
  });
});
