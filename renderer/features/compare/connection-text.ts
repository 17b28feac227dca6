import type { ConnectionStatus } from '../../sync/session';

/** One sentence for the always-visible connection status. */
export function connectionText(status: ConnectionStatus | undefined, opts: { isHost: boolean; partner?: string; host: string }): string {
  switch (status?.state) {
    case undefined:
    case 'connecting':
      return 'Connecting…';
    case 'connected':
      return `Connected to ${opts.partner ?? 'your partner'}`;
    case 'waiting':
      return opts.isHost ? 'Hosting — waiting for your partner to join' : 'Reached the host — waiting for your partner';
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
