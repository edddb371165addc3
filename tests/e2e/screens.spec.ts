import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openGame, readPack, screenKind, watchPage } from './harness';

const { levels } = readPack();
const OUT = 'tests/artifacts/screens';
mkdirSync(OUT, { recursive: true });

/** Finds the first round of a type: [level, round]. */
function firstOf(type: string): [number, number] {
  for (const [li, l] of levels.entries()) {
    const ri = l.rounds.findIndex((r) => r.type === type);
    if (ri >= 0) return [li, ri];
  }
  throw new Error(`no ${type} round in the pack`);
}

/** Opens a level from the list with its number key and answers rounds with A until `round`. */
async function goToRound(page: Page, level: number, round: number): Promise<void> {
  await page.keyboard.press('Enter');
  await page.keyboard.press(String((level + 1) % 10));
  await page.keyboard.press('Enter');
  for (let r = 0; r < round; r++) {
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    while ((await screenKind(page)) === 'reveal') await page.keyboard.press('Space');
  }
  expect(await screenKind(page)).toBe('round');
}

interface TextReport {
  scene: string;
  text: string;
  size: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every Text on the canvas, in design pixels, as the scenes laid it out. */
async function textsOnCanvas(page: Page): Promise<TextReport[]> {
  // Let the director start the scene for the new state before measuring.
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const { game } = (window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): { scene: { key: string }; children: { list: unknown[] } }[] } } } }).onTheRecord;
    return game.scene.getScenes(true).flatMap((s) =>
      (s.children.list as { type: string; text: string; style: { fontSize: string }; getBounds(): { left: number; top: number; right: number; bottom: number } }[])
        .filter((o) => o.type === 'Text' && o.text.trim() !== '')
        .map((o) => {
          const b = o.getBounds();
          return { scene: s.scene.key, text: o.text.slice(0, 40), size: Number.parseFloat(o.style.fontSize), left: b.left, top: b.top, right: b.right, bottom: b.bottom };
        }),
    );
  });
}

async function checkLegible(page: Page, name: string): Promise<void> {
  const texts = await textsOnCanvas(page);
  expect(texts.length, `${name}: some text on the canvas`).toBeGreaterThan(0);
  for (const t of texts) {
    expect(t.size, `${name}: "${t.text}" is at least 36 px`).toBeGreaterThanOrEqual(36);
    // Inside the 1920×1080 design with a safe margin for overscanned projectors.
    expect(t.left, `${name}: "${t.text}" left edge`).toBeGreaterThanOrEqual(32);
    expect(t.top, `${name}: "${t.text}" top edge`).toBeGreaterThanOrEqual(20);
    expect(t.right, `${name}: "${t.text}" right edge`).toBeLessThanOrEqual(1920 - 32);
    expect(t.bottom, `${name}: "${t.text}" bottom edge`).toBeLessThanOrEqual(1080 - 20);
  }
  // No two texts of one screen collide (a card running into the footer, say).
  const overlaps = texts.flatMap((a, i) =>
    texts
      .slice(i + 1)
      .filter((b) => a.scene === b.scene && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2)
      .map((b) => `"${a.text}" × "${b.text}"`),
  );
  expect(overlaps, `${name}: overlapping text`).toEqual([]);
}

const SCREENS: { name: string; reach: (page: Page) => Promise<void> }[] = [
  { name: 'title', reach: async () => {} },
  { name: 'level-select', reach: (p) => p.keyboard.press('Enter') },
  { name: 'level-intro', reach: async (p) => (await p.keyboard.press('Enter'), await p.keyboard.press('Enter')) },
  ...(['choice', 'claim', 'who', 'multi'] as const).flatMap((type) => [
    { name: `round-${type}`, reach: (p: Page) => goToRound(p, ...firstOf(type)) },
    {
      name: `reveal-${type}`,
      reach: async (p: Page) => {
        await goToRound(p, ...firstOf(type));
        await p.keyboard.press('b');
        await p.keyboard.press('Enter');
      },
    },
  ]),
  {
    name: 'source-view',
    reach: async (p) => {
      await goToRound(p, 0, 0);
      await p.keyboard.press('a');
      await p.keyboard.press('Enter');
      await p.keyboard.press('s');
    },
  },
  {
    name: 'menu',
    reach: async (p) => {
      await goToRound(p, 0, 0);
      await p.keyboard.press('Escape');
    },
  },
  {
    name: 'level-summary',
    reach: async (p) => {
      await goToRound(p, 0, levels[0]!.rounds.length - 1);
      await p.keyboard.press('a');
      await p.keyboard.press('Enter');
      while ((await screenKind(p)) === 'reveal') await p.keyboard.press('Space');
    },
  },
  {
    name: 'final',
    reach: async (p) => {
      await p.keyboard.press('Enter');
      for (let i = 0; i < 200 && (await screenKind(p)) !== 'final'; i++) {
        const kind = await screenKind(p);
        if (kind === 'round') await p.keyboard.press('a'), await p.keyboard.press('Enter');
        else await p.keyboard.press('Space');
        while ((await screenKind(p)) === 'reveal') await p.keyboard.press('Space');
      }
      expect(await screenKind(p)).toBe('final');
    },
  },
];

