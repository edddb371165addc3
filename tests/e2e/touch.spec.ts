import { expect, test, type Page } from './fixture';
import { SAVE_VERSION } from '../../src/state/saveSlot';
import { DEFAULT_SETTINGS } from '../../src/state/store';
import { cecotPack, finishedGame } from './finishedGame';
import { openGame, screenKind, watchPage } from './harness';

/** Smartboards: every control is at least 64 × 64 design pixels (64 px at 1080p). */
const MIN = 64;

async function smallTargets(page: Page): Promise<string[]> {
  await page.waitForTimeout(250);
  const areas = await page.evaluate(() =>
    (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string; width: number; height: number }[] } }).onTheRecord.hitAreas(),
  );
  expect(areas.length).toBeGreaterThan(0);
  return areas.filter((a) => a.width < 64 || a.height < 64).map((a) => `${a.scene}/${a.name} ${Math.round(a.width)}×${Math.round(a.height)}`);
}

test(`every control on the main screens is at least ${MIN} px square at 1080p`, async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  const small: string[] = [];
  const check = async (label: string) => small.push(...(await smallTargets(page)).map((s) => `${label}: ${s}`));
  await check('title');
  await page.keyboard.press('a');
  for (const k of ['+', '+', '+', '+']) await page.keyboard.press(k);
  await check('setup, six teams');
  await page.keyboard.press('Enter');
  await check('poll');
  await page.keyboard.press('Enter');
  await check('question list');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('round');
  await check('round, six teams');
  for (const t of ['1', '2', '3', '4', '5', '6']) {
    await page.keyboard.press(t);
    await page.keyboard.press('a');
  }
  await page.keyboard.press('Enter');
  await check('reveal');
  await page.keyboard.press('Escape');
  await check('menu');
  expect(small).toEqual([]);
  expect(watch.problems).toEqual([]);
});

test(`the final results' controls are at least ${MIN} px square`, async ({ page }) => {
  const game = finishedGame(cecotPack(), 'teams', 3);
  await page.addInitScript(
    (data) => localStorage.setItem('on-the-record:save', data),
    JSON.stringify({ version: SAVE_VERSION, packId: 'cecot-2025', game, settings: DEFAULT_SETTINGS }),
  );
  await openGame(page, '?renderer=canvas', 'final');
  await page.keyboard.press('Enter');
  expect(await smallTargets(page)).toEqual([]);
});
