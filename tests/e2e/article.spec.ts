import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixture';
import { checkLegible, clickControl, openGame, readPack, sceneReady, screenKind, watchPage } from './harness';

/**
 * The reading screen: from the title, every page of the article in large type, the pack's quotes
 * marked, back to exactly where it was opened; in English and Spanish, at the standard and the
 * extra-large preset. Then its print handout under print emulation, and "show in article" from a
 * reveal with several quotes.
 */
type Otr = {
  onTheRecord: {
    store: {
      getState(): {
        game: { phase: string; overlay: unknown };
        page: number;
        settings: { textSize: string };
        setLanguage(l: string): void;
        cycleDisplay(): void;
        dispatch(a: object): boolean;
      };
    };
  };
};

const { quotes } = readPack();
/** The body of the article as the test reads it from disk: every paragraph below the line, folded as the game folds text. */
const fold = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();

/** The article body's paragraphs as the file on disk has them: blank-line separated, headings and [notes] aside. */
function bodyParagraphs(): string[] {
  const body = readFileSync(new URL('../../levels/cecot-2025/source.md', import.meta.url), 'utf8').split(/^---$/m)[1]!;
  return body
    .split(/\n\s*\n/)
    .map((p) =>
      fold(
        p
          .split('\n')
          .map((l) => l.replace(/^>\s?/, '').trim())
          .filter((l) => l && !/^\[.*\]$/.test(l))
          .join(' '),
      ),
    )
    .filter((p) => p && !p.startsWith('#'));
}

/** A paragraph's own words, without the number and the speakers' names the view adds. */
const wordsOf = (el: Element) => {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.paragraph-n, .speaker, small[data-speaker]').forEach((n) => n.remove());
  return copy.textContent ?? '';
};

async function setDisplay(page: Page, lang: string, preset: string) {
  await page.evaluate(
    ([l, p]) => {
      const st = (window as unknown as Otr).onTheRecord.store;
      st.getState().setLanguage(l!);
      for (let i = 0; i < 6 && st.getState().settings.textSize !== p; i++) st.getState().cycleDisplay();
    },
    [lang, preset],
  );
}

for (const lang of ['en', 'es']) {
  for (const preset of ['standard', 'xl']) {
    test(`the reading screen pages through the whole article from the title and back (${lang}, ${preset})`, async ({ page }) => {
      const watch = watchPage(page);
      await openGame(page);
      await setDisplay(page, lang, preset);
      const before = await page.evaluate(() => JSON.stringify((window as unknown as Otr).onTheRecord.store.getState().game));
      // The title offers it as a button (and S).
      await clickControl(page, 'Title', 'action:read-article');
      const overlay = page.locator('#a11y [data-overlay="article"]');
      await expect(overlay).toBeAttached();
      const pages = Number(await overlay.locator('[data-article-pages]').getAttribute('data-article-pages'));
      expect(pages).toBeGreaterThan(1);
      const seen: { n: number; text: string }[] = [];
      const marked = new Set<string>();
      for (let i = 0; i < pages; i++) {
        await expect(overlay.locator('[data-article-page]')).toHaveAttribute('data-article-page', String(i + 1));
        await sceneReady(page, 'ArticleReader', 'action:close-article');
        await checkLegible(page, `article page ${i + 1} of ${pages} (${lang}, ${preset})`);
        // Nothing of the body smaller than 44 px on the canvas: the reading size.
        const small = await page.evaluate((body) => {
          const scene = (
            window as unknown as {
              onTheRecord: { game: { scene: { getScene(k: string): { children: { list: { type: string; text: string; style: { fontSize: string } }[] } } } } };
            }
          ).onTheRecord.game.scene.getScene('ArticleReader');
          // The article's own words (a line of a paragraph), not the header, notes or buttons.
          return scene.children.list
            .filter((o) => o.type === 'Text' && o.text.trim().length > 12 && body.includes(o.text.trim()) && Number.parseFloat(o.style.fontSize) < 44)
            .map((o) => o.text);
        }, bodyParagraphs().join('\n'));
        expect(small, 'body text below 44 px').toEqual([]);
        for (const p of await overlay.locator('[data-paragraph]').all())
          seen.push({ n: Number(await p.getAttribute('data-paragraph')), text: await p.evaluate(wordsOf) });
        for (const m of await overlay.locator('mark[data-quote]').all()) for (const id of (await m.getAttribute('data-quote'))!.split(' ')) marked.add(id);
        await page.screenshot({ path: `tests/artifacts/screens/article-${lang}-${preset}-p${i + 1}.png` });
        // Turn by key and by the canvas's button, alternately.
        if (i + 1 < pages) {
          if (i % 2) await page.keyboard.press(['PageDown', ' ', 'ArrowRight'][i % 3]!);
          else await clickControl(page, 'ArticleReader', 'action:article-next');
        }
      }
      // Past the last page nothing turns; back a page by key and by the button.
      await page.keyboard.press('PageDown');
      await expect(overlay.locator('[data-article-page]')).toHaveAttribute('data-article-page', String(pages));
      await page.keyboard.press('PageUp');
      await expect(overlay.locator('[data-article-page]')).toHaveAttribute('data-article-page', String(pages - 1));
      await clickControl(page, 'ArticleReader', 'action:article-previous');
      await expect(overlay.locator('[data-article-page]')).toHaveAttribute('data-article-page', String(Math.max(1, pages - 2)));
      // Every paragraph number from 1 up, each once (a long one may run on over pages), and every pack quote marked.
      const paragraphs = bodyParagraphs();
      const numbers = [...new Set(seen.map((x) => x.n))];
      expect(numbers).toEqual(paragraphs.map((_, i) => i + 1));
      // Each paragraph's words, whole (a long one put back together from its pages), in order.
      expect(
        numbers.map((n) =>
          fold(
            seen
              .filter((x) => x.n === n)
              .map((x) => x.text)
              .join(''),
          ),
        ),
      ).toEqual(paragraphs);
      expect([...marked].sort()).toEqual([...quotes.keys()].sort());
      // Esc returns exactly where the title was.
      await page.keyboard.press('Escape');
      await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
      expect(await page.evaluate(() => JSON.stringify((window as unknown as Otr).onTheRecord.store.getState().game))).toBe(before);
      expect(await screenKind(page)).toBe('title');
      expect(watch.problems).toEqual([]);
    });
  }
}

