import { expect, test, type Page } from './fixture';
import {
  bestIds,
  casePlan,
  clickControl,
  controlCentre,
  isDebate,
  openGame,
  optionIds,
  readPack,
  sceneReady,
  screenKind,
  verdictPlan,
  watchPage,
  type RawRound,
  throughReveal,
  stepBeats,
} from './harness';
import { letterFor, numberFor } from './shown';

const { levels, quoteSpeaker, speakerKind } = readPack();
const quizLevels = levels.filter((l) => !l.rounds.some(isDebate) && !l.rounds.some((r) => r.type === 'rebuttal'));
const debateLevels = levels.filter((l) => !quizLevels.includes(l));

/** What a debate round should score under the plan the drivers below follow. */
function planScore(round: RawRound): number {
  if (round.type === 'case') return casePlan(round, round.stance ?? 'for').score;
  if (round.type === 'verdict') return verdictPlan(round).score;
  return 100; // who's who and rebuttal, answered right
}

/** Keys that play a debate (or rebuttal) round by the plan: each card, quote or speaker by the key shown beside it. */
async function debateByKeyboard(page: Page, round: RawRound): Promise<void> {
  const key = (k: string) => page.keyboard.press(k);
  if (round.type === 'rebuttal') {
    await key(await letterFor(page, round.options!.find((o) => o.verdict === 'supported')!.id));
    return key('Enter');
  }
  if (round.type === 'case') {
    const plan = casePlan(round, round.stance ?? 'for');
    if (!round.stance) await key('f');
    await key('Enter');
    for (const c of plan.play) await key(await letterFor(page, c.id, 'data-card'));
    await key('Enter');
    await key(await letterFor(page, plan.concede.id, 'data-card'));
    return key('Enter');
  }
  if (round.type === 'whoswho') {
    for (const q of round.quotes!) {
      await key(await numberFor(page, q, 'data-quote-slot'));
      await key(await letterFor(page, quoteSpeaker.get(q)!, 'data-speaker'));
    }
    await key('Enter');
    for (const sp of round.speakers!) {
      const letter = await letterFor(page, sp, 'data-speaker');
      await key(letter); // unsorted → expert
      if (speakerKind.get(sp) !== 'expert') await key(letter); // → official
    }
    return key('Enter');
  }
  const plan = verdictPlan(round);
  await key(await numberFor(page, plan.spot.id, 'data-position'));
  for (const c of plan.cards) await key(await letterFor(page, c.id, 'data-card'));
  return key('Enter');
}

