import { checkMatrix, createRow, isJointCeoCto } from '../../../shared/workspace/matrix';
import type { Workspace } from '../../../shared/workspace/types';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { EditorHead, Empty, Issues, ListInput, TextInput } from './fields';
import { AgreementBar } from './AgreementBar';
import { rowKey } from '../../../shared/workspace/agreement';

const BASE_ROLES = ['CEO', 'CTO', 'Head of Product', 'Finance', 'People', 'Board', 'Eng leads'];

export function MatrixEditor({ ws }: { ws: Workspace }) {
  const { setField, addItem, removeItem, moveItem } = useWorkspaceStore();
  const rows = ws.matrix;
  const issues = checkMatrix(rows);
  const roles = [...new Set([...BASE_ROLES, ...rows.flatMap((r) => [...r.accountable, ...r.consulted, ...r.informed])])];
  const add = () => addItem('matrix', createRow({ accountable: [], cadence: '' }));

  return (
    <section aria-labelledby="ws-matrix-title">
      <EditorHead title="Decision authority matrix" artifact="matrix">
        Each decision type has exactly one accountable owner, or is an explicit joint CEO + CTO call. Type a role and press Enter to add it (Backspace or Delete on a role removes it); any role name
        works.
      </EditorHead>
      <datalist id="ws-roles">
        {roles.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {rows.length === 0 ? (
        <Empty action={<button className="primary" type="button" onClick={add}>Add the first decision type</button>}>
          A decision authority matrix says who closes each recurring decision, so nobody holds a hidden veto.
        </Empty>
      ) : (
        <div className="ws-scroll">
          <table className="table ws-table ws-matrix">
            <thead>
              <tr>
                <th scope="col">Decision type</th>
                <th scope="col">Accountable</th>
                <th scope="col">Joint</th>
                <th scope="col">Consulted</th>
                <th scope="col">Informed</th>
                <th scope="col">Cadence / forum</th>
                <th scope="col"><span className="ws-sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const rowIssues = issues.filter((x) => x.rowId === row.id);
                const errId = `matrix-err-${row.id}`;
                const bad = (f: string) => rowIssues.some((x) => x.field === f);
                const name = row.decision.trim() || `row ${i + 1}`;
                return [
                  <tr key={row.id} data-row={row.id} className={rowIssues.length ? 'ws-invalid' : undefined}>
                    <td>
                      <TextInput label="Decision type" multiline value={row.decision} invalid={bad('decision')} describedBy={rowIssues.length ? errId : undefined} onChange={(v) => setField('matrix', row.id, 'decision', v)} />
                    </td>
                    <td>
                      <ListInput label={`Accountable for ${name}`} list="ws-roles" value={row.accountable} invalid={bad('accountable')} describedBy={rowIssues.length ? errId : undefined} onChange={(v) => setField('matrix', row.id, 'accountable', v)} />
                    </td>
                    <td className="ws-center">
                      <input
                        type="checkbox"
                        aria-label={`Joint CEO + CTO decision: ${name}`}
                        checked={Boolean(row.jointAccountable)}
                        onChange={(e) => {
                          setField('matrix', row.id, 'jointAccountable', e.target.checked ? true : undefined);
                          if (e.target.checked && !isJointCeoCto(row)) setField('matrix', row.id, 'accountable', ['CEO', 'CTO']);
                        }}
                      />
                    </td>
                    <td>
                      <ListInput label={`Consulted for ${name}`} list="ws-roles" value={row.consulted} onChange={(v) => setField('matrix', row.id, 'consulted', v)} />
                    </td>
                    <td>
                      <ListInput label={`Informed for ${name}`} list="ws-roles" value={row.informed} onChange={(v) => setField('matrix', row.id, 'informed', v)} />
                    </td>
                    <td>
                      <TextInput label={`Cadence for ${name}`} value={row.cadence} invalid={bad('cadence')} onChange={(v) => setField('matrix', row.id, 'cadence', v)} />
                    </td>
                    <td className="ws-actions">
                      <button type="button" className="ghost" aria-label={`Move ${name} up`} disabled={i === 0} onClick={() => moveItem('matrix', row.id, i - 1)}>↑</button>
                      <button type="button" className="ghost" aria-label={`Move ${name} down`} disabled={i === rows.length - 1} onClick={() => moveItem('matrix', row.id, i + 1)}>↓</button>
                      <button type="button" className="ghost danger" aria-label={`Remove ${name}`} onClick={() => removeItem('matrix', row.id)}>✕</button>
                    </td>
                  </tr>,
                  // Each row is agreed on its own: the pair can settle the rows they agree on first.
                  <tr key={`${row.id}-agreement`} className="ws-row-agreement" data-row-agreement={row.id}>
                    <td colSpan={7}>
                      <AgreementBar agreementKey={rowKey('matrix', row.id)} label="This row" />
                    </td>
                  </tr>,
                  rowIssues.length ? (
                    <tr key={`${row.id}-issues`} className="ws-issue-row">
                      <td colSpan={7}>
                        <Issues id={errId} issues={rowIssues.map((x) => x.message)} />
                      </td>
                    </tr>
                  ) : null,
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="row ws-foot">
        {rows.length > 0 && (
          <button type="button" className="primary" onClick={add}>
            + Add decision type
          </button>
        )}
        <span className={issues.length ? 'field-error' : 'muted small'} role="status">
          {rows.length === 0 ? '' : issues.length ? `${issues.length} problem${issues.length === 1 ? '' : 's'} to fix` : 'Every decision has one owner.'}
        </span>
      </div>
    </section>
  );
}
