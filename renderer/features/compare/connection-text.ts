import type { ConnectionStatus } from '../../sync/session';

export interface ConnectionTextOptions {
  isHost: boolean;
  /** The partner's name, known only once their presence arrived over a working link. */
  partner?: string;
  /** host:port from the invite. */
  host: string;
}

/**
 * One sentence for the always-visible connection status. "Connected" is said only when data
 * flows (a data channel, or the relay carrying the partner's messages) and the partner's
 * presence has arrived; every failure names the likely cause and the next step.
 */
export function connectionText(status: ConnectionStatus | undefined, opts: ConnectionTextOptions): string {
  const who = opts.partner ?? 'your partner';
  switch (status?.state) {
    case undefined:
    case 'connecting':
      return 'Connecting…';
    case 'waiting':
      return opts.isHost ? 'Hosting — waiting for your partner to join' : 'Reached the host — waiting for your partner';
    case 'linking':
      return `Found ${who} on the network, opening a direct link…`;
    case 'no-direct-link':
      return `No direct link to ${who}: this network keeps laptops from connecting directly (a cable or hotspot with no router, or Wi-Fi that isolates devices). Trying through the host laptop instead…`;
    case 'link-failed':
      return `Could not reach ${who}: this network blocks direct links and nothing came through the host laptop either. Next step: exchange sealed files (Compare → “No network? Exchange files”), or take turns on one laptop.`;
    case 'connected': {
      const relay = status.path === 'relay';
      const through = opts.isHost ? 'through this laptop' : 'through the host laptop';
      // Data flows, but the partner's presence has not arrived yet: not "connected to" anyone.
      if (!opts.partner) return relay ? `Linked ${through} (no direct link), waiting for your partner's details…` : "Linked to your partner's laptop, waiting for their details…";
      return relay ? `Connected to ${opts.partner} ${through} (no direct link)` : `Connected to ${opts.partner} — direct link`;
    }
    case 'unreachable':
      return `Could not reach the host at ${opts.host}. Check that both laptops are on the same network and the host is still hosting.`;
    case 'wrong-code':
      return 'Could not join: wrong invite code';
    case 'dropped':
      return `Stopped syncing with your partner: ${status.refusal?.reason ?? 'their laptop sent something this laptop refused'}`;
    case 'offline':
      return 'Offline — your work is kept here and re-syncs when you reconnect';
  }
}
