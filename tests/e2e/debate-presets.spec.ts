/**
 * The debate screens at every text preset, in English and Spanish, at 1920×1080: each case
 * round's side and hand (two cards played), a whole case scorecard step by step, the rebuttal
 * rounds (their discussion and their options), who's who (assign and sort) and its scorecard, and the final verdict with its
 * scorecard. Team play (three teams), where the screens carry the most: team names on the
 * cards and a scorecard per side. Screens are reached by dispatching store actions, so one
 * page per preset and language walks them all; each is checked for legibility and saved.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from './fixture';
import { sharedWith, test } from './sharedPage';
import { act, checkLegible, readPack, screenKind, watchPage, type Action, type RawRound } from './harness';

const { levels, quoteSpeaker } = readPack();
const OUT = 'tests/artifacts/debate-presets';
mkdirSync(OUT, { recursive: true });

const PRESETS = ['standard', 'large', 'xl'] as const;

const levelOf = (id: string) => levels.findIndex((l) => l.id === id);
const roundOf = (level: string, type: RawRound['type']) => levels[levelOf(level)]!.rounds.find((r) => r.type === type)!;

const debate = (move: Record<string, unknown>): Action => ({ type: 'debate', move });

/**
 * Pages through a debate scorecard with "Continue" (its steps, then its quotes), ending on the
 * next screen. Looks at every page, or with `from`, only at the last `from` pages (the fullest
 * line step and the experts' pages: the earlier steps show fewer of the same lines).
 */
async function walkScorecard(page: Page, look: (name: string) => Promise<void>, name: string, from = Infinity): Promise<number> {
  let steps = 0;
  while ((await screenKind(page)) === 'debateReveal') {
    steps++;
    // "Step 3 of 11" in either language: the last two numbers of the status.
    const [n, of] = ((await page.locator('#a11y .verdict[role="status"]').textContent()) ?? '').match(/\d+/g)!.slice(-2).map(Number);
    expect(n, `${name}: the steps are counted`).toBe(steps);
    if (of! - n! < from) await look(`${name}-${steps}`);
    await page.evaluate(() => {
      (window as unknown as { onTheRecord: { store: { getState(): { advance(): boolean } } } }).onTheRecord.store.getState().advance();
    });
    expect(steps, `${name}: a scorecard ends`).toBeLessThan(20);
  }
  return steps;
}

/** From the level list, a level's case round: its side (when the class takes one) and its hand with two cards played. */
async function caseRound(page: Page, look: (name: string) => Promise<void>, level: string): Promise<RawRound> {
  const round = roundOf(level, 'case');
  await act(page, { type: 'toLevelSelect' }, { type: 'openLevel', level: levelOf(level) }, { type: 'next' });
  expect(await screenKind(page)).toBe('case');
  if (!round.stance) {
    await act(page, debate({ kind: 'stance', stance: 'against' }));
    await look(`case-stance-${level}`);
    await act(page, { type: 'confirm' });
  }
  const ids = round.cards!.map((c) => c.id);
  await act(page, debate({ kind: 'play', card: ids[0] }), debate({ kind: 'play', card: ids[1] }));
  await look(`case-hand-${level}`);
  return round;
}

/** The rest of a case round: the other two cards, each side concedes one, then the scorecard. */
async function finishCase(page: Page, round: RawRound, look?: (name: string) => Promise<void>): Promise<void> {
  const ids = round.cards!.map((c) => c.id);
  await act(page, debate({ kind: 'play', card: ids[2] }), debate({ kind: 'play', card: ids[3] }), { type: 'confirm' });
  if (look) await look('case-concede');
  await act(page, debate({ kind: 'concede', card: ids[4] }), debate({ kind: 'concede', card: ids[5] }), { type: 'confirm' });
  expect(await screenKind(page)).toBe('debateReveal');
}

/** Past a reveal (every page) to the next round. */
async function onward(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { store } = (window as unknown as { onTheRecord: { store: { getState(): { advance(): boolean; game: { phase: string } } } } }).onTheRecord;
    const phase = () => store.getState().game.phase;
    for (let i = 0; i < 30 && phase() === 'reveal'; i++) store.getState().advance();
  });
}

