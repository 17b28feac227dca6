import { expect, test, type Page } from '@playwright/test';
import type { HostilePeer } from './support/hostile-peer';
import { closeScene, scene } from './support/hostile-scene';

/*
 * The partner keeps changes waiting in my workspace: changes that build on ones it never sends,
 * which Yjs holds aside and retries in full whenever one more of them may fit. Kept under the
 * byte bounds (~0.9 MB as sent, ~1 KB as Yjs keeps them), then released one tiny message at
 * a time, each makes my laptop retry all of it; without a budget on that work the partner keeps
 * my page busy for as long as it likes and is never refused. The victim is the real app (CEO, Alex
 * Kim) in one Chromium; the partner (CTO, Mallory Vance) runs a page of plain yjs + y-webrtc in
 * another (test/e2e/hostile/page.ts), through the app's own signaling, over real WebRTC.
 */

test.afterEach(closeScene);

/** What the run saw, in the report and on stdout: the lead reads these when a story fails. */
function note(type: string, value: unknown) {
  const description = typeof value === 'string' ? value : JSON.stringify(value);
  test.info().annotations.push({ type, description });
  console.log(`[${test.info().title.slice(0, 40)}] ${type}: ${description}`);
}

/** I host a comparison and open the decision matrix (six seeded rows); Mallory joins the comparison, then the workspace. */
async function workspaceWithMallory(baseURL: string): Promise<{ victim: Page; hostile: HostilePeer; errors: string[] }> {
  const { victim, hostile, code, errors } = await scene(baseURL, { answer: false });
  await victim.goto('/#/workspace/matrix');
  await expect(victim.locator('tr[data-row]')).toHaveCount(6);
  await hostile.joinWorkspace(code);
  await expect.poll(async () => JSON.stringify(await hostile.state('workspace')), { timeout: 20_000 }).toContain('Product bet');
  await expect(victim.getByTestId('workspace-partner')).toHaveText(/Connected to Mallory Vance/);
  return { victim, hostile, errors };
}

/** I type into the product bet's cadence, key by key, and it shows (within the default expect timeout) and is saved. */
async function iTypeCadence(victim: Page, text: string) {
  const cadence = victim.locator('[data-row="row-product-bet"] [aria-label^="Cadence for"]');
  await cadence.click();
  await cadence.fill('');
  await victim.keyboard.type(text, { delay: 10 });
  await expect(cadence).toHaveValue(text);
  await expect(victim.getByTestId('workspace-save')).toHaveText('All changes saved');
}

/** ~0.9 MB waiting, under the bounds on what may wait (1 MB as sent, 64 KB of deletes, 256 writers): not refused for its size. */
async function keepWaiting(victim: Page, hostile: HostilePeer, steps: number) {
  // 100,000 deleted one-character changes of five writers whose first change never comes, and
  // `steps` characters that each follow one of another writer's, held back. "meta" is a name the
  // partner may write in the workspace; nothing of this ever shows there.
  const waiting = await hostile.keepWaiting({ root: 'meta', writers: 5, perWriter: 20_000, steps });
  note('kept waiting', waiting);
  expect(waiting.sent).toBe(waiting.partBytes.length);
  const sentBytes = waiting.partBytes.reduce((a, b) => a + b, 0);
  expect(sentBytes).toBeGreaterThan(800_000);
  expect(sentBytes).toBeLessThan(1024 * 1024);
  await expect(victim.getByTestId('workspace-partner')).toHaveText(/Connected to Mallory Vance/);
  await expect(victim.getByTestId('workspace-sync-refused')).toHaveCount(0);
}

/** The refusal, named for the work: what waited, and what retrying it cost, against the budget. */
async function refusedForTheRetries(victim: Page) {
  const refused = victim.getByTestId('workspace-sync-refused');
  await expect(refused).toContainText(
    /Stopped syncing the workspace with your partner: your partner's laptop kept changes waiting that build on ones it never sent \(\d+ KB\), and each of its messages made this laptop retry them: \d+\.\d MB retried, over the 4\.0 MB limit/,
    { timeout: 20_000 },
  );
  note('victim', await refused.innerText());
  await expect(victim.getByTestId('workspace-partner')).toHaveText(/Not syncing the workspace with Mallory/);
}

/** My page's data is intact: the six rows, the product bet as it was, and what I typed, saved and still there after a reload. */
async function intact(victim: Page, typed: string, errors: string[]) {
  await expect(victim.locator('tr[data-row]')).toHaveCount(6);
  await expect(victim.locator('[data-row="row-product-bet"] textarea')).toHaveValue(/^Product bet/);
  await victim.reload();
  await expect(victim.locator('tr[data-row]')).toHaveCount(6);
  await expect(victim.locator('[data-row="row-product-bet"] [aria-label^="Cadence for"]')).toHaveValue(typed);
  await expect(victim.getByText('This view could not be shown')).toHaveCount(0);
  expect(errors).toEqual([]);
}

test('a partner letting ~1 MB of changes kept waiting in my workspace in one tiny message at a time (each makes my laptop retry the rest) is refused, and my typing still lands', async ({ baseURL }) => {
  test.setTimeout(150_000);
  const { victim, hostile, errors } = await workspaceWithMallory(baseURL!);
  await keepWaiting(victim, hostile, 1000);

  // The held-back characters, one ~20-byte message every 10 ms (a tenth of the message rate that stops a partner).
  const releasing = hostile.releaseWaiting(10);
  await refusedForTheRetries(victim);
  await iTypeCadence(victim, 'Weekly while the partner retries');
  // Mallory's page could not send the rest: my laptop closed the link.
  const released = await releasing;
  note('released', released);
  expect(released.bytes).toBeLessThan(24);
  expect(released.sent).toBeLessThan(released.of);
  await intact(victim, 'Weekly while the partner retries', errors);
});

test('a partner adding to ~1 MB of changes kept waiting in my workspace one tiny message at a time (each merged into all of it) is refused, and my typing still lands', async ({ baseURL }) => {
  test.setTimeout(150_000);
  const { victim, hostile, errors } = await workspaceWithMallory(baseURL!);
  await keepWaiting(victim, hostile, 0);

  // A thousand ~20-byte messages, one every 10 ms: ~16 KB more waiting in all, far under the 1 MB bound.
  const adding = hostile.addToWaiting(1000, 10);
  await refusedForTheRetries(victim);
  await iTypeCadence(victim, 'Monthly while the partner adds');
  const added = await adding;
  note('added', added);
  expect(added.bytes).toBeLessThan(24);
  expect(added.sent).toBeLessThan(added.of);
  await intact(victim, 'Monthly while the partner adds', errors);
});
