import { expect, test, type Page } from '@playwright/test';
import { bestIndices, clickControl, openGame, readPack, screenKind, watchPage, type RawRound } from './harness';

const { levels, quoteSpeaker } = readPack();
const LETTERS = 'abcdef';

function optionIds(round: RawRound): string[] {
  return round.type === 'who' ? round.speakers! : round.options!.map((o) => o.id);
}

/** Press Space until the screen is no longer a reveal (evidence pages come first). */
async function leaveReveal(page: Page, press: () => Promise<void>): Promise<void> {
  for (let i = 0; i < 6 && (await screenKind(page)) === 'reveal'; i++) await press();
  expect(await screenKind(page)).not.toBe('reveal');
}

test('every level by keyboard alone ends on final results with the scripted score', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  // The script: the experts' answer everywhere, except a contradicted pick in the first
  // round (0 points) and the first partial option in the pack (50 points).
  const first = levels[0]!.rounds[0]!;
  const wrongFirst = first.options!.findIndex((o) => o.verdict === 'contradicted');
  const partialAt = levels.flatMap((l, li) =>
    l.rounds.flatMap((r, ri) => (r.type !== 'multi' && r.options?.some((o) => o.verdict === 'partial') ? [[li, ri] as const] : [])),
  )[0]!;
  expect(wrongFirst).toBeGreaterThanOrEqual(0);
  const rounds = levels.reduce((n, l) => n + l.rounds.length, 0);
  expect(rounds).toBe(30);

  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('levelSelect');
  for (const [li, level] of levels.entries()) {
    await page.keyboard.press('Enter'); // level select → intro, or summary → next intro
    expect(await screenKind(page)).toBe('levelIntro');
    await expect(page.locator('#a11y h1')).toContainText(`Question ${li + 1} of ${levels.length}`);
    await page.keyboard.press('Enter');
    for (const [ri, round] of level.rounds.entries()) {
      expect(await screenKind(page)).toBe('round');
      let picks = bestIndices(round, quoteSpeaker);
      let expected = 100;
      if (li === 0 && ri === 0) [picks, expected] = [[wrongFirst], 0];
      if (li === partialAt[0] && ri === partialAt[1]) {
        [picks, expected] = [[round.options!.findIndex((o) => o.verdict === 'partial')], 50];
      }
      for (const p of picks) await page.keyboard.press(LETTERS[p]!);
      await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveCount(picks.length);
      await page.keyboard.press('Enter');
      await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-score', String(expected));
      await expect(page.locator('#a11y figure.quote').first()).toBeAttached();
      await leaveReveal(page, () => page.keyboard.press('Space'));
    }
    expect(await screenKind(page)).toBe('levelSummary');
  }
  await page.keyboard.press('Space');
  expect(await screenKind(page)).toBe('final');
  await expect(page.locator('#a11y [data-total]')).toHaveAttribute('data-total', String(rounds * 100 - 150));
  await expect(page.locator('#a11y [data-total]')).toHaveText('Total: 2850 of 3000 points');
  expect(watch.problems).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('a whole game by mouse clicks on the canvas', async ({ page }) => {
  test.setTimeout(300_000);
  const watch = watchPage(page);
  await openGame(page);
  // The script: the experts' answer everywhere except the first "who said it?" round,
  // where the first wrong speaker is clicked (0 points).
  const whoAt = levels.flatMap((l, li) => l.rounds.flatMap((r, ri) => (r.type === 'who' ? [[li, ri] as const] : [])))[0]!;
  await clickControl(page, 'Title', 'action:next');
  await expect.poll(() => screenKind(page)).toBe('levelSelect');
  for (const [li, level] of levels.entries()) {
    await clickControl(page, li === 0 ? 'LevelSelect' : 'LevelSummary', 'action:next');
    await expect.poll(() => screenKind(page)).toBe('levelIntro');
    await clickControl(page, 'LevelIntro', 'action:next');
    for (const [ri, round] of level.rounds.entries()) {
      await expect.poll(() => screenKind(page)).toBe('round');
      const ids = optionIds(round);
      let picks = bestIndices(round, quoteSpeaker);
      if (li === whoAt[0] && ri === whoAt[1]) picks = [ids.findIndex((_, i) => i !== picks[0])];
      for (const p of picks) await clickControl(page, 'Round', `option:${ids[p]}`);
      await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveCount(picks.length);
      await clickControl(page, 'Round', 'action:confirm');
      await expect.poll(() => screenKind(page)).toBe('reveal');
      for (let i = 0; i < 6 && (await screenKind(page)) === 'reveal'; i++) {
        // The evidence heading names the page ("Evidence 2 of 3"): each click must move on.
        const where = async () => ((await screenKind(page)) !== 'reveal' ? 'left' : await page.locator('#a11y .screen').innerText());
        const before = await where();
        await clickControl(page, 'Reveal', 'action:next');
        await expect.poll(where).not.toBe(before);
      }
    }
    await expect.poll(() => screenKind(page)).toBe('levelSummary');
  }
  await clickControl(page, 'LevelSummary', 'action:next');
  await expect.poll(() => screenKind(page)).toBe('final');
  await expect(page.locator('#a11y [data-total]')).toHaveAttribute('data-total', '2900');
  expect(watch.problems).toEqual([]);
  expect(watch.foreign).toEqual([]);
});
