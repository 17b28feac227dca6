// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

// jsdom lays nothing out, so the windowed list would show no row: render every row.
vi.mock('@tanstack/react-virtual', () => ({
  useVirtualizer: ({ count, getItemKey }: { count: number; getItemKey(i: number): string }) => ({
    getTotalSize: () => count * 44,
    getVirtualItems: () => Array.from({ length: count }, (_, index) => ({ index, key: getItemKey(index), start: index * 44 })),
    measureElement: () => undefined,
    scrollToIndex: () => undefined,
  }),
}));
import { render } from '../render-in-dom';
import { LogEditor } from '../../../../../renderer/features/workspace/LogEditor';
import { useWorkspaceStore } from '../../../../../renderer/stores/workspace-store';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { LOG_NOT_CONFIRMED } from '../../../../../shared/plan/appendices';
import type { LogEntry } from '../../../../../shared/workspace/types';
import { today } from '../../../shared/plan/fixtures';

// The Workspace's decision log listed an entry either laptop wrote as "decided" (a bare status
// badge), where the exec document and the plan say "decided as logged, not confirmed by both":
// the other leader read the partner's one-sided entry as a settled decision.

const entry: LogEntry = { id: 'l1', kind: 'decision', what: 'The CTO alone approves all hires', decidedBy: 'CEO + CTO', forum: 'Weekly 1:1', date: '2026-01-12', options: [], status: 'decided' };

describe('the decision log list', () => {
  it('says a decided entry nobody confirmed at the offsite is as logged, not confirmed by both', () => {
    const ws = defaultWorkspace(today);
    ws.log = [entry, { ...entry, id: 'l2', what: 'Pricing for enterprise', status: 'open' }];
    useWorkspaceStore.setState({ workspace: ws });
    const el = render(<LogEditor ws={ws} />);
    const rows = [...el.querySelectorAll<HTMLElement>('[data-testid="log-list"] [role="listitem"]')];
    const decided = rows.find((r) => r.textContent!.includes('approves all hires'))!;
    const open = rows.find((r) => r.textContent!.includes('Pricing for enterprise'))!;
    expect(decided.textContent).toContain(`decided ${LOG_NOT_CONFIRMED}`);
    expect(open.textContent).not.toContain('not confirmed');
  });
});