/** A rebuttal round, seen, then answered (whichever option is listed first in the pack: what it scores is not the point here). */
async function rebuttal(page: Page, look: (name: string) => Promise<void>, level: string): Promise<void> {
  const round = roundOf(level, 'rebuttal');
  expect(await screenKind(page)).toBe('round');
  // The class discusses first (switched on from the menu), then the answers open.
  await look(`rebuttal-discuss-${level}`);
  await act(page, { type: 'next' });
  await look(`rebuttal-${level}`);
  await act(page, { type: 'choose', option: round.options![0]!.id }, { type: 'confirm' });
  await onward(page);
}

/** Who's who: two quotes placed and a third held, then all placed; two speakers sorted, then all. */
async function whosWho(page: Page, look: (name: string) => Promise<void>, level: string): Promise<void> {
  const round = roundOf(level, 'whoswho');
  expect(await screenKind(page)).toBe('whoswho');
  const place = (q: string) => [debate({ kind: 'hold', quote: q }), debate({ kind: 'assign', speaker: quoteSpeaker.get(q) })];
  const quotes = round.quotes!;
  await act(page, ...place(quotes[0]!), ...place(quotes[1]!), debate({ kind: 'hold', quote: quotes[2] }));
  await look(`whoswho-assign-${level}`);
  await act(page, ...quotes.slice(2).flatMap(place), { type: 'confirm' });
  const sort = (sp: string, i: number) => debate({ kind: 'sort', speaker: sp, group: i % 2 ? 'official' : 'expert' });
  await act(page, ...round.speakers!.slice(0, 2).map(sort));
  await look(`whoswho-sort-${level}`);
  await act(page, ...round.speakers!.map(sort), { type: 'confirm' });
}

test.describe.configure({ mode: 'parallel' });

for (const language of ['en', 'es'] as const) {
  for (const preset of PRESETS) {
    test(`debate screens legible at 1920×1080, ${preset} text, ${language}, team play, with screenshots`, async ({ sharedPages }) => {
      test.setTimeout(300_000);
      const page = await sharedWith(sharedPages, language, preset);
      const watch = watchPage(page);
      const look = async (name: string) => {
        await checkLegible(page, `${name} (${preset}, ${language})`);
        await page.screenshot({ path: `${OUT}/${name}-${language}-${preset}.png` });
      };
      // Team play, three teams: each debate round is argued by two of them.
      await act(page, { type: 'startSession', mode: 'teams' }, { type: 'setTeamCount', count: 3 }, { type: 'next' }, { type: 'next' });
      expect(await screenKind(page)).toBe('levelSelect');
      // A discussion with its clock before each answer-picking round (the rebuttals).
      await act(page, { type: 'openMenu' }, { type: 'setDiscuss', on: true }, { type: 'setDiscussSeconds', seconds: 60 }, { type: 'closeMenu' });

      // Every case round's hand; the prisoner transfer's whole round, its rebuttal and its who's who.
      for (const level of ['debate-citizens', 'debate-denaturalize']) await caseRound(page, look, level);
      const transfer = await caseRound(page, look, 'debate-transfer');
      await finishCase(page, transfer, look);
      await walkScorecard(page, look, 'case-scorecard');
      await rebuttal(page, look, 'debate-transfer');
      await whosWho(page, look, 'debate-transfer');
      await walkScorecard(page, look, 'whoswho-scorecard', 2);

      // The other who's who and rebuttal (other speakers, other roles), reached by playing on.
      await finishCase(page, await caseRound(page, async () => {}, 'debate-denaturalize'));
      await onward(page);
      await rebuttal(page, async () => {}, 'debate-denaturalize');
      await whosWho(page, look, 'debate-denaturalize');

      // The final verdict: its case round, then the scale and its closing cards.
      const power = await caseRound(page, look, 'final-verdict');
      await finishCase(page, power);
      await walkScorecard(page, look, 'final-case-scorecard', 5);
      expect(await screenKind(page)).toBe('verdictRound');
      const verdict = roundOf('final-verdict', 'verdict');
      const cards = verdict.cards!.map((c) => c.id);
      await act(
        page,
        debate({ kind: 'place', position: verdict.scale![1]!.id }),
        debate({ kind: 'play', card: cards[0] }),
        debate({ kind: 'play', card: cards[1] }),
      );
      await look('verdict');
      await act(page, debate({ kind: 'play', card: cards[2] }), { type: 'confirm' });
      expect(await walkScorecard(page, look, 'verdict-scorecard')).toBeGreaterThan(1);
      expect(watch.problems).toEqual([]);
    });
  }
}
