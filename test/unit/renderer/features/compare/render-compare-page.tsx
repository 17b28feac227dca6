// The Compare page as the user opens it, in a real (jsdom) document: the round list loaded, the
// page rendered and its first effects run. Imported after liveComparison() (which resets the
// modules), so it uses that run's stores.
import { act } from 'react';
import { render } from '../render-in-dom';

export async function renderComparePage(settleMs = 20): Promise<HTMLDivElement> {
  const { useRoundsStore } = await import('../../../../../renderer/stores/rounds-store');
  await useRoundsStore.getState().load();
  const { default: ComparePage } = await import('../../../../../renderer/features/compare/ComparePage');
  const page = render(<ComparePage />);
  await act(async () => {
    await new Promise((r) => setTimeout(r, settleMs));
  });
  return page;
}
