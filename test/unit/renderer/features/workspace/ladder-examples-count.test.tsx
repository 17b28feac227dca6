// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { LadderEditor } from '../../../../../renderer/features/workspace/LadderEditor';
import { useWorkspaceStore } from '../../../../../renderer/stores/workspace-store';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { today } from '../../../shared/plan/fixtures';

// A fresh workspace's Translation ladder tab said "10 of 10 topics complete." and badged every
// card "Complete": the framework's shipped examples counted as the pair's own translation guide.
// The plan calls such an entry a "shipped example, not yet rewritten or agreed by the two of you".

const status = (el: HTMLElement) => [...el.querySelectorAll('[role="status"]')].map((s) => s.textContent).find((t) => t!.includes('topics complete'))!;

describe('the Translation ladder progress', () => {
  it('does not count the shipped examples as topics the pair completed', () => {
    const ws = defaultWorkspace(today);
    useWorkspaceStore.setState({ workspace: ws });
    const el = render(<LadderEditor ws={ws} />);
    const n = ws.ladder.length;
    expect(status(el)).toBe(`${n} of 10 topics complete, all ${n} of them the shipped examples, not yet rewritten or agreed by the two of you.`);
    const card = el.querySelector(`[data-entry="${ws.ladder[0].id}"]`)!;
    expect(card.textContent).toContain('Shipped example');
  });

  it('counts a rewritten topic as the pair’s and the rest as examples', () => {
    const ws = defaultWorkspace(today);
    ws.ladder = ws.ladder.map((e, i) => (i === 0 ? { ...e, workItem: 'Split the billing module first' } : e));
    useWorkspaceStore.setState({ workspace: ws });
    const el = render(<LadderEditor ws={ws} />);
    const n = ws.ladder.length;
    expect(status(el)).toBe(`${n} of 10 topics complete, ${n - 1} of them the shipped examples, not yet rewritten or agreed by the two of you.`);
    expect(el.querySelector(`[data-entry="${ws.ladder[0].id}"]`)!.textContent).not.toContain('Shipped example');
  });
});
