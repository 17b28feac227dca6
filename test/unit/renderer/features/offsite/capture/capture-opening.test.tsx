// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { render } from '../../render-in-dom';

/*
 * The capture panel shows before the workspace has opened (the summary and facilitator pages open
 * it as they render). Pressing Capture then answered "The workspace is not open yet; try again in a
 * moment." Now the Capture and Park buttons wait, disabled, and the panel says the workspace is
 * opening (or why it could not be).
 */
let doc: Y.Doc;
vi.mock('../../../../../../renderer/sync/workspace-owner', () => ({ getWorkspaceDoc: () => doc, getWorkspaceVersions: () => undefined }));
vi.mock('../../../../../../renderer/features/workspace/AgreementBar', () => ({
  useAgreement: () => ({ agreement: { shared: {}, local: {}, me: 'ceo' }, policies: {}, bets: [], gapFixes: {} }),
}));
vi.mock('../../../../../../renderer/features/offsite/capture/use-offsite', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../../../renderer/features/offsite/capture/use-offsite')>();
  const { readOffsite } = await import('../../../../../../renderer/sync/offsite-capture');
  return { ...real, useOffsiteRecord: () => readOffsite(doc), useMe: () => ({ role: 'ceo', name: 'Alex Kim' }) };
});

const { useWorkspaceStore } = await import('../../../../../../renderer/stores/workspace-store');
const { CapturePanel } = await import('../../../../../../renderer/features/offsite/capture/CapturePanel');

const BLOCK = { id: 'close', kind: 'close' as const, title: 'Close', minutes: 15 };
const panel = () => render(<CapturePanel block={BLOCK} blocks={[BLOCK]} />);
const button = (host: HTMLElement, id: string) => host.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;

beforeEach(() => {
  doc = new Y.Doc();
  localStorage.clear();
});

describe('the capture panel before the workspace is open', () => {
  it('waits: Capture and Park it are disabled, and it says the workspace is opening', () => {
    useWorkspaceStore.setState({ ready: false, loadError: undefined });
    const host = panel();
    expect(button(host, 'capture-submit').disabled).toBe(true);
    expect(button(host, 'park-button').disabled).toBe(true);
    expect(host.querySelector('[data-testid="capture-opening"]')?.textContent).toBe('Opening the workspace…');
  });

  it('says why when the workspace could not be opened', () => {
    useWorkspaceStore.setState({ ready: false, loadError: 'the disk is full' });
    expect(panel().querySelector('[data-testid="capture-opening"]')?.textContent).toBe('The workspace could not be opened: the disk is full');
  });

  it('once open, both buttons work and nothing says it is opening', () => {
    useWorkspaceStore.setState({ ready: true, loadError: undefined });
    const host = panel();
    expect(button(host, 'capture-submit').disabled).toBe(false);
    expect(button(host, 'park-button').disabled).toBe(false);
    expect(host.querySelector('[data-testid="capture-opening"]')).toBeNull();
  });
});
