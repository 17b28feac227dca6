/**
 * How the app's window gathers WebRTC candidates. Why not Chromium's defaults:
 *
 * - The partner on the LAN is the only peer, there is no STUN/TURN server, and the invite already
 *   carries the host's address: host candidates are all that can connect.
 * - Chromium's default-route policy picks the interface by the route to the internet. On a LAN
 *   without a gateway (a cable between two laptops, a hotspot that hands out no route) there is
 *   none, so it gathers only 0.0.0.0 and never connects. Policy 'default' enumerates every
 *   interface instead.
 * - Chromium hides local IPs behind random `.local` mDNS names; networks that filter multicast
 *   (hotel and conference Wi-Fi often do) then cannot resolve them. Disabling
 *   WebRtcHideLocalIpsWithMdns gives plain IPs. That hiding protects a web page's visitors from
 *   being fingerprinted by random sites; this window only ever shows the app itself.
 */

/** webContents.setWebRTCIPHandlingPolicy value for the app's window: every interface. */
export const WEBRTC_IP_HANDLING_POLICY = 'default' as const;

/** Chromium features switched off before the app is ready. */
export const DISABLED_CHROMIUM_FEATURES: readonly string[] = ['WebRtcHideLocalIpsWithMdns'];

export interface CommandLineLike {
  appendSwitch(name: string, value?: string): void;
  getSwitchValue(name: string): string;
}

/** Adds our features to --disable-features, keeping any already given (Chromium reads the last one). */
export function applyWebRtcSwitches(commandLine: CommandLineLike): void {
  const given = commandLine.getSwitchValue('disable-features').split(',').filter(Boolean);
  const features = [...new Set([...given, ...DISABLED_CHROMIUM_FEATURES])];
  commandLine.appendSwitch('disable-features', features.join(','));
}
