// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from '../render-in-dom';
import { DependenciesEditor } from '../../../../../renderer/features/workspace/DependenciesEditor';
import { useWorkspaceStore } from '../../../../../renderer/stores/workspace-store';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { today } from '../../../shared/plan/fixtures';

// A dependency nobody rated is a choice still to make, not a green one: the editor adds it with
// no status, its select offers "Choose…", and the pre-read summary counts it as not rated.

describe('the dependency editor', () => {
  it('adds a dependency with no status, not green', () => {
    const ws = defaultWorkspace(today);
    const addDependency = vi.fn(() => undefined);
    useWorkspaceStore.setState({ workspace: ws, addDependency });
    const el = render(<DependenciesEditor ws={ws} />);
    act(() => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Add a dependency')!.click());
    expect(addDependency).toHaveBeenCalledWith(expect.objectContaining({ status: '' }));
  });

  it('shows an unrated dependency as a choice to make and counts it as not rated', () => {
    const ws = defaultWorkspace(today);
    ws.dependencies = {
      roadmapItem: 'Enterprise SSO',
      dependencies: [
        { id: 'd1', name: 'IdP contract', status: '', owner: '', note: '' },
        { id: 'd2', name: 'Pen test', status: 'green', owner: '', note: '' },
      ],
    };
    useWorkspaceStore.setState({ workspace: ws });
    const el = render(<DependenciesEditor ws={ws} />);
    const select = el.querySelector<HTMLSelectElement>('select[aria-label="Status of IdP contract"]')!;
    expect(select.value).toBe('');
    expect(select.selectedOptions[0].textContent).toBe('Choose…');
    expect(el.querySelector('[data-testid="red-summary"]')!.textContent).toBe('Enterprise SSO: 1 of 2 dependencies not rated yet (green, yellow or red); the one rated is not red.');
    expect(el.querySelector('.ws-summary')!.textContent).toContain('1 not rated yet');
    expect(el.querySelector('.ws-summary')!.classList.contains('ws-summary-unset')).toBe(true);
  });
});
