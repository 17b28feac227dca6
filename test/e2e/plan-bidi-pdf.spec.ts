import { readFileSync } from 'node:fs';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from '@playwright/test';
import { buildRepairPlan } from '../../shared/plan/build-plan';
import { defaultWorkspace } from '../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../shared/offsite/capture-agreement';
import type { Capture } from '../../shared/offsite/capture';
import { sharedKey } from '../../shared/workspace/agreement';
import { FRAMEWORK } from '../../shared/framework/content';
import type { Round } from '../../shared/assessment/types';
import { CoverSection } from '../../renderer/features/plan/sections/CoverSection';
import { OffsiteSection } from '../../renderer/features/plan/sections/OffsiteSection';
import { pdftotext } from './support/plan';

/*
 * A leader's name with a RIGHT-TO-LEFT OVERRIDE (U+202E), a company in Arabic: printed by the
 * same Chromium engine as Electron's printToPDF and read back with pdftotext. The control line,
 * the same sentence as the plan used to build it, comes out turned around; the plan's does not.
 */
const RLO = '\u202E';
const today = new Date(2026, 0, 15, 9, 30);

function round(role: 'ceo' | 'cto', name: string, db2: 1 | 2 | 3 | 4 | 5): Round {
  const answers: Round['answers'] = {};
  for (const s of FRAMEWORK.areas.flatMap((a) => a.statements)) answers[s.id] = { value: s.id === 'db-2' ? db2 : 4 };
  return { id: `${role}-r`, schemaVersion: 1, frameworkVersion: 1, kind: 'quarterly-reset', label: '2026-Q1 quarterly reset', role, personName: name, createdAt: '2026-01-10T10:00:00.000Z', updatedAt: '2026-01-10T10:00:00.000Z', answers, warnings: {}, sealedAt: '2026-01-12T10:00:00.000Z' };
}

test('partner-written names cannot turn the plan\'s sentences around in the PDF', async ({ page }) => {
  const ACTION: Capture = { id: 'c1', blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: '2026-01-12T10:00:00.000Z', kind: 'action', text: 'Ship the audit log', owner: 'CTO', due: '2026-02-01' };
  const hash = captureHash(ACTION);
  const key = captureKey('c1');
  const plan = buildRepairPlan({
    companyName: 'شركة',
    ceoRound: round('ceo', 'Dana', 5),
    ctoRound: round('cto', `Sam${RLO}`, 2),
    today,
    workspace: {
      workspace: defaultWorkspace(today),
      agreement: {
        shared: {
          [sharedKey(key, 'ceo')]: { role: 'ceo', name: 'Dana', hash, at: '2026-01-12T11:00:00.000Z', mode: 'live' },
          [sharedKey(key, 'cto')]: { role: 'cto', name: `Sam${RLO}`, hash, at: '2026-01-12T11:00:00.000Z', mode: 'live' },
        },
        local: { [key]: { ceo: hash } },
      },
    },
    offsite: { captures: [ACTION], actions: [{ id: 'action-c1', captureId: 'c1', blockId: 'b', text: ACTION.text, owner: 'CTO', due: '2026-02-01' }], parked: [] },
  });
  const css = readFileSync('renderer/features/plan/plan.css', 'utf8');
  const body = renderToStaticMarkup(createElement(Fragment, null, createElement(CoverSection, { plan }), createElement(OffsiteSection, { plan })));
  // The control: the sentences as the plan built them before (the raw names, no cleaning, no isolate).
  const control = `<p id="control-by">Control: agreed by both: Dana (CEO) and Sam${RLO} (CTO) on 2026-01-12</p><p id="control-title">شركة: 30-day plan from the 2026-Q1 quarterly reset</p>`;
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><article class="plan-document">${control}${body}</article></body></html>`);
  const file = 'test-results/plan-bidi.pdf';
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const text = pdftotext(file, false);

  // The control line is turned around after the override: the real engine does what the suspicion said.
  const controlLine = text.split('\n').find((l) => l.startsWith('Control:'))!;
  expect(controlLine).toBeDefined();
  expect(controlLine).not.toContain('Sam (CTO) on 2026-01-12');
  expect(text).not.toMatch(/^شركة: 30-day plan from the/m);

  // The plan's own lines read as written. (pdftotext marks right-to-left runs with U+202B … U+202C
  // itself, and wraps lines: both are left out of the comparison.)
  const plain = text.slice(text.indexOf('ALIGNMENT FRAMEWORK')).replace(/[\u202B\u202C]/g, '').replace(/\s+/g, ' ');
  expect(plain).toContain('agreed by both: Dana (CEO) and Sam (CTO) on 2026-01-12');
  expect(plain).toMatch(/شركة\u2069?: 30-day plan from the 2026-Q1 quarterly reset/);
  expect(plain).not.toContain(RLO);
});
