// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../../scripts/web';

describe('npm run web arguments', () => {
  it('defaults: app on port 5173, LAN signaling (when hosting) on every LAN address at a free port', () => {
    expect(parseWebArgs([], {})).toMatchObject({ host: '0.0.0.0', port: 5173, lanPort: 0, build: false, signaling: true });
  });
  it('keeps --host for tests and setups that pin one address', () => {
    expect(parseWebArgs(['--port', '4401', '--host', '127.0.0.1'], {})).toMatchObject({ host: '127.0.0.1', port: 4401 });
    expect(parseWebArgs(['--host=198.51.100.1', '--lan-port=4500'], {})).toMatchObject({ host: '198.51.100.1', lanPort: 4500 });
  });
  it('reads the rest of the flags', () => {
    const args = parseWebArgs(['--build', '--no-signal', '--root', 'x/y'], { PORT: '6000', HOST: '10.0.0.2' });
    expect(args).toMatchObject({ build: true, signaling: false, port: 6000, host: '10.0.0.2', root: path.resolve('x/y') });
  });
  it.each([['--port', '70000'], ['--lan-port', '-1'], ['--lan-port', 'x']])('refuses %s %s', (flag, value) => {
    expect(() => parseWebArgs([flag, value], {})).toThrow(`invalid ${flag}`);
  });
});
