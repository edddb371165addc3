import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from './fixture';
import { checkLegible, clickControl, openGame, readPack, sceneReady, screenKind, stepBeats, teamCasePlan, watchPage } from './harness';
import { letterFor } from './shown';

const { levels, quoteSpeaker, speakerKind } = readPack();
const OUT = 'tests/artifacts/screens';
mkdirSync(OUT, { recursive: true });
const citizens = levels.findIndex((l) => l.id === 'debate-citizens');
const transfer = levels.findIndex((l) => l.id === 'debate-transfer');

async function shot(page: Page, name: string, scale: number): Promise<void> {
  await checkLegible(page, name);
  await page.screenshot({ path: `${OUT}/${name}@${scale}x.png` });
}

for (const scale of [1, 2]) {
  test(`two teams debate a level by keyboard alone (deviceScaleFactor ${scale}): hand, scorecard, scoreboard`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: scale });
    const page = await context.newPage();
    const watch = watchPage(page);
    await openGame(page);
    const level = levels[citizens]!;
    const [caseRound, rebuttal] = level.rounds;
    const plan = teamCasePlan(caseRound!);

    await page.keyboard.press('t');
    expect(await screenKind(page)).toBe('setup');
    await page.keyboard.press('Enter');
    expect(await screenKind(page)).toBe('poll');
    await page.keyboard.press('Enter');
    // Arrow keys walk the two-column list to the debate; Enter opens it.
    for (let i = 0; i + 1 < citizens; i += 2) await page.keyboard.press('ArrowDown');
    if (citizens % 2 === 1) await page.keyboard.press('ArrowRight');
    await expect(page.locator(`#a11y [data-level="${citizens}"]`)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Enter');
    await expect(page.locator('#a11y h1')).toContainText(`Question ${citizens + 1}`);
    await page.keyboard.press('Enter');

    expect(await screenKind(page)).toBe('case');
    if (!caseRound!.stance) await page.keyboard.press(plan.stances[0] === 'for' ? 'f' : 'x');
    await page.keyboard.press('Enter');
    for (const [i, o] of plan.order.entries()) {
      await expect(page.locator('#a11y [data-turn]')).toHaveAttribute('data-turn', String(i % 2));
      await page.keyboard.press(await letterFor(page, o.card.id, 'data-card'));
    }
    await shot(page, 'debate-hand-teams', scale);
    await page.keyboard.press('Enter');
    for (const c of plan.concede) await page.keyboard.press(c.card ? await letterFor(page, c.card.id, 'data-card') : '0');
    await page.keyboard.press('Enter');
    expect(await screenKind(page)).toBe('debateReveal');
    await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-team-scores', plan.scores.join(','));
    // Step through the scorecard line by line: one more line per press, each with its points and reason.
    const lines = page.locator('#a11y [data-scorecard="0"] li');
    await expect(lines).toHaveCount(1);
    for (let n = 2; n <= 6; n++) {
      await page.keyboard.press('Space');
      await expect(lines).toHaveCount(n);
    }
    await shot(page, 'debate-scorecard-teams', scale);
    for (const text of await lines.allTextContents()) expect(text).toMatch(/^(\+\d+|0) .{8,}/);
    for (let i = 0; i < 12 && (await screenKind(page)) === 'debateReveal'; i++) await page.keyboard.press('Space');

    // The rebuttal goes to the team whose turn it is, answered with the supported quote.
    expect(await screenKind(page)).toBe('round');
    const team = Number(await page.locator('#a11y [data-team]').getAttribute('data-team')) as 0 | 1;
    await page.keyboard.press(await letterFor(page, rebuttal!.options!.find((o) => o.verdict === 'supported')!.id));
    await page.keyboard.press('Enter');
    await stepBeats(page);
    await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-score', '100');
    for (let i = 0; i < 4 && (await screenKind(page)) === 'reveal'; i++) await page.keyboard.press('Space');

    expect(await screenKind(page)).toBe('levelSummary');
    const board = [...plan.scores];
    board[team] = board[team]! + 100;
    await expect(page.locator('#a11y [data-scoreboard]')).toHaveAttribute('data-scoreboard', board.join(','));
    await shot(page, 'debate-scoreboard-teams', scale);
    expect(watch.problems).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await context.close();
  });
}

