/**
 * Confidence ("sure") in a class session: the teacher turns it on at the setup (C), a team marks
 * its answer sure with S before locking in, and the final results give each team's calibration
 * line, on the canvas (legible) and in the DOM layer. Answers are picked by the pack's verdicts.
 */
import { expect, test } from './fixture';
import { CATALOGS } from '../../src/i18n/strings';
import { act, bestIds, checkLegible, clickControl, openGame, readPack, sceneReady, screenKind, settled, watchPage } from './harness';

const raw = readPack();
const [first, second] = raw.levels[0]!.rounds;
const en = CATALOGS.en;

test('teams: one sure answer by key, the results show each team’s calibration', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await act(page, { type: 'startSession', mode: 'teams', seed: 7 });
  // The setting, off by default, by its key on the setup screen.
  const setting = page.locator('#a11y [data-action="sure-setting"]');
  await expect(setting).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('c');
  await expect(setting).toHaveAttribute('aria-pressed', 'true');
  await act(page, { type: 'next' }, { type: 'next' }, { type: 'openLevel', level: 0 }, { type: 'next' });
  expect(await screenKind(page)).toBe('round');
  // Team 1: the answer the sources support, marked sure with S.
  await act(page, { type: 'choose', option: bestIds(first!, raw.quoteSpeaker)[0]! });
  const toggle = page.locator('#a11y [data-action="sure"]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await sceneReady(page, 'Round', 'action:sure');
  await page.keyboard.press('s');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await settled(page);
  await checkLegible(page, 'round with a sure mark');
  await act(page, { type: 'confirm' });
  // The whole reveal (past its beats): what the mark did to the points.
  await page.evaluate(() =>
    (window as unknown as { onTheRecord: { store: { getState(): { setBeat(b: number): void } } } }).onTheRecord.store.getState().setBeat(2),
  );
  await expect(page.locator('#a11y')).toContainText(en.sure.reveal(50));
  // Team 2: an answer the sources do not support, unmarked.
  await act(page, { type: 'next' });
  const wrong = second!.options!.find((o) => o.verdict === 'contradicted' || o.verdict === 'unsupported')!.id;
  await act(page, { type: 'choose', option: wrong }, { type: 'confirm' }, { type: 'endSession' }, { type: 'next' });
  expect(await screenKind(page)).toBe('final');
  const lines = [`${en.team(0)}: ${en.sure.sureTally(1, 1)} (${en.sure.points(50)})`, `${en.team(1)}: ${en.sure.unmarkedTally(0, 1)}`];
  await expect(page.locator('#a11y [data-calibration] li')).toHaveText(lines);
  // On the canvas: the page after the recaps, from its row.
  // (after the podium has risen: a click mid-animation is the motion slice's to keep, not this test's)
  await settled(page);
  await clickControl(page, 'FinalResults', 'discernment');
  const texts = () =>
    page.evaluate(() => {
      const { game } = (
        window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): { children: { list: { type: string; text: string }[] } }[] } } } }
      ).onTheRecord;
      return game.scene.getScenes(true).flatMap((s) => s.children.list.filter((o) => o.type === 'Text').map((o) => o.text));
    });
  await expect.poll(texts).toEqual(expect.arrayContaining([en.sure.title, ...lines]));
  await settled(page);
  await checkLegible(page, 'final results, sure answers');
  expect(watch.problems).toEqual([]);
});
