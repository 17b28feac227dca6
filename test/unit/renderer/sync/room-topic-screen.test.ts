// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ObservableV2 } from 'lib0/observable';
import {
  HEADS_REMEMBERED,
  MAX_ROOM_FRAME_CHARS,
  MAX_TRIALS_IN_FLIGHT,
  ROOM_FRAMES_BURST,
  ROOM_FRAMES_PER_SECOND,
  screenRoomTopic,
} from '../../../../renderer/sync/room-topic-screen';

/** A lib0 socket as y-webrtc's SignalingConn is one, with y-webrtc's listener added before the screen. */
class Socket extends ObservableV2<{ message: (m: unknown) => void }> {
  sent: unknown[] = [];
  send(m: unknown) {
    this.sent.push(m);
  }
}
function socketHeardBy() {
  const socket = new Socket();
  const heard: unknown[] = [];
  socket.on('message', (m) => heard.push(m));
  return { socket, heard };
}

/** A frame shaped as y-webrtc's envelope ("AES-GCM", a 12-byte IV: its first 28 characters), `id` making the IV unique. */
const frame = (id: string) => `B0FFUy1HQ00M${id.padEnd(16, '.').slice(0, 16)}ciphertext`;
const publish = (topic: string, data: unknown) => ({ type: 'publish', topic, data });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("a y-webrtc room's topic on the signaling socket", () => {
  it('drops a frame longer than any honest one, or one that is not text, before any listener hears it; other topics pass', () => {
    const { socket, heard } = socketHeardBy();
    screenRoomTopic(socket, 'room', { now: () => 0 });
    const long = 'A'.repeat(MAX_ROOM_FRAME_CHARS + 1);
    const longest = frame('x') + 'A'.repeat(MAX_ROOM_FRAME_CHARS - frame('x').length);
    socket.emit('message', [publish('room', long)]);
    socket.emit('message', [publish('room', { not: 'text' })]);
    socket.emit('message', [publish('room', longest)]);
    // The relay's own topic has its own bounds (signaling-relay.ts); other messages are not this screen's.
    socket.emit('message', [publish('room.relay', long)]);
    socket.emit('message', [{ type: 'pong' }]);
    expect(heard).toEqual([publish('room', longest), publish('room.relay', long), { type: 'pong' }]);
  });

  it('lets frames that open through in a burst, then at a steady rate, per topic', async () => {
    const { socket, heard } = socketHeardBy();
    let now = 0;
    const opens = async () => true;
    screenRoomTopic(socket, 'room', { opens, now: () => now });
    // A second room on the same socket (the workspace's) is screened by the same wrapper, on its own budget.
    screenRoomTopic(socket, 'room.workspace', { opens, now: () => now });
    const flood = async (prefix: string) => {
      // In waves under the trial limit: this is the partner's rate, not a flood of the decrypter.
      for (let w = 0; w < 20; w++) {
        for (let i = 0; i < 50; i++) socket.emit('message', [publish('room', frame(`${prefix}${w}.${i}`))]);
        await settle();
      }
    };
    await flood('f');
    expect(heard.length).toBe(ROOM_FRAMES_BURST);
    socket.emit('message', [publish('room.workspace', frame('w'))]);
    await settle();
    expect(heard.length).toBe(ROOM_FRAMES_BURST + 1);
    now += 1000;
    await flood('g');
    expect(heard.length).toBe(ROOM_FRAMES_BURST + 1 + ROOM_FRAMES_PER_SECOND);
    // Saved up again after a quiet spell, never past the burst.
    now += 60_000;
    await flood('h');
    expect(heard.length).toBe(2 * ROOM_FRAMES_BURST + 1 + ROOM_FRAMES_PER_SECOND);
  });

  it('a frame that does not open is reported and never heard; the partner’s frames among a stream of them are heard, in the order they came', async () => {
    const { socket, heard } = socketHeardBy();
    let reported = 0;
    let opened = 0;
    // The honest ones open, slowly; the junk fails at once: order must still be kept.
    const opens = (data: string) => (data.includes('ok') ? new Promise<boolean>((r) => setTimeout(() => r(true), 5)) : Promise.resolve(false));
    screenRoomTopic(socket, 'room', { opens, onUndecryptable: () => reported++, onOpened: () => opened++, now: () => 0 });
    for (let w = 0; w < 30; w++) {
      for (let i = 0; i < 40; i++) socket.emit('message', [publish('room', frame(`j${w}.${i}`))]);
      // Not even y-webrtc's envelope.
      socket.emit('message', [publish('room', `junk${w}`)]);
      socket.emit('message', [publish('room', frame(`ok${w}`))]);
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(reported).toBe(30 * 41);
    expect(opened).toBe(30);
    expect(heard).toEqual(Array.from({ length: 30 }, (_, w) => publish('room', frame(`ok${w}`))));
  });

  it('a frame sent again is reported as a replay and not tried or heard: a captured frame cannot spend the partner’s budget', async () => {
    const { socket, heard } = socketHeardBy();
    let tried = 0;
    let replays = 0;
    screenRoomTopic(socket, 'room', { opens: async () => (tried++, true), onReplay: () => replays++, now: () => 0 });
    const captured = publish('room', frame('nudge'));
    socket.emit('message', [captured]);
    for (let i = 0; i < 500; i++) socket.emit('message', [captured]);
    await settle();
    expect({ tried, replays, heard: heard.length }).toEqual({ tried: 1, replays: 500, heard: 1 });
    // The partner's own next frames still go through: the budget was not spent.
    for (let i = 0; i < 50; i++) socket.emit('message', [publish('room', frame(`p${i}`))]);
    await settle();
    expect(heard.length).toBe(51);
  });

  it('our own publish coming back from the server costs nothing and is not heard; sent again by someone else, it is a replay', async () => {
    const { socket, heard } = socketHeardBy();
    let tried = 0;
    let replays = 0;
    screenRoomTopic(socket, 'room', { opens: async () => (tried++, true), onReplay: () => replays++, now: () => 0 });
    const ours = publish('room', frame('mine'));
    socket.send(ours);
    expect(socket.sent).toEqual([ours]);
    socket.emit('message', [ours]);
    await settle();
    expect({ tried, heard: heard.length, replays }).toEqual({ tried: 0, heard: 0, replays: 0 });
    socket.emit('message', [ours]);
    await settle();
    expect(replays).toBe(1);
  });

  it('tries at most so many frames at once (past that a flood is dropped unread); a slot frees as its trial ends, not when the frames before it are handed on', async () => {
    const { socket, heard } = socketHeardBy();
    const pending: ((ok: boolean) => void)[] = [];
    let reported = 0;
    const opens = () => new Promise<boolean>((r) => pending.push(r));
    screenRoomTopic(socket, 'room', { opens, onUndecryptable: () => reported++, now: () => 0 });
    for (let i = 0; i < 1000; i++) socket.emit('message', [publish('room', frame(`junk${i}`))]);
    expect(pending.length).toBe(MAX_TRIALS_IN_FLIGHT);
    // Every trial but the first ends; the first (slow) one still holds the order.
    pending.slice(1).forEach((r) => r(false));
    await settle();
    socket.emit('message', [publish('room', frame('ok'))]);
    expect(pending.length).toBe(MAX_TRIALS_IN_FLIGHT + 1);
    pending[0](false);
    pending[MAX_TRIALS_IN_FLIGHT](true);
    await settle();
    expect(reported).toBe(MAX_TRIALS_IN_FLIGHT);
    expect(heard).toEqual([publish('room', frame('ok'))]);
  });

  it('stops screening a topic once its session is gone, unless a newer session of the room took it over; frames still being tried are dropped', async () => {
    const { socket, heard } = socketHeardBy();
    const long = 'A'.repeat(MAX_ROOM_FRAME_CHARS + 1);
    let release: (ok: boolean) => void = () => {};
    const first = screenRoomTopic(socket, 'room', { opens: () => new Promise((r) => (release = r)), now: () => 0 });
    socket.emit('message', [publish('room', frame('in flight'))]);
    const second = screenRoomTopic(socket, 'room', { now: () => 0 });
    first();
    release(true);
    await settle();
    socket.emit('message', [publish('room', long)]);
    expect(heard).toEqual([]);
    second();
    socket.emit('message', [publish('room', long)]);
    expect(heard).toEqual([publish('room', long)]);
  });

  it('a listener that throws on one frame does not stop the frames after it; its error is still thrown', async () => {
    const socket = new Socket();
    const heard: unknown[] = [];
    // As y-webrtc does on an answer for a connection it already dropped (existingConn undefined).
    socket.on('message', (m) => {
      if ((m as { data: string }).data.includes('bad')) throw new TypeError("Cannot set properties of undefined (setting 'glareToken')");
      heard.push(m);
    });
    const thrown: unknown[] = [];
    const record = (e: unknown) => thrown.push(e);
    process.on('uncaughtException', record);
    try {
      screenRoomTopic(socket, 'room', { opens: async () => true, now: () => 0 });
      socket.emit('message', [publish('room', frame('bad'))]);
      socket.emit('message', [publish('room', frame('after'))]);
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off('uncaughtException', record);
    }
    expect(heard).toEqual([publish('room', frame('after'))]);
    expect(thrown.map(String)).toEqual(["TypeError: Cannot set properties of undefined (setting 'glareToken')"]);
  });

  it('remembers only so many heads per topic: a stranger flooding fresh frames cannot grow what this laptop keeps', () => {
    const { socket, heard } = socketHeardBy();
    let replays = 0;
    // A second between frames: the rate never holds one back, only the heads decide.
    let now = 0;
    screenRoomTopic(socket, 'room', { onReplay: () => replays++, now: () => (now += 1000) });
    const first = publish('room', frame('first'));
    socket.emit('message', [first]);
    for (let i = 1; i < HEADS_REMEMBERED; i++) socket.emit('message', [publish('room', frame(`n${i}`))]);
    // Still among the last HEADS_REMEMBERED: a replay.
    socket.emit('message', [first]);
    expect({ replays, heard: heard.length }).toEqual({ replays: 1, heard: HEADS_REMEMBERED });
    // One more fresh head pushes the oldest out: sent again now, it is taken for a new frame.
    socket.emit('message', [publish('room', frame('last'))]);
    socket.emit('message', [first]);
    expect({ replays, heard: heard.length }).toEqual({ replays: 1, heard: HEADS_REMEMBERED + 2 });
  });

  it('the budget holds on the real clock too (the default), and for frames that are not tried', () => {
    const { socket, heard } = socketHeardBy();
    screenRoomTopic(socket, 'room');
    // Sent at once: far less than a second passes, so at most a second's worth more than the burst.
    for (let i = 0; i < 3 * ROOM_FRAMES_BURST; i++) socket.emit('message', [publish('room', frame(`f${i}`))]);
    expect(heard.length).toBeGreaterThanOrEqual(ROOM_FRAMES_BURST);
    expect(heard.length).toBeLessThanOrEqual(ROOM_FRAMES_BURST + ROOM_FRAMES_PER_SECOND);
  });

  it('a trial that throws counts as a frame that does not open: reported, never heard', async () => {
    const { socket, heard } = socketHeardBy();
    let reported = 0;
    screenRoomTopic(socket, 'room', { opens: () => Promise.reject(new Error('decrypt failed')), onUndecryptable: () => reported++, now: () => 0 });
    socket.emit('message', [publish('room', frame('x'))]);
    await settle();
    expect({ reported, heard }).toEqual({ reported: 1, heard: [] });
  });

  it('without listeners for replays or undecryptable frames, those are dropped and later frames still pass, in order', async () => {
    const { socket, heard } = socketHeardBy();
    screenRoomTopic(socket, 'room', { opens: async (data) => data.includes('ok'), now: () => 0 });
    const ok = (i: number) => publish('room', frame(`ok${i}`));
    expect(() => {
      socket.emit('message', [ok(1)]);
      socket.emit('message', [ok(1)]);
      socket.emit('message', [publish('room', frame('junk'))]);
      socket.emit('message', [ok(2)]);
    }).not.toThrow();
    await settle();
    expect(heard).toEqual([ok(1), ok(2)]);
  });

  it('what this laptop sends that is not a frame of a screened topic goes out as it is (subscribe, ping, another topic)', () => {
    const socket = new Socket();
    screenRoomTopic(socket, 'room', { now: () => 0 });
    const out = [{ type: 'subscribe', topics: ['room'] }, { type: 'ping' }, publish('other', frame('o')), publish('room', { not: 'text' })];
    for (const m of out) socket.send(m);
    expect(socket.sent).toEqual(out);
  });

  it('only message events are screened: another event passes whatever it carries', () => {
    const socket = new Socket();
    const told: unknown[] = [];
    (socket as unknown as ObservableV2<{ status: (m: unknown) => void }>).on('status', (m) => told.push(m));
    screenRoomTopic(socket, 'room', { now: () => 0 });
    const long = publish('room', 'A'.repeat(MAX_ROOM_FRAME_CHARS + 1));
    socket.emit('status' as 'message', [long]);
    expect(told).toEqual([long]);
  });

  it('a newer session screening the same topic replaces the older one on that socket: each frame is tried once, by the newer', async () => {
    const { socket, heard } = socketHeardBy();
    const tried = { older: 0, newer: 0 };
    screenRoomTopic(socket, 'room', { opens: async () => (tried.older++, true), now: () => 0 });
    screenRoomTopic(socket, 'room', { opens: async () => (tried.newer++, true), now: () => 0 });
    socket.emit('message', [publish('room', frame('one'))]);
    await settle();
    expect({ tried, heard: heard.length }).toEqual({ tried: { older: 0, newer: 1 }, heard: 1 });
  });
});