test('two teams debate a level by mouse, dragging quotes onto speakers', async ({ page }) => {
  test.setTimeout(180_000);
  const watch = watchPage(page);
  await openGame(page);
  const level = levels[transfer]!;
  const [caseRound, rebuttal, whoswho] = level.rounds;
  const plan = teamCasePlan(caseRound!);
  await clickControl(page, 'Title', 'action:teams');
  await clickControl(page, 'Setup', 'action:next');
  await clickControl(page, 'Poll', 'action:next');
  await clickControl(page, 'LevelSelect', `level:${transfer}`);
  await clickControl(page, 'LevelIntro', 'action:next');
  if (!caseRound!.stance) await clickControl(page, 'CaseRound', `stance:${plan.stances[0]}`);
  await clickControl(page, 'CaseRound', 'action:confirm');
  for (const o of plan.order) await clickControl(page, 'CaseRound', `card:${o.card.id}`);
  await clickControl(page, 'CaseRound', 'action:confirm');
  for (const c of plan.concede) await clickControl(page, 'CaseRound', c.card ? `card:${c.card.id}` : 'action:concede-none');
  await clickControl(page, 'CaseRound', 'action:confirm');
  await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-team-scores', plan.scores.join(','));
  for (let i = 0; i < 12 && (await screenKind(page)) === 'debateReveal'; i++) {
    const before = await page.locator('#a11y .screen').innerText();
    await clickControl(page, 'Scorecard', 'action:next');
    await expect.poll(async () => ((await screenKind(page)) === 'debateReveal' ? page.locator('#a11y .screen').innerText() : 'left')).not.toBe(before);
  }
  await clickControl(page, 'Round', `option:${rebuttal!.options!.find((o) => o.verdict === 'supported')!.id}`);
  await clickControl(page, 'Round', 'action:confirm');
  await stepBeats(page, 'click');
  await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-score', '100');
  while ((await screenKind(page)) === 'reveal') {
    const before = await page.locator('#a11y .screen').innerText();
    await clickControl(page, 'Reveal', 'action:next');
    await expect.poll(async () => ((await screenKind(page)) === 'reveal' ? page.locator('#a11y .screen').innerText() : 'left')).not.toBe(before);
  }

  // Who's who by drag and drop: each quote onto its speaker.
  expect(await screenKind(page)).toBe('whoswho');
  const box = (await page.locator('#game canvas').boundingBox())!;
  const k = box.width / 1920;
  const centre = async (name: string) => {
    await sceneReady(page, 'WhosWho', name);
    const a = await page.evaluate(
      (n) =>
        (window as unknown as { onTheRecord: { hitAreas(): { name: string; x: number; y: number; width: number; height: number }[] } }).onTheRecord
          .hitAreas()
          .find((h) => h.name === n)!,
      name,
    );
    return { x: box.x + (a.x + a.width / 2) * k, y: box.y + (a.y + a.height / 2) * k };
  };
  for (const q of whoswho!.quotes!) {
    const from = await centre(`quote:${q}`);
    const to = await centre(`speaker:${quoteSpeaker.get(q)}`);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator(`#a11y [data-quote-slot="${q}"]`)).not.toContainText('No speaker yet');
  }
  await shot(page, 'debate-whoswho', 1);
  await clickControl(page, 'WhosWho', 'action:confirm');
  for (const sp of whoswho!.speakers!) {
    await clickControl(page, 'WhosWho', `speaker:${sp}`);
    if (speakerKind.get(sp) !== 'expert') await clickControl(page, 'WhosWho', `speaker:${sp}`);
  }
  await clickControl(page, 'WhosWho', 'action:confirm');
  await expect(page.locator('#a11y .verdict')).toHaveAttribute('data-score', '100');
  for (let i = 0; i < 12 && (await screenKind(page)) === 'debateReveal'; i++) {
    const before = await page.locator('#a11y .screen').innerText();
    await clickControl(page, 'Scorecard', 'action:next');
    await expect.poll(async () => ((await screenKind(page)) === 'debateReveal' ? page.locator('#a11y .screen').innerText() : 'left')).not.toBe(before);
  }
  // The level ends on the scoreboard: each side's case score, plus the rebuttal and
  // who's-who rounds for the teams whose turns they were.
  expect(await screenKind(page)).toBe('levelSummary');
  const before = levels.slice(0, transfer).reduce((n, l) => n + l.rounds.length, 0);
  const board = [...plan.scores];
  for (const r of [1, 2]) board[(before + r) % 2] = board[(before + r) % 2]! + 100;
  await expect(page.locator('#a11y [data-scoreboard]')).toHaveAttribute('data-scoreboard', board.join(','));
  expect(watch.foreign).toEqual([]);
});

/** Every card's place on the canvas, by its id. */
async function cardPlaces(page: Page, scene: string): Promise<Map<string, string>> {
  await page.waitForTimeout(250);
  const areas = await page.evaluate(
    (s) =>
      (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string; x: number; y: number; width: number; height: number }[] } }).onTheRecord
        .hitAreas()
        .filter((a) => a.scene === s && a.name.startsWith('card:')),
    scene,
  );
  return new Map(areas.map((a) => [a.name.slice('card:'.length), `${Math.round(a.x)},${Math.round(a.y)} ${Math.round(a.width)}×${Math.round(a.height)}`]));
}

