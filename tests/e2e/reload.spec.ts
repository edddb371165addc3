import { expect, test, type Page } from './fixture';
import { openGame, watchPage, mulberry32 } from './harness';

/** Keys a class really presses; not the menu (its timer would tick on), the file picker or fullscreen. */
const KEYS = [
  'Enter',
  'Enter',
  'Enter',
  ' ',
  'ArrowRight',
  'ArrowDown',
  'ArrowUp',
  'Backspace',
  'a',
  'b',
  'c',
  'd',
  '1',
  '2',
  '3',
  't',
  'f',
  'x',
  '0',
  'u',
  '+',
  '-',
  'v',
  'w',
  'o',
  'm',
  'PageDown',
];

const snapshot = (page: Page) =>
  page.evaluate(() => {
    const s = (
      window as unknown as { onTheRecord: { store: { getState(): { game: unknown; settings: unknown; pack: { manifest: { id: string } } } } } }
    ).onTheRecord.store.getState();
    return JSON.stringify({ game: s.game, settings: s.settings, pack: s.pack.manifest.id });
  });

test('20 seeded scripted games, each reloaded at a random step, resume exactly where they were', async ({ page }) => {
  test.setTimeout(240_000);
  const watch = watchPage(page);
  await openGame(page);
  for (let seed = 1; seed <= 20; seed++) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    const random = mulberry32(seed);
    const steps = 5 + Math.floor(random() * 60);
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press(KEYS[Math.floor(random() * KEYS.length)]!);
      // A rename dialog may have opened: leave it, as a teacher would.
      if (await page.locator('.rename-dialog').count()) await page.keyboard.press('Escape');
    }
    // Any key ends a blank screen or the help card first (view state, not saved).
    const before = await snapshot(page);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    if (await page.locator('#a11y [data-overlay="resume"]').count()) await page.keyboard.press('Enter');
    expect(JSON.parse(await snapshot(page)), `seed ${seed}, reloaded after ${steps} keys`).toEqual(JSON.parse(before));
  }
  // Reloading at once can cut off the favicon's request: the browser's doing, not the game's.
  expect(watch.problems.filter((p) => !/requestfailed: .*favicon/.test(p))).toEqual([]);
});
