/**
 * A pick reveal in beats (core/screens/revealBeats.ts): the class's picks and "What did the
 * sources say?", then the verdict stamp, then the whole reveal with its quotes. Read from the DOM
 * layer and from the canvas's texts: the stamp's word appears only at the verdict, the quotes only
 * at the whole reveal. Stepped by Space, then played by auto-advance with no key pressed, which
 * stops on the whole reveal. Whichever option is picked (the first shown): nothing here depends
 * on which answer is right.
 */
import { expect, test, type Page } from './fixture';
import { CATALOGS } from '../../src/i18n/strings';
import { COLOR, tileStyle } from '../../src/platform/theme';
import { act, checkLegible, openGame, screenKind, textsOnCanvas, watchPage } from './harness';

const en = CATALOGS.en;

/** Every text on the canvas, joined (each cut at 40 characters, as textsOnCanvas reads them). */
const canvasText = async (page: Page) => (await textsOnCanvas(page)).map((t) => t.text).join('\n');
const stampWords = () => Object.values(en.outcome).map((w) => w.toLocaleUpperCase());

/**
 * Each reveal tile's fill, read off the canvas just inside its top edge (clear of its key, its
 * text, its picked frame and its mark), with the place it is shown at (its style, TILE_STYLE).
 */
async function tileFills(page: Page): Promise<{ id: string; rgb: number[] }[]> {
  return page.evaluate(() => {
    type Zone = { type: string; name: string; x: number; y: number; width: number };
    const w = window as unknown as { onTheRecord: { game: { scene: { getScene(k: string): { children: { list: Zone[] } } } } } };
    const canvas = document.querySelector<HTMLCanvasElement>('#game canvas')!;
    const k = canvas.width / 1920;
    const ctx = canvas.getContext('2d')!;
    // The tiles' zones (not hit areas: a reveal's tiles take no click), in the order they were drawn.
    return w.onTheRecord.game.scene
      .getScene('Reveal')
      .children.list.filter((a) => a.type === 'Zone' && a.name.startsWith('reveal:'))
      .map((a) => ({
        id: a.name.slice('reveal:'.length),
        rgb: [...ctx.getImageData(Math.round((a.x + a.width / 2) * k), Math.round((a.y + 17) * k), 1, 1).data].slice(0, 3),
      }));
  });
}

const rgbOf = (hexColor: string) => [1, 3, 5].map((i) => Number.parseInt(hexColor.slice(i, i + 2), 16));
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 6);

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
  // The tiles: a best answer and the pick keep their own colours, every other tile steps back to
  // the panel's (a bright green or yellow tile beside the verdict's marks read as right).
  await page.waitForFunction(() => !(window as unknown as { onTheRecord: { game: { loop: { running: boolean } } } }).onTheRecord.game.loop.running);
  const best = new Set(((await a11y.locator('[data-best]').getAttribute('data-best')) ?? '').split(','));
  const picked = new Set(((await a11y.locator('[data-picked]').getAttribute('data-picked')) ?? '').split(','));
  // The tiles' hit areas come in the order they are shown: the first is A's style, and so on.
  const fills = await tileFills(page);
  expect(fills.length).toBeGreaterThan(2);
  for (const [i, f] of fills.entries()) {
    const own = tileStyle(i + 1).color;
    const kept = best.has(f.id) || picked.has(f.id);
    expect(near(f.rgb, rgbOf(kept ? own : COLOR.panel)), `${f.id}: ${f.rgb.join(',')} (${kept ? 'kept' : 'muted'})`).toBe(true);
  }
  expect(fills.some((f) => !best.has(f.id) && !picked.has(f.id))).toBe(true);

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
