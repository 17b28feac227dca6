// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { workspaceExportMarkdown } from '../../../../shared/plan/workspace-export';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { contentHash, sharedKey, type AgreementInput } from '../../../../shared/workspace/agreement';
import { templateFix } from '../../../../shared/plan/statement-fixes';

const ws = defaultWorkspace(new Date(2026, 4, 4));
const section = (md: string, heading: string) => {
  const from = md.indexOf(`## ${heading}`);
  const to = md.indexOf('\n## ', from + 3);
  return md.slice(from, to === -1 ? undefined : to);
};

function agreedBoth(key: string, content: unknown): AgreementInput {
  const hash = contentHash(content);
  return {
    shared: {
      [sharedKey(key, 'ceo')]: { role: 'ceo', name: 'Alex', hash, at: '2026-05-04T10:00:00.000Z', mode: 'live' },
      [sharedKey(key, 'cto')]: { role: 'cto', name: 'Blake', hash, at: '2026-05-05T10:00:00.000Z', mode: 'live' },
    },
    local: { [key]: { ceo: hash } },
  };
}

describe('the workspace as an exec document', () => {
  it('says of each artifact whether it is the template, edited, or agreed by both — never agreed by default', () => {
    const md = workspaceExportMarkdown({ workspace: ws });
    for (const heading of ['Decision authority matrix', 'Translation guide', 'Meeting cadence', 'Risk budgets', 'Exec metrics', 'Dependencies']) {
      expect(section(md, heading), heading).toContain('*State: template.*');
    }
    expect(md).not.toContain('agreed by both on');
    const edited = { ...ws, matrix: ws.matrix.map((r, i) => (i === 0 ? { ...r, decision: 'Our own wording' } : r)) };
    expect(section(workspaceExportMarkdown({ workspace: edited }), 'Decision authority matrix')).toContain('*State: edited.*');
  });

  it('prints "agreed by both" only when both confirmed the content that is there, one of them on this laptop', () => {
    const agreed = workspaceExportMarkdown({ workspace: ws, agreement: agreedBoth('matrix', ws.matrix) });
    expect(section(agreed, 'Decision authority matrix')).toContain('*State: agreed by both on 2026-05-05.*');
    expect(section(agreed, 'Translation guide')).toContain('*State: template.*');
    // The partner alone writing both confirmations into the shared doc is not an agreement here.
    const forged = agreedBoth('matrix', ws.matrix);
    expect(section(workspaceExportMarkdown({ workspace: ws, agreement: { ...forged, local: {} } }), 'Decision authority matrix')).not.toContain('agreed by both');
  });

  it("includes the pair's fix for each gap with its own state, and leaves out statements this version does not know", () => {
    const ladder = { ...templateFix('db-2').ladder, workItem: 'Publish one owner per initiative' };
    const md = workspaceExportMarkdown({ workspace: ws, gapFixes: { 'db-2': ladder, 'zz-9': ladder } });
    const fixes = section(md, 'Fixes for the gaps');
    expect(fixes).toContain('### Who owns delivery dates');
    expect(fixes).toContain('Publish one owner per initiative');
    expect(fixes).toContain('edited in the workspace, not yet agreed');
    expect(fixes).not.toContain('zz-9');
    expect(workspaceExportMarkdown({ workspace: ws })).not.toContain('## Fixes for the gaps');
  });
});
