import { expect, test } from './fixture';
import { openGame, playFirstAnswers, watchPage } from './harness';

test('the built game plays a whole pack under its Content-Security-Policy: no violation, no request to another origin, no cookie', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openGame(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe');
  // The practice pack, every round answered with the first option, to the final results.
  await page.keyboard.press('2');
  await playFirstAnswers(page, 'final');
  // The results' CSV is made in the page too.
  const download = page.waitForEvent('download');
  await page.keyboard.press('c');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect((await page.context().cookies()).length).toBe(0);
  expect(watch.foreign).toEqual([]);
  expect(watch.problems).toEqual([]);
});
