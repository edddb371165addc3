/**
 * Issue 16, item 14: long lists page. A generated pack of 98 questions: the setup's question list
 * and the level select show a page at a time, every question is reached with the arrow keys
 * (and the on-screen page buttons), each page passes checkLegible, and the DOM layer lists all
 * 98. Thirty packs dropped beside the two built in (32): the title's tabs show a page at a
 * time, ↓ reaches every pack, each page passes checkLegible, and the DOM layer lists all 32.
 * Standard text in English and Extra large in Spanish; one page each.
 */
import { expect, test, type Page } from './fixture';
import { manyLevelsPack } from '../unit/longPack';
import { act, checkLegible, clickControl, openWith, screenKind, watchPage } from './harness';
import { dropPack } from './dropPack';

/** The names of a scene's tappable areas that start with `prefix`. */
async function areas(page: Page, scene: string, prefix: string): Promise<string[]> {
  await page.waitForTimeout(150);
  return page.evaluate(
    ([s, p]) =>
      (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string }[] } }).onTheRecord
        .hitAreas()
        .filter((a) => a.scene === s && a.name.startsWith(p))
        .map((a) => a.name),
    [scene, prefix] as const,
  );
}

const levelCursor = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { onTheRecord: { store: { getState(): { levelCursor: number | null } } } }).onTheRecord.store.getState().levelCursor,
  );

const CASES = [
  ['en', 'standard'],
  ['es', 'xl'],
] as const;

test.describe.configure({ mode: 'parallel' });

for (const [language, preset] of CASES) {
  test(`98 questions: the setup and the level select page, every question reached and legible (${preset}, ${language})`, async ({ page }) => {
    test.setTimeout(90_000);
    const watch = watchPage(page);
    await openWith(page, language, preset);
    await dropPack(page, 'many.pack.json', manyLevelsPack(98));
    await act(page, { type: 'startSession', mode: 'solo' });
    expect(await screenKind(page)).toBe('setup');
    await expect(page.locator('#a11y [data-setup-level]')).toHaveCount(98);

    // The setup: → steps a column (five questions), so a page of three columns at a time.
    const setupSeen = new Set<string>();
    await page.keyboard.press(' ');
    for (let step = 0; step < 30; step++) {
      for (const name of await areas(page, 'Setup', 'setup-level:')) setupSeen.add(name);
      await checkLegible(page, `setup at question ${(await levelCursor(page))! + 1} (${preset}, ${language})`);
      if ((await levelCursor(page)) === 97) break;
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      if ((await levelCursor(page))! >= 95) await page.keyboard.press('ArrowDown');
    }
    expect(setupSeen.size, 'every question on some setup page').toBe(98);
    // The page buttons turn the pages back.
    await clickControl(page, 'Setup', 'setup:levels-previous');
    expect(await levelCursor(page)).toBeLessThan(90);

    await act(page, { type: 'next' });
    expect(await screenKind(page)).toBe('levelSelect');
    await expect(page.locator('#a11y [data-level]')).toHaveCount(98);
    const selectSeen = new Set<string>();
    await act(page, { type: 'back' }, { type: 'next' });
    for (let step = 0; step < 20; step++) {
      const names = await areas(page, 'LevelSelect', 'level:');
      names.forEach((n) => selectSeen.add(n));
      await checkLegible(page, `level select page ${step + 1} (${preset}, ${language})`);
      if (selectSeen.has('level:97')) break;
      // The next page's button, as a hand would.
      await clickControl(page, 'LevelSelect', 'levels:next');
    }
    expect(selectSeen.size, 'every question on some page of the level select').toBe(98);
    // The arrow keys cross pages too: up from the last page's first row reaches the page before.
    const before = await areas(page, 'LevelSelect', 'level:');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
    expect(await areas(page, 'LevelSelect', 'level:')).not.toEqual(before);
    // Enter opens the question under the cursor, wherever its page.
    const at = (await levelCursor(page))!;
    await page.keyboard.press('Enter');
    expect(await screenKind(page)).toBe('levelIntro');
    await expect(page.locator('#a11y h1')).toContainText(`${at + 1}`);
    expect(watch.problems).toEqual([]);
  });
}

test('32 packs: the title pages its pack tabs, ↓ reaches every pack, every page legible', async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await openWith(page, 'es', 'xl');
  for (let i = 1; i <= 30; i++) await dropPack(page, `p${i}.pack.json`, manyLevelsPack(1, `pack-${i}`, `Paquete de práctica número ${i} sobre un puente`));
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(32);
  const seen = new Set<string>();
  await page.keyboard.press('1');
  for (let i = 0; i < 32; i++) {
    const tabs = await areas(page, 'Title', 'pack:');
    expect(tabs.length, 'a page of tabs, never all 32').toBeLessThanOrEqual(4);
    tabs.forEach((n) => seen.add(n));
    if (i % 4 === 0) await checkLegible(page, `title, pack ${i + 1} of 32`);
    if (i === 8 && process.env.SHOTS) await page.screenshot({ path: 'tests/artifacts/lengths/title-32-packs-es-xl.png' });
    await page.keyboard.press('ArrowDown');
  }
  expect(seen.size, 'every pack on some page of tabs').toBe(32);
  // Past the last pack, ↓ comes round to the first; the pager tab reaches the next page.
  await expect(page.locator('#a11y [data-pack]').first()).toHaveAttribute('aria-pressed', 'true');
  await clickControl(page, 'Title', 'action:packs-next');
  await expect(page.locator('#a11y [data-pack]').nth(4)).toHaveAttribute('aria-pressed', 'true');
  expect(watch.problems).toEqual([]);
});
