import { expect, test, type Page } from './fixture';
import { CATALOGS } from '../../src/i18n/strings';
import { checkLegible, openGame, screenKind, watchPage } from './harness';

/** Every English interface string that Spanish says differently (static ones; templates aside). */
function englishOnly(): Set<string> {
  const out = new Set<string>();
  const walk = (en: unknown, es: unknown) => {
    if (typeof en === 'string') {
      if (en !== es) out.add(en);
    } else if (Array.isArray(en)) en.forEach((x, i) => walk(x, (es as unknown[])[i]));
    else if (en && typeof en === 'object') for (const k of Object.keys(en)) walk((en as Record<string, unknown>)[k], (es as Record<string, unknown>)[k]);
  };
  walk(CATALOGS.en, CATALOGS.es);
  return out;
}

/** The words on screen: every canvas text, every DOM button and heading. */
async function shown(page: Page): Promise<string[]> {
  await page.waitForTimeout(250);
  return page.evaluate(() => {
    const { game } = (
      window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): { children: { list: { type: string; text: string }[] } }[] } } } }
    ).onTheRecord;
    const canvas = game.scene.getScenes(true).flatMap((s) => s.children.list.filter((o) => o.type === 'Text').map((o) => o.text));
    const dom = [...document.querySelectorAll('#a11y button, #a11y h1, #a11y h2, #a11y p')].map((e) => e.textContent ?? '');
    // The pack's own words (its poll's "Fantasy", say) are the pack's language, not the interface's.
    const pack = JSON.stringify((window as unknown as { onTheRecord: { store: { getState(): { pack: unknown } } } }).onTheRecord.store.getState().pack);
    return [...canvas, ...dom].map((x) => x.split('  ·  ')[0]!.trim()).filter((x) => x && !pack.includes(JSON.stringify(x)));
  });
}

test("in Spanish, no screen shows an English interface string (the pack's own text stays English)", async ({ page }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await openGame(page);
  await page.keyboard.press('e');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const english = englishOnly();
  expect(english.size).toBeGreaterThan(150);
  const leaks: string[] = [];
  const check = async (where: string) => {
    for (const text of await shown(page)) if (english.has(text)) leaks.push(`${where}: ${text}`);
    // Longer Spanish words still fit: inside the frame, no overlaps, nothing under 36 px.
    await checkLegible(page, `${where} (es)`);
  };
  await check('title');
  await page.keyboard.press('t');
  await check('setup');
  await page.keyboard.press('Enter');
  await check('poll');
  await page.keyboard.press('Enter');
  await check('question list');
  await page.keyboard.press('Enter');
  await check('intro');
  await page.keyboard.press('Enter');
  await check('round');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await check('reveal, picks');
  await page.keyboard.press('Space');
  await check('reveal, verdict');
  await page.keyboard.press('Space');
  await check('reveal');
  await page.keyboard.press('Escape');
  await check('menu');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await check('help');
  await page.keyboard.press('x');
  for (let i = 0; i < 12 && (await screenKind(page)) !== 'levelSummary'; i++) {
    if ((await screenKind(page)) === 'round') {
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
    } else await page.keyboard.press('Space');
  }
  await check('level summary');
  expect(await page.locator('#a11y h1').first().textContent()).toContain('Pregunta completada');
  expect(leaks).toEqual([]);
  // The choice is kept: a reload stays in Spanish.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(watch.problems).toEqual([]);
});

test('a browser set to Spanish starts in Spanish', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await openGame(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#a11y [data-action="next"]').first()).toHaveText('En solitario');
  await context.close();
});
