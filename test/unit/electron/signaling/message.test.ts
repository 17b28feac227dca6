// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_JSON_DEPTH,
  MAX_TOPIC_LENGTH,
  exceedsJsonDepth,
  parseSignalingMessage,
  serialisePublish,
  topicList,
} from '../../../../electron/signaling/message';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('exceedsJsonDepth', () => {
  it('counts objects and arrays alike, up to and including the limit', () => {
    expect(exceedsJsonDepth(nested(3), 3)).toBe(false);
    expect(exceedsJsonDepth(nested(4), 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":{"b":{}}}', 3)).toBe(false);
    expect(exceedsJsonDepth('{"a":{"b":{"c":[]}}}', 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":[{"b":1}]}', 3)).toBe(false);
  });
  it('measures depth, not the number of brackets (siblings close again)', () => {
    expect(exceedsJsonDepth('[[],[],[],[],[]]', 2)).toBe(false);
    expect(exceedsJsonDepth('{"a":{},"b":{},"c":{}}', 2)).toBe(false);
  });
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(`{"data":"${'['.repeat(50)}"}`, 1)).toBe(false);
    expect(exceedsJsonDepth(`{"data":"\\"${'{'.repeat(50)}"}`, 1)).toBe(false);
    expect(exceedsJsonDepth(`{"data":"\\\\", "x": [[]]}`, 2)).toBe(true); // an escaped backslash ends before the quote
  });
  it('counts brackets of both kinds before deciding there is nothing to scan', () => {
    expect(exceedsJsonDepth('{{[[', 3)).toBe(true);
    expect(exceedsJsonDepth('[[{{', 3)).toBe(true);
    expect(exceedsJsonDepth('{[', 1)).toBe(true);
    expect(exceedsJsonDepth('{}[]', 1)).toBe(false);
  });
  it('with a limit of 0, refuses any object or array', () => {
    expect(exceedsJsonDepth('"text"', 0)).toBe(false);
    expect(exceedsJsonDepth('[]', 0)).toBe(true);
    expect(exceedsJsonDepth('{}', 0)).toBe(true);
  });
  it('scans 120,000 levels without recursion', () => {
    expect(exceedsJsonDepth(nested(120_000), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe('parseSignalingMessage', () => {
  it('accepts objects with a string type, from strings, buffers and fragments', () => {
    expect(parseSignalingMessage('{"type":"ping"}', 100)).toEqual({ type: 'ping' });
    expect(parseSignalingMessage(Buffer.from('{"type":"ping"}'), 100)).toEqual({ type: 'ping' });
    expect(parseSignalingMessage([Buffer.from('{"type":'), Buffer.from('"ping"}')], 100)).toEqual({ type: 'ping' });
    expect(parseSignalingMessage(new Uint8Array(Buffer.from('{"type":"ping"}')).buffer, 100)).toEqual({ type: 'ping' });
  });
  it('takes a string frame as it is, without a UTF-8 round trip', () => {
    expect(parseSignalingMessage('{"type":"ping","x":"\ud800"}', 100)).toEqual({ type: 'ping', x: '\ud800' });
  });
  it('refuses frames over the byte limit, counting UTF-8 bytes', () => {
    const msg = '{"type":"ping","pad":"éé"}'; // 26 chars, 28 bytes
    expect(parseSignalingMessage(msg, 28)).not.toBeNull();
    expect(parseSignalingMessage(msg, 27)).toBeNull();
    expect(parseSignalingMessage(Buffer.from(msg), 28)).not.toBeNull();
    expect(parseSignalingMessage(Buffer.from(msg), 27)).toBeNull();
  });
  it('refuses frames nested deeper than the limit before parsing them', () => {
    const at = (depth: number) => `{"type":"publish","data":${nested(depth - 1)}}`;
    expect(parseSignalingMessage(at(MAX_JSON_DEPTH), 1e6)).not.toBeNull();
    expect(parseSignalingMessage(at(MAX_JSON_DEPTH + 1), 1e6)).toBeNull();
    expect(parseSignalingMessage(at(120_000), 1e6)).toBeNull();
  });
  it.each(['{', '["ping"]', 'null', '"ping"', '42', '{"type":5}', '{"kind":"ping"}'])('refuses %s', (text) => {
    expect(parseSignalingMessage(text, 100)).toBeNull();
  });
});

describe('topicList', () => {
  it('keeps non-empty strings up to the length limit', () => {
    const longest = 't'.repeat(MAX_TOPIC_LENGTH);
    expect(topicList(['a', '', 1, null, longest, `${longest}x`, 'b'])).toEqual(['a', longest, 'b']);
    expect(topicList('a')).toEqual([]);
  });
});

describe('serialisePublish', () => {
  it('adds the receiver count (overriding any sent by the publisher)', () => {
    expect(JSON.parse(serialisePublish({ type: 'publish', topic: 't', data: 'x', clients: 99 }, 2)!)).toEqual({
      type: 'publish',
      topic: 't',
      data: 'x',
      clients: 2,
    });
  });
  it('returns null instead of throwing for what cannot be serialised', () => {
    const cyclic: Record<string, unknown> = { type: 'publish' };
    cyclic.self = cyclic;
    expect(serialisePublish(cyclic as { type: string }, 1)).toBeNull();
  });
});
