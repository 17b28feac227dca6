import { useState } from 'react';
import { checkDependencyMap, countByStatus, createDependency, MAX_DEPENDENCIES, redSummary } from '../../../shared/workspace/dependencies';
import { DEPENDENCY_STATUSES, type Workspace } from '../../../shared/workspace/types';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { ChoiceSelect, EditorHead, Empty, Issues, TextInput } from './fields';

const STATUS_OPTIONS = DEPENDENCY_STATUSES.map((s) => ({ value: s, label: `${s[0].toUpperCase()}${s.slice(1)}` }));

export function DependenciesEditor({ ws }: { ws: Workspace }) {
  const { setField, removeItem, addDependency, setRoadmapItem } = useWorkspaceStore();
  const [refusal, setRefusal] = useState<string>();
  const map = ws.dependencies;
  const issues = checkDependencyMap(map);
  const counts = countByStatus(map);
  const add = () => setRefusal(addDependency(createDependency()));
  return (
    <section aria-labelledby="ws-dependencies-title">
      <EditorHead title="Dependency map" artifact="dependencies">
        The top dependencies of one roadmap item, each green, yellow or red with an owner, so the CEO sees the blast radius at a glance.
      </EditorHead>
      <label className="field ws-roadmap">
        Roadmap item
        <TextInput label="Roadmap item" value={map.roadmapItem} placeholder="e.g. Enterprise SSO launch" invalid={map.dependencies.length > 0 && !map.roadmapItem.trim()} onChange={setRoadmapItem} />
      </label>
      <section className={`card ws-summary ${counts.red ? 'ws-summary-red' : counts.unset ? 'ws-summary-unset' : ''}`} aria-labelledby="dep-summary-title">
        <h3 id="dep-summary-title">Pre-read summary</h3>
        <p data-testid="red-summary">{redSummary(map)}</p>
        <p className="small muted">
          <span className="ws-dot ws-green" /> {counts.green} green · <span className="ws-dot ws-yellow" /> {counts.yellow} yellow · <span className="ws-dot ws-red" /> {counts.red} red
          {counts.unset > 0 && <> · <span className="ws-dot ws-unset" /> {counts.unset} not rated yet</>}
        </p>
      </section>
      {map.dependencies.length === 0 ? (
        <Empty action={<button type="button" className="primary" onClick={add}>Add a dependency</button>}>
          A dependency map shows what a roadmap item waits on, so a red light reaches the CEO before the date slips.
        </Empty>
      ) : (
        <div className="ws-scroll">
          <table className="table ws-table">
            <thead>
              <tr>
                <th scope="col">Dependency</th>
                <th scope="col">Status</th>
                <th scope="col">Owner</th>
                <th scope="col">Note</th>
                <th scope="col"><span className="ws-sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {map.dependencies.map((d, i) => {
                const name = d.name.trim() || `dependency ${i + 1}`;
                return (
                  <tr key={d.id} data-dep={d.id} className={`ws-status-${d.status || 'unset'}`}>
                    <td>
                      <TextInput label="Dependency name" value={d.name} invalid={!d.name.trim()} onChange={(v) => setField('dependencies', d.id, 'name', v)} />
                    </td>
                    <td>
                      <span className="row ws-status">
                        <span className={`ws-dot ws-${d.status || 'unset'}`} aria-hidden="true" />
                        <ChoiceSelect label={`Status of ${name}`} value={d.status} options={STATUS_OPTIONS} onChange={(v) => setField('dependencies', d.id, 'status', v)} />
                      </span>
                    </td>
                    <td>
                      <TextInput label={`Owner of ${name}`} value={d.owner} invalid={(d.status === 'yellow' || d.status === 'red') && !d.owner.trim()} onChange={(v) => setField('dependencies', d.id, 'owner', v)} />
                    </td>
                    <td>
                      <TextInput label={`Note on ${name}`} value={d.note} onChange={(v) => setField('dependencies', d.id, 'note', v)} />
                    </td>
                    <td className="ws-actions">
                      <button type="button" className="ghost danger" aria-label={`Remove ${name}`} onClick={() => { setRefusal(undefined); removeItem('dependencies', d.id); }}>
                        ✕
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Issues issues={issues} />
      {map.dependencies.length > 0 && (
        <div className="row ws-foot">
          <button type="button" className="primary" onClick={add}>
            + Add dependency
          </button>
          <span className="muted small">
            {map.dependencies.length} of at most {MAX_DEPENDENCIES}
          </span>
          {refusal && map.dependencies.length >= MAX_DEPENDENCIES && (
            <span className="field-error" role="alert">
              {refusal}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
