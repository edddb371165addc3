/**
 * The standings' motion ends where the core says: the final results' podium puts the teams on
 * the core's places (tied teams on one step, in the DOM layer's order too), the race between
 * levels ends with the rows in the board's order, and a round's timer ring in its last seconds
 * leaves every text legible. One page; each screen is reached by putting a state made by the
 * core into the store.
 */
import { expect, test, type Page } from './fixture';
import { checkLegible, openGame, settled, textsOnCanvas, watchPage, type TextReport } from './harness';
import { cecotPack, finishedGame } from './finishedGame';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { standingsBoard } from '../../src/core/rules/progress';
import { podiumOf } from '../../src/core/rules/podium';
import { CATALOGS } from '../../src/i18n/strings';

const pack = cecotPack();
const NAMES = ['Owls', 'Foxes', 'Bears', 'Hawks', 'Lynx'];
const t = CATALOGS.en;

async function show(page: Page, game: GameState): Promise<void> {
  await page.evaluate((g) => {
    const { store } = (window as unknown as { onTheRecord: { store: { setState(s: object): void } } }).onTheRecord;
    store.setState({ game: g, page: 0 });
  }, game);
  await expect(page.locator(`#a11y [data-screen="${game.phase}"]`)).toBeAttached();
  await settled(page);
}

/** How many animations the page has started (the Motion API's count). */
const started = (page: Page) =>
  page.evaluate(() => (window as unknown as { onTheRecord: { motion?: () => { started: number } } }).onTheRecord.motion?.().started ?? -1);
const centreX = (x: TextReport) => (x.left + x.right) / 2;

/** Five teams, the second and the fifth tied: 1st, two on 2nd, then 4th and 5th below the podium. */
function tiedFinal(): GameState {
  const s = finishedGame(pack, 'teams', 5);
  const board = standingsBoard(pack, s, s.level);
  const [a, b] = [board[1]!, board[2]!];
  // Give the lower of the two the points between them, on one of its own rounds.
  const records = structuredClone(s.records);
  const rec = Object.values(records)
    .flatMap((l) => Object.values(l))
    .find((r) => r.team === b.team && r.score + (a.total - b.total) <= 100)!;
  rec.score += a.total - b.total;
  return { ...s, records, teams: NAMES };
}

test('the podium stands on the core’s standings (ties share a step, the rest below), the race ends in the board’s order, the timer ring is legible', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openGame(page);

  // The final results open with the podium.
  const final = tiedFinal();
  const board = standingsBoard(pack, final, final.level);
  const podium = podiumOf(board)!;
  expect(
    podium.steps.map((s) => s.teams.length),
    'the state has a tie on a step',
  ).toContain(2);
  await show(page, final);
  const encoded = podium.steps.map((s) => `${s.place}:${s.teams.map((r) => r.team).join('+')}`).join(',');
  await expect(page.locator('#a11y [data-podium]')).toHaveAttribute('data-podium', encoded);
  expect(await page.locator('#a11y [data-podium] li').evaluateAll((li) => li.map((x) => Number(x.getAttribute('data-standing'))))).toEqual(
    board.map((r) => r.team),
  );
  const texts = (await textsOnCanvas(page)).filter((x) => x.scene === 'FinalResults');
  const named = (team: number) => texts.filter((x) => x.text === NAMES[team]);
  for (const step of podium.steps) {
    // The step's place, and each of its teams standing over it (tied teams on the same step).
    const place = texts.filter((x) => x.text === t.rankOrdinal(step.place));
    expect(place, `one ${t.rankOrdinal(step.place)} step`).toHaveLength(1);
    for (const r of step.teams) {
      expect(named(r.team)).toHaveLength(1);
      const name = named(r.team)[0]!;
      expect(Math.abs(centreX(name) - centreX(place[0]!)), `${NAMES[r.team]} stands on the ${t.rankOrdinal(step.place)} step`).toBeLessThan(200);
      expect(name.bottom).toBeLessThanOrEqual(place[0]!.top);
    }
  }
  // The 1st step is the tallest.
  const tops = podium.steps.map((s) => texts.find((x) => x.text === t.rankOrdinal(s.place))!.top);
  expect(Math.min(...tops)).toBe(tops[0]);
  // Below the podium, the rest in rank order, each on its rank's row.
  const restYs = podium.rest.map((r) => named(r.team)[0]!.top);
  expect(restYs).toEqual([...restYs].sort((a, b) => a - b));
  expect(Math.min(...restYs)).toBeGreaterThan(Math.max(...tops));
  await checkLegible(page, 'podium');

  // Between levels: the race plays, and ends with the rows in the board's order.
  const four = finishedGame(pack, 'teams', 4);
  const summary: GameState = { ...four, phase: 'levelSummary', teams: NAMES.slice(0, 4) };
  const ranked = standingsBoard(pack, summary, summary.level);
  expect(
    ranked.some((r, i) => [...ranked].sort((a, b) => a.rankBefore - b.rankBefore || a.team - b.team)[i] !== r),
    'the level changed the order',
  ).toBe(true);
  const before = await started(page);
  await show(page, summary);
  if (before >= 0) expect(await started(page), 'the race played').toBeGreaterThan(before);
  const rows = (await textsOnCanvas(page)).filter((x) => x.scene === 'LevelSummary' && NAMES.includes(x.text));
  expect([...rows].sort((a, b) => a.top - b.top).map((x) => NAMES.indexOf(x.text))).toEqual(ranked.map((r) => r.team));
  await checkLegible(page, 'standings after the race');

  // A round with its timer in the last ten seconds: the ring pulses, the digits stay legible.
  // A 60 s round timer (as the menu sets it), on to the first round.
  let s: GameState = { ...initialState(3), timerSeconds: 60 };
  for (let i = 0; i < 8 && s.phase !== 'round'; i++) {
    const next = reduce(pack, s, { type: 'next' } as Action);
    if (!next.ok) throw new Error(next.error.message);
    s = next.state;
  }
  expect([s.phase, s.timer?.running]).toEqual(['round', true]);
  await show(page, { ...s, timer: { ...s.timer!, remainingMs: 8_000 } });
  // Running: the digits read seven or eight seconds left, not paused, at 36 px or more.
  const clock = (await textsOnCanvas(page)).find((x) => /^0:0[5-8]$/.test(x.text));
  expect(clock?.size).toBeGreaterThanOrEqual(36);
  await checkLegible(page, 'round, last ten seconds');
  expect(watch.problems).toEqual([]);
});
