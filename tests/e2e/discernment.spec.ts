import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixture';
import { discernment } from '../../src/core/rules/discernment';
import type { GameState } from '../../src/core/rules/stateSchema';
import { DEFAULT_SETTINGS } from '../../src/state/store';
import { discernmentItem } from '../../src/i18n/discernmentText';
import { CATALOGS, setLanguage } from '../../src/i18n/strings';
import { cecotPack, finishedGame, openSaved } from './finishedGame';
import { checkLegible, clickControl, screenKind, watchPage } from './harness';

const pack = cecotPack();
const OUT = 'tests/artifacts/discernment';

// "Doesn't say" to every claim (by id, wherever it is shown): the habit the line is there to expose.
const games: Record<'solo' | 'teams', GameState> = {
  solo: finishedGame(pack, 'solo', 2, 'not-said'),
  teams: finishedGame(pack, 'teams', 3, 'not-said'),
};

test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2 });

/** Opens the seeded finished game on its final results, resumed as after a reload. */
async function openFinal(page: Page, game: GameState, settings: Partial<typeof DEFAULT_SETTINGS>): Promise<void> {
  await openSaved(page, pack, game, settings);
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  expect(await screenKind(page)).toBe('final');
}

/** Every text on the canvas's live scenes, as given (before wrapping). */
async function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { game } = (
      window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): { children: { list: { type: string; text: string }[] } }[] } } } }
    ).onTheRecord;
    return game.scene.getScenes(true).flatMap((s) => s.children.list.filter((o) => o.type === 'Text').map((o) => o.text));
  });
}

/** The entries the core and the catalog make of this game under the heading, in one language. */
function expectedLines(game: GameState, lang: 'en' | 'es'): string[] {
  setLanguage(lang);
  const lines = discernment(pack, game).map((d) => discernmentItem(d, game.teams));
  setLanguage('en');
  return lines;
}

for (const mode of ['solo', 'teams'] as const) {
  for (const language of ['en', 'es'] as const) {
    for (const textSize of ['standard', 'xl'] as const) {
      test(`final results, ${mode === 'solo' ? 'solo' : '3 teams'}, ${language}, ${textSize} text: the discernment line on the canvas and in the DOM layer, legible`, async ({
        page,
      }) => {
        const watch = watchPage(page);
        const game = games[mode];
        const lines = expectedLines(game, language);
        // Solo: one line for the class; teams: one per team that had a claim round. Always "doesn't
        // say" mixes up some claim somewhere (the pack's claims are not all outside the article).
        if (mode === 'solo') expect(lines).toHaveLength(1);
        else expect(lines.length).toBeGreaterThan(1);
        expect(lines.some((l) => l.includes(`${CATALOGS[language].discern.mixUp}: `))).toBe(true);
        await openFinal(page, game, { language, textSize });
        await expect(page.locator('#a11y [data-discernment] li')).toHaveText(lines);
        // The first page (a level's recap) keeps a row for it in view below the list …
        expect(await canvasTexts(page)).toContain(CATALOGS[language].discern.title);
        await page.screenshot({ path: `${OUT}/final-${mode}-${language}-${textSize}-recap.png` });
        await checkLegible(page, `final ${mode} ${language} ${textSize}, first recap`);
        // … and tapping it shows the same lines as the DOM layer, in full.
        await clickControl(page, 'FinalResults', 'discernment');
        await expect.poll(() => canvasTexts(page)).toEqual(expect.arrayContaining([CATALOGS[language].discern.heading, ...lines]));
        await page.screenshot({ path: `${OUT}/final-${mode}-${language}-${textSize}.png` });
        await checkLegible(page, `final ${mode} ${language} ${textSize}, telling apart`);
        expect(watch.problems).toEqual([]);
      });
    }
  }
}

test('the CSV download and the print summary carry the discernment per team', async ({ page }) => {
  const watch = watchPage(page);
  const game = games.teams;
  const all = discernment(pack, game);
  await openFinal(page, game, {});
  const download = page.waitForEvent('download');
  await page.keyboard.press('c');
  const csv = readFileSync(await (await download).path(), 'utf8').split('\r\n');
  // The rounds, an empty line, then the section: its heading, its columns, one row per team.
  const at = csv.indexOf('Telling apart: the claim rounds');
  expect(at).toBeGreaterThan(1);
  expect(csv[at - 1]).toBe('');
  expect(csv[at + 1]).toBe(CATALOGS.en.discern.csvHeader.map((c) => (c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
  const rows = csv.slice(at + 2).filter(Boolean);
  expect(rows.map((r) => r.split(',').slice(0, 7))).toEqual(
    all.map((d) => [`Team ${d.team! + 1}`, ...d.tallies.flatMap((k) => [String(k.answered), String(k.correct)])]),
  );
  expect(rows.some((r) => /,called \d+ .*“doesn't say”$/.test(r))).toBe(true);
  await page.keyboard.press('p');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('#print-sheet [data-discernment] li')).toHaveText(expectedLines(game, 'en'));
  expect(watch.problems).toEqual([]);
});
