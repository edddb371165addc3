import { expect, test } from '@playwright/test';
import { openGame, screenKind, watchPage } from './harness';

test('a reload in the middle of a round returns to the same round, picks and scores intact', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  // Poll, list, first level: answer round 1, pick (not lock in) an answer in round 2.
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'a', 'Enter', 'Space']) await page.keyboard.press(k);
  while ((await screenKind(page)) === 'reveal') await page.keyboard.press('Space');
  await page.keyboard.press('b');
  const before = await page.locator('#a11y .screen').innerText();
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  expect(await screenKind(page)).toBe('round');
  expect(await page.locator('#a11y .screen').innerText()).toBe(before);
  await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveCount(1);
  // And the canvas shows it too: the round scene is running.
  await page.waitForFunction(() =>
    (window as unknown as { onTheRecord: { hitAreas(): { scene: string }[] } }).onTheRecord.hitAreas().some((a) => a.scene === 'Round'),
  );
  expect(watch.problems).toEqual([]);
});

test('unreadable saved data: the game starts clean, keeps a copy, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('on-the-record:save', '{"version":1,"game":{"phase":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openGame(page);
  expect(await screenKind(page)).toBe('title');
  await expect(page.locator('#a11y [data-notice="unreadable"]')).toBeAttached();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('on-the-record:save:unreadable:')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"version":1,"game":{"phase":']);
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-notice]')).toHaveCount(0);
});
