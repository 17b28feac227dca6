import { useState } from 'react';
import { cadenceToIcs } from '../../../shared/workspace/ics';
import { isIsoDate } from '../../../shared/workspace/dates';
import { formatMinutes } from '../../../shared/workspace/markdown';
import { MEETING_FREQUENCIES, type Meeting, type Workspace } from '../../../shared/workspace/types';
import { FREQUENCY_LABELS, isOneOf, isSetNumber } from '../../../shared/workspace/not-set';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { platform } from '../../platform';
import { agreementLabel } from '../../../shared/workspace/agreement';
import { planContext } from '../../../shared/plan/context';
import { useAgreement } from './AgreementBar';
import { ChoiceSelect, EditorHead, Empty, Issues, ListInput, NumberInput, TextInput } from './fields';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const FREQUENCY_OPTIONS = MEETING_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }));

function meetingIssues(m: Meeting): string[] {
  const out: string[] = [];
  if (!m.name.trim()) out.push('Give the meeting a name.');
  if (!isIsoDate(m.firstDate)) out.push('Pick the date of the first meeting.');
  if (!TIME.test(m.time)) out.push('Pick a start time (HH:MM).');
  if (!isSetNumber(m.durationMinutes)) out.push('Enter how long the meeting lasts, in minutes.');
  if (!isOneOf(MEETING_FREQUENCIES, m.frequency)) out.push('Choose how often the meeting happens.');
  if (!m.decisionTypes.length) out.push('This forum owns no decision types yet; tick at least one.');
  return out;
}

function MeetingCard({ m, ws }: { m: Meeting; ws: Workspace }) {
  const setField = useWorkspaceStore((s) => s.setField);
  const issues = meetingIssues(m);
  const name = m.name.trim() || 'meeting';
  const set = <F extends Exclude<keyof Meeting, 'id'>>(f: F, v: Meeting[F]) => setField('cadence', m.id, f, v);
  return (
    <article className="card ws-meeting" data-meeting={m.id} aria-label={`Meeting: ${name}`}>
      <TextInput label="Meeting name" className="ws-topic" value={m.name} invalid={!m.name.trim()} onChange={(v) => set('name', v)} />
      <div className="ws-meeting-grid">
        <NumberInput label="Duration (minutes)" value={m.durationMinutes} min={5} max={600} step={5} suffix={formatMinutes(m.durationMinutes)} onChange={(v) => set('durationMinutes', v)} />
        <label className="field">
          Frequency
          <ChoiceSelect value={m.frequency} options={FREQUENCY_OPTIONS} onChange={(v) => set('frequency', v)} />
        </label>
        <label className="field">
          First date
          <input type="date" value={m.firstDate} onChange={(e) => set('firstDate', e.target.value)} aria-invalid={!isIsoDate(m.firstDate) || undefined} />
        </label>
        <label className="field">
          Start time
          <input type="time" value={m.time} onChange={(e) => set('time', e.target.value)} aria-invalid={!TIME.test(m.time) || undefined} />
        </label>
      </div>
      <fieldset>
        <legend>Decision types decided here</legend>
        {ws.matrix.length === 0 && <p className="muted small">Add decision types in the matrix first.</p>}
        <div className="ws-checks">
          {ws.matrix.map((r) => (
            <label key={r.id} className="ws-check">
              <input
                type="checkbox"
                checked={m.decisionTypes.includes(r.id)}
                onChange={(e) => set('decisionTypes', e.target.checked ? [...m.decisionTypes, r.id] : m.decisionTypes.filter((x) => x !== r.id))}
              />{' '}
              {r.decision.trim() || '(unnamed decision)'}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field ws-preread">
        Pre-read checklist <span className="muted small">(one item per line)</span>
        <ListInput label={`Pre-read checklist for ${name}`} lines value={m.prereadChecklist} onChange={(v) => set('prereadChecklist', v)} />
      </label>
      <Issues issues={issues} />
    </article>
  );
}

export function CadenceEditor({ ws }: { ws: Workspace }) {
  const [note, setNote] = useState<{ error?: string; text?: string }>({});
  const { agreement, policies, bets } = useAgreement();
  async function exportIcs() {
    try {
      // Read at export time: the calendar says what is agreed at the moment the file is written.
      const state = planContext({ workspace: ws, policies, agreement, bets }).states.cadence;
      const agreed = state?.kind === 'agreed';
      const ics = cadenceToIcs(ws.cadence, { now: new Date(), matrix: ws.matrix, agreed, stateLabel: agreementLabel(state) });
      const r = await platform.saveFile('accord-cadence.ics', 'text/calendar', ics);
      const count = `${ws.cadence.length} recurring meetings`;
      setNote({
        text: !r.saved
          ? 'Export cancelled.'
          : agreed
            ? `Calendar exported with ${count}.`
            : `Calendar exported with ${count}, each titled "Proposed, not agreed" until you both agree the cadence.`,
      });
    } catch (e) {
      setNote({ error: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <section aria-labelledby="ws-cadence-title">
      <EditorHead title="Meeting cadence" artifact="cadence">
        Four recurring forums, each owning named decision types and asking for the same pre-read, so decisions have a place and a date.
      </EditorHead>
      <div className="row ws-foot">
        <button type="button" className="primary" onClick={() => void exportIcs()} disabled={!ws.cadence.length}>
          Export calendar (.ics)
        </button>
        {note.text && <span className="muted small" role="status">{note.text}</span>}
        {note.error && <span className="field-error" role="alert">{note.error}</span>}
      </div>
      {ws.cadence.length === 0 ? (
        <Empty>A cadence gives every decision type a forum and a date, so nothing waits for a hallway chat.</Empty>
      ) : (
        <div className="ws-cards">
          {ws.cadence.map((m) => (
            <MeetingCard key={m.id} m={m} ws={ws} />
          ))}
        </div>
      )}
    </section>
  );
}
