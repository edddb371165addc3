import { expect, test } from '@playwright/test';
import { openGame, screenKind, watchPage, mulberry32 } from './harness';

const KEYS = [
  'Enter',
  ' ',
  'ArrowRight',
  'ArrowLeft',
  'ArrowUp',
  'ArrowDown',
  'PageDown',
  'PageUp',
  'Backspace',
  'Escape',
  'Tab',
  '?',
  '.',
  '+',
  '-',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'x',
  'u',
  'n',
  's',
  't',
  'p',
  'o',
  'v',
  'w',
  'm',
  'Delete',
];

test('a monkey: 5,000 random clicks and key presses across every screen, no errors, and a usable game at the end', async ({ page }) => {
  // 5,000 actions take about 3.5 minutes here (measured 207 s alone); two workers share 2 cores.
  test.setTimeout(330_000);
  const watch = watchPage(page);
  // Printing would open a dialog; the monkey may press P on the results.
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await openGame(page);
  const seed = Number(process.env.MONKEY_SEED ?? 20261127);
  const random = mulberry32(seed);
  const box = (await page.locator('#game canvas').boundingBox())!;
  const seen = new Set<string>();
  for (let i = 0; i < 5000; i++) {
    const r = random();
    if (r < 0.55) await page.keyboard.press(KEYS[Math.floor(random() * KEYS.length)]!);
    else await page.mouse.click(box.x + random() * box.width, box.y + random() * box.height);
    if (i % 50 === 0) seen.add((await screenKind(page)) ?? '?');
  }
  // Close whatever is open (a dialog, the menu, the article), then the game still answers keys.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Escape');
  await page.locator('.rename-dialog, .pack-dialog').evaluateAll((els) => els.forEach((e) => e.remove()));
  await expect(page.locator('#a11y [data-screen]')).toBeAttached();
  await expect(page.locator('#game canvas')).toBeVisible();
  const before = await page.evaluate(() =>
    JSON.stringify((window as unknown as { onTheRecord: { store: { getState(): { game: unknown } } } }).onTheRecord.store.getState().game),
  );
  expect(before.length).toBeGreaterThan(10);
  expect(seen.size, `screens visited: ${[...seen].join(', ')}`).toBeGreaterThanOrEqual(5);
  expect(watch.problems, `seed ${seed}`).toEqual([]);
  expect(watch.foreign).toEqual([]);
});
