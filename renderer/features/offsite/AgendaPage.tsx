import { SealedPairSteps } from '../compare/SealedPairSteps';
import { useState } from 'react';
import { MAX_BLOCK_MINUTES, MIN_BLOCK_MINUTES, retime, schedule, totalMinutes } from '../../../shared/offsite/agenda';
import { agendaMarkdown, clockAfter } from '../../../shared/offsite/agenda-markdown';
import { agendaToIcs } from '../../../shared/offsite/agenda-ics';
import { isClockTime, parseMinutes, type StoredAgenda } from '../../../shared/offsite/agenda-store';
import { isIsoDate } from '../../../shared/workspace/dates';
import { platform } from '../../platform';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { useAgenda, useOffsiteSource, type OffsiteSource } from './use-offsite';
import { agendaFileName, offsiteTitle } from './export-names';
import './offsite.css';
import { PartnerText } from '../../app/PartnerText';

const SOURCE_TEXT: Record<OffsiteSource['kind'], string> = {
  live: 'the live comparison',
  'take-turns': 'the rounds you took in turn on this laptop',
  'this-laptop': 'the newest sealed CEO and CTO rounds on this laptop',
};

const hoursText = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}` : `${m} min`);

export default function AgendaPage() {
  const { ready, source, hasCeo, hasCto } = useOffsiteSource();
  const { agenda, stored, notice, save, rebuilt } = useAgenda(source);

  if (!ready) return <p className="loading" role="status">Loading…</p>;
  if (!source) return <EmptyState hasCeo={hasCeo} hasCto={hasCto} />;
  if (!agenda) return <p className="loading" role="status">Opening the shared agenda…</p>;
  return <Editor source={source} agenda={agenda} stored={stored} notice={notice} save={save} rebuilt={rebuilt} />;
}

interface EditorProps {
  source: OffsiteSource;
  agenda: StoredAgenda;
  stored: boolean;
  notice?: string;
  rebuilt?: StoredAgenda;
  save(a: StoredAgenda): string | undefined;
}

function Editor({ source, agenda, stored, notice, save, rebuilt }: EditorProps) {
  // What the user typed, per block, while it is not a valid number of minutes (nothing is written then).
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'ok' | 'error' | 'info'; text: string } | null>(null);
  const total = totalMinutes(agenda.blocks);
  const title = offsiteTitle(source.ceo.personName, source.cto.personName);
  const company = source.ceo.companyName ?? source.cto.companyName ?? '';

  function write(next: StoredAgenda) {
    const error = save(next);
    if (error) setMessage({ tone: 'error', text: error });
  }

  function onMinutes(id: string, blockTitle: string, text: string) {
    const parsed = parseMinutes(text, blockTitle);
    setDrafts((d) => ({ ...d, [id]: text }));
    if (parsed.ok) {
      setDrafts(({ [id]: _gone, ...rest }) => rest);
      write({ ...agenda, blocks: retime(agenda.blocks, id, parsed.minutes) });
    }
  }

  async function exportFile(kind: 'md' | 'ics') {
    setMessage(null);
    try {
      const name = agendaFileName(company, agenda.startedOn, kind);
      const opts = { title, date: agenda.startedOn, start: agenda.startTime };
      const res =
        kind === 'md'
          ? await platform.saveFile(name, 'text/markdown', agendaMarkdown(agenda.blocks, opts))
          : await platform.saveFile(name, 'text/calendar', agendaToIcs(agenda.blocks, { ...opts, uid: `offsite-${agenda.startedOn}`, now: new Date() }));
      const what = kind === 'md' ? 'Agenda' : 'Calendar event';
      setMessage(res.saved ? { tone: 'ok', text: res.path ? `${what} saved to ${res.path}` : `${what} downloaded.` } : { tone: 'info', text: 'Not saved.' });
    } catch (err) {
      setMessage({ tone: 'error', text: `Could not save the ${kind === 'md' ? 'Markdown' : 'calendar file'}: ${err instanceof Error ? err.message : String(err)}` });
    }
  }

  return (
    <section className="page stack offsite-page" aria-labelledby="offsite-title">
      <div className="page-head">
        <div>
          <h1 id="offsite-title">Run the offsite</h1>
          <p className="muted">
            The agenda for <PartnerText text={source.ceo.personName} /> (CEO) and <PartnerText text={source.cto.personName} /> (CTO), built from {SOURCE_TEXT[source.kind]} (<PartnerText text={source.ceo.label} />): a warm-up,
            one block per top gap (pinned gaps first, then the highest-ranked), the warning signs you see differently, the artifacts, the first two weeks&apos; owners and a close.
          </p>
        </div>
        <div className="row">
          <a className="button primary" href="#/offsite/run" data-testid="open-facilitator">
            Open the facilitator view
          </a>
          <a className="button" href="#/offsite/summary" data-testid="open-summary">
            Summary and capture
          </a>
        </div>
      </div>
      {notice && (
        <p className="alert warn" data-testid="agenda-notice">
          {notice}
        </p>
      )}

      {rebuilt && (
        <div className="alert warn row" data-testid="agenda-stale">
          <span>The gaps pinned on this laptop are not the ones this agenda was built from.</span>
          <button type="button" onClick={() => write(rebuilt)}>
            Rebuild from the pinned gaps
          </button>
          <span className="muted small">(block lengths go back to the defaults; the date and start time stay)</span>
        </div>
      )}

      <div className="card stack">
        <div className="row offsite-when">
          <label className="field">
            Offsite date
            <input
              type="date"
              value={agenda.startedOn}
              onChange={(e) => isIsoDate(e.target.value) && write({ ...agenda, startedOn: e.target.value })}
            />
          </label>
          <label className="field">
            Start time
            <input type="time" value={agenda.startTime} onChange={(e) => isClockTime(e.target.value) && write({ ...agenda, startTime: e.target.value })} />
          </label>
          <p className="offsite-total" data-testid="agenda-total" aria-live="polite">
            Total {hoursText(total)} · {agenda.startTime}–{clockAfter(agenda.startTime, total)}
          </p>
        </div>

        <table className="table offsite-agenda" aria-label="Agenda">
          <thead>
            <tr>
              <th scope="col">Starts</th>
              <th scope="col">Block</th>
              <th scope="col">Minutes</th>
            </tr>
          </thead>
          <tbody>
            {schedule(agenda.blocks).map(({ block, startsAfter }) => {
              const draft = drafts[block.id];
              const error = draft !== undefined ? parseMinutes(draft, block.title) : undefined;
              const errorId = `minutes-error-${block.id}`;
              return (
                <tr key={block.id} data-testid="agenda-block" data-block={block.id} data-kind={block.kind}>
                  <td className="offsite-start" data-testid="block-start">
                    {clockAfter(agenda.startTime, startsAfter)}
                  </td>
                  <th scope="row">{block.title}</th>
                  <td>
                    <input
                      type="number"
                      className="offsite-minutes"
                      inputMode="numeric"
                      min={MIN_BLOCK_MINUTES}
                      max={MAX_BLOCK_MINUTES}
                      step={1}
                      aria-label={`Minutes for ${block.title}`}
                      aria-invalid={error && !error.ok ? true : undefined}
                      aria-describedby={error && !error.ok ? errorId : undefined}
                      value={draft ?? String(block.minutes)}
                      onChange={(e) => onMinutes(block.id, block.title, e.target.value)}
                    />
                    {error && !error.ok && (
                      <p className="field-error" id={errorId} role="alert" data-testid="minutes-error">
                        {error.error}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted small">
          {stored ? <SaveState /> : 'Not changed yet.'} Changes are saved in your shared workspace: while you are connected your partner sees the
          same agenda. The timer runs only on the screen that facilitates.
        </p>
        <div className="row">
          <button type="button" onClick={() => void exportFile('md')}>
            Export Markdown
          </button>
          <button type="button" onClick={() => void exportFile('ics')}>
            Add to a calendar (.ics)
          </button>
          {message && (
            <span role="status" className={message.tone === 'error' ? 'field-error' : 'muted'}>
              {message.text}
            </span>
          )}
        </div>
      </div>
    </section>
  );
}

/** The workspace's autosave, told truthfully: saving, saved, or what went wrong. */
function SaveState() {
  const state = useWorkspaceStore((s) => s.saveState);
  const error = useWorkspaceStore((s) => s.saveError);
  return (
    <span role="status" aria-live="polite" data-testid="agenda-save" className={state === 'error' ? 'field-error' : undefined}>
      {state === 'saving' ? 'Saving…' : state === 'saved' ? 'All changes saved.' : `Not saved: ${error ?? 'unknown error'}.`}
    </span>
  );
}

function EmptyState({ hasCeo, hasCto }: { hasCeo: boolean; hasCto: boolean }) {
  return (
    <section className="page offsite-page" aria-labelledby="offsite-title">
      <div className="card empty" data-testid="offsite-empty">
        <h1 id="offsite-title">Run the offsite</h1>
        <p>
          Accord plans your alignment offsite from a complete comparison: a warm-up on the overall picture, one block per top gap (pinned gaps first, then the highest-ranked), the
          warning signs you see differently, agreeing the artifacts, the first two weeks&apos; owners, and a close — with a facilitator view that keeps
          time on the projector.
        </p>
        <p>It needs both leaders&apos; sealed diagnostics, compared:</p>
        <SealedPairSteps hasCeo={hasCeo} hasCto={hasCto} className="offsite-steps">
          <li>Compare live on the office network, exchange sealed files, or take turns on this laptop.</li>
          <li>Pin the gaps you want to work on, then come back here.</li>
        </SealedPairSteps>
      </div>
    </section>
  );
}
