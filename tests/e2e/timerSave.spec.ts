/**
 * A running countdown is not written to storage on every tick, yet a reload resumes it where
 * it was: the time left is saved when the page goes away.
 */
import { expect, test } from './fixture';
import { menuEntry, openGame, screenKind, watchPage } from './harness';

test('ticks write nothing; a reload mid-countdown resumes with the time left, not a fresh timer', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await menuEntry(page, /Settings/);
  await menuEntry(page, /Round timer/); // off → 20 s
  await menuEntry(page, /Round timer/); // → 30 s
  await expect(page.locator('#a11y [data-menu]').filter({ hasText: /Round timer/ })).toContainText('30 s');
  await page.keyboard.press('Escape');
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  expect(await screenKind(page)).toBe('round');
  // Count the game's writes from here on.
  await page.evaluate(() => {
    const w = window as unknown as { saves: number };
    w.saves = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === 'on-the-record:save') w.saves++;
      return setItem.call(this, k, v);
    };
  });
  await expect(page.locator('#time-left [data-clock]')).toHaveAttribute('data-clock', '27', { timeout: 10_000 });
  expect(await page.evaluate(() => (window as unknown as { saves: number }).saves)).toBe(0);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.keyboard.press('Enter'); // resume the class session
  expect(await screenKind(page)).toBe('round');
  const left = Number(await page.locator('#time-left [data-clock]').getAttribute('data-clock'));
  expect(left).toBeLessThanOrEqual(27);
  expect(left).toBeGreaterThan(15);
  expect(watch.problems).toEqual([]);
});