test('the whole pack by keyboard alone: poll, quiz, debates, poll, final results with the scripted score', async ({ page }) => {
  test.setTimeout(300_000);
  const watch = watchPage(page);
  await openGame(page);
  // The quiz script: the experts' answer everywhere, except a contradicted pick in the first
  // round (0 points) and the first partial option in the pack (50 points).
  const first = levels[0]!.rounds[0]!;
  const wrongFirst = first.options!.find((o) => o.verdict === 'contradicted')!.id;
  const partialAt = levels.flatMap((l, li) =>
    l.rounds.flatMap((r, ri) => (r.type === 'choice' && r.options?.some((o) => o.verdict === 'partial') ? [[li, ri] as const] : [])),
  )[0]!;
  const quizRounds = quizLevels.reduce((n, l) => n + l.rounds.length, 0);
  expect(quizRounds).toBeGreaterThanOrEqual(20);
  const debateExpected = debateLevels.flatMap((l) => l.rounds).reduce((n, r) => n + planScore(r), 0);

  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('setup');
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('poll');
  await page.keyboard.press('2');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#a11y [data-poll]').nth(1)).toHaveAttribute('data-count', '2');
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('levelSelect');
  for (const [li, level] of levels.entries()) {
    // Level select → intro, or summary → next intro (through a long summary's further pages).
    for (let i = 0; i < 4 && (await screenKind(page)) !== 'levelIntro'; i++) await page.keyboard.press('Enter');
    expect(await screenKind(page)).toBe('levelIntro');
    await expect(page.locator('#a11y h1')).toContainText(`Question ${li + 1} of ${levels.length}`);
    await page.keyboard.press('Enter');
    for (const [ri, round] of level.rounds.entries()) {
      if (isDebate(round) || round.type === 'rebuttal') {
        await debateByKeyboard(page, round);
        // A rebuttal is picked like an answer: its reveal has the beats before the verdict's points.
        if ((await screenKind(page)) === 'reveal') await throughReveal(page);
        await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-score', String(planScore(round)));
      } else {
        expect(await screenKind(page)).toBe('round');
        let picks = bestIds(round, quoteSpeaker);
        let expected = 100;
        if (li === 0 && ri === 0) [picks, expected] = [[wrongFirst], 0];
        if (li === partialAt[0] && ri === partialAt[1]) [picks, expected] = [[round.options!.find((o) => o.verdict === 'partial')!.id], 50];
        for (const p of picks) await page.keyboard.press(await letterFor(page, p));
        await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveCount(picks.length);
        await page.keyboard.press('Enter');
        // The reveal's beats by Space: the picks, the verdict, then the whole reveal with its points.
        await expect(page.locator('#a11y [data-beat="picks"]')).toBeAttached();
        await page.keyboard.press('Space');
        await expect(page.locator('#a11y [data-beat="verdict"]')).toBeAttached();
        await page.keyboard.press('Space');
        await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-score', String(expected));
        await expect(page.locator('#a11y figure.quote').first()).toBeAttached();
      }
      for (let i = 0; i < 14 && ['reveal', 'debateReveal'].includes((await screenKind(page)) ?? ''); i++) await page.keyboard.press('Space');
    }
    expect(await screenKind(page)).toBe('levelSummary');
  }
  await page.keyboard.press('Space');
  expect(await screenKind(page)).toBe('poll');
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('final');
  const total = quizRounds * 100 - 150 + debateExpected;
  await expect(page.locator('#a11y [data-total]')).toHaveAttribute('data-total', String(total));
  await expect(page.locator('#a11y [data-poll-results] li').first()).toContainText('before 0 · after 1');
  expect(watch.problems).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

/** Clicks (and drags) that play a debate or rebuttal round by the plan. */
async function debateByMouse(page: Page, round: RawRound): Promise<void> {
  const scene = round.type === 'case' ? 'CaseRound' : round.type === 'whoswho' ? 'WhosWho' : round.type === 'verdict' ? 'VerdictRound' : 'Round';
  const click = (name: string) => clickControl(page, scene, name);
  if (round.type === 'rebuttal') {
    await click(`option:${round.options!.find((o) => o.verdict === 'supported')!.id}`);
    return click('action:confirm');
  }
  if (round.type === 'case') {
    const plan = casePlan(round, round.stance ?? 'for');
    if (!round.stance) await click('stance:for');
    await click('action:confirm');
    for (const c of plan.play) await click(`card:${c.id}`);
    await click('action:confirm');
    await click(`card:${plan.concede.id}`);
    return click('action:confirm');
  }
  if (round.type === 'whoswho') {
    // Drag each quote onto its speaker, as on a smartboard.
    for (const q of round.quotes!) {
      await sceneReady(page, 'WhosWho', `quote:${q}`);
      const box = await controlCentre(page, 'WhosWho', `quote:${q}`);
      const target = await controlCentre(page, 'WhosWho', `speaker:${quoteSpeaker.get(q)}`);
      await page.mouse.move(box.cx, box.cy);
      await page.mouse.down();
      await page.mouse.move((box.cx + target.cx) / 2, (box.cy + target.cy) / 2, { steps: 5 });
      await page.mouse.move(target.cx, target.cy, { steps: 5 });
      await page.mouse.up();
      await expect(page.locator(`#a11y [data-quote-slot="${q}"]`)).not.toContainText('No speaker yet');
    }
    await click('action:confirm');
    for (const sp of round.speakers!) {
      await click(`speaker:${sp}`);
      if (speakerKind.get(sp) !== 'expert') await click(`speaker:${sp}`);
    }
    return click('action:confirm');
  }
  const plan = verdictPlan(round);
  await click(`scale:${plan.spot.id}`);
  for (const c of plan.cards) await click(`card:${c.id}`);
  return click('action:confirm');
}

test('a whole game by mouse clicks and drags on the canvas', async ({ page }) => {
  test.setTimeout(400_000);
  const watch = watchPage(page);
  await openGame(page);
  // The quiz script: the experts' answer everywhere except the first "who said it?" round,
  // where the first wrong speaker is clicked (0 points); the debates by the plan.
  const whoAt = levels.flatMap((l, li) => l.rounds.flatMap((r, ri) => (r.type === 'who' ? [[li, ri] as const] : [])))[0]!;
  const debateExpected = debateLevels.flatMap((l) => l.rounds).reduce((n, r) => n + planScore(r), 0);
  await clickControl(page, 'Title', 'action:next');
  await expect.poll(() => screenKind(page)).toBe('setup');
  await clickControl(page, 'Setup', 'action:next');
  await expect.poll(() => screenKind(page)).toBe('poll');
  await clickControl(page, 'Poll', 'poll:fantasy:+');
  await expect(page.locator('#a11y [data-poll="fantasy"]')).toHaveAttribute('data-count', '1');
  await clickControl(page, 'Poll', 'action:next');
  await expect.poll(() => screenKind(page)).toBe('levelSelect');
  for (const [li, level] of levels.entries()) {
    // A long summary pages: its Next shows the next page first, then the next question.
    for (let i = 0; i < 4 && (await screenKind(page)) !== 'levelIntro'; i++) {
      const page0 = await page.evaluate(
        () => (window as unknown as { onTheRecord: { store: { getState(): { page: number } } } }).onTheRecord.store.getState().page,
      );
      await clickControl(page, li === 0 ? 'LevelSelect' : 'LevelSummary', 'action:next');
      await expect
        .poll(
          async () =>
            (await screenKind(page)) === 'levelIntro' ||
            (await page.evaluate(
              () => (window as unknown as { onTheRecord: { store: { getState(): { page: number } } } }).onTheRecord.store.getState().page,
            )) !== page0,
        )
        .toBe(true);
    }
    await expect.poll(() => screenKind(page)).toBe('levelIntro');
    await clickControl(page, 'LevelIntro', 'action:next');
    for (const [ri, round] of level.rounds.entries()) {
      if (isDebate(round) || round.type === 'rebuttal') {
        await debateByMouse(page, round);
        // A rebuttal's reveal is a pick reveal: its beats come first, a click each.
        await stepBeats(page, 'click');
        await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-score', String(planScore(round)));
      } else {
        await expect.poll(() => screenKind(page)).toBe('round');
        let picks = bestIds(round, quoteSpeaker);
        if (li === whoAt[0] && ri === whoAt[1]) picks = [optionIds(round).find((id) => id !== picks[0])!];
        for (const p of picks) await clickControl(page, 'Round', `option:${p}`);
        await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveCount(picks.length);
        await clickControl(page, 'Round', 'action:confirm');
      }
      await expect.poll(async () => ['reveal', 'debateReveal'].includes((await screenKind(page)) ?? '')).toBe(true);
      for (let i = 0; i < 14 && ['reveal', 'debateReveal'].includes((await screenKind(page)) ?? ''); i++) {
        // Each click moves the reveal on a page (the DOM layer names the page), or leaves it.
        const where = async () =>
          ['reveal', 'debateReveal'].includes((await screenKind(page)) ?? '') ? await page.locator('#a11y .screen').innerText() : 'left';
        const before = await where();
        await clickControl(page, (await screenKind(page)) === 'reveal' ? 'Reveal' : 'Scorecard', 'action:next');
        await expect.poll(where).not.toBe(before);
      }
    }
    await expect.poll(() => screenKind(page)).toBe('levelSummary');
  }
  await clickControl(page, 'LevelSummary', 'action:next');
  await expect.poll(() => screenKind(page)).toBe('poll');
  await clickControl(page, 'Poll', 'action:next');
  await expect.poll(() => screenKind(page)).toBe('final');
  await expect(page.locator('#a11y [data-total]')).toHaveAttribute(
    'data-total',
    String(quizLevels.reduce((n, l) => n + l.rounds.length, 0) * 100 - 100 + debateExpected),
  );
  expect(watch.problems).toEqual([]);
  expect(watch.foreign).toEqual([]);
});
