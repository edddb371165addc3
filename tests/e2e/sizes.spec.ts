import { expect, test, type Page } from './fixture';
import { SAVE_VERSION } from '../../src/state/saveSlot';
import { DEFAULT_SETTINGS } from '../../src/state/store';
import { cecotPack, finishedGame } from './finishedGame';
import { checkLegible, openGame, screenKind, watchPage } from './harness';

/** Three teams' finished game, for the results screen. */
const finished = finishedGame(cecotPack(), 'teams', 3);

const OUT = 'tests/artifacts/sizes';

/** The screens a class sees most: a question, its reveal, the team scoreboard, the results. */
async function visit(page: Page, shoot: (name: string) => Promise<void>): Promise<void> {
  await page.keyboard.press('t'); // teams take turns
  await page.keyboard.press('Enter'); // past the setup
  await page.keyboard.press('Enter'); // past the poll
  await page.keyboard.press('Enter'); // first question
  await page.keyboard.press('Enter');
  await page.keyboard.press('b');
  await shoot('round');
  await page.keyboard.press('Enter');
  // The reveal's beats: the picks, the verdict stamp, then the whole reveal.
  await shoot('reveal-picks');
  await page.keyboard.press('Space');
  await shoot('reveal-verdict');
  await page.keyboard.press('Space');
  await shoot('reveal');
  // Each pick reveal takes two presses for its beats before its pages (more at the larger presets).
  for (let i = 0; i < 24 && (await screenKind(page)) !== 'levelSummary'; i++) {
    if ((await screenKind(page)) === 'round') {
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
    } else await page.keyboard.press('Space');
  }
  expect(await screenKind(page)).toBe('levelSummary');
  await shoot('scoreboard');
  // The results at the end of a session (seeded, then resumed as after a reload), keeping this device's settings.
  await page.evaluate(
    ([game, version, defaults]) => {
      const saved = JSON.parse(localStorage.getItem('on-the-record:save') ?? 'null') as { settings?: unknown } | null;
      localStorage.setItem('on-the-record:save', JSON.stringify({ version, packId: 'cecot-2025', game, settings: saved?.settings ?? defaults }));
    },
    [finished, SAVE_VERSION, DEFAULT_SETTINGS] as const,
  );
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-screen="final"]')).toBeAttached();
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  await shoot('results');
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  for (const scale of [1, 2]) {
    test(`${width}×${height} at deviceScaleFactor ${scale}: round, reveal, scoreboard and results legible and crisp`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
      const page = await context.newPage();
      const watch = watchPage(page);
      await openGame(page);
      // The canvas fills the window (16:9) and is drawn at its real pixel density, up to 4K.
      const size = await page.evaluate(() => {
        const c = document.querySelector('#game canvas') as HTMLCanvasElement;
        return { w: c.width, css: c.getBoundingClientRect().width };
      });
      expect(size.css).toBe(width);
      expect(size.w).toBe(Math.min(3840, width * scale));
      await visit(page, async (name) => {
        await checkLegible(page, `${name} at ${width}×${height}@${scale}`);
        await page.screenshot({ path: `${OUT}/${name}-${width}x${height}@${scale}x.png` });
      });
      expect(watch.problems).toEqual([]);
      await context.close();
    });
  }
}

/** The menu's entry whose label starts with `label`, by its number key (the DOM layer's buttons read "N. label"). */
async function menuKey(page: Page, label: string): Promise<string> {
  const text = await page.locator('#a11y [data-menu]').filter({ hasText: label }).first().textContent();
  return (text ?? '').split('.')[0]!.trim();
}

/** The display presets, set from the menu's settings page ("Display" steps: large, extra large, then the same in the light theme). */
for (const [presses, label] of [
  [2, 'extra large text, dark'],
  [4, 'large text, light'],
  [5, 'extra large text, light'],
] as const) {
  test(`1920×1080 with ${label}: round, reveal, scoreboard and results legible, nothing overlapping`, async ({ page }) => {
    const watch = watchPage(page);
    await openGame(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press(await menuKey(page, 'Settings…')); // the last entry: the settings page
    const display = await menuKey(page, 'Display:');
    for (let i = 0; i < presses; i++) await page.keyboard.press(display);
    await expect(page.locator('#a11y [data-menu]').filter({ hasText: 'Display:' })).toHaveText(new RegExp(label));
    await page.keyboard.press('Escape');
    const [size, theme] = [label.startsWith('extra') ? 'xl' : 'large', label.endsWith('light') ? 'light' : 'dark'];
    await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await visit(page, async (name) => {
      await checkLegible(page, `${name} with ${label}`);
      await page.screenshot({ path: `${OUT}/${name}-${size}-${theme}.png` });
    });
    // The preset is a device setting: it survives the reload in visit().
    await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
    expect(watch.problems).toEqual([]);
  });
}
