import { expect, test } from './fixture';
import { menuEntry, openGame, screenKind, watchPage } from './harness';

test('round timer: set in the menu, paused, run out, locked, revealed; the countdown is shown and announced', async ({ page }) => {
  const watch = watchPage(page);
  await page.clock.install();
  await openGame(page);
  await menuEntry(page, /Settings/);
  await menuEntry(page, /Round timer/); // off → 20 s
  await expect(page.locator('#a11y [data-menu]').filter({ hasText: /Round timer/ })).toContainText('20 s');
  await page.keyboard.press('Escape');
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  expect(await screenKind(page)).toBe('round');
  await page.clock.runFor(500);
  await expect(page.locator('#time-left [data-clock]')).toHaveAttribute('data-clock', '20');
  await expect(page.locator('#timer-status')).toHaveText('Timer started: 20 seconds.');
  await page.clock.runFor(5_000);
  await expect(page.locator('#time-left [data-clock]')).toHaveAttribute('data-clock', '15');
  await page.keyboard.press('p');
  await expect(page.locator('#timer-status')).toHaveText('Timer paused.');
  await page.clock.runFor(60_000);
  await expect(page.locator('#time-left [data-clock]')).toHaveAttribute('data-clock', '15');
  await page.keyboard.press('p');
  await page.keyboard.press('b');
  await page.clock.runFor(16_000);
  await expect(page.locator('#timer-status')).toHaveText('Time is up. Answers are locked.');
  await expect(page.locator('#time-left [data-clock]')).toHaveText(/Time is up/);
  // Locked: a new pick is refused; the teacher still decides when to reveal.
  await page.keyboard.press('a');
  await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveAttribute('data-option', /.+/);
  const picked = await page.locator('#a11y [aria-pressed="true"]').getAttribute('data-option');
  expect(await screenKind(page)).toBe('round');
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('reveal');
  await expect(page.locator('#a11y .screen')).toContainText('Your answer');
  expect(picked).not.toBeNull();
  expect(watch.problems).toEqual([]);
});

test('discussion first: the answers stay closed and the timer waits until Space opens them', async ({ page }) => {
  const watch = watchPage(page);
  await page.clock.install();
  await openGame(page);
  // Menu → Settings: a 20 s timer, the discussion on.
  await menuEntry(page, /Settings/);
  await menuEntry(page, /Round timer/);
  await menuEntry(page, /Discussion/);
  await page.keyboard.press('Escape');
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  await expect(page.locator('#a11y [data-discussing]')).toBeAttached();
  await page.keyboard.press('a');
  await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveCount(0);
  await page.clock.runFor(30_000);
  await expect(page.locator('#time-left [data-clock]')).toHaveAttribute('data-clock', '20');
  await page.keyboard.press('Space');
  await expect(page.locator('#a11y [data-discussing]')).toHaveCount(0);
  await page.clock.runFor(5_500);
  await expect(page.locator('#time-left [data-clock]')).toHaveAttribute('data-clock', '15');
  await page.keyboard.press('a');
  await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveCount(1);
  expect(await screenKind(page)).toBe('round');
  expect(watch.problems).toEqual([]);
});
