import { describe, expect, it } from 'vitest';
import { connectionText } from '../../../../../renderer/features/compare/connection-text';
import type { ConnectionStatus } from '../../../../../renderer/sync/session';

const status = (s: Partial<ConnectionStatus>): ConnectionStatus => ({ state: 'connecting', peers: 0, signaling: true, strangerAttempts: 0, thirdDevices: 0, ...s });
const joiner = { isHost: false, host: '198.51.100.1:5173' };

describe('the connection sentence', () => {
  it('says "Found … opening a direct link" while only signaling has seen the partner', () => {
    expect(connectionText(status({ state: 'linking', peers: 1 }), joiner)).toBe('Found your partner on the network, opening a direct link…');
    expect(connectionText(status({ state: 'linking', peers: 1 }), { ...joiner, partner: 'Alex Kim' })).toBe(
      'Found Alex Kim on the network, opening a direct link…',
    );
  });

  it('never says "Connected" before the partner\'s presence arrived, even with data flowing', () => {
    for (const path of ['direct', 'relay'] as const) {
      const text = connectionText(status({ state: 'connected', path }), joiner);
      expect(text).not.toMatch(/connected/i);
      expect(text).toMatch(/waiting for/);
    }
  });

  it('names the path: direct, or through the host laptop', () => {
    expect(connectionText(status({ state: 'connected', path: 'direct' }), { ...joiner, partner: 'Alex Kim' })).toBe('Connected to Alex Kim — direct link');
    expect(connectionText(status({ state: 'connected', path: 'relay' }), { ...joiner, partner: 'Alex Kim' })).toBe(
      'Connected to Alex Kim through the host laptop (no direct link)',
    );
    expect(connectionText(status({ state: 'connected', path: 'relay' }), { isHost: true, host: 'x', partner: 'Blake' })).toBe(
      'Connected to Blake through this laptop (no direct link)',
    );
  });

  it('a failure names the likely cause and the next step', () => {
    const noLink = connectionText(status({ state: 'no-direct-link', peers: 1 }), joiner);
    expect(noLink).toMatch(/no router/);
    expect(noLink).toMatch(/Trying through the host laptop/);
    expect(noLink).not.toMatch(/Connected/);
    const failed = connectionText(status({ state: 'link-failed', peers: 1 }), joiner);
    expect(failed).toMatch(/blocks direct links/);
    expect(failed).toMatch(/Next step: exchange sealed files/);
    expect(failed).toMatch(/take turns on one laptop/);
  });

  it('keeps the existing sentences for the other states', () => {
    expect(connectionText(undefined, joiner)).toBe('Connecting…');
    expect(connectionText(status({ state: 'waiting' }), { ...joiner, isHost: true })).toBe('Hosting — waiting for your partner to join');
    expect(connectionText(status({ state: 'unreachable' }), joiner)).toMatch(/Could not reach the host at 198\.51\.100\.1:5173/);
    expect(connectionText(status({ state: 'wrong-code' }), joiner)).toBe('Could not join: wrong invite code');
    expect(connectionText(status({ state: 'offline' }), joiner)).toMatch(/^Offline/);
  });
});
