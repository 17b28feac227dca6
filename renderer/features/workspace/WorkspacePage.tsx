import { useEffect, useState } from 'react';
import { workspaceExportMarkdown } from '../../../shared/plan/workspace-export';
import { useAgreement } from './AgreementBar';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { platform } from '../../platform';
import { getWorkspaceDoc } from '../../sync/workspace-owner';
import { readOffsite } from '../../sync/offsite-capture';
import { MatrixEditor } from './MatrixEditor';
import { LadderEditor } from './LadderEditor';
import { CadenceEditor } from './CadenceEditor';
import { RiskBudgetsEditor } from './RiskBudgetsEditor';
import { MetricsEditor } from './MetricsEditor';
import { DependenciesEditor } from './DependenciesEditor';
import { LogEditor } from './LogEditor';
import { GapFixesEditor } from './GapFixesEditor';
import { PartnerIndicator } from './PartnerIndicator';
import { VersionsPanel } from './VersionsPanel';
import { MassDeleteFlag } from './MassDeleteFlag';
import { WorkspaceSyncAlert } from './WorkspaceSyncAlert';
import { UnclaimedConfirmations } from './UnclaimedConfirmations';
import './workspace.css';
import { useUndoShortcuts } from '../../app/use-undo-shortcuts';

export const TABS = [
  { id: 'matrix', label: 'Decision matrix' },
  { id: 'ladder', label: 'Translation ladder' },
  { id: 'cadence', label: 'Cadence' },
  { id: 'risk-budgets', label: 'Risk budgets' },
  { id: 'metrics', label: 'Exec metrics' },
  { id: 'dependencies', label: 'Dependencies' },
  { id: 'log', label: 'Decision log' },
  { id: 'gap-fixes', label: 'Gap fixes' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function WorkspaceSaveIndicator() {
  const state = useWorkspaceStore((s) => s.saveState);
  const error = useWorkspaceStore((s) => s.saveError);
  const text = state === 'saving' ? 'Saving…' : state === 'saved' ? 'All changes saved' : `Not saved: ${error ?? 'unknown error'}`;
  return (
    <span className={`save-indicator save-${state}`} role="status" aria-live="polite" data-testid="workspace-save">
      {text}
    </span>
  );
}

export default function WorkspacePage({ tab }: { tab?: string }) {
  const { workspace, ready, loadError, load, undo, redo, canUndo, canRedo } = useWorkspaceStore();
  const [exportNote, setExportNote] = useState<string>();
  const [showVersions, setShowVersions] = useState(false);
  const agreementSnap = useAgreement();
  const current: TabId = (TABS.find((t) => t.id === tab)?.id ?? 'matrix') as TabId;
  // Text lives in the shared doc, so its undo manager handles text fields too.
  useUndoShortcuts(undo, redo, { inTextFields: true });

  useEffect(() => {
    void load();
  }, [load]);

  if (loadError) {
    return (
      <section className="page">
        <h1>Workspace</h1>
        <p className="alert error" role="alert">
          The workspace could not be opened: {loadError}
        </p>
      </section>
    );
  }
  if (!ready || !workspace) return <p className="loading" role="status">Loading…</p>;

  async function exportMarkdown() {
    const { agreement, policies, bets, gapFixes } = agreementSnap;
    // The offsite is where both confirm a log entry: without it every decision reads as one leader's word.
    const doc = getWorkspaceDoc();
    const offsite = doc ? readOffsite(doc) : undefined;
    const md = workspaceExportMarkdown({ workspace: workspace!, agreement, policies, bets, gapFixes }, 'CTO–CEO alignment workspace', new Date(), offsite);
    const r = await platform.saveFile('accord-workspace.md', 'text/markdown', md);
    setExportNote(r.saved ? `Markdown exported${r.path ? ` to ${r.path}` : ''}.` : 'Export cancelled.');
  }

  return (
    <section className="page ws-page" aria-labelledby="ws-title">
      <div className="page-head">
        <div>
          <h1 id="ws-title">Alignment workspace</h1>
          <p className="muted">Build the framework artifacts together; edits from both laptops merge and are kept on this one.</p>
        </div>
        <div className="row ws-toolbar">
          <PartnerIndicator />
          <WorkspaceSaveIndicator />
          <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
            ↶ Undo
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
            ↷ Redo
          </button>
          <button type="button" data-testid="versions-button" aria-expanded={showVersions} onClick={() => setShowVersions((v) => !v)}>
            Versions
          </button>
          <button type="button" onClick={() => void exportMarkdown()}>
            Export Markdown
          </button>
        </div>
      </div>
      <WorkspaceSyncAlert />
      <MassDeleteFlag onOpenVersions={() => setShowVersions(true)} />
      <UnclaimedConfirmations ws={workspace} />
      {showVersions && <VersionsPanel onClose={() => setShowVersions(false)} />}
      {exportNote && (
        <p className="muted small" role="status">
          {exportNote}
        </p>
      )}
      <nav aria-label="Workspace artifacts">
        <ul className="ws-tabs">
          {TABS.map((t) => (
            <li key={t.id}>
              <a href={`#/workspace/${t.id}`} aria-current={t.id === current ? 'page' : undefined}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="ws-panel" data-tab={current}>
        {current === 'matrix' && <MatrixEditor ws={workspace} />}
        {current === 'ladder' && <LadderEditor ws={workspace} />}
        {current === 'cadence' && <CadenceEditor ws={workspace} />}
        {current === 'risk-budgets' && <RiskBudgetsEditor ws={workspace} />}
        {current === 'metrics' && <MetricsEditor ws={workspace} />}
        {current === 'dependencies' && <DependenciesEditor ws={workspace} />}
        {current === 'log' && <LogEditor ws={workspace} />}
        {current === 'gap-fixes' && <GapFixesEditor />}
      </div>
    </section>
  );
}
