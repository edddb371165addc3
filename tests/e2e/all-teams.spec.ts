import { expect, test } from './fixture';
import { bestIds, menuEntry, openGame, optionIds, readPack, screenKind, watchPage, throughReveal } from './harness';
import { letterFor } from './shown';

const { levels, quoteSpeaker } = readPack();
/** The test's own copy of the single-answer scoring table (README "Scoring"). */
const POINTS = { supported: 100, partial: 50, unsupported: 0, contradicted: 0 } as const;

test('three teams, all answering: set up and named by keyboard, two levels, a reload in the middle that resumes exactly', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await openGame(page);
  await page.keyboard.press('a'); // all teams answer → class setup
  expect(await screenKind(page)).toBe('setup');
  await page.keyboard.press('+'); // a third team
  await expect(page.locator('#a11y [data-teams]')).toHaveAttribute('data-teams', '3');
  // 3 renames the third team: a real text field; keys typed there are a name, not game keys.
  await page.keyboard.press('3');
  await expect(page.locator('#team-name')).toBeFocused();
  await page.keyboard.type('Owls 2b');
  await page.keyboard.press('Enter');
  await expect(page.locator('.rename-dialog')).toHaveCount(0);
  await expect(page.locator('#a11y [data-rename="2"]')).toContainText('Owls 2b');
  expect(await screenKind(page)).toBe('setup');
  await page.keyboard.press('Enter'); // start → the poll
  await page.keyboard.press('Enter'); // past the poll
  const board = [0, 0, 0];
  for (const li of [0, 1]) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const level = levels[li]!;
    // Only single-answer rounds in these levels, so each team's points are its option's verdict.
    for (const [ri, round] of level.rounds.entries()) {
      expect(await screenKind(page)).toBe('round');
      const bestAll = bestIds(round, quoteSpeaker);
      const best = bestAll[0]!;
      const wrong = optionIds(round).filter((id) => !bestAll.includes(id));
      // Team 1 answers as the sources do (every supported option in a multi-select round);
      // teams 2 and 3 pick two different other answers, each by the letter shown beside it.
      const picks = [bestAll, [wrong[0]!], [wrong[1] ?? wrong[0]!]];
      for (const [team, options] of picks.entries()) {
        await page.keyboard.press(String(team + 1));
        for (const o of options) await page.keyboard.press(await letterFor(page, o));
      }
      if (li === 1 && ri === 1) {
        // Mid-session reload: every team's pick and the team being entered for come back.
        const before = await page.locator('#a11y .screen').innerText();
        await page.reload();
        await page.waitForSelector('html[data-ready="true"]');
        await page.keyboard.press('Enter'); // Resume class session
        expect(await page.locator('#a11y .screen').innerText()).toBe(before);
      }
      await page.keyboard.press('Enter');
      expect(await screenKind(page)).toBe('reveal');
      await throughReveal(page);
      const scores = await page.locator('#a11y [data-team-score]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-team-score'))));
      // Single-answer rounds: each team's points are its option's verdict. Multi-select: team 1
      // has every supported option (100); a lone wrong pick scores less.
      const expected =
        round.type === 'multi'
          ? [100, scores[1]!, scores[2]!]
          : picks.map(([o]) => (round.type === 'who' ? (o === best ? 100 : 0) : POINTS[round.options!.find((x) => x.id === o)!.verdict]));
      expect(scores).toEqual(expected);
      if (round.type === 'multi') expect(Math.max(scores[1]!, scores[2]!)).toBeLessThan(100);
      await expect(page.locator('#a11y [data-team-picks] li').nth(2)).toContainText('Owls 2b');
      expected.forEach((x, t) => (board[t]! += x));
      while ((await screenKind(page)) === 'reveal') await page.keyboard.press('Space');
    }
    expect(await screenKind(page)).toBe('levelSummary');
    await expect(page.locator('#a11y [data-scoreboard]')).toHaveAttribute('data-scoreboard', board.join(','));
    await page.keyboard.press('Space'); // the standings, then the level's recap
  }
  expect(board[0]).toBeGreaterThan(board[1]!);
  expect(watch.problems).toEqual([]);
});

test('setup by keyboard: questions left out are skipped; a discussion countdown with auto-advance opens the answers, and time up reveals', async ({ page }) => {
  const watch = watchPage(page);
  await page.clock.install();
  await openGame(page);
  // Menu → Settings: 20 s round timer, discussion on then 30 s.
  await menuEntry(page, /Settings/);
  await menuEntry(page, /Round timer/);
  await menuEntry(page, /Discussion/);
  await menuEntry(page, /Discussion/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter'); // solo → setup
  // Leave out the first question: the session starts at the second.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press(' ');
  await expect(page.locator('#a11y [data-setup-level="0"]')).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('v'); // auto-advance on
  await expect(page.locator('#a11y [data-action="auto"]')).toHaveAttribute('aria-pressed', 'true');
  for (const k of ['Enter', 'Enter', 'Enter']) await page.keyboard.press(k); // start, poll, list → first question of the session
  expect(
    await page.evaluate(
      () => (window as unknown as { onTheRecord: { store: { getState(): { game: { level: number } } } } }).onTheRecord.store.getState().game.level,
    ),
  ).toBe(1);
  await page.keyboard.press('Enter'); // intro → the round, in its discussion
  await expect(page.locator('#a11y [data-discussing]')).toBeAttached();
  await page.clock.runFor(1_000);
  await expect(page.locator('#time-left [data-discuss-clock]')).toHaveAttribute('data-discuss-clock', '29');
  await page.clock.runFor(30_000);
  // Auto-advance: the discussion's end opens the answers and starts the 20 s answer timer.
  await expect(page.locator('#a11y [data-discussing]')).toHaveCount(0);
  await expect(page.locator('#timer-status')).toHaveText('Answers are open.');
  await page.keyboard.press('a');
  await page.clock.runFor(21_000);
  // Time up goes to the reveal (never past it): the sources are on screen.
  await expect.poll(() => screenKind(page)).toBe('reveal');
  // Auto-advance plays the reveal's beats (the picks, the verdict) on to the sources, no key pressed.
  await page.clock.runFor(4_000);
  await expect(page.locator('#a11y [data-beat]')).toHaveCount(0);
  await expect(page.locator('#a11y .screen figure.quote').first()).toBeAttached();
  await page.clock.runFor(60_000);
  expect(await screenKind(page)).toBe('reveal');
  expect(watch.problems).toEqual([]);
});
