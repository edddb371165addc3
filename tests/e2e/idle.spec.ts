import { expect, test, type Page } from '@playwright/test';
import { openGame } from './harness';

/** Whether Phaser's render loop is running. */
const loop = (page: Page) =>
  page.evaluate(() => (window as unknown as { onTheRecord: { game: { loop: { running: boolean } } } }).onTheRecord.game.loop.running);
// What the screen shows, as composited (a WebGL canvas's own buffer is gone once shown).
const picture = async (page: Page) => (await page.locator('#game canvas').screenshot({ scale: 'css' })).toString('base64');

for (const renderer of ['canvas', 'webgl']) {
  test(`${renderer}: the render loop sleeps while nothing changes, and a key wakes it to draw the next screen`, async ({ page }) => {
    await openGame(page, `?renderer=${renderer}`);
    // Asleep a moment after the title has drawn, and still asleep later.
    await expect.poll(() => loop(page)).toBe(false);
    await page.waitForTimeout(500);
    expect(await loop(page)).toBe(false);
    const title = await picture(page);

    await page.keyboard.press('Enter'); // to the class setup
    await expect(page.locator('#a11y [data-screen="setup"]')).toHaveCount(1);
    // The new screen reaches the canvas, then the loop sleeps again.
    await expect.poll(() => picture(page)).not.toBe(title);
    await expect.poll(() => loop(page)).toBe(false);
    const setup = await picture(page);

    // A change on the same screen (a question ticked out) is drawn too.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    await expect.poll(() => picture(page)).not.toBe(setup);
    await expect.poll(() => loop(page)).toBe(false);
  });
}
