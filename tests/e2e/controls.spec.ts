import { expect, test } from './fixture';
import { clickControl, controlCentre, openGame, screenKind, sceneReady, watchPage, throughReveal } from './harness';

test('touch: tapping the canvas plays like clicking', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await openGame(page);
  const play = await controlCentre(page, 'Title', 'action:next');
  await page.touchscreen.tap(play.cx, play.cy);
  await expect.poll(() => screenKind(page)).toBe('setup');
  const start = await controlCentre(page, 'Setup', 'action:next');
  await page.touchscreen.tap(start.cx, start.cy);
  await expect.poll(() => screenKind(page)).toBe('poll');
  const plus = await controlCentre(page, 'Poll', 'poll:feasible:+');
  await page.touchscreen.tap(plus.cx, plus.cy);
  await expect(page.locator('#a11y [data-poll="feasible"]')).toHaveAttribute('data-count', '1');
  await context.close();
});

test('letterboxed to any window, re-fitted on resize, clicks still land', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openGame(page);
  const fit = () =>
    page.evaluate(() => {
      const c = document.querySelector('#game canvas') as HTMLCanvasElement;
      const r = c.getBoundingClientRect();
      return { w: c.width, h: c.height, cssW: r.width, cssH: r.height, top: r.top, left: r.left };
    });
  expect(await fit()).toEqual({ w: 1024, h: 576, cssW: 1024, cssH: 576, top: 96, left: 0 });
  await page.setViewportSize({ width: 1600, height: 1200 });
  await expect.poll(async () => (await fit()).cssW).toBe(1600);
  expect(await fit()).toMatchObject({ w: 1600, h: 900, cssH: 900, top: 150 });
  await clickControl(page, 'Title', 'action:next');
  await clickControl(page, 'Setup', 'action:next');
  await clickControl(page, 'Poll', 'action:next');
  await expect.poll(() => screenKind(page)).toBe('levelSelect');
  await clickControl(page, 'LevelSelect', 'level:3');
  await expect.poll(() => page.locator('#a11y h1').textContent()).toContain('Question 4 of ');
});

test('without a GPU the game picks the Canvas renderer; WebGL where a GPU is present', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/');
  await page.waitForSelector('html[data-ready="true"]');
  const { chosen, gpu } = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl') as WebGLRenderingContext | null;
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : '';
    return { chosen: document.documentElement.dataset.renderer, gpu: name };
  });
  expect(chosen).toBe(/swiftshader|llvmpipe|software/i.test(gpu) || gpu === '' ? 'canvas' : 'webgl');
  expect(watch.problems).toEqual([]);
});

test('menu and article view by keyboard, with the DOM layer following', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  expect(await screenKind(page)).toBe('round');
  await page.keyboard.press('Escape');
  await expect(page.locator('#a11y [data-overlay="menu"]')).toBeAttached();
  await sceneReady(page, 'Menu', 'menu:0');
  await page.keyboard.press('1');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  expect(await screenKind(page)).toBe('round');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await throughReveal(page);
  await page.keyboard.press('s');
  await expect(page.locator('#a11y [data-overlay="source"] mark')).toHaveText(/\S/);
  const quote = await page.locator('#a11y [data-overlay="source"] mark').textContent();
  // The highlighted passage is the first evidence quote of the reveal, word for word.
  await expect(page.locator('#a11y .screen figure.quote blockquote').first()).toHaveText(quote!);
  await clickControl(page, 'SourceView', 'action:close-source');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  expect(await screenKind(page)).toBe('reveal');
  // Back from the reveal: the same question, read-only, with the pick (A) shown as picked; letters change nothing; Enter is the reveal again.
  await page.keyboard.press('Backspace');
  await expect(page.locator('#a11y [data-review]')).toHaveText('Answered — Enter shows the reveal again');
  expect(await screenKind(page)).toBe('round');
  const picked = page.locator('#a11y [data-option][aria-pressed="true"]');
  await expect(picked).toHaveCount(1);
  await expect(picked).toHaveText(/^A\. /);
  await expect(page.locator('#a11y [data-action="confirm"]')).toHaveCount(0);
  await sceneReady(page, 'Round', 'action:next');
  await page.keyboard.press('b');
  await expect(picked).toHaveText(/^A\. /);
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-screen="reveal"]')).toBeAttached();
  expect(watch.problems).toEqual([]);
});

test('presentation clicker keys: PageDown and PageUp step, "." blanks and any key returns; "?" shows the map', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await page.keyboard.press('PageDown');
  expect(await screenKind(page)).toBe('setup');
  await page.keyboard.press('PageDown');
  expect(await screenKind(page)).toBe('poll');
  await page.keyboard.press('PageDown');
  expect(await screenKind(page)).toBe('levelSelect');
  await page.keyboard.press('PageUp');
  expect(await screenKind(page)).toBe('poll');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('.');
  await expect(page.locator('#blank')).toBeVisible();
  // The sheet covers the canvas: the centre of the page is black.
  await page.screenshot({ path: 'tests/artifacts/screens/blank@1x.png' });
  await page.keyboard.press('PageDown');
  await expect(page.locator('#blank')).toBeHidden();
  expect(await screenKind(page)).toBe('levelSelect');
  await page.keyboard.press('?');
  await expect(page.locator('#a11y [data-overlay="help"] dt')).toHaveCount(15);
  await page.waitForFunction(() =>
    (window as unknown as { onTheRecord: { game: { scene: { isActive(k: string): boolean } } } }).onTheRecord.game.scene.isActive('Help'),
  );
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'tests/artifacts/screens/help@1x.png' });
  await page.keyboard.press('x');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  expect(await screenKind(page)).toBe('levelSelect');
  expect(watch.problems).toEqual([]);
});
