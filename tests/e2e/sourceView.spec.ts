import { expect, test, type Page } from './fixture';
import { openGame, sceneReady, screenKind, watchPage } from './harness';

type Otr = {
  onTheRecord: {
    store: { getState(): { pack: { manifest: { quotes: { id: string; speaker: string; text: string }[] } }; dispatch(a: object): boolean } };
    game: { scene: { getScene(k: string): { children: { list: { type: string; text?: string }[] } } } };
  };
};

/** The words the canvas's "show in article" scene has drawn, one entry per text object. */
const canvasTexts = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as Otr).onTheRecord.game.scene
      .getScene('SourceView')
      .children.list.filter((o) => o.type === 'Text')
      .map((o) => o.text ?? ''),
  );

test('"show in article" for a quote from an embedded post shows the editorial note as a note, in the canvas and the DOM', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  expect(await screenKind(page)).toBe('round');
  // Any answer: the reveal's evidence is the same whichever was picked.
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await expect.poll(() => screenKind(page)).toBe('reveal');
  // A quote from Bukele's post, which the article shows embedded under an editorial note.
  const opened = await page.evaluate(() => {
    const s = (window as unknown as Otr).onTheRecord.store.getState();
    const post = s.pack.manifest.quotes.filter((q) => q.speaker === 'bukele' && /convicted criminals|outsource/.test(q.text));
    return post.some((q) => s.dispatch({ type: 'showSource', quote: q.id }));
  });
  expect(opened, "the first round of the first level cites Bukele's post").toBe(true);

  const overlay = page.locator('#a11y [data-overlay="source"]');
  const note = overlay.locator('[data-editorial-note]');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText('Editorial note');
  await expect(note).toContainText('An embedded post by Nayib Bukele');
  await expect(note.locator('em')).toContainText('embedded post');
  // The note is not part of the highlighted words, nor of the passage around them.
  await expect(overlay.locator('mark')).toHaveText(/\S/);
  await expect(overlay.locator('mark')).not.toContainText('embedded');
  await expect(overlay.locator('p.passage')).not.toContainText('embedded');

  await sceneReady(page, 'SourceView', 'action:close-source');
  const texts = await canvasTexts(page);
  expect(texts).toContain("Editorial note (what the page showed, not anyone's words)");
  const noteText = texts.find((t) => t.startsWith('An embedded post by Nayib Bukele'));
  expect(noteText, texts.join('\n')).toBeDefined();
  // No other text on the canvas repeats the note as if it were the article's words.
  expect(texts.filter((t) => t.includes('An embedded post'))).toHaveLength(1);
  await page.screenshot({ path: 'tests/artifacts/screens/source-editorial-note@1x.png' });
  // The DOM layer shows itself when a control in it has focus (Tab users see it along the bottom).
  await overlay.locator('[data-action="close-source"]').focus();
  await page.screenshot({ path: 'tests/artifacts/screens/source-editorial-note-dom@1x.png' });

  await page.keyboard.press('Escape');
  await expect(page.locator('#a11y [data-overlay]')).toHaveCount(0);
  expect(watch.problems).toEqual([]);
});
