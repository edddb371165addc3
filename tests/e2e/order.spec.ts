/**
 * The shuffled order as a class sees it: the same after a reload with a pick made, a new one
 * for a new session, fixed by ?seed=, and the canvas laying the answers out in the order the
 * DOM layer lists them (both render the one screen model).
 */
import { expect, test, type Page } from './fixture';
import { openGame, screenKind, watchPage } from './harness';
import { letterFor, shownIds } from './shown';

async function toFirstRound(page: Page): Promise<void> {
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  expect(await screenKind(page)).toBe('round');
}

/** The order of each answer round of the first level, answering each with its first shown option. */
async function firstLevelOrders(page: Page): Promise<string[][]> {
  const orders: string[][] = [];
  while ((await screenKind(page)) === 'round') {
    const ids = await shownIds(page);
    orders.push(ids);
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    while ((await screenKind(page)) === 'reveal') await page.keyboard.press('Space');
  }
  return orders;
}

/** Where each option's click target sits on the canvas, in reading order (rows, then left to right). */
async function canvasOrder(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string }[] } }).onTheRecord
      .hitAreas()
      .some((a) => a.scene === 'Round' && a.name.startsWith('option:')),
  );
  const areas = await page.evaluate(() =>
    (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string; x: number; y: number }[] } }).onTheRecord
      .hitAreas()
      .filter((a) => a.scene === 'Round' && a.name.startsWith('option:')),
  );
  return areas.sort((a, b) => (Math.abs(a.y - b.y) > 8 ? a.y - b.y : a.x - b.x)).map((a) => a.name.slice('option:'.length));
}

test('the order survives a reload mid-round with a pick made, and the canvas shows the order the DOM lists', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await toFirstRound(page);
  const order = await shownIds(page);
  expect(order.length).toBeGreaterThanOrEqual(3);
  expect(await canvasOrder(page)).toEqual(order);
  const picked = order[2]!;
  await page.keyboard.press(await letterFor(page, picked));
  await expect(page.locator(`#a11y [data-option="${picked}"]`)).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.keyboard.press('Enter'); // resume the class session
  expect(await screenKind(page)).toBe('round');
  expect(await shownIds(page)).toEqual(order);
  expect(await canvasOrder(page)).toEqual(order);
  await expect(page.locator(`#a11y [data-option="${picked}"]`)).toHaveAttribute('aria-pressed', 'true');
  // Locked in after the reload, the record keeps the id of the option that was really chosen.
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('reveal');
  const record = await page.evaluate(() => {
    const g = (
      window as unknown as { onTheRecord: { store: { getState(): { game: { records: Record<string, Record<string, { picked: string[] }>> } } } } }
    ).onTheRecord.store.getState().game;
    return Object.values(g.records)[0] && Object.values(Object.values(g.records)[0]!)[0]!.picked;
  });
  expect(record).toEqual([picked]);
  expect(watch.problems).toEqual([]);
});

test('a new session shows a different order in at least one round', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await toFirstRound(page);
  const first = await firstLevelOrders(page);
  expect(first.length).toBeGreaterThanOrEqual(2);
  // Reopen and start a new session (N, twice: it clears the scores).
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('#a11y [data-overlay="resume"]')).toBeAttached();
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  expect(await screenKind(page)).toBe('title');
  await toFirstRound(page);
  const second = await firstLevelOrders(page);
  expect(second.map((o) => [...o].sort())).toEqual(first.map((o) => [...o].sort()));
  expect(second).not.toEqual(first);
  expect(watch.problems).toEqual([]);
});

test('?seed= fixes the order: two fresh visits with the same seed agree, another seed differs somewhere', async ({ page }) => {
  const orders: Record<string, string[][]> = {};
  for (const [name, seed] of [
    ['a', 42],
    ['b', 42],
    ['c', 43],
  ] as const) {
    await page.goto('/?renderer=canvas');
    await page.evaluate(() => localStorage.clear());
    await openGame(page, `?renderer=canvas&seed=${seed}`);
    await toFirstRound(page);
    orders[name] = await firstLevelOrders(page);
  }
  expect(orders.b).toEqual(orders.a);
  expect(orders.c).not.toEqual(orders.a);
});
