// An honest editing session, as two laptops running Accord produce it: typing (one transaction per
// key), backspacing, pastes, cuts, field sets, list items added and removed. Seeded, so a run repeats.
import * as Y from 'yjs';

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const between = (r: Rand, lo: number, hi: number) => lo + r() * (hi - lo);
export const int = (r: Rand, lo: number, hi: number) => Math.floor(between(r, lo, hi + 1));
export const pick = <T>(r: Rand, xs: T[]) => xs[Math.floor(r() * xs.length)];

const TEXTS = ['notes', 'agenda', 'decisions', 'risks'];
const words = 'the plan ship date budget hire roadmap risk owner review quarter launch scope vendor security'.split(' ');
const prose = (r: Rand, n: number) => {
  let s = '';
  while (s.length < n) s += pick(r, words) + (r() < 0.1 ? '.\n' : ' ');
  return s.slice(0, n);
};

/** One editor's next burst of transactions, as [delay before it, edit] pairs. */
export function burst(r: Rand, doc: Y.Doc, maxPaste = 50_000): [number, () => void][] {
  const t = doc.getText(pick(r, TEXTS));
  const roll = r();
  const out: [number, () => void][] = [];
  if (roll < 0.5) {
    // Typing: one transaction per key.
    let at = int(r, 0, t.length);
    const n = int(r, 3, 40);
    for (let i = 0; i < n; i++) out.push([between(r, 60, 250), () => t.insert(Math.min(at++, t.length), pick(r, [...'abcdefghij klmnop']))]);
  } else if (roll < 0.62) {
    const n = int(r, 1, 15);
    for (let i = 0; i < n; i++) out.push([between(r, 60, 200), () => t.length && t.delete(t.length - 1, 1)]);
  } else if (roll < 0.72) {
    const size = r() < 0.7 ? int(r, 20, 500) : r() < 0.83 ? int(r, 500, 5000) : int(r, 5000, maxPaste);
    out.push([between(r, 200, 1500), () => t.insert(int(r, 0, t.length), prose(r, size))]);
  } else if (roll < 0.78) {
    out.push([between(r, 200, 1500), () => {
      const at = int(r, 0, t.length);
      const n = Math.min(int(r, 10, 2000), t.length - at);
      if (n > 0) t.delete(at, n);
    }]);
  } else if (roll < 0.92) {
    const fields = doc.getMap('fields');
    const n = int(r, 1, 5);
    for (let i = 0; i < n; i++) out.push([between(r, 300, 2000), () => fields.set(`f${int(r, 0, 30)}`, prose(r, int(r, 5, 120)))]);
  } else {
    const items = doc.getArray<Y.Map<string>>('items');
    out.push([between(r, 300, 3000), () => {
      if (items.length > 5 && r() < 0.4) return items.delete(int(r, 0, items.length - 1), 1);
      const m = new Y.Map<string>();
      items.push([m]);
      m.set('title', prose(r, int(r, 10, 80)));
      m.set('owner', pick(r, ['CEO', 'CTO']));
    }]);
  }
  return out;
}

