import { expect, test } from '@playwright/test';
import { bestIndices, openGame, readPack, screenKind, watchPage } from './harness';

const { levels, quoteSpeaker } = readPack();
const LETTERS = 'abcdef';

test('all teams answer: two levels by keyboard alone, team number then answer, with a reload in the middle that resumes exactly', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await page.keyboard.press('a'); // all teams answer
  await page.keyboard.press('Enter'); // past the poll
  const board = [0, 0];
  for (const li of [0, 1]) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const level = levels[li]!;
    // Only single-answer rounds in these levels, so each team's points are its option's verdict.
    for (const [ri, round] of level.rounds.entries()) {
      expect(await screenKind(page)).toBe('round');
      const options = round.type === 'who' ? round.speakers! : round.options!.map((o) => o.id);
      const best = round.type === 'multi' ? bestIndices(round, quoteSpeaker) : [bestIndices(round, quoteSpeaker)[0]!];
      const worst = options.findIndex((_, i) => !best.includes(i));
      // Team A answers as the sources do; team B answers something else.
      await page.keyboard.press('1');
      for (const b of best) await page.keyboard.press(LETTERS[b]!);
      await page.keyboard.press('2');
      await page.keyboard.press(LETTERS[worst]!);
      if (li === 1 && ri === 1) {
        // Mid-session reload: both teams' picks and the team being entered for come back.
        const before = await page.locator('#a11y .screen').innerText();
        await page.reload();
        await page.waitForSelector('html[data-ready="true"]');
        await page.keyboard.press('Enter'); // Resume class session
        expect(await page.locator('#a11y .screen').innerText()).toBe(before);
      }
      await page.keyboard.press('Enter');
      expect(await screenKind(page)).toBe('reveal');
      const scores = (await page.locator('#a11y [data-team-score]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-team-score')))));
      expect(scores[0]).toBe(100);
      expect(scores[1]).toBeLessThan(100);
      board[0]! += scores[0]!;
      board[1]! += scores[1]!;
      while ((await screenKind(page)) === 'reveal') await page.keyboard.press('Space');
    }
    expect(await screenKind(page)).toBe('levelSummary');
    await expect(page.locator('#a11y [data-scoreboard]')).toHaveAttribute('data-scoreboard', board.join(','));
  }
  expect(watch.problems).toEqual([]);
});
