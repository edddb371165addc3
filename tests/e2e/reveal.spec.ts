/**
 * A pick reveal in beats (core/screens/revealBeats.ts): the class's picks and "What did the
 * sources say?", then the verdict stamp, then the whole reveal with its quotes. Read from the DOM
 * layer and from the canvas's texts: the stamp's word appears only at the verdict, the quotes only
 * at the whole reveal. Stepped by Space, then played by auto-advance with no key pressed, which
 * stops on the whole reveal. Whichever option is picked (the first shown): nothing here depends
 * on which answer is right.
 */
import { expect, test, type Page } from '@playwright/test';
import { CATALOGS } from '../../src/i18n/strings';
import { act, checkLegible, openGame, screenKind, textsOnCanvas, watchPage } from './harness';

const en = CATALOGS.en;

/** Every text on the canvas, joined (each cut at 40 characters, as textsOnCanvas reads them). */
const canvasText = async (page: Page) => (await textsOnCanvas(page)).map((t) => t.text).join('\n');
const stampWords = () => Object.values(en.outcome).map((w) => w.toLocaleUpperCase());

/** From the title to the first round, solo, with auto-advance as asked (set on the setup screen). */
async function toFirstRound(page: Page, autoAdvance: boolean): Promise<void> {
  await openGame(page);
  await act(page, { type: 'startSession', mode: 'solo', seed: 7 });
  if (autoAdvance) await act(page, { type: 'setAutoAdvance', on: true });
  await act(page, { type: 'next' }, { type: 'next' }, { type: 'openLevel', level: 0 }, { type: 'next' });
  expect(await screenKind(page)).toBe('round');
}

test('by Space: the picks, then the verdict stamp, then the quotes; nothing of the verdict before its beat', async ({ page }) => {
  const watch = watchPage(page);
  await toFirstRound(page, false);
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('reveal');

  // The picks: the pick and the question, no verdict, best answer, points or quote.
  const a11y = page.locator('#a11y .screen');
  await expect(page.locator('#a11y [data-beat="picks"]')).toBeAttached();
  await expect(a11y).toContainText(en.sourcesAsk);
  await expect(a11y.locator('.verdict, [data-best], figure.quote, [data-score]')).toHaveCount(0);
  await expect(a11y).not.toContainText(en.bestAnswer);
  let canvas = await canvasText(page);
  expect(canvas).toContain(en.sourcesAsk);
  for (const word of stampWords()) expect(canvas).not.toContain(word);
  await checkLegible(page, 'reveal, picks');

  // The verdict: the stamp's word on the canvas is the DOM layer's outcome; still no quote or points.
  await page.keyboard.press('Space');
  await expect(page.locator('#a11y [data-beat="verdict"]')).toBeAttached();
  const outcome = (await a11y.locator('.verdict').getAttribute('data-outcome')) as keyof typeof en.outcome;
  expect(Object.keys(en.outcome)).toContain(outcome);
  await expect(a11y.locator('[data-best]')).toHaveCount(1);
  await expect(a11y.locator('figure.quote, [data-score]')).toHaveCount(0);
  canvas = await canvasText(page);
  expect(canvas).toContain(en.outcome[outcome].toLocaleUpperCase());
  // No points yet: the banner's "+N points" comes with the whole reveal.
  expect(canvas).not.toMatch(/\+\d+ points/);
  await checkLegible(page, 'reveal, verdict stamp');

  // The whole reveal: the quotes as clippings, the points; the stamp has gone.
  await page.keyboard.press('Space');
  await expect(page.locator('#a11y [data-beat]')).toHaveCount(0);
  const quote = await a11y.locator('figure.quote blockquote').first().innerText();
  await expect(a11y.locator('.verdict')).toHaveAttribute('data-outcome', outcome);
  canvas = await canvasText(page);
  expect(canvas).toContain(quote.slice(0, 30));
  for (const word of stampWords()) expect(canvas).not.toContain(word);
  expect(canvas).toMatch(/\+\d+ points/);
  await checkLegible(page, 'reveal, whole');

  // On: the next round (the reveal had one page of evidence, or Space turns its pages first).
  for (let i = 0; i < 4 && (await screenKind(page)) === 'reveal'; i++) await page.keyboard.press('Space');
  expect(await screenKind(page)).toBe('round');
  expect(watch.problems).toEqual([]);
});

test('by auto-advance, with no key pressed: the beats come in order and it stops on the whole reveal', async ({ page }) => {
  const watch = watchPage(page);
  // The page's clock, stepped by the test: the beats are about 1.5 s apart.
  await page.clock.install();
  await toFirstRound(page, true);
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  const beat = page.locator('#a11y [data-beat]');
  await expect(beat).toHaveAttribute('data-beat', 'picks');
  await page.clock.runFor(1_000);
  await expect(beat).toHaveAttribute('data-beat', 'picks');
  await page.clock.runFor(700);
  await expect(beat).toHaveAttribute('data-beat', 'verdict');
  await page.clock.runFor(1_700);
  await expect(beat).toHaveCount(0);
  await expect(page.locator('#a11y figure.quote').first()).toBeAttached();
  // It never moves on to the next round by itself.
  await page.clock.runFor(20_000);
  expect(await screenKind(page)).toBe('reveal');
  await expect(beat).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});
