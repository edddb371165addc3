import { readFileSync } from 'node:fs';
import { expect, test } from './fixture';
import { clickControl, openGame, screenKind, watchPage } from './harness';

test('an uncaught error shows a way out, not a frozen screen; "back to the title" keeps the scores', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'a', 'Enter']) await page.keyboard.press(k);
  expect(await screenKind(page)).toBe('reveal');
  const saved = await page.evaluate(() => localStorage.getItem('on-the-record:save'));
  // Something in the game throws, outside any handler.
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('a broken scene');
    }),
  );
  const dialog = page.locator('.recovery[role="alertdialog"]');
  await expect(dialog).toContainText('Something went wrong');
  await expect(dialog).toContainText('a broken scene');
  await expect(dialog.locator('[data-action="recover-again"]')).toBeFocused();
  await dialog.locator('[data-action="recover-title"]').click();
  await page.waitForSelector('html[data-ready="true"]');
  await page.keyboard.press('Enter'); // resume the class session
  expect(await screenKind(page)).toBe('title');
  const records = await page.evaluate(() => JSON.parse(localStorage.getItem('on-the-record:save')!).game.records);
  expect(records).toEqual(JSON.parse(saved!).game.records);
  expect(watch.problems.filter((p) => !p.includes('a broken scene'))).toEqual([]);
});

test('a lost WebGL context reloads into the same screen', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page, '?renderer=webgl');
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  expect(await screenKind(page)).toBe('levelIntro');
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => {
    const canvas = document.querySelector('#game canvas') as HTMLCanvasElement;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await reloaded;
  await page.waitForSelector('html[data-ready="true"]');
  await page.keyboard.press('Enter'); // resume
  expect(await screenKind(page)).toBe('levelIntro');
  expect(watch.problems.filter((p) => !/WebGL|context/i.test(p))).toEqual([]);
});

test('"Erase all data" (asked twice) forgets saves, backups and loaded packs on this device', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await page.setInputFiles('#pack-file', {
    name: 'v1.zip',
    mimeType: 'application/zip',
    buffer: readFileSync(new URL('../fixtures/pack-versions/v1-mini-pack.zip', import.meta.url)),
  });
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toBeAttached();
  await page.keyboard.press('Enter'); // close "loaded"
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(3);
  for (const k of ['Enter', 'Enter', 'a', 'Enter']) await page.keyboard.press(k);
  await page.evaluate(() => localStorage.setItem('on-the-record:save:unreadable:1', '{broken'));
  // Erasing lives in the menu's settings page, asked twice; clicked on the canvas as a teacher would.
  await page.keyboard.press('Escape');
  const entry = async (label: RegExp) => `menu:${await page.locator('#a11y [data-menu]').filter({ hasText: label }).getAttribute('data-menu')}`;
  await clickControl(page, 'Menu', await entry(/Settings/));
  const erase = await entry(/Erase all data/);
  await clickControl(page, 'Menu', erase);
  await expect(page.locator('#a11y [data-menu]').filter({ hasText: /Really erase/ })).toHaveCount(1);
  const reloaded = page.waitForEvent('load');
  await clickControl(page, 'Menu', erase);
  await reloaded;
  await page.waitForSelector('html[data-ready="true"]');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('on-the-record')))).toEqual([]);
  await expect(page.locator('#a11y [data-overlay="resume"]')).toHaveCount(0);
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(2);
  expect(watch.problems).toEqual([]);
});