async function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (
      window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): { children: { list: { type: string; text?: string }[] } }[] } } } }
    ).onTheRecord.game.scene
      .getScenes(true)
      .flatMap((s) => s.children.list.filter((o) => o.type === 'Text').map((o) => o.text ?? '')),
  );
}

for (const mode of ['solo', 'teams'] as const) {
  test(`${mode}: playing and conceding cards moves no other card (every debate level), and solo play names no team`, async ({ browser }) => {
    test.setTimeout(120_000);
    for (const id of ['debate-citizens', 'debate-transfer', 'debate-denaturalize']) {
      // A fresh browser each level: no session to resume.
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      const watch = watchPage(page);
      await openGame(page);
      const level = levels.findIndex((l) => l.id === id);
      await page.evaluate(
        ([mode, level]) => {
          const { store } = (window as unknown as { onTheRecord: { store: { getState(): { dispatch(a: unknown): boolean } } } }).onTheRecord;
          for (const a of [{ type: 'setMode', mode }, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'openLevel', level }, { type: 'next' }])
            store.getState().dispatch(a);
        },
        [mode, level] as const,
      );
      expect(await screenKind(page)).toBe('case');
      if (!levels[level]!.rounds[0]!.stance) await page.keyboard.press('f');
      await page.keyboard.press('Enter');
      const hand = await page.locator('#a11y [data-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-card')!));
      const before = await cardPlaces(page, 'CaseRound');
      expect([...before.keys()].sort()).toEqual([...hand].sort());
      // Play every card this round takes, then concede one: after each move, every card sits where it sat before.
      const plays = mode === 'solo' ? 2 : 4;
      for (const card of hand.slice(0, plays)) {
        await clickControl(page, 'CaseRound', `card:${card}`);
        await expect(page.locator(`#a11y [data-card="${card}"]`)).toHaveAttribute('aria-pressed', 'true');
        expect(await cardPlaces(page, 'CaseRound'), `${id}: after playing ${card}`).toEqual(before);
      }
      await page.keyboard.press('Enter');
      await clickControl(page, 'CaseRound', `card:${hand[plays]}`);
      expect(await cardPlaces(page, 'CaseRound'), `${id}: after conceding`).toEqual(before);
      const words = [...(await canvasTexts(page)), ...(await page.locator('#a11y [data-card]').allTextContents())].join('\n');
      if (mode === 'solo') {
        expect(words).toContain('Played');
        expect(words).not.toMatch(/Played by|Conceded by|Team \d|Team [A-F]\b/);
      } else expect(words).toMatch(/Played by Team 1|Played by Team 2/);
      expect(watch.problems).toEqual([]);
      await context.close();
    }
  });
}

test('a debate scorecard pages through every quote with the breakdown kept on screen', async ({ page }) => {
  await openGame(page);
  const level = levels.findIndex((l) => l.id === 'debate-citizens');
  const round = levels[level]!.rounds[0]!;
  await page.evaluate((level) => {
    const { store } = (window as unknown as { onTheRecord: { store: { getState(): { dispatch(a: unknown): boolean } } } }).onTheRecord;
    for (const a of [{ type: 'setMode', mode: 'solo' }, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'openLevel', level }, { type: 'next' }])
      store.getState().dispatch(a);
  }, level);
  if (!round.stance) await page.keyboard.press('f');
  await page.keyboard.press('Enter');
  await page.keyboard.press('a');
  await page.keyboard.press('b');
  await page.keyboard.press('Enter');
  await page.keyboard.press('0');
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('debateReveal');
  // Step to the experts' view: the line steps end when the quotes' pager appears.
  const seen = new Set<string>();
  for (let i = 0; i < 20 && (await screenKind(page)) === 'debateReveal'; i++) {
    const texts = await canvasTexts(page);
    const pager = texts.find((x) => /\d+ \/ \d+$/.test(x));
    if (pager) {
      // The breakdown stays: a row per card, with its points.
      expect(texts.filter((x) => /^(\+\d+|0)$/.test(x)).length).toBeGreaterThanOrEqual(3);
      const id = await page.evaluate(() => {
        const { hitAreas } = (window as unknown as { onTheRecord: { hitAreas(): { name: string }[] } }).onTheRecord;
        return hitAreas().some((a) => a.name === 'action:quotes-next') ? 'next' : 'last';
      });
      seen.add(`${pager}`);
      await checkLegible(page, `scorecard quotes ${pager}`);
      if (id === 'last') break;
      await clickControl(page, 'Scorecard', 'action:quotes-next');
    } else await page.keyboard.press('Space');
  }
  const domQuotes = await page.locator('#a11y figure[data-quote]').count();
  expect(domQuotes).toBeGreaterThan(1);
  // One canvas page per quote the DOM lists: none is left out.
  expect(seen.size).toBe(domQuotes);
  expect([...seen].at(-1)).toContain(`${domQuotes} / ${domQuotes}`);
});
