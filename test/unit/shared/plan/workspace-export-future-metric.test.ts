import { describe, expect, it } from 'vitest';
import { workspaceExportMarkdown } from '../../../../shared/plan/workspace-export';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';

/**
 * The plan leaves a metric value dated after the plan's month out of the trend (a forecast or a
 * typo is not a measurement). The workspace's exec document printed it as the metric's "Latest".
 */
describe('the exec document: a metric value for a later month', () => {
  it('is not printed as the latest measurement', () => {
    const today = new Date(2026, 4, 4);
    const ws = defaultWorkspace(today);
    ws.metrics[0].target = 'Under 2 days';
    ws.metrics[0].values = [
      { month: '2026-04', value: 3 },
      { month: '2027-12', value: 1 },
    ];
    const md = workspaceExportMarkdown({ workspace: ws }, 'Workspace', today);
    const metrics = md.slice(md.indexOf('## Exec metrics'), md.indexOf('\n## ', md.indexOf('## Exec metrics') + 3));
    expect(metrics).toContain('3 (2026-04)');
    expect(metrics).not.toContain('1 (2027-12)');
  });
});
