// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lanIPv4Addresses, reachableUrls, wsUrl } from '../../../../electron/signaling/lan';

const ifaces = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
  docker0: [{ address: '172.17.0.1', family: 'IPv4', internal: false }],
  wlan0: [
    { address: '192.168.1.23', family: 'IPv4', internal: false },
    { address: 'fe80::abcd', family: 'IPv6', internal: false },
  ],
  eth1: [{ address: '169.254.3.3', family: 4, internal: false }],
  eth2: [{ address: '192.168.1.23', family: 'IPv4', internal: false }],
};

describe('wsUrl', () => {
  it('without a path is the server root; IPv6 hosts are bracketed', () => {
    expect(wsUrl('10.0.0.7', 4444)).toBe('ws://10.0.0.7:4444');
    expect(wsUrl('fe80::1', 4444, 'signal')).toBe('ws://[fe80::1]:4444/signal');
  });
});

describe('LAN addresses', () => {
  it('lists non-internal IPv4 addresses, private ranges first, without duplicates', () => {
    expect(lanIPv4Addresses(ifaces)).toEqual(['192.168.1.23', '172.17.0.1', '169.254.3.3']);
    expect(lanIPv4Addresses({})).toEqual([]);
  });

  it('builds URLs for wildcard and specific hosts', () => {
    expect(reachableUrls('0.0.0.0', 80, { wlan0: ifaces.wlan0 }, '/signal')).toEqual(['ws://192.168.1.23:80/signal']);
    expect(reachableUrls('0.0.0.0', 80, {}, '')).toEqual(['ws://127.0.0.1:80']);
    expect(reachableUrls('10.1.2.3', 81, ifaces)).toEqual(['ws://10.1.2.3:81']);
    expect(reachableUrls('0.0.0.0', 82, { wlan0: ifaces.wlan0 }, '', 'http')).toEqual(['http://192.168.1.23:82']);
    expect(wsUrl('::1', 5, 'signal')).toBe('ws://[::1]:5/signal');
  });
});
