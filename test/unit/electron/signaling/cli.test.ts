// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../../electron/signaling/cli';

describe('npm run signal arguments', () => {
  it('listens on loopback by default: the LAN is an explicit choice', () => {
    expect(parseCliArgs([], {})).toEqual({ host: '127.0.0.1', port: 4444 });
  });
  it('takes --host/--port (also as --flag=value) and HOST/PORT', () => {
    expect(parseCliArgs(['--host', '0.0.0.0', '--port', '0'], {})).toEqual({ host: '0.0.0.0', port: 0 });
    expect(parseCliArgs(['--host=192.168.1.5', '--port=5000'], {})).toEqual({ host: '192.168.1.5', port: 5000 });
    expect(parseCliArgs([], { HOST: '10.0.0.2', PORT: '6000' })).toEqual({ host: '10.0.0.2', port: 6000 });
    expect(parseCliArgs(['--port', '7000'], { PORT: '6000' })).toEqual({ host: '127.0.0.1', port: 7000 });
  });
  it.each([['--port', 'x'], ['--port', '-1'], ['--port', '65536'], ['--port', '1.5']])('refuses %s %s', (...argv) => {
    expect(() => parseCliArgs(argv, {})).toThrow(/invalid --port/);
  });
  it('ignores arguments it does not know, without taking the next one as their value', () => {
    expect(parseCliArgs(['--verbose', '--port', '5000', 'extra'], {})).toEqual({ host: '127.0.0.1', port: 5000 });
  });
  it('accepts the highest port', () => {
    expect(parseCliArgs(['--port', '65535'], {}).port).toBe(65535);
  });
});
