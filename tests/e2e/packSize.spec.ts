// Issue 16, items 6 and 9 in the browser: a file of gigabytes is refused from its size without
// being read, a zip bomb is refused without freezing the tab, and the zip reader (fflate) is
// fetched only when a zip is opened.
import { readFileSync, readdirSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { expect, test, type Page } from './fixture';
import { rawZip } from '../unit/zipWriter';
import { openGame, watchPage } from './harness';

/** Drops a file on the page; `size` makes it claim that size (a 5 GB file the test need not make). */
async function drop(page: Page, name: string, bytes: Uint8Array, size?: number): Promise<void> {
  await page.evaluate(
    ([fileName, data, claimed]) => {
      const file = new File([new Uint8Array(data)], fileName, { type: 'application/zip' });
      if (claimed !== null) {
        Object.defineProperty(file, 'size', { value: claimed });
        // Reading it at all is the failure: its size alone must refuse it.
        const read = () => {
          (window as unknown as { readIt: boolean }).readIt = true;
          return Promise.reject(new Error('read'));
        };
        Object.assign(file, { arrayBuffer: read, stream: read, text: read });
      }
      const dt = new DataTransfer();
      dt.items.add(file);
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    },
    [name, [...bytes], size ?? null] as const,
  );
}

test('a 5 GB file is refused unread, a zip bomb is refused, and fflate loads only with a zip', async ({ page }) => {
  const watch = watchPage(page);
  const chunks: string[] = [];
  page.on('response', (r) => chunks.push(new URL(r.url()).pathname));
  await openGame(page);
  const box = page.locator('.pack-dialog[data-kind="errors"]');

  await drop(page, 'class-videos.zip', new Uint8Array(8), 5 * 1024 ** 3);
  await expect(box).toContainText('"class-videos.zip" is too large to be a level pack (5 GB; a pack is at most 1 MB)');
  expect(await page.evaluate(() => (window as unknown as { readIt?: boolean }).readIt)).toBeUndefined();
  await page.keyboard.press('Escape');
  const inflater = () => chunks.filter((c) => /\/assets\/browser-[\w-]+\.js$/.test(c));
  expect(inflater()).toEqual([]);

  // 16 MB of zeros in a 16 KB zip, claiming 1 byte.
  await drop(page, 'bomb.zip', rawZip([{ name: 'pack.json', data: new Uint8Array(16 * 1024 * 1024), size: 1, crc: 0 }]));
  await expect(box).toContainText('"pack.json" is too large once unpacked (more than 512 KB');
  expect(inflater()).toHaveLength(1);
  await page.keyboard.press('Escape');

  // The mini pack as Windows' Compress-Archive zips it: backslashes for folders.
  const mini = new URL('../fixtures/mini-pack/', import.meta.url);
  const files = Object.fromEntries(readdirSync(mini).map((f) => [`mini-pack\\${f}`, strToU8(readFileSync(new URL(f, mini), 'utf8'))]));
  await drop(page, 'mini-pack.zip', zipSync(files));
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toContainText('Loaded');
  await page.keyboard.press('Escape');
  await expect(page.locator('#a11y [data-pack="mini-pack"]')).toHaveAttribute('aria-pressed', 'true');
  expect(watch.problems).toEqual([]);
});
