/**
 * What the device keeps, under hostile conditions (issue 16, items 1, 2, 3, 10, 11): a new
 * version of the pack being played, a full disk, damaged pack records, a stored pack that no
 * longer passes the checks, and the "Data on this device" dialog that shows and clears them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from './fixture';
import { makeBundle } from '../../src/core/pack/bundle';
import { menuEntry, openGame, playFirstAnswers, textsOnCanvas, watchPage } from './harness';

const MINI = new URL('../fixtures/mini-pack/', import.meta.url);
const SAVE_KEY = 'on-the-record:save';

function miniFiles(change: (manifest: Record<string, unknown>) => void = () => {}): Record<string, string> {
  const files = Object.fromEntries(readdirSync(MINI).map((f) => [f, readFileSync(new URL(f, MINI), 'utf8')]));
  const manifest = JSON.parse(files['pack.json']!) as Record<string, unknown>;
  change(manifest);
  files['pack.json'] = JSON.stringify(manifest, null, 2);
  return files;
}

async function pickFile(page: Page, name: string, files: Record<string, string>): Promise<void> {
  await page.setInputFiles('#pack-file', { name, mimeType: 'application/json', buffer: Buffer.from(makeBundle(files)) });
}

const game = (page: Page) =>
  page.evaluate(() => {
    const s = (
      window as unknown as {
        onTheRecord: {
          store: { getState(): { game: { phase: string; level: number; records: object }; pack: { manifest: { id: string }; levels: unknown[] } } };
        };
      }
    ).onTheRecord.store.getState();
    return { phase: s.game.phase, level: s.game.level, records: s.game.records, pack: s.pack.manifest.id, levels: s.pack.levels.length };
  });

/** Every record in the game's pack database, as stored. */
const records = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ id: string; aside?: { title: string; problem: string | null } }[]>((resolve, reject) => {
        const req = indexedDB.open('on-the-record');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('packs').objectStore('packs').getAll();
          all.onsuccess = () => (req.result.close(), resolve(all.result));
        };
      }),
  );

/** A pack kept in this browser that no longer passes: one of its quotes is not in its article. */
const failingPack = () =>
  miniFiles((m) => {
    m.id = 'lantern-old';
    m.title = 'The Old Lantern Bridge';
    (m.quotes as { text: string }[])[0]!.text = 'words the article never printed anywhere';
  });

/** Writes records straight into the game's pack database, as a damaged one or another program could leave them. */
const putRecords = (page: Page, list: object[]) =>
  page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('on-the-record', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('packs', { keyPath: 'id' });
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('packs', 'readwrite');
          for (const r of records) tx.objectStore('packs').put(r);
          tx.oncomplete = () => (req.result.close(), resolve());
        };
      }),
    list,
  );

test('a new version of the pack being played is never swapped under the session: keep it, or end it and use the new one', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await pickFile(page, 'lantern.pack.json', miniFiles());
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('Loaded');
  await page.keyboard.press('Escape');
  // Into the second question, with the first one's answers scored.
  await playFirstAnswers(page, 'levelSummary');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await game(page)).level).toBe(1);
  const before = await game(page);
  expect(Object.keys(before.records)).toHaveLength(1);

  // The same id, one question fewer: asked first; Esc keeps the session.
  const shorter = miniFiles((m) => {
    m.levels = (m.levels as string[]).slice(0, 1);
    // The second question's outlet speaker goes with it (a speaker no round uses is an error).
    m.speakers = (m.speakers as { id: string }[]).filter((x) => x.id !== 'gazette');
    m.quotes = (m.quotes as { speaker: string }[]).filter((q) => q.speaker !== 'gazette');
  });
  await pickFile(page, 'lantern-v2.pack.json', shorter);
  const ask = page.locator('.pack-dialog[data-kind="replace"]');
  await expect(ask).toContainText('is being played');
  await expect(ask).toContainText(/\d+ rounds? (is|are) answered in this session/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('Nothing changed');
  await page.keyboard.press('Escape');
  expect(await game(page)).toEqual(before);
  expect(await page.locator('.recovery').count()).toBe(0);

  // Again, and this time the teacher ends the session: a fresh game on the new version, no error.
  await pickFile(page, 'lantern-v2.pack.json', shorter);
  await page.locator('[data-action="replace-use"]').click();
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('Loaded');
  await page.keyboard.press('Escape');
  expect(await game(page)).toMatchObject({ phase: 'title', records: {}, pack: 'mini-pack', levels: 1 });
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await expect.poll(async () => (await game(page)).levels).toBe(1);
  expect(await page.locator('.recovery').count()).toBe(0);
  expect(watch.problems).toEqual([]);
});

test('with storage full the warning stays, move after move, until a save succeeds; it says how to free space', async ({ page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if ((window as unknown as { full?: boolean }).full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      real.call(this, k, v);
    };
  });
  await openGame(page);
  await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
  const notice = page.locator('#a11y [data-notice="save-failed"]');
  await page.keyboard.press('Enter'); // title → setup: the first move that cannot be saved
  await expect(notice).toContainText('Free space: Menu → Settings → Data on this device');
  for (const key of ['Enter', 'Space', 'Space']) {
    await page.keyboard.press(key);
    await expect(notice).toBeAttached();
  }
  // The class sees it too, on the canvas.
  await expect.poll(async () => (await textsOnCanvas(page)).some((x) => x.text.includes('Not saved: storage is full'))).toBe(true);
  expect(await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)).toBeNull();
  // Space freed: the next move saves, the warning goes.
  await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
  await page.keyboard.press('Escape');
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), SAVE_KEY)).not.toBeNull();
});

