// @vitest-environment jsdom
import * as Y from 'yjs';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../render-in-dom';
import { CadenceEditor } from '../../../../../renderer/features/workspace/CadenceEditor';
import { DependenciesEditor } from '../../../../../renderer/features/workspace/DependenciesEditor';
import { RiskBudgetsEditor } from '../../../../../renderer/features/workspace/RiskBudgetsEditor';
import { ChoiceSelect } from '../../../../../renderer/features/workspace/fields';
import { useWorkspaceStore } from '../../../../../renderer/stores/workspace-store';
import { createProjector, itemsOf, itemToY, orderOf, seedIfEmpty } from '../../../../../renderer/sync/workspace-doc';
import type { Workspace } from '../../../../../shared/workspace/types';
import { receiveFromPartner } from '../../../renderer/sync/partner-update';
import { today } from '../../../shared/plan/fixtures';

// Review r9, finding 1, in the workspace tabs: a plain value of another type from the partner
// reads as not set, the tab still renders, and a select showing none of its options offers
// "Choose…", so picking any option (even the one that used to show first) saves it.

function attacked(change: (partner: Y.Doc) => void): Workspace {
  const victim = new Y.Doc();
  seedIfEmpty(victim, today);
  receiveFromPartner(victim, change);
  return createProjector(victim).read();
}

/** Picks `value` as a user would: the browser sets the select's value, then fires change. */
function pick(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('workspace tabs with plain fields of another type from the partner', () => {
  it('cadence: frequency 7 and durationMinutes {x: 1} render as not set; choosing Weekly saves it', () => {
    const ws = attacked((p) => {
      const row = itemsOf(p, 'cadence').get(orderOf(p, 'cadence').get(0))!;
      row.set('frequency', 7);
      row.set('durationMinutes', { x: 1 });
    });
    const setField = vi.fn();
    useWorkspaceStore.setState({ workspace: ws, setField });
    const el = render(<CadenceEditor ws={ws} />);
    const card = el.querySelector<HTMLElement>(`[data-meeting="${ws.cadence[0].id}"]`)!;
    const select = card.querySelector('select')!;
    expect(select.value).toBe('');
    expect(select.selectedOptions[0].textContent).toBe('Choose…');
    expect(card.querySelector<HTMLInputElement>('input[type="number"]')!.value).toBe('');
    expect(card.textContent).toContain('Enter a number.');
    expect(card.textContent).toContain('Choose how often the meeting happens.');
    expect(el.textContent).not.toMatch(/NaN|\[object Object\]/);
    // "Weekly" was the option a select with an unknown value showed: choosing it changed nothing.
    pick(select, 'weekly');
    expect(setField).toHaveBeenCalledWith('cadence', ws.cadence[0].id, 'frequency', 'weekly');
  });

  it('dependencies: status 7 renders as "Choose…"; choosing Red saves it', () => {
    const ws = attacked((p) => {
      const dep = itemToY('dependencies', { id: 'dep-p', name: 'Payments API', status: 'green', owner: '', note: '' });
      itemsOf(p, 'dependencies').set('dep-p', dep);
      orderOf(p, 'dependencies').push(['dep-p']);
      dep.set('status', 7);
    });
    const setField = vi.fn();
    useWorkspaceStore.setState({ workspace: ws, setField });
    const el = render(<DependenciesEditor ws={ws} />);
    const select = el.querySelector<HTMLSelectElement>('select[aria-label="Status of Payments API"]')!;
    expect(select.value).toBe('');
    expect(el.textContent).toContain('"Payments API": status not set; choose green, yellow or red.');
    pick(select, 'red');
    expect(setField).toHaveBeenCalledWith('dependencies', 'dep-p', 'status', 'red');
  });

  it('risk budgets: numbers {x: 1} and "15" render as empty fields asking for a number', () => {
    const ws = attacked((p) => {
      p.getMap('riskBudgets').set('reliabilityMinutesPerQuarter', { x: 1 });
      p.getMap('riskBudgets').set('deliverySlipPercent', '15');
    });
    useWorkspaceStore.setState({ workspace: ws });
    const el = render(<RiskBudgetsEditor ws={ws} />);
    const inputs = [...el.querySelectorAll<HTMLInputElement>('input[type="number"]')];
    expect(inputs.map((i) => i.value)).toEqual(['', '']);
    expect(el.textContent).toContain('Downtime budget not set: enter the minutes');
    expect(el.textContent).not.toMatch(/NaN|\[object Object\]/);
  });

  it('a select holding a known value offers no "Choose…"', () => {
    const el = render(<ChoiceSelect value="b" options={[{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]} onChange={() => {}} />);
    expect([...el.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['A', 'B']);
    expect(el.querySelector('select')!.value).toBe('b');
  });
});
