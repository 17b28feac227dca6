// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { MetricsEditor } from '../../../../../renderer/features/workspace/MetricsEditor';
import { useWorkspaceStore } from '../../../../../renderer/stores/workspace-store';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { openWorkspace, type OpenWorkspace } from '../../../../../renderer/sync/workspace-owner';
import { confirm } from '../../../../../renderer/sync/workspace-agreement';
import { createProjector } from '../../../../../renderer/sync/workspace-doc';
import { agreementContents, contentHash, rowKey } from '../../../../../shared/workspace/agreement';
import { today } from '../../../shared/plan/fixtures';

// A metric agreed with its target blank read "Definition: agreed by both on …" on the Exec metrics
// tab, where the plan now prints "…, with no target set" (metric-agreed-no-target in shared/plan).

let ws: OpenWorkspace | undefined;
afterEach(async () => {
  await ws?.close();
  ws = undefined;
  localStorage.clear();
});

async function agreedFirstMetric() {
  provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  ws = await openWorkspace(new MemoryDocStore());
  const workspace = createProjector(ws.doc).read();
  const m = workspace.metrics[0];
  const key = rowKey('metrics', m.id);
  confirm(ws.doc, key, contentHash(agreementContents(workspace)[key]), [{ role: 'ceo', name: 'Dana' }, { role: 'cto', name: 'Sam' }], 'together', today);
  useWorkspaceStore.setState({ workspace });
  const el = render(<MetricsEditor ws={workspace} />);
  return { m, state: el.querySelector(`[data-metric="${m.id}"] [data-testid="agreement-state"]`)!.textContent! };
}

describe('a metric agreed with no target', () => {
  it('says so on its card', async () => {
    const { m, state } = await agreedFirstMetric();
    expect(m.target.trim()).toBe('');
    expect(state).toMatch(/^Definition: agreed by both/);
    expect(state).toContain('with no target set');
  });
});