test('damaged and failing stored packs are set aside with a notice naming them; the game starts; Data on this device shows and clears them', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openGame(page);
  // Records a damaged database (or another program) could leave, and a save pointing at one.
  await putRecords(page, [
    { id: 'broken', files: null, addedAt: 1 },
    { id: 'numbers', files: { 'pack.json': '{"title":"Numbers"}', 'source.md': 5 }, addedAt: 2 },
    { id: 'lantern-old', files: failingPack(), addedAt: 3 },
    // A damaged mark, and a record keyed by a number: both still listed, and removable.
    { id: 'bad-mark', aside: { title: 5, problem: { x: 1 }, at: 1 }, files: {} },
    { id: 9, files: 'nonsense' },
  ]);
  // A real save with answers in it, as if the class had played them on the pack now broken.
  await playFirstAnswers(page, 'levelSummary');
  await page.evaluate((key) => {
    const st = (window as unknown as { onTheRecord: { store: { getState(): { game: unknown; settings: unknown } } } }).onTheRecord.store.getState();
    localStorage.setItem(key, JSON.stringify({ version: 4, packId: 'broken', game: st.game, settings: st.settings }));
  }, SAVE_KEY);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  // It starts (it used to stay on "Loading…"), on the built-in pack, and says what happened.
  await expect(page.locator('#a11y [data-screen="title"]')).toBeAttached();
  const notice = page.locator('#a11y [data-notice="pack-failed"]');
  await expect(notice).toContainText(
    "The saved game is on the level pack “broken”, which no longer passes the game's checks (its stored files could not be read)",
  );
  await expect(notice).toContainText('A copy of the old save was kept');
  expect(await page.locator('.recovery').count()).toBe(0);
  const stored = await records(page);
  expect(Object.fromEntries(stored.map((r) => [r.id, r.aside?.problem ?? null]))).toEqual({
    broken: null,
    numbers: null,
    'lantern-old': expect.stringContaining('pack.json'),
    'bad-mark': { x: 1 },
    9: null,
  });
  expect(stored.find((r) => r.id === 'lantern-old')!.aside!.title).toBe('The Old Lantern Bridge');
  // A reload of the same broken save keeps one copy, not two.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('#a11y [data-screen="title"]')).toBeAttached();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('on-the-record:save:')).length)).toBe(1);
  // Not offered on the title.
  expect(
    await page.evaluate(() =>
      (window as unknown as { onTheRecord: { store: { getState(): { packs: { manifest: { id: string } }[] } } } }).onTheRecord.store
        .getState()
        .packs.map((p) => p.manifest.id),
    ),
  ).not.toContain('lantern-old');

  // Data on this device: the save, its copy, the three packs set aside and why.
  await menuEntry(page, /Settings/);
  await menuEntry(page, /Data on this device/);
  const data = page.locator('.data-dialog');
  await expect(data.locator('[data-copy]')).toHaveCount(1);
  await expect(data.locator('[data-stored-pack="lantern-old"]')).toContainText('“The Old Lantern Bridge” ·');
  await expect(data.locator('[data-stored-pack="lantern-old"]')).toContainText('set aside: pack.json');
  await expect(data.locator('[data-stored-pack="broken"]')).toContainText('set aside: its stored files could not be read');
  await expect(data.locator('[data-stored-pack="bad-mark"]')).toContainText('“bad-mark” · 0 bytes · set aside: its stored files could not be read');
  await data.locator('[data-stored-pack="9"] [data-action="data-remove"]').click();
  await expect(data.locator('[data-stored-pack="9"]')).toHaveCount(0);
  await data.locator('[data-stored-pack="bad-mark"] [data-action="data-remove"]').click();
  await data.locator('[data-copy] [data-action="data-erase"]').click();
  await expect(data.locator('[data-copy]')).toHaveCount(0);
  await data.locator('[data-stored-pack="numbers"] [data-action="data-remove"]').click();
  await expect(data.locator('[data-stored-pack="numbers"]')).toHaveCount(0);
  expect((await records(page)).map((r) => r.id).sort()).toEqual(['broken', 'lantern-old']);
  await page.keyboard.press('Escape');
  await expect(data).toHaveCount(0);
  await expect(page.locator('#a11y [data-overlay="menu"]')).toBeAttached();
  expect(watch.problems).toEqual([]);
});

test('a stored pack that stops passing, with no save on it, is named once in a notice and not offered', async ({ page }) => {
  await openGame(page);
  await putRecords(page, [{ id: 'lantern-old', files: failingPack(), addedAt: 3 }]);
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  const notice = page.locator('#a11y [data-notice="packs-aside"]');
  await expect(notice).toContainText('The level pack “The Old Lantern Bridge” kept on this device was set aside: pack.json');
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('#a11y [data-screen="title"]')).toBeAttached();
  await expect(page.locator('#a11y [data-notice]')).toHaveCount(0);
});
