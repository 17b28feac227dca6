import { useState } from 'react';
import { countCompleteLadder, LADDER_TARGET, ladderCompleteness, RUNG_LABELS, RUNGS } from '../../../shared/workspace/ladder';
import { rtaCheck, type RtaResult } from '../../../shared/workspace/rta';
import { newId } from '../../../shared/workspace/id';
import type { AskKind, LadderEntry, Workspace } from '../../../shared/workspace/types';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { EditorHead, Empty, Issues, TextInput } from './fields';
import { useAgreement } from './AgreementBar';
import { isShippedExample, SHIPPED_EXAMPLE } from '../../../shared/plan/context';
import { agreementView } from './agreement-view';

const RUNG_HINTS: Record<(typeof RUNGS)[number], string> = {
  workItem: 'What the team will do',
  systemEffect: 'What changes in the system',
  customerEffect: 'What customers notice',
  businessEffect: 'What it means for revenue, cost or risk',
  decisionAsk: 'The budget, scope or timing call you need',
};

function newEntry(): LadderEntry {
  return { id: newId('ladder'), topic: '', workItem: '', systemEffect: '', customerEffect: '', businessEffect: '', decisionAsk: '' };
}

function LadderCard({ entry, index, example }: { entry: LadderEntry; index: number; example: boolean }) {
  const { setField, removeItem } = useWorkspaceStore();
  const c = ladderCompleteness(entry);
  const name = entry.topic.trim() || `entry ${index + 1}`;
  const errId = `ladder-err-${entry.id}`;
  return (
    <article className="card ws-ladder-card" data-entry={entry.id} aria-label={`Ladder: ${name}`}>
      <div className="row ws-card-head">
        <TextInput label="Topic" className="ws-topic" value={entry.topic} placeholder="Topic, e.g. Refactoring" invalid={!entry.topic.trim()} onChange={(v) => setField('ladder', entry.id, 'topic', v)} />
        {/* The framework's example, as shipped, in a guide not agreed: filled in, but not the pair's. */}
        {example ? (
          <span className="badge" title={SHIPPED_EXAMPLE}>
            Shipped example
          </span>
        ) : (
          <span className={`badge ${c.complete ? 'ws-ok' : 'ws-warn'}`}>{c.complete ? 'Complete' : 'Incomplete'}</span>
        )}
        {c.askKind && <span className="badge">asks for {c.askKind}</span>}
        <button type="button" className="ghost danger" aria-label={`Remove ${name}`} onClick={() => removeItem('ladder', entry.id)}>
          ✕
        </button>
      </div>
      <ol className="ws-rungs">
        {RUNGS.map((r) => (
          <li key={r} className={entry[r].trim() ? undefined : 'ws-rung-empty'}>
            <span className="ws-rung-label">{RUNG_LABELS[r]}</span>
            <TextInput label={RUNG_LABELS[r]} multiline value={entry[r]} placeholder={RUNG_HINTS[r]} invalid={c.missing.includes(r)} describedBy={c.issues.length ? errId : undefined} onChange={(v) => setField('ladder', entry.id, r, v)} />
          </li>
        ))}
      </ol>
      <label className="row small ws-askkind">
        Kind of ask
        <select
          value={entry.askKind ?? ''}
          aria-label={`Kind of ask for ${name}`}
          onChange={(e) => setField('ladder', entry.id, 'askKind', (e.target.value || undefined) as AskKind | undefined)}
        >
          <option value="">Detect from the text</option>
          <option value="budget">Budget</option>
          <option value="scope">Scope</option>
          <option value="timing">Timing</option>
        </select>
      </label>
      <Issues id={errId} issues={c.issues} />
    </article>
  );
}

function RtaBox() {
  const [text, setText] = useState('');
  const [goals, setGoals] = useState('');
  const [result, setResult] = useState<RtaResult>();
  const run = () => setResult(rtaCheck(text, { goals: goals.split(',').map((g) => g.trim()).filter(Boolean), today: new Date() }));
  return (
    <section className="card ws-rta" aria-labelledby="rta-title">
      <h3 id="rta-title">RTA check</h3>
      <p className="muted small">Paste a written update to the CEO: is it Relevant (tied to a goal), Actionable (asks for a decision) and Timely (says by when)?</p>
      <label className="field">
        CEO update
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label className="field">
        Company goals <span className="muted small">(optional, comma-separated)</span>
        <input type="text" value={goals} onChange={(e) => setGoals(e.target.value)} />
      </label>
      <div className="row">
        <button type="button" className="primary" onClick={run} disabled={!text.trim()}>
          Check update
        </button>
      </div>
      {result && (
        <ul className="ws-rta-result" aria-label="RTA result">
          {(['relevant', 'actionable', 'timely'] as const).map((k, i) => (
            <li key={k} className={result[k] ? 'ws-pass' : 'ws-fail'} data-rta={k}>
              <strong>{result[k] ? '✓' : '✗'} {k[0].toUpperCase() + k.slice(1)}</strong> — {result.reasons[i]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function LadderEditor({ ws }: { ws: Workspace }) {
  const addItem = useWorkspaceStore((s) => s.addItem);
  const done = countCompleteLadder(ws.ladder);
  const { agreement, policies, bets } = useAgreement();
  // The states the page's bars share (agreement-view.ts): computed here again, every keystroke hashed the whole workspace twice.
  const ctx = { ws, policies, bets, gapFixes: {}, states: agreementView(ws, policies, bets, agreement).states };
  const examples = new Set(ws.ladder.filter((e) => isShippedExample(ctx, e)).map((e) => e.id));
  // Complete examples only: an example left incomplete is not counted as complete anyway.
  const completeExamples = ws.ladder.filter((e) => examples.has(e.id) && ladderCompleteness(e).complete).length;
  const add = () => addItem('ladder', newEntry());
  return (
    <section aria-labelledby="ws-ladder-title">
      <EditorHead title="Translation ladder" artifact="ladder">
        Walk each engineering topic up five rungs until it ends in a decision the CEO can make: a budget, scope or timing call.
      </EditorHead>
      <p className="small" role="status">
        {done} of {LADDER_TARGET} topics complete
        {completeExamples ? `, ${completeExamples === done && done > 1 ? `all ${done}` : completeExamples} of them the shipped examples, not yet rewritten or agreed by the two of you` : ''}.
      </p>
      <div className="ws-ladder-layout">
        <div className="stack">
          {ws.ladder.length === 0 ? (
            <Empty action={<button type="button" className="primary" onClick={add}>Add a topic</button>}>
              The translation ladder turns tech work into a business decision, one rung at a time.
            </Empty>
          ) : (
            ws.ladder.map((e, i) => <LadderCard key={e.id} entry={e} index={i} example={examples.has(e.id)} />)
          )}
          {ws.ladder.length > 0 && (
            <div className="row">
              <button type="button" className="primary" onClick={add}>
                + Add topic
              </button>
            </div>
          )}
        </div>
        <RtaBox />
      </div>
    </section>
  );
}
