import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';
import { startRound } from './support/leader';
import { FRAMEWORK } from '../../shared/framework/content';
import { parseRound } from '../../shared/schema/round';

/**
 * Durability: autosave is mid-write when the whole browser process dies (SIGKILL, no
 * shutdown). After a relaunch on the same profile the round opens, its stored record
 * still parses, and the answers are exactly the state after some prefix of the clicks.
 */

type Click = { step: number; statement: string; value: string };

/** Two passes over the first four steps: every statement answered, then changed. */
function clickPlan(): Click[] {
  const out: Click[] = [];
  for (const pass of [0, 1])
    FRAMEWORK.areas.slice(0, 4).forEach((area, step) =>
      area.statements.forEach((s, i) => out.push({ step, statement: s.id, value: String(((i + step + pass * 2) % 5) + 1) })),
    );
  return out;
}

/** Answers after the first k clicks, for every k. */
function prefixStates(plan: Click[]): Record<string, string>[] {
  const states: Record<string, string>[] = [{}];
  for (const c of plan) states.push({ ...states[states.length - 1], [c.statement]: c.value });
  return states;
}

async function launch(dir: string, baseURL: string): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await chromium.launchPersistentContext(dir, { ...chromiumLaunchOptions(), headless: true, baseURL });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  return { ctx, page };
}

/** PID of the browser (not a renderer/GPU helper) running on this profile — a process this test started. */
function browserPid(dir: string): number | undefined {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const line = ps
    .split('\n')
    .find((l) => l.includes(`--user-data-dir=${dir}`) && !l.includes('--type='));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}

async function storedRow(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (roundId) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('accord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('rounds', 'readonly').objectStore('rounds').get(roundId);
          req.onsuccess = () => {
            db.close();
            resolve(req.result?.body as string | undefined);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    id,
  );
}

for (const [run, killAfterMs] of [120, 400, 900].entries()) {
  test(`browser killed ${killAfterMs} ms into a save loop: the round reopens with a prefix of the clicks (run ${run + 1})`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-durability-'));
    try {
      let { ctx, page } = await launch(dir, baseURL!);
      const id = await startRound(page, { name: 'Blake Moreau', role: 'cto' });
      await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');

      const plan = clickPlan();
      await page.goto(`/#/assess/${id}/0`);
      await expect(page.locator(`[data-statement="${plan[0].statement}"]`)).toBeVisible();
      // The save loop runs in the page, as fast as a person could never click: real clicks on the
      // radio labels, each one an autosave, several writes in flight when the process dies.
      const loop = page
        .evaluate(
          async ({ plan, id }) => {
            const until = async (sel: string) => {
              for (let i = 0; i < 500 && !document.querySelector(sel); i++) await new Promise((r) => setTimeout(r, 5));
              return document.querySelector(sel);
            };
            let step = 0;
            for (const c of plan) {
              if (c.step !== step) {
                step = c.step;
                location.hash = `#/assess/${id}/${step}`;
              }
              const label = (await until(`[data-statement="${c.statement}"] label:has(input[value="${c.value}"])`)) as HTMLElement | null;
              label?.click();
              await new Promise((r) => setTimeout(r, 8));
            }
          },
          { plan, id },
        )
        .catch(() => undefined); // the browser dies under it

      await new Promise((r) => setTimeout(r, killAfterMs));
      const pid = browserPid(dir);
      expect(pid, 'browser process for this profile').toBeTruthy();
      process.kill(pid!, 'SIGKILL');
      await loop;
      await ctx.close().catch(() => undefined);

      // Relaunch on the same profile.
      ({ ctx, page } = await launch(dir, baseURL!));
      await page.goto('/#/');
      await expect(page.locator(`a[href*="${id}"]`).first()).toBeVisible();
      await expect(page.getByTestId('storage-problems')).toHaveCount(0);
      await expect(page.getByText(/could not be read/)).toHaveCount(0);

      // The stored record parses, and its answers are the state after some prefix of the clicks.
      const body = await storedRow(page, id);
      expect(body, 'stored row').toBeTruthy();
      const parsed = parseRound(JSON.parse(body!));
      expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors)).toBe(true);
      const round = parsed.ok ? parsed.value : undefined;
      const stored: Record<string, string> = {};
      for (const [sid, a] of Object.entries(round!.answers)) if (a.value !== null) stored[sid] = String(a.value);
      const states = prefixStates(plan);
      const k = states.findIndex((s) => JSON.stringify(Object.entries(s).sort()) === JSON.stringify(Object.entries(stored).sort()));
      expect(k, `stored answers ${JSON.stringify(stored)} are not the state after any prefix of the clicks`).toBeGreaterThanOrEqual(0);
      test.info().annotations.push({ type: 'durability', description: `killed after ${killAfterMs} ms: the state after ${k} of ${plan.length} clicks survived` });

      // The round opens and shows exactly those answers.
      for (const step of [0, 1, 2, 3]) {
        await page.goto(`/#/assess/${id}/${step}`);
        for (const s of FRAMEWORK.areas[step].statements) {
          const checked = page.locator(`[data-statement="${s.id}"] input:checked`);
          if (stored[s.id]) await expect(checked, s.id).toHaveValue(stored[s.id]);
          else await expect(checked, s.id).toHaveCount(0);
        }
      }
      // And still saves.
      const first = FRAMEWORK.areas[0].statements[0].id;
      await page.goto(`/#/assess/${id}/0`);
      await page.locator(`[data-statement="${first}"] label:has(input[value="dont-know"])`).click();
      await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved');
      await ctx.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
