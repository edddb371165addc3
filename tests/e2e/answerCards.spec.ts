import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixture';
import { openGame, watchPage } from './harness';
import { answerLetters } from '../../src/services/answerCards';
import type { Pack } from '../../src/core/pack/schema';

/** A Letter page in landscape, less 10 mm margins, in CSS pixels (96 to the inch): the narrower of the two papers. */
const LETTER_WIDE = ((279.4 - 20) / 25.4) * 96;
const LETTER_HIGH = ((215.9 - 20) / 25.4) * 96;

async function toSetup(page: Page, teams: number): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await openGame(page);
  await page.keyboard.press('a');
  await expect(page.locator('#a11y [data-screen="setup"]')).toBeAttached();
  while ((await page.locator('#a11y [data-teams]').getAttribute('data-teams')) !== String(teams)) await page.keyboard.press('+');
}

/** What the cards measure under print: per card its size, the letter's glyph height, and anything sticking out. */
async function measure(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#answer-cards .answer-card')].map((card) => {
      const r = card.getBoundingClientRect();
      const letter = card.querySelector<HTMLElement>('.letter')!;
      const cs = getComputedStyle(letter);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const m = ctx.measureText(letter.textContent ?? '');
      const outside = [...card.querySelectorAll<Element>('*')].filter((e) => {
        const b = e.getBoundingClientRect();
        return b.left < r.left - 0.5 || b.right > r.right + 0.5 || b.top < r.top - 0.5 || b.bottom > r.bottom + 0.5;
      });
      const name = card.querySelector<HTMLElement>('.team-name')!;
      return {
        team: Number(card.dataset.team),
        letter: letter.textContent,
        name: name.textContent,
        nameCut: name.scrollWidth > name.clientWidth,
        shape: card.querySelector('svg polygon, svg circle')?.getAttribute('fill') ?? null,
        width: r.width,
        height: r.height,
        right: r.right,
        glyph: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent,
        outside: outside.map((e) => e.tagName),
      };
    }),
  );
}

test('answer cards: P on the setup prints one card per team per answer letter, named, in the team’s shape, large and inside the page', async ({ page }) => {
  const watch = watchPage(page);
  await toSetup(page, 3);
  await page.evaluate(() =>
    (window as unknown as { onTheRecord: { store: { getState(): { dispatch(a: unknown): void } } } }).onTheRecord.store
      .getState()
      .dispatch({ type: 'renameTeam', team: 1, name: 'Los "Súper" Ñandúes' }),
  );
  // The setup's DOM view offers it as a button, with the help line saying what it is for.
  await expect(page.locator('#a11y [data-action="answer-cards"]')).toHaveText('Print answer cards');
  await page.keyboard.press('p');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const pack = (await page.evaluate(() =>
    JSON.stringify((window as unknown as { onTheRecord: { store: { getState(): { pack: Pack } } } }).onTheRecord.store.getState().pack),
  )) as string;
  const letters = answerLetters(JSON.parse(pack) as Pack);
  expect(letters.length).toBeGreaterThanOrEqual(3);
  expect(letters.join('')).toBe('ABCDEF'.slice(0, letters.length));

  // Nothing shows on screen; under print, only the cards.
  await expect(page.locator('#answer-cards')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#answer-cards')).toBeVisible();
  await expect(page.locator('#game')).toBeHidden();
  const cards = await measure(page);
  const names = ['Team 1', 'Los "Súper" Ñandúes', 'Team 3'];
  expect(cards.map((c) => [c.team, c.name, c.letter])).toEqual(names.flatMap((n, team) => letters.map((l) => [team, n, l])));
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  for (const c of cards) {
    expect(c.shape, 'an SVG shape in the team colour').toMatch(/^#[0-9a-f]{6}$/);
    expect(c.glyph / c.height, `letter ${c.letter} is at least 60% of the card's height`).toBeGreaterThanOrEqual(0.6);
    expect(c.width).toBeLessThanOrEqual(LETTER_WIDE);
    expect(c.height).toBeLessThanOrEqual(LETTER_HIGH);
    expect(c.right).toBeLessThanOrEqual(width);
    expect(c.outside, 'nothing sticks out of the card').toEqual([]);
    expect(c.nameCut, 'the team name fits whole').toBe(false);
  }
  // Each team its own colour and shape.
  expect(new Set(cards.map((c) => c.shape)).size).toBe(3);
  expect(await page.locator('#answer-cards svg[data-shape]').evaluateAll((s) => [...new Set(s.map((e) => e.getAttribute('data-shape')))])).toEqual([
    'circle',
    'diamond',
    'square',
  ]);
  mkdirSync('tests/artifacts/screens', { recursive: true });
  await page.locator('.answer-card').nth(letters.length).screenshot({ path: 'tests/artifacts/screens/answer-card.png' });
  await page.screenshot({ path: 'tests/artifacts/screens/answer-cards-print.png', fullPage: true });
  // The PDF as printed: one landscape page per card.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync('tests/artifacts/answer-cards.pdf', pdf);
  const text = pdf.toString('latin1');
  expect(text.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(cards.length);
  const [, w, h] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text) ?? [];
  expect(Number(w)).toBeGreaterThan(Number(h));
  expect(watch.problems).toEqual([]);
});

test('answer cards in Spanish: default names by number ("Equipo 1"), the setup button in Spanish', async ({ page }) => {
  await toSetup(page, 2);
  await page.evaluate(() =>
    (window as unknown as { onTheRecord: { store: { getState(): { setLanguage(l: string): void } } } }).onTheRecord.store.getState().setLanguage('es'),
  );
  await expect(page.locator('#a11y [data-action="answer-cards"]')).toHaveText('Imprimir tarjetas de respuesta');
  await page.keyboard.press('p');
  await page.emulateMedia({ media: 'print' });
  const cards = await measure(page);
  expect([...new Set(cards.map((c) => c.name))]).toEqual(['Equipo 1', 'Equipo 2']);
  for (const c of cards) expect(c.outside).toEqual([]);
});
