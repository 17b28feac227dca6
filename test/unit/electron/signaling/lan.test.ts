// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isWildcardHost, lanIPv4Addresses, reachableUrls, wsUrl } from '../../../../electron/signaling/lan';

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

describe('which address the invite names first', () => {
  it('ranks 192.168/16, then 10/8, then 172.16/12, then anything else, link-local 169.254/16 last — at every range edge', () => {
    const v4 = (address: string) => ({ address, family: 'IPv4', internal: false });
    // Listed worst first, so only the ranking can put them in order; the "other" ones keep theirs.
    const all = ['169.254.0.9', '169.253.0.1', '170.254.0.1', '172.15.255.1', '172.32.0.1', '192.169.0.1', '193.168.0.1', '173.20.0.1', '11.0.0.1', '9.255.0.1', '172.31.255.1', '172.16.0.1', '10.200.0.1', '192.168.7.7'];
    expect(lanIPv4Addresses({ eth0: all.map(v4) })).toEqual([
      '192.168.7.7',
      '10.200.0.1',
      '172.31.255.1',
      '172.16.0.1',
      '169.253.0.1',
      '170.254.0.1',
      '172.15.255.1',
      '172.32.0.1',
      '192.169.0.1',
      '193.168.0.1',
      '173.20.0.1',
      '11.0.0.1',
      '9.255.0.1',
      '169.254.0.9',
    ]);
  });

  it('skips loopback even when an interface does not mark it internal, and interfaces with no addresses', () => {
    expect(lanIPv4Addresses({ tun0: [{ address: '127.0.0.2', family: 'IPv4', internal: false }], eth9: undefined, eth0: [{ address: '10.0.0.4', family: 'IPv4', internal: false }] })).toEqual(['10.0.0.4']);
  });

  it('orders addresses of equal rank by interface name, whatever order the OS lists them in', () => {
    const v4 = (address: string) => [{ address, family: 'IPv4', internal: false }];
    expect(lanIPv4Addresses({ wlan0: v4('192.168.1.5'), eth0: v4('192.168.1.9'), enp3s0: v4('192.168.1.7') })).toEqual([
      '192.168.1.7',
      '192.168.1.9',
      '192.168.1.5',
    ]);
  });

  it('skips interfaces the OS marks internal, whatever their address', () => {
    expect(lanIPv4Addresses({ vm0: [{ address: '10.9.9.9', family: 'IPv4', internal: true }], eth0: [{ address: '10.0.0.4', family: 'IPv4', internal: false }] })).toEqual(['10.0.0.4']);
  });

  it('treats only 0.0.0.0, :: and an empty host as "every interface"', () => {
    for (const host of ['0.0.0.0', '::', '']) expect(isWildcardHost(host), host).toBe(true);
    for (const host of ['127.0.0.1', '::1', '192.168.1.2', 'localhost']) expect(isWildcardHost(host), host).toBe(false);
    expect(reachableUrls('', 90, { wlan0: ifaces.wlan0 })).toEqual(['ws://192.168.1.23:90']);
    expect(reachableUrls('::', 91, {})).toEqual(['ws://127.0.0.1:91']);
  });

  it('brackets an IPv6 host once, and adds the slash a bare path lacks', () => {
    expect(wsUrl('[fe80::1]', 4444, '/signal')).toBe('ws://[fe80::1]:4444/signal');
    expect(wsUrl('10.0.0.7', 4444, 'signal')).toBe('ws://10.0.0.7:4444/signal');
  });
});
