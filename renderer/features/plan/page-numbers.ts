/**
 * Page numbers for the table of contents. CSS cannot print them in Chromium
 * (no target-counter()), so the document is laid out once more off-screen in
 * CSS columns exactly one printed page tall and wide: Chromium fragments columns
 * with the same engine and the same break rules as pages (break-before,
 * break-inside: avoid, repeated table headers), so the column a section
 * starts in is the page it starts on.
 */
import { useEffect, useState } from 'react';
import type { PageSize, RepairPlan } from '../../../shared/plan/types';
import { PLAN_SECTIONS, type PageMap } from './sections/toc';

/** Printable area in CSS px (96/in) with the margins of electron/main/pdf.ts: 0.5in sides and top, 0.6in bottom. */
export const CONTENT_BOX: Record<PageSize, { width: number; height: number }> = {
  A4: { width: (210 / 25.4 - 1) * 96, height: (297 / 25.4 - 1.1) * 96 },
  Letter: { width: (8.5 - 1) * 96, height: (11 - 1.1) * 96 },
};

const GAP = 40;

export function measurePages(doc: HTMLElement, pageSize: PageSize): PageMap {
  const box = CONTENT_BOX[pageSize];
  const host = document.createElement('div');
  host.className = 'plan-measure';
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'absolute',
    left: '-100000px',
    top: '0',
    width: `${box.width}px`,
    height: `${box.height}px`,
    columnWidth: `${box.width}px`,
    columnGap: `${GAP}px`,
    columnFill: 'auto',
    visibility: 'hidden',
    pointerEvents: 'none',
  } satisfies Partial<CSSStyleDeclaration>);
  const clone = doc.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[id]').forEach((el) => {
    el.setAttribute('data-measure-id', el.id);
    el.removeAttribute('id');
  });
  host.append(clone);
  document.body.append(host);
  try {
    const left = host.getBoundingClientRect().left;
    const pages: PageMap = {};
    for (const s of PLAN_SECTIONS) {
      const el = clone.querySelector<HTMLElement>(`[data-measure-id="${s.id}"]`);
      // The first box inside the section: its heading, which is what a reader looks for.
      const target = el?.firstElementChild instanceof HTMLElement ? el.firstElementChild : el;
      if (!target) continue;
      const x = target.getBoundingClientRect().left - left;
      pages[s.id] = Math.floor((x + 1) / (box.width + GAP)) + 1;
    }
    return pages;
  } finally {
    host.remove();
  }
}

/** Measures after the document has rendered, and again whenever the plan changes. */
export function usePageNumbers(plan: RepairPlan | undefined): PageMap | undefined {
  const [pages, setPages] = useState<PageMap | undefined>();
  useEffect(() => {
    if (!plan) return;
    let cancelled = false;
    const run = () => {
      if (cancelled) return;
      const doc = document.querySelector<HTMLElement>('[data-testid="plan-document"]');
      if (doc) setPages(measurePages(doc, plan.pageSize));
    };
    const raf = requestAnimationFrame(() => requestAnimationFrame(run));
    void document.fonts?.ready.then(() => requestAnimationFrame(run));
    return () => {
      cancelled = true;
      cancelAnimationFrame(raf);
    };
  }, [plan]);
  return pages;
}
