// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { BetBudgets } from '../../../../../renderer/features/workspace/BetBudgets';
import { useWorkspaceStore } from '../../../../../renderer/stores/workspace-store';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { openWorkspace, type OpenWorkspace } from '../../../../../renderer/sync/workspace-owner';
import { confirm, putBet } from '../../../../../renderer/sync/workspace-agreement';
import { betKey, contentHash, type BetBudget } from '../../../../../shared/workspace/agreement';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { today } from '../../../shared/plan/fixtures';

// A big bet agreed with budgets left empty read "This bet's budget: agreed by both on …" on the
// Risk budgets tab, where the plan prints "agreed by both …, with 2 of its 3 budgets not set"
// (bet-budgets-unset): an empty slip budget read as one the pair settled.

let ws: OpenWorkspace | undefined;
afterEach(async () => {
  await ws?.close();
  ws = undefined;
  localStorage.clear();
});

async function agreedBet(bet: BetBudget) {
  provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  ws = await openWorkspace(new MemoryDocStore());
  putBet(ws.doc, bet);
  confirm(ws.doc, betKey(bet.id), contentHash(bet), [{ role: 'ceo', name: 'Dana' }, { role: 'cto', name: 'Sam' }], 'together', today);
  useWorkspaceStore.setState({ workspace: defaultWorkspace(today) });
  return render(<BetBudgets />);
}

const state = (el: HTMLElement) => el.querySelector('[data-agreement^="bets:"] [data-testid="agreement-state"]')!.textContent!;

describe("an agreed big bet's budgets", () => {
  it('says how many of its 3 budgets are not set', async () => {
    const el = await agreedBet({ id: 'bet-1', name: 'Enterprise SSO', reliabilityMinutes: 60, securityClasses: '', slipPercent: null });
    expect(state(el)).toMatch(/agreed by both/);
    expect(state(el)).toContain('with 2 of its 3 budgets not set');
  });

  it('says nothing more when all three are set', async () => {
    const el = await agreedBet({ id: 'bet-1', name: 'Enterprise SSO', reliabilityMinutes: 60, securityClasses: 'Critical CVEs', slipPercent: 10 });
    expect(state(el)).toMatch(/agreed by both/);
    expect(state(el)).not.toContain('not set');
  });
});