test('the article handout prints every paragraph numbered, with the source line and the date, and the quotes marked', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.keyboard.press('s');
  await sceneReady(page, 'ArticleReader', 'action:print-article');
  await page.keyboard.press('p');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const sheet = page.locator('#print-article');
  await expect(sheet).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(page.locator('#game')).toBeHidden();
  const manifest = JSON.parse(readFileSync(new URL('../../levels/cecot-2025/pack.json', import.meta.url), 'utf8')) as {
    source: { title: string; outlet: string; author: string; date: string };
  };
  await expect(sheet.locator('h1')).toHaveText(manifest.source.title);
  const line = sheet.locator('[data-source-line]');
  for (const part of [manifest.source.outlet, manifest.source.author, manifest.source.date]) await expect(line).toContainText(part);
  const paragraphs = bodyParagraphs();
  const printed = sheet.locator('p[data-paragraph]');
  await expect(printed).toHaveCount(paragraphs.length);
  for (const [i, text] of paragraphs.entries()) {
    const p = printed.nth(i);
    await expect(p).toHaveAttribute('data-paragraph', String(i + 1));
    await expect(p.locator('.paragraph-n')).toHaveText(String(i + 1));
    // Its words, with the speakers' names that follow the marked quotes taken out.
    const words = await p.evaluate(wordsOf);
    expect(fold(words)).toBe(text);
  }
  const marks = await sheet.locator('mark[data-quote]').evaluateAll((els) => els.flatMap((e) => e.getAttribute('data-quote')!.split(' ')));
  expect([...new Set(marks)].sort()).toEqual([...quotes.keys()].sort());
  await page.screenshot({ path: 'tests/artifacts/screens/print-article.png', fullPage: true });
  expect(watch.problems).toEqual([]);
});

test('"show in article" from a reveal: every quote can be opened, S closes it, and the reveal keeps its evidence page', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  // Play on, first answers, until a reveal with evidence over two pages.
  let found = false;
  for (let i = 0; i < 120 && !found; i++) {
    const kind = await screenKind(page);
    if (kind === 'round') {
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
    } else if (
      kind === 'reveal' &&
      (await page.locator('#a11y [data-source]').count()) > 0 &&
      (await page.locator('#a11y h2').first().innerText()).match(/\(/)
    ) {
      found = true;
    } else await page.keyboard.press(kind === 'title' || kind === 'setup' ? 'Enter' : 'Space');
  }
  expect(found, 'a reveal with two pages of evidence').toBe(true);
  const ids = async () => page.locator('#a11y [data-source]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source')!));
  const firstPage = await ids();
  await page.keyboard.press('Space');
  expect(await page.evaluate(() => (window as unknown as Otr).onTheRecord.store.getState().page)).toBe(1);
  const secondPage = await ids();
  const all = [...firstPage, ...secondPage];
  await page.keyboard.press('s');
  const overlay = page.locator('#a11y [data-overlay="source"]');
  await expect(overlay).toBeAttached();
  await sceneReady(page, 'SourceView', 'action:close-source');
  // Says which quote it is and how to reach the others.
  await expect(overlay).toContainText(`Quote ${all.indexOf(secondPage[0]!) + 1} of ${all.length}`);
  await checkLegible(page, 'show in article, several quotes');
  await page.screenshot({ path: 'tests/artifacts/screens/source-several-quotes.png' });
  // Each quote by its number.
  for (const [i, id] of all.entries()) {
    await page.keyboard.press(String(i + 1));
    await expect(overlay.locator('[data-showing]')).toHaveAttribute('data-showing', id);
  }
  await clickControl(page, 'SourceView', 'action:previous-quote');
  await expect(overlay.locator('[data-showing]')).toHaveAttribute('data-showing', all[all.length - 2]!);
  // S, the key that opened it, closes it; the reveal is still on its second page of evidence.
  await page.keyboard.press('s');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as Otr).onTheRecord.store.getState().page)).toBe(1);
  expect(await ids()).toEqual(secondPage);
  expect(watch.problems).toEqual([]);
});
