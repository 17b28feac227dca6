// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyWebRtcSwitches, WEBRTC_IP_HANDLING_POLICY } from '../../../../electron/main/webrtc';

/** A command line that behaves like Chromium's: the last value of a switch wins. */
function commandLine(initial?: string) {
  const switches = new Map<string, string>();
  if (initial !== undefined) switches.set('disable-features', initial);
  return {
    appendSwitch: (name: string, value = '') => void switches.set(name, value),
    getSwitchValue: (name: string) => switches.get(name) ?? '',
    value: () => switches.get('disable-features'),
  };
}

describe('WebRTC switches for the app window (Electron binary not needed: pure)', () => {
  it('turns off mDNS hiding of local IPs when nothing else is disabled', () => {
    const cl = commandLine();
    applyWebRtcSwitches(cl);
    expect(cl.value()).toBe('WebRtcHideLocalIpsWithMdns');
  });

  it('keeps features already disabled, drops empty entries, and never lists one twice', () => {
    const cl = commandLine(',Foo,,Bar,');
    applyWebRtcSwitches(cl);
    expect(cl.value()).toBe('Foo,Bar,WebRtcHideLocalIpsWithMdns');
    applyWebRtcSwitches(cl);
    expect(cl.value()).toBe('Foo,Bar,WebRtcHideLocalIpsWithMdns');
  });

  it('gathers candidates on every interface', () => {
    expect(WEBRTC_IP_HANDLING_POLICY).toBe('default');
  });
});
