import { expect, test } from './fixture';
import { openGame } from './harness';

// Phaser's built-in textures are drawn on canvases at boot (src/ui/instantTextures.ts), so no
// scene waits for an image decoder; WebGL's renderer must still have taken them as its blank
// and white textures, and the screens must still draw with either renderer.
for (const renderer of ['canvas', 'webgl']) {
  test(`${renderer}: the built-in textures are canvases from the first screen on, and the renderer uses them`, async ({ page }) => {
    await openGame(page, `?renderer=${renderer}`);
    const seen = await page.evaluate(() => {
      type Tex = { getSourceImage(): unknown };
      const { game } = (
        window as unknown as {
          onTheRecord: {
            game: { textures: { exists(k: string): boolean; get(k: string): Tex }; renderer: { blankTexture?: unknown; whiteTexture?: unknown } };
          };
        }
      ).onTheRecord;
      const keys = ['__DEFAULT', '__MISSING', '__WHITE'];
      return {
        exist: keys.map((k) => game.textures.exists(k)),
        canvases: keys.map((k) => game.textures.get(k).getSourceImage() instanceof HTMLCanvasElement),
        white: (() => {
          const c = game.textures.get('__WHITE').getSourceImage() as HTMLCanvasElement;
          return [...c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data].every((v) => v === 255);
        })(),
        gl: 'whiteTexture' in game.renderer ? [Boolean(game.renderer.blankTexture), Boolean(game.renderer.whiteTexture)] : null,
      };
    });
    expect(seen.exist).toEqual([true, true, true]);
    expect(seen.canvases).toEqual([true, true, true]);
    expect(seen.white).toBe(true);
    if (renderer === 'webgl') expect(seen.gl).toEqual([true, true]);
  });
}

// The title may draw as soon as the typeface is in, but never before: text rasterised in a
// stand-in face would stay that way. With the font files held back, it has to wait for them.
for (const delay of [0, 600]) {
  test(`the first screen draws in the game's own typeface (fonts ${delay ? `${delay} ms late` : 'on time'})`, async ({ page }) => {
    if (delay) {
      await page.route(/\.woff2?$/, async (route) => {
        await new Promise((r) => setTimeout(r, delay));
        await route.continue();
      });
    }
    await page.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        if (name === 'on-the-record:Title') {
          const faces = ['44px', 'bold 44px', 'italic 44px'].map((f) => document.fonts.check(`${f} "Atkinson Hyperlegible"`));
          Object.assign(window, { facesAtTitle: faces });
        }
        return mark(name, options);
      };
    });
    await openGame(page);
    expect(await page.evaluate(() => (window as unknown as { facesAtTitle: boolean[] }).facesAtTitle)).toEqual([true, true, true]);
  });
}

// Scenes are added when first shown: at the title only Boot and Title exist, and each screen
// on the way to the first question joins as it is reached.
test('scenes are built when first shown, not all at boot', async ({ page }) => {
  await openGame(page);
  const keys = () =>
    page.evaluate(() =>
      (window as unknown as { onTheRecord: { game: { scene: { scenes: { sys: { settings: { key: string } } }[] } } } }).onTheRecord.game.scene.scenes.map(
        (s) => s.sys.settings.key,
      ),
    );
  expect(await keys()).toEqual(['Boot', 'Title']);
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-screen="setup"]')).toBeAttached();
  expect(await keys()).toEqual(['Boot', 'Title', 'Setup']);
});

// A screen that has been left is hidden at once and taken down when the browser is idle: its
// objects do not outlive it, and going back to it draws it afresh.
test('a screen that has been left is taken down soon after, and comes back whole', async ({ page }) => {
  await openGame(page);
  type Sys = { isActive(): boolean; isSleeping(): boolean };
  const title = () =>
    page.evaluate(() => {
      const s = (
        window as unknown as { onTheRecord: { game: { scene: { getScene(k: string): { sys: Sys; children: { list: unknown[] } } } } } }
      ).onTheRecord.game.scene.getScene('Title');
      return { active: s.sys.isActive(), sleeping: s.sys.isSleeping(), objects: s.children.list.length };
    });
  const before = await title();
  expect(before.active).toBe(true);
  expect(before.objects).toBeGreaterThan(10);
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-screen="setup"]')).toBeAttached();
  await expect.poll(title).toEqual({ active: false, sleeping: false, objects: 0 });
  // Back to the title: drawn again, as many objects as before.
  await page.keyboard.press('PageUp');
  await expect(page.locator('#a11y [data-screen="title"]')).toBeAttached();
  await expect.poll(title).toEqual({ active: true, sleeping: false, objects: before.objects });
});
