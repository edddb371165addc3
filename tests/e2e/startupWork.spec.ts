import { expect, test, type Page } from './fixture';

/**
 * Work that start-up used to do and no longer does, checked on the built game. Each was on the
 * way to the title (see the README's performance section); a change that brings one back fails here.
 */

/** Counts the canvas contexts the page asks for, by kind, from before its first script runs. */
async function countContexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const asked: Record<string, number> = {};
    (window as unknown as { __contexts: Record<string, number> }).__contexts = asked;
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      asked[kind] = (asked[kind] ?? 0) + 1;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
}

const contexts = (page: Page) => page.evaluate(() => (window as unknown as { __contexts: Record<string, number> }).__contexts);

test('drawing with Canvas, start-up makes no WebGL context (Phaser asks for one only to make a WebGL renderer)', async ({ page }) => {
  await countContexts(page);
  await page.goto('/?renderer=canvas');
  await page.waitForSelector('#a11y [data-screen="title"]');
  const asked = await contexts(page);
  expect(asked['2d'] ?? 0).toBeGreaterThan(0);
  expect((asked.webgl ?? 0) + (asked.webgl2 ?? 0) + (asked['experimental-webgl'] ?? 0)).toBe(0);
});

test('asked for WebGL, the game still probes for it, gets it and draws the title with it', async ({ page }) => {
  await countContexts(page);
  await page.goto('/?renderer=webgl');
  await page.waitForSelector('#a11y [data-screen="title"]');
  expect(await page.evaluate(() => document.documentElement.dataset.renderer)).toBe('webgl');
  const asked = await contexts(page);
  expect((asked.webgl ?? 0) + (asked.webgl2 ?? 0)).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { onTheRecord: { game: { renderer: { type: number } } } }).onTheRecord.game.renderer.type)).toBe(2);
});

test('a key that skips a fade only finishes it: the screen it leaves is not drawn again first', async ({ page }) => {
  await page.goto('/?renderer=canvas');
  await page.waitForSelector('#a11y [data-screen="title"]');
  type Scene = { events: { on(e: string, f: () => void): void }; cameras: { main: { setAlpha(a: number): void } } };
  await page.evaluate(() => {
    const scene = (window as unknown as { onTheRecord: { game: { scene: { getScene(k: string): Scene } } } }).onTheRecord.game.scene.getScene('Title');
    // Count what the title puts on screen from here on (texts, shapes, hit areas).
    let n = 0;
    scene.events.on('addedtoscene', () => (n += 1));
    (window as unknown as { __titleObjects: () => number }).__titleObjects = () => n;
    // Still fading in, as in the moment after it drew.
    scene.cameras.main.setAlpha(0.5);
  });
  await page.keyboard.press('Enter');
  await page.waitForSelector('#a11y [data-screen="setup"]');
  expect(await page.evaluate(() => (window as unknown as { __titleObjects: () => number }).__titleObjects())).toBe(0);
});

test('drawing with Canvas, the screens on the way to the first question make no canvas for their texts', async ({ page }) => {
  await countContexts(page);
  await page.goto('/?renderer=canvas');
  await page.waitForSelector('#a11y [data-screen="title"]');
  const before = (await contexts(page))['2d'] ?? 0;
  const texts = [];
  for (const screen of ['setup', 'poll', 'levelSelect', 'levelIntro', 'round']) {
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#a11y [data-screen="${screen}"]`);
    texts.push(
      await page.evaluate(
        () =>
          (
            window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): { children: { list: { type: string }[] } }[] } } } }
          ).onTheRecord.game.scene
            .getScenes(true)
            .flatMap((s) => s.children.list.filter((o) => o.type === 'Text')).length,
      ),
    );
  }
  // Each of these screens shows texts; a Phaser Text would have asked for a canvas for each.
  expect(Math.min(...texts)).toBeGreaterThan(3);
  // A face (regular, bold, italic) is measured once, on a canvas of its own, the first time it is used.
  expect(((await contexts(page))['2d'] ?? 0) - before).toBeLessThanOrEqual(3);
});
