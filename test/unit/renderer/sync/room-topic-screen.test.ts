// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ObservableV2 } from 'lib0/observable';
import {
  MAX_ROOM_FRAME_CHARS,
  MAX_TRIALS_IN_FLIGHT,
  ROOM_FRAMES_BURST,
  ROOM_FRAMES_PER_SECOND,
  screenRoomTopic,
} from '../../../../renderer/sync/room-topic-screen';

/** A lib0 socket as y-webrtc's SignalingConn is one, with y-webrtc's listener added before the screen. */
function socketHeardBy() {
  const socket = new ObservableV2<{ message: (m: unknown) => void }>();
  const heard: unknown[] = [];
  socket.on('message', (m) => heard.push(m));
  return { socket, heard };
}

const publish = (topic: string, data: unknown) => ({ type: 'publish', topic, data });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("a y-webrtc room's topic on the signaling socket", () => {
  it('drops a frame longer than any honest one, or one that is not text, before any listener hears it; other topics pass', () => {
    const { socket, heard } = socketHeardBy();
    screenRoomTopic(socket, 'room', { now: () => 0 });
    const long = 'A'.repeat(MAX_ROOM_FRAME_CHARS + 1);
    socket.emit('message', [publish('room', long)]);
    socket.emit('message', [publish('room', { not: 'text' })]);
    socket.emit('message', [publish('room', 'A'.repeat(MAX_ROOM_FRAME_CHARS))]);
    // The relay's own topic has its own bounds (signaling-relay.ts); other messages are not this screen's.
    socket.emit('message', [publish('room.relay', long)]);
    socket.emit('message', [{ type: 'pong' }]);
    expect(heard).toEqual([publish('room', 'A'.repeat(MAX_ROOM_FRAME_CHARS)), publish('room.relay', long), { type: 'pong' }]);
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
        for (let i = 0; i < 50; i++) socket.emit('message', [publish('room', `${prefix}${w}.${i}`)]);
        await settle();
      }
    };
    await flood('f');
    expect(heard.length).toBe(ROOM_FRAMES_BURST);
    socket.emit('message', [publish('room.workspace', 'w')]);
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
    // The honest ones open, slowly; the junk fails at once: order must still be kept.
    const opens = (data: string) => (data.startsWith('ok') ? new Promise<boolean>((r) => setTimeout(() => r(true), 5)) : Promise.resolve(false));
    screenRoomTopic(socket, 'room', { opens, onUndecryptable: () => reported++, now: () => 0 });
    for (let w = 0; w < 30; w++) {
      for (let i = 0; i < 40; i++) socket.emit('message', [publish('room', `junk${w}.${i}`)]);
      socket.emit('message', [publish('room', `ok${w}`)]);
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(reported).toBe(30 * 40);
    expect(heard).toEqual(Array.from({ length: 30 }, (_, w) => publish('room', `ok${w}`)));
  });

  it('tries at most so many frames at once: past that a flood is dropped unread, and what is under way still ends', async () => {
    const { socket, heard } = socketHeardBy();
    const pending: ((ok: boolean) => void)[] = [];
    let reported = 0;
    const opens = () => new Promise<boolean>((r) => pending.push(r));
    screenRoomTopic(socket, 'room', { opens, onUndecryptable: () => reported++, now: () => 0 });
    for (let i = 0; i < 1000; i++) socket.emit('message', [publish('room', `junk${i}`)]);
    expect(pending.length).toBe(MAX_TRIALS_IN_FLIGHT);
    pending.splice(0).forEach((r) => r(false));
    await settle();
    expect(reported).toBe(MAX_TRIALS_IN_FLIGHT);
    // Room again: the partner's next frame is tried and heard.
    socket.emit('message', [publish('room', 'ok')]);
    expect(pending.length).toBe(1);
    pending[0](true);
    await settle();
    expect(heard).toEqual([publish('room', 'ok')]);
  });

  it('stops screening a topic once its session is gone, unless a newer session of the room took it over; frames still being tried are dropped', async () => {
    const { socket, heard } = socketHeardBy();
    const long = 'A'.repeat(MAX_ROOM_FRAME_CHARS + 1);
    let release: (ok: boolean) => void = () => {};
    const first = screenRoomTopic(socket, 'room', { opens: () => new Promise((r) => (release = r)), now: () => 0 });
    socket.emit('message', [publish('room', 'in flight')]);
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
});
