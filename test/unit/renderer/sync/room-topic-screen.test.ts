// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ObservableV2 } from 'lib0/observable';
import { MAX_ROOM_FRAME_CHARS, ROOM_FRAMES_BURST, ROOM_FRAMES_PER_SECOND, screenRoomTopic } from '../../../../renderer/sync/room-topic-screen';

/** A lib0 socket as y-webrtc's SignalingConn is one, with y-webrtc's listener added before the screen. */
function socketHeardBy() {
  const socket = new ObservableV2<{ message: (m: unknown) => void }>();
  const heard: unknown[] = [];
  socket.on('message', (m) => heard.push(m));
  return { socket, heard };
}

const publish = (topic: string, data: unknown) => ({ type: 'publish', topic, data });

describe("a y-webrtc room's topic on the signaling socket", () => {
  it('drops a frame longer than any honest one, or one that is not text, before any listener hears it; other topics pass', () => {
    const { socket, heard } = socketHeardBy();
    screenRoomTopic(socket, 'room', () => 0);
    const long = 'A'.repeat(MAX_ROOM_FRAME_CHARS + 1);
    socket.emit('message', [publish('room', long)]);
    socket.emit('message', [publish('room', { not: 'text' })]);
    socket.emit('message', [publish('room', 'A'.repeat(MAX_ROOM_FRAME_CHARS))]);
    // The relay's own topic has its own bounds (signaling-relay.ts); other messages are not this screen's.
    socket.emit('message', [publish('room.relay', long)]);
    socket.emit('message', [{ type: 'pong' }]);
    expect(heard).toEqual([publish('room', 'A'.repeat(MAX_ROOM_FRAME_CHARS)), publish('room.relay', long), { type: 'pong' }]);
  });

  it('lets a burst through, then a steady rate, per topic', () => {
    const { socket, heard } = socketHeardBy();
    let now = 0;
    screenRoomTopic(socket, 'room', () => now);
    // A second room on the same socket (the workspace's) is screened by the same wrapper, on its own budget.
    screenRoomTopic(socket, 'room.workspace');
    for (let i = 0; i < 1000; i++) socket.emit('message', [publish('room', `f${i}`)]);
    expect(heard.length).toBe(ROOM_FRAMES_BURST);
    socket.emit('message', [publish('room.workspace', 'w')]);
    expect(heard.length).toBe(ROOM_FRAMES_BURST + 1);
    now += 1000;
    for (let i = 0; i < 1000; i++) socket.emit('message', [publish('room', `g${i}`)]);
    expect(heard.length).toBe(ROOM_FRAMES_BURST + 1 + ROOM_FRAMES_PER_SECOND);
    // Saved up again after a quiet spell, never past the burst.
    now += 60_000;
    for (let i = 0; i < 1000; i++) socket.emit('message', [publish('room', `h${i}`)]);
    expect(heard.length).toBe(2 * ROOM_FRAMES_BURST + 1 + ROOM_FRAMES_PER_SECOND);
  });

  it('stops screening a topic once its session is gone, unless a newer session of the room took it over', () => {
    const { socket, heard } = socketHeardBy();
    const long = 'A'.repeat(MAX_ROOM_FRAME_CHARS + 1);
    const first = screenRoomTopic(socket, 'room', () => 0);
    const second = screenRoomTopic(socket, 'room', () => 0);
    first();
    socket.emit('message', [publish('room', long)]);
    expect(heard).toEqual([]);
    second();
    socket.emit('message', [publish('room', long)]);
    expect(heard).toEqual([publish('room', long)]);
  });
});
