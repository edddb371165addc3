import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from './fixture';
import { makeBundle } from '../../src/core/pack/bundle';
import { packStamp } from '../../src/core/pack/packHash';
import { menuEntry, openGame, playFirstAnswers, screenKind, watchPage } from './harness';

const MINI = new URL('../fixtures/mini-pack/', import.meta.url);
const BAD = new URL('../fixtures/bad-packs/', import.meta.url);

/** The fiction mini pack's files, with HTML in its title that must show as plain text. */
function miniFiles(): Record<string, string> {
  const files = Object.fromEntries(readdirSync(MINI).map((f) => [f, readFileSync(new URL(f, MINI), 'utf8')]));
  const manifest = JSON.parse(files['pack.json']!);
  manifest.title = 'The Lantern Bridge <img src=x onerror="window.hacked=1"><b>bold</b>';
  files['pack.json'] = JSON.stringify(manifest, null, 2);
  return files;
}
const miniBundle = (): Buffer => Buffer.from(makeBundle(miniFiles()));

/** The stamp kept beside a stored pack (null: none); with `remove`, takes it away instead. */
function storedStamp(page: Page, id: string, remove = false): Promise<string | null> {
  return page.evaluate(
    ([packId, drop]) =>
      new Promise<string | null>((resolve, reject) => {
        const req = indexedDB.open('on-the-record');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const store = req.result.transaction('packs', 'readwrite').objectStore('packs');
          const get = store.get(packId);
          get.onsuccess = () => {
            const record = get.result as { stamp?: string } | undefined;
            if (drop && record) store.put({ ...record, stamp: undefined });
            store.transaction.oncomplete = () => (req.result.close(), resolve(drop ? null : (record?.stamp ?? null)));
          };
        };
      }),
    [id, remove] as const,
  );
}

/** The file picker's own input, given a file as the browser's chooser would give it. */
async function pickFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('#pack-file', { name, mimeType: name.endsWith('.zip') ? 'application/zip' : 'application/json', buffer });
}

test('a pack bundle opened with the file picker plays, and is still there after a reload (kept in IndexedDB); its text is never HTML', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  // L on the title opens the browser's file chooser (on the picker's input).
  let choosers = 0;
  page.on('filechooser', () => void choosers++);
  await expect.poll(async () => (await page.keyboard.press('l'), choosers), { timeout: 10_000 }).toBeGreaterThan(0);
  await pickFile(page, 'lantern.pack.json', miniBundle());
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('Loaded');
  await page.keyboard.press('Escape');
  await expect(page.locator('.pack-dialog')).toHaveCount(0);
  // The title shows the loaded pack, its HTML as literal text.
  await expect(page.locator('#a11y h2').first()).toHaveText(/<img src=x onerror=.*<b>bold<\/b>/);
  expect(await page.locator('img, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(3);
  await playFirstAnswers(page, 'final');
  // Stored with the stamp of the files that passed (so a start skips the source comparisons);
  // a pack stored before stamps gets its stamp back once a start has checked it in full.
  expect(await storedStamp(page, 'mini-pack')).toBe(packStamp(miniFiles()));
  await storedStamp(page, 'mini-pack', true);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await expect.poll(() => storedStamp(page, 'mini-pack')).toBe(packStamp(miniFiles()));
  // The saved game belonged to the loaded pack, so it comes back with it.
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect(page.locator('#a11y [data-pack="mini-pack"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await screenKind(page)).toBe('title');
  await playFirstAnswers(page, 'final');
  // Back on the title, Delete asks once, and a second Delete removes it, for good.
  await menuEntry(page, /Title screen/);
  expect(await screenKind(page)).toBe('title');
  await page.keyboard.press('Delete');
  await expect(page.locator('.pack-dialog')).toContainText('Press Delete again');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete');
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(2);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(2);
  expect(watch.problems).toEqual([]);
});

/** Drops a file on the page as a person dragging it from their desktop would. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ([fileName, data]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], fileName, { type: fileName.endsWith('.zip') ? 'application/zip' : 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    },
    [name, [...bytes]] as const,
  );
}

test('drag-and-drop a bundle, then a zipped pack folder (an older format), onto the game loads each', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await dropFile(page, 'lantern.pack.json', miniBundle());
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('Loaded');
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-pack="mini-pack"]')).toHaveAttribute('aria-pressed', 'true');
  // The same pack again, zipped, from version 1 of the format: it replaces the first.
  await dropFile(page, 'v1-mini-pack.zip', readFileSync(new URL('../fixtures/pack-versions/v1-mini-pack.zip', import.meta.url)));
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('The Lantern Bridge (test pack)');
  await page.keyboard.press('Enter');
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(3);
  await expect(page.locator('#a11y [data-pack="mini-pack"]')).toHaveAttribute('aria-pressed', 'true');
  await playFirstAnswers(page, 'final');
  expect(watch.problems).toEqual([]);
});

test('three broken packs are refused with their problems listed as text; the built-in packs still play', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  const expected = JSON.parse(readFileSync(new URL('expected.jsonc', BAD), 'utf8').replace(/^\/\/.*\n/, '')) as Record<
    string,
    { file: string; path: string; message: string }
  >;
  for (const name of ['quote-not-verbatim.json', 'bundle-invalid-json.json', 'html-script-in-id.json']) {
    await pickFile(page, name, readFileSync(new URL(name, BAD)));
    const box = page.locator('.pack-dialog[data-kind="errors"]');
    await expect(box).toContainText('was not loaded');
    const want = expected[name]!;
    await expect(box.locator('li').filter({ hasText: want.message }).first()).toContainText(want.path);
    expect(await page.locator('.pack-dialog script').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('.pack-dialog')).toHaveCount(0);
  }
  await expect(page.locator('#a11y [data-pack]')).toHaveCount(2);
  await page.keyboard.press('2'); // the practice pack, built in
  await playFirstAnswers(page, 'final');
  expect(watch.problems).toEqual([]);
});
