/**
 * Every question screen of the CECOT pack (each non-debate round, the rebuttals included) at
 * the larger text presets, 1920×1080: Extra large in English and Spanish, Large in Spanish.
 * Team play (three teams), so the footer carries the team line. One page per case; rounds are
 * reached by dispatching store actions (each answered with its first listed option: what it
 * scores is not the point here). Every screen goes through checkLegible and is saved; the
 * problems are gathered and asserted once, so one run names every screen that fails.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from './fixture';
import { sharedWith, test } from './sharedPage';
import { act, checkLegible, isDebate, optionIds, readPack, screenKind, watchPage } from './harness';

const { levels } = readPack();
const OUT = 'tests/artifacts/rounds-presets';
mkdirSync(OUT, { recursive: true });

/** Advances while the screen is a reveal (a round's or a debate scorecard), to whatever comes next. */
async function pastReveals(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { store } = (window as unknown as { onTheRecord: { store: { getState(): { advance(): boolean; game: { phase: string } } } } }).onTheRecord;
    for (let i = 0; i < 40 && /reveal/i.test(store.getState().game.phase); i++) store.getState().advance();
  });
}

test.describe.configure({ mode: 'parallel' });

const CASES = [
  ['en', 'xl'],
  ['es', 'xl'],
  ['es', 'large'],
] as const;

for (const [language, preset] of CASES) {
  test(`every question screen legible at 1920×1080, ${preset} text, ${language}`, async ({ sharedPages }) => {
    test.setTimeout(120_000);
    const page = await sharedWith(sharedPages, language, preset);
    const watch = watchPage(page);
    await act(page, { type: 'startSession', mode: 'teams' }, { type: 'setTeamCount', count: 3 }, { type: 'next' }, { type: 'next' });
    expect(await screenKind(page)).toBe('levelSelect');
    const failures: string[] = [];
    let seen = 0;
    for (const [li, level] of levels.entries()) {
      if (level.rounds.every((r) => isDebate(r) && r.type !== 'rebuttal')) continue;
      await act(page, { type: 'toLevelSelect' }, { type: 'openLevel', level: li }, { type: 'next' });
      for (const [ri, round] of level.rounds.entries()) {
        if (round.type === 'verdict' || round.type === 'whoswho') break;
        if (round.type === 'case') {
          // A case round is argued through (two teams, each concedes a card) to reach the rebuttal after it.
          expect(await screenKind(page)).toBe('case');
          if (!round.stance) await act(page, { type: 'debate', move: { kind: 'stance', stance: 'against' } }, { type: 'confirm' });
          const ids = round.cards!.map((c) => c.id);
          const move = (kind: string, card?: string) => ({ type: 'debate', move: { kind, card } });
          await act(page, ...ids.slice(0, 4).map((c) => move('play', c)), { type: 'confirm' });
          await act(page, move('concede', ids[4]), move('concede', ids[5]), { type: 'confirm' });
          await pastReveals(page);
          continue;
        }
        const name = `${li + 1}.${ri + 1}-${level.id}-${round.type}`;
        expect(await screenKind(page), name).toBe('round');
        try {
          await checkLegible(page, `${name} (${preset}, ${language})`);
        } catch (e) {
          failures.push(
            `${name}: ${String((e as Error).message)
              .split('\n')
              .filter((l) => l.trim().startsWith('+   "'))
              .join(' | ')}`,
          );
        }
        await page.screenshot({ path: `${OUT}/${name}-${language}-${preset}.png` });
        seen++;
        await act(page, { type: 'choose', option: optionIds(round)[0] }, { type: 'confirm' });
        await pastReveals(page);
      }
    }
    expect(seen, 'every non-debate round looked at').toBe(levels.flatMap((l) => l.rounds).filter((r) => !isDebate(r)).length);
    expect(failures).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
}
