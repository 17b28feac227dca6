import type { Comparison } from '../../../shared/session/comparison';

/** The presentation is a fixed sequence derived from the comparison. */
export type Slide =
  | { kind: 'title' }
  | { kind: 'area'; index: number }
  | { kind: 'gap'; index: number }
  | { kind: 'summary' };

/** `gapCount`: how many top gaps to present (after the pair's pins); defaults to the unpinned top. */
export function buildSlides(c: Comparison, gapCount: number = c.gaps.length): Slide[] {
  return [
    { kind: 'title' },
    ...c.areas.map((_, index) => ({ kind: 'area' as const, index })),
    ...Array.from({ length: gapCount }, (_, index) => ({ kind: 'gap' as const, index })),
    { kind: 'summary' },
  ];
}

/** Keys a presenter's clicker or keyboard sends, mapped to a new slide index. */
export function nextIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
