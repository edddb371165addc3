import { expect, test } from './fixture';
import { openGame, screenKind, watchPage } from './harness';

test('a reload in the middle of a round returns to the same round, picks and scores intact', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  // Setup, poll, list, first level: answer round 1, pick (not lock in) an answer in round 2.
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'a', 'Enter', 'Space']) await page.keyboard.press(k);
  while ((await screenKind(page)) === 'reveal') await page.keyboard.press('Space');
  await page.keyboard.press('b');
  const before = await page.locator('#a11y .screen').innerText();
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  expect(await screenKind(page)).toBe('round');
  // "Resume class session" is offered first; Enter takes it.
  await expect(page.locator('#a11y [data-overlay="resume"]')).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  expect(await page.locator('#a11y .screen').innerText()).toBe(before);
  await expect(page.locator('#a11y [aria-pressed="true"]')).toHaveCount(1);
  // And the canvas shows it too: the round scene is running.
  await page.waitForFunction(() =>
    (window as unknown as { onTheRecord: { hitAreas(): { scene: string }[] } }).onTheRecord.hitAreas().some((a) => a.scene === 'Round'),
  );
  expect(watch.problems).toEqual([]);
});

test('unreadable saved data: the game starts clean, keeps a copy, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('on-the-record:save', '{"version":1,"game":{"phase":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openGame(page);
  expect(await screenKind(page)).toBe('title');
  await expect(page.locator('#a11y [data-notice="unreadable"]')).toBeAttached();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('on-the-record:save:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"version":1,"game":{"phase":']);
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-notice]')).toHaveCount(0);
});

test('"New session" on reopening asks twice, then starts over', async ({ page }) => {
  await openGame(page);
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'a', 'Enter']) await page.keyboard.press(k);
  expect(await screenKind(page)).toBe('reveal');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await page.keyboard.press('n');
  await expect(page.locator('#a11y [data-action="new-session"]')).toContainText('again');
  expect(await screenKind(page)).toBe('reveal');
  await page.keyboard.press('n');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  expect(await screenKind(page)).toBe('title');
});

test('the resume question is legible and passes axe at 1920×1080, DSF 1 and 2', async ({ browser }) => {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const { checkLegible } = await import('./harness');
  for (const scale of [1, 2]) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: scale });
    const page = await context.newPage();
    await openGame(page);
    for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.waitForFunction(() =>
      (window as unknown as { onTheRecord: { game: { scene: { isActive(k: string): boolean } } } }).onTheRecord.game.scene.isActive('ResumePrompt'),
    );
    await page.waitForTimeout(300);
    await checkLegible(page, `resume prompt @${scale}x`);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `tests/artifacts/screens/resume@${scale}x.png` });
    await context.close();
  }
});
