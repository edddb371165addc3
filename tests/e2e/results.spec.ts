import { readFileSync } from 'node:fs';
import { expect, test } from './fixture';
import { bestIds, openGame, readPack, screenKind, watchPage, throughReveal } from './harness';
import { letterFor } from './shown';
import { cecotPack, finishedGame, openSaved } from './finishedGame';
import { misconceptions, resultRows } from '../../src/core/rules/results';
import { screenOf } from '../../src/core/screens/screen';
import { optionLabel } from '../../src/i18n/optionLabel';
import { CATALOGS } from '../../src/i18n/strings';
import { parseCsv } from '../unit/csv';

const { levels, quoteSpeaker } = readPack();

test('two teams play a level; the CSV download has one row per team per round, checked row by row; the print page lists them', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await page.keyboard.press('t');
  await page.keyboard.press('Enter'); // setup
  await page.keyboard.press('Enter'); // poll
  await page.keyboard.press('Enter'); // first level
  await page.keyboard.press('Enter');
  // Team 1 answers round 1 wrong on purpose; the teams take the rounds in turn.
  const level = levels[0]!;
  const expected: string[][] = [];
  for (const [ri, round] of level.rounds.entries()) {
    const wrong = ri === 0;
    const picks = wrong ? [round.options!.find((o) => o.verdict === 'contradicted')!.id] : bestIds(round, quoteSpeaker);
    for (const p of picks) await page.keyboard.press(await letterFor(page, p));
    await page.keyboard.press('Enter');
    await throughReveal(page);
    const points = await page.locator('#a11y .verdict').getAttribute('data-score');
    expected.push([ri % 2 === 0 ? 'Team 1' : 'Team 2', '1', level.id, String(ri + 1), round.type, points!]);
    while ((await screenKind(page)) === 'reveal') await page.keyboard.press('Space');
  }
  await page.keyboard.press('Escape');
  // The menu's CSV entry, by its number as the menu shows it.
  const entry = await page.locator('#a11y [data-menu]', { hasText: CATALOGS.en.downloadCsv }).textContent();
  const download = page.waitForEvent('download');
  await page.keyboard.press(entry!.split('.')[0]!);
  const file = await (await download).path();
  // A UTF-8 byte-order mark first (EF BB BF), so Excel shows curly quotes and accents right; then it parses.
  expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const all = parseCsv(text.slice(1), ',');
  expect(
    all.every((r) => r.length === 1 || r.length >= 8),
    'every row splits into its cells',
  ).toBe(true);
  // The rounds, up to the empty line before the discernment section (checked in discernment.spec.ts).
  const rows = all.slice(
    0,
    all.findIndex((r) => r.join('') === ''),
  );
  expect(rows[0]).toEqual([
    'Team',
    'Question',
    'Question title',
    'Round',
    'Round type',
    'Prompt',
    'Answer',
    'Verdict',
    'Points',
    'What the sources said',
    'Sure',
    'Sure points',
  ]);
  expect(rows).toHaveLength(1 + level.rounds.length);
  for (const [i, want] of expected.entries()) {
    const row = rows[i + 1]!;
    expect([row[0], row[1], row[3], row[4], row[8]]).toEqual([want[0], want[1], want[3], want[4], want[5]]);
    expect(row[6]!.length, 'the answer in words').toBeGreaterThan(3);
    expect(row[9], 'the sources behind the best answer').toMatch(/: “.+”/);
  }
  expect(rows[1]![7]).toBe('Not right');
  expect(rows[1]![8]).toBe('0');

  expect(watch.problems).toEqual([]);
});

test('final results: misconceptions listed, and P prints a summary with every result and nothing of the game', async ({ page }) => {
  const watch = watchPage(page);
  const pack = cecotPack();
  const game = finishedGame(pack, 'teams');
  await openSaved(page, pack, game);
  expect(await screenKind(page)).toBe('final');
  // Reopening a session asks first: Enter resumes it.
  await expect(page.locator('#a11y [data-overlay="resume"]')).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  const wrong = misconceptions(pack, game);
  expect(wrong.length).toBeGreaterThan(0);
  await expect(page.locator('#a11y [data-misconceptions] li')).toHaveCount(wrong.length);
  // Options by their text or speaker's name, never an id ("Best answer: voa"), on screen and in print.
  const final = screenOf(pack, game);
  const views = final.kind === 'final' ? final.misconceptions : [];
  const ids = new Set([...pack.manifest.speakers.map((sp) => sp.id), ...wrong.flatMap((m) => m.best.map((o) => o.id))]);
  const labels = views.map((m) => m.best.map(optionLabel));
  expect(labels.flat().filter((l) => ids.has(l))).toEqual([]);
  const named = (lines: string[]) => lines.filter((l) => l.includes('Best answer: ')).map((l) => l.split('Best answer: ')[1]!.trim());
  const onScreen = named(await page.locator('#a11y [data-misconceptions] li').allTextContents());
  expect(onScreen).toEqual(labels.map((l) => l.join('; ')));
  await page.keyboard.press('p');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const rows = resultRows(pack, game).length;
  await expect(page.locator('#print-sheet tbody tr')).toHaveCount(rows);
  const printed = named(await page.locator('#print-sheet li').allTextContents());
  expect(printed).toEqual(onScreen);
  await expect(page.locator('#print-sheet')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#print-sheet')).toBeVisible();
  await expect(page.locator('#game')).toBeHidden();
  await page.screenshot({ path: 'tests/artifacts/screens/print-summary.png', fullPage: true });
  expect(watch.problems).toEqual([]);
});
