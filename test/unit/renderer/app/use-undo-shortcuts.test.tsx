// @vitest-environment jsdom
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useUndoShortcuts } from '../../../../renderer/app/use-undo-shortcuts';
import { render } from '../features/render-in-dom';

/** A page with an undo history of numbers and, optionally, a modal dialog open over it. */
function Page() {
  const [value, setValue] = useState(3);
  useUndoShortcuts(
    () => setValue((v) => v - 1),
    () => setValue((v) => v + 1),
  );
  return (
    <>
      <output>{value}</output>
      <dialog>
        <button type="button">Seal now</button>
      </dialog>
    </>
  );
}

const press = (key: string, init: KeyboardEventInit = {}) =>
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, ...init })));

describe('undo shortcuts', () => {
  it('Ctrl+Z and Ctrl+Y change the page; with a modal dialog open over it they change nothing', () => {
    const page = render(<Page />);
    const value = () => page.querySelector('output')!.textContent;
    press('z');
    expect(value()).toBe('2');
    press('y');
    press('Z', { shiftKey: true });
    expect(value()).toBe('4');
    // The seal dialog is about the answers as they are: the page behind it is inert.
    page.querySelector('dialog')!.setAttribute('open', '');
    press('z');
    press('z');
    expect(value()).toBe('4');
    press('y');
    expect(value()).toBe('4');
    page.querySelector('dialog')!.removeAttribute('open');
    press('z');
    expect(value()).toBe('3');
  });
});
