import { expect, test, type Page } from '@playwright/test';
import { SAVE_VERSION } from '../../src/state/persistence';
import { DEFAULT_SETTINGS } from '../../src/state/store';
import { cecotPack, finishedGame } from './finishedGame';
import { checkLegible, openGame, screenKind, watchPage } from './harness';

/** Three teams' finished game, for the results screen. */
const finished = JSON.stringify({ version: SAVE_VERSION, packId: 'cecot-2025', game: finishedGame(cecotPack(), 'teams', 3), settings: DEFAULT_SETTINGS });

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
  await shoot('reveal');
  for (let i = 0; i < 12 && (await screenKind(page)) !== 'levelSummary'; i++) {
    if ((await screenKind(page)) === 'round') await page.keyboard.press('a'), await page.keyboard.press('Enter');
    else await page.keyboard.press('Space');
  }
  expect(await screenKind(page)).toBe('levelSummary');
  await shoot('scoreboard');
  // The results at the end of a session (seeded, then resumed as after a reload).
  await page.evaluate((data) => localStorage.setItem('on-the-record:save', data), finished);
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