for (const scale of [1, 2]) {
  test.describe(`at 1920×1080, deviceScaleFactor ${scale}`, () => {
    test.use({ deviceScaleFactor: scale });
    for (const screen of SCREENS) {
      test(`${screen.name}: legible, inside the frame, screenshot saved`, async ({ page }) => {
        const watch = watchPage(page);
        await openGame(page);
        await screen.reach(page);
        await checkLegible(page, screen.name);
        // The DOM view of the same screen: no critical or serious accessibility violations.
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
        await page.screenshot({ path: `${OUT}/${screen.name}@${scale}x.png` });
        expect(watch.problems).toEqual([]);
        expect(watch.foreign).toEqual([]);
      });
    }
  });
}

test.describe('crisp at devicePixelRatio 2', () => {
  test.use({ deviceScaleFactor: 2 });
  for (const renderer of ['canvas', 'webgl']) {
    test(`${renderer}: the canvas backing store is at least 95% of CSS size × 2`, async ({ page }) => {
      await openGame(page, `?renderer=${renderer}`);
      const size = await page.evaluate(() => {
        const c = document.querySelector('#game canvas') as HTMLCanvasElement;
        const r = c.getBoundingClientRect();
        return { backing: c.width, backingH: c.height, css: r.width, cssH: r.height, renderer: document.documentElement.dataset.renderer };
      });
      expect(size.renderer).toBe(renderer);
      expect(size.backing).toBeGreaterThanOrEqual(0.95 * size.css * 2);
      expect(size.backingH).toBeGreaterThanOrEqual(0.95 * size.cssH * 2);
      expect(size.css).toBeGreaterThanOrEqual(1900);
    });
  }
});

test('every round, reveal and evidence page of the pack fits at 1920×1080', async ({ page }) => {
  test.setTimeout(300_000);
  const watch = watchPage(page);
  await openGame(page);
  await page.keyboard.press('Enter');
  for (const [li, level] of levels.entries()) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    for (const [ri, round] of level.rounds.entries()) {
      await checkLegible(page, `level ${li + 1} round ${ri + 1} (${round.type})`);
      // Alternate picks so both right and wrong reveals are laid out.
      await page.keyboard.press((li + ri) % 2 === 0 ? 'a' : 'b');
      await page.keyboard.press('Enter');
      for (let p = 0; (await screenKind(page)) === 'reveal'; p++) {
        await checkLegible(page, `level ${li + 1} reveal ${ri + 1} page ${p + 1}`);
        if (p === 0) {
          // The explanation is on the canvas, not only in the DOM layer.
          const explanation = (await page.locator('#a11y .explanation').textContent())!.slice(0, 30);
          const shown = await page.evaluate((start) => {
            const { game } = (window as unknown as { onTheRecord: { game: { scene: { getScene(k: string): { children: { list: { type: string; text?: string }[] } } } } } }).onTheRecord;
            return game.scene.getScene('Reveal').children.list.some((o) => o.type === 'Text' && o.text?.startsWith(start));
          }, explanation);
          expect(shown, `level ${li + 1} reveal ${ri + 1}: explanation on the canvas`).toBe(true);
        }
        await page.keyboard.press('Space');
      }
    }
    await checkLegible(page, `level ${li + 1} summary`);
  }
  expect(watch.problems).toEqual([]);
});
