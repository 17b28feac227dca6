// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { DebatePolicy } from '../../../../../renderer/features/workspace/PolicyFields';
import { useWorkspaceStore } from '../../../../../renderer/stores/workspace-store';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { openWorkspace, type OpenWorkspace } from '../../../../../renderer/sync/workspace-owner';
import { confirm, setDebateDays } from '../../../../../renderer/sync/workspace-agreement';
import { contentHash, type PairPolicies } from '../../../../../shared/workspace/agreement';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { today } from '../../../shared/plan/fixtures';

// The policies agreed with no debate limit read "Policies: agreed by both on …" beside an empty
// field whose grey placeholder says "suggested: 7": the guide's suggestion read as the pair's rule.

let ws: OpenWorkspace | undefined;
afterEach(async () => {
  await ws?.close();
  ws = undefined;
  localStorage.clear();
});

async function agreed(policies: PairPolicies) {
  provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  ws = await openWorkspace(new MemoryDocStore());
  setDebateDays(ws.doc, policies.debateDays);
  confirm(ws.doc, 'policies', contentHash(policies), [{ role: 'ceo', name: 'Dana' }, { role: 'cto', name: 'Sam' }], 'together', today);
  useWorkspaceStore.setState({ workspace: defaultWorkspace(today) });
  return render(<DebatePolicy />).querySelector('[data-testid="agreement-state"]')!.textContent!;
}

describe('the agreed policies', () => {
  it('say the debate limit is not set', async () => {
    const text = await agreed({});
    expect(text).toMatch(/agreed by both/);
    expect(text).toContain('with no debate limit set');
  });

  it('say nothing more with a limit set', async () => {
    const text = await agreed({ debateDays: 10 });
    expect(text).toMatch(/agreed by both/);
    expect(text).not.toContain('not set');
  });
});
