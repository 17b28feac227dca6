import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../../shared/plan/markdown';
import { workspaceExportMarkdown } from '../../../../../shared/plan/workspace-export';
import { cadenceToIcs } from '../../../../../shared/workspace/ics';
import { AppendicesSection } from '../../../../../renderer/features/plan/sections/AppendicesSection';
import { TextSections } from '../../../../../renderer/features/plan/sections/TextSections';
import { createProjector, itemsOf, itemToY, orderOf, seedIfEmpty } from '../../../../../renderer/sync/workspace-doc';
import type { Workspace } from '../../../../../shared/workspace/types';
import { receiveFromPartner } from '../../../renderer/sync/partner-update';
import { ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

// Review r9, finding 1: the partner (plain yjs, through the peer guard) writes one plain value
// of another type into a row. The plan was built from the unvalidated projection, and its
// appendix indexed into the meeting's frequency (`''[0].toUpperCase()` threw) or rendered the
// object it was given as a React child: the Plan page, its print route and so the PDF showed
// only the error boundary. Every plain field now reads as its declared type or as missing, and
// the plan prints a missing one as "not set".

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/** The victim's seeded doc after the partner's change, read the way the store reads it for the plan. */
function attacked(change: (partner: Y.Doc) => void): Workspace {
  const victim = new Y.Doc();
  seedIfEmpty(victim, today);
  receiveFromPartner(victim, change);
  return createProjector(victim).read();
}

const firstMeeting = (p: Y.Doc) => {
  const id = orderOf(p, 'cadence').get(0);
  return { id, row: itemsOf(p, 'cadence').get(id)! };
};

/** The plan's appendices as printed (screen, print route, PDF), and the plan as Markdown. */
function printed(ws: Workspace): { html: string; markdown: string } {
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } });
  const html = text(renderToStaticMarkup(<AppendicesSection ap={plan.appendices} />) + renderToStaticMarkup(<TextSections id="plan-policies" breakBefore={false} lead="" items={plan.policies} />));
  return { html, markdown: planToMarkdown(plan) };
}

/** The cadence row of the meeting `name`, as printed. */
const meetingCell = (html: string, name: string) => html.slice(html.indexOf(name), html.indexOf(name) + 120);

describe('a plain field of another type written by the partner', () => {
  it('meeting frequency 7: reads as not set, and the plan prints "Frequency not set"', () => {
    let name = '';
    const ws = attacked((p) => {
      const m = firstMeeting(p);
      name = String(m.row.get('name'));
      m.row.set('frequency', 7);
    });
    expect(ws.cadence[0].frequency).toBe('');
    const { html, markdown } = printed(ws);
    expect(meetingCell(html, name)).toContain('Frequency not set, 45 min');
    expect(markdown).toMatch(new RegExp(`\\| ${name} \\| not set \\| 45 min \\|`));
  });

  it('meeting frequency "" (and an unknown one): the plan prints "Frequency not set"', () => {
    for (const value of ['', 'hourly']) {
      let name = '';
      const ws = attacked((p) => {
        const m = firstMeeting(p);
        name = String(m.row.get('name'));
        m.row.set('frequency', value);
      });
      expect(ws.cadence[0].frequency).toBe('');
      expect(meetingCell(printed(ws).html, name)).toContain('Frequency not set, 45 min');
    }
  });

  it('meeting durationMinutes {x: 1}: reads as NaN (a number, not an object), printed as "length not set"', () => {
    let name = '';
    const ws = attacked((p) => {
      const m = firstMeeting(p);
      name = String(m.row.get('name'));
      m.row.set('durationMinutes', { x: 1 });
    });
    expect(ws.cadence[0].durationMinutes).toBeNaN();
    const { html, markdown } = printed(ws);
    expect(meetingCell(html, name)).toContain('Weekly, length not set');
    expect(markdown).toMatch(new RegExp(`\\| ${name} \\| weekly \\| not set \\|`));
    expect(html + markdown).not.toContain('NaN');
    // The calendar export refuses it with a reason instead of writing "DURATION:PT".
    expect(() => cadenceToIcs(ws.cadence, { now: today, agreed: true })).toThrow(/length is not set/);
  });

  it('a meeting row without a duration or frequency at all reads them as missing too', () => {
    const ws = attacked((p) => {
      const m = firstMeeting(p);
      m.row.delete('durationMinutes');
      m.row.delete('frequency');
    });
    expect(ws.cadence[0].durationMinutes).toBeNaN();
    expect(ws.cadence[0].frequency).toBe('');
    expect(printed(ws).html).toContain('Frequency not set, length not set');
  });

  it('risk budget numbers {x: 1} and "15": read as NaN, printed as not set (appendix, policy, Markdown)', () => {
    const ws = attacked((p) => {
      p.getMap('riskBudgets').set('reliabilityMinutesPerQuarter', { x: 1 });
      p.getMap('riskBudgets').set('deliverySlipPercent', '15');
    });
    expect(ws.riskBudgets.reliabilityMinutesPerQuarter).toBeNaN();
    expect(ws.riskBudgets.deliverySlipPercent).toBeNaN();
    const { html, markdown } = printed(ws);
    expect(html).toContain('Reliability Downtime budget not set');
    expect(html).toContain('Delivery slip accepted Slip budget not set');
    expect(html).toContain('Reliability: downtime budget not set (set it in the workspace, Risk budgets).');
    expect(html).toContain('Delivery: slip budget not set (set it in the workspace, Risk budgets).');
    const exported = workspaceExportMarkdown({ workspace: ws });
    expect(exported).toContain('| Reliability | Downtime budget not set |');
    expect(html + markdown + exported).not.toMatch(/NaN|\[object Object\]/);
  });

  it('a dependency status 7 and a log kind {x: 1}: read as missing, printed as "not set"', () => {
    const ws = attacked((p) => {
      const dep = itemToY('dependencies', { id: 'dep-p', name: 'Payments API', status: 'green', owner: 'Ana', note: '' });
      itemsOf(p, 'dependencies').set('dep-p', dep);
      orderOf(p, 'dependencies').push(['dep-p']);
      dep.set('status', 7);
      const log = itemToY('log', { id: 'log-p', kind: 'decision', what: 'Narrow launch', decidedBy: '', forum: '', date: '2026-01-10', options: [], status: 'open' });
      itemsOf(p, 'log').set('log-p', log);
      orderOf(p, 'log').push(['log-p']);
      log.set('kind', { x: 1 });
    });
    expect(ws.dependencies.dependencies[0].status).toBe('');
    expect(ws.log[0].kind).toBe('');
    const { html, markdown } = printed(ws);
    expect(html).toContain('Payments API not set Ana');
    expect(html).toContain('Open · kind not set · 2026-01-10');
    expect(markdown).toContain('| Payments API | not set | Ana |');
    expect(markdown).toContain('| 2026-01-10 | not set | Narrow launch |');
  });

  it('a metric value NaN is no measurement', () => {
    const ws = attacked((p) => {
      const m = itemsOf(p, 'metrics').get('metric-lead-time')!;
      (m.get('target') as Y.Text).insert(0, 'under 2 days');
      (m.get('values') as Y.Map<number>).set('2025-12', Number.NaN);
      (m.get('values') as Y.Map<number>).set('2025-11', 3);
    });
    expect(ws.metrics.find((m) => m.id === 'metric-lead-time')!.values).toEqual([{ month: '2025-11', value: 3 }]);
    expect(printed(ws).html).not.toContain('NaN');
  });
});
