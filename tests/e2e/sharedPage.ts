/**
 * One booted page per worker, spec file and device scale, reused by that file's tests: a boot (fonts, packs,
 * Phaser, the first screen) costs seconds, putting the store back as it was after that boot
 * costs milliseconds. Worker-scoped: when a test fails Playwright replaces the worker, so the
 * next test gets a freshly booted page, never the failed one's leftovers.
 */
import { expect, test as base, type Page } from './fixture';
import { showIn, watchPage } from './harness';

export interface SharedPages {
  /**
   * The worker's page at this scale, on the title exactly as a fresh seeded boot leaves it:
   * booted at `query` the first time, put back by `resetToBoot` every time after.
   */
  page(scale?: number, query?: string): Promise<Page>;
}

/** Saved right after the boot: every value of the store then (functions and packs by reference; state is never mutated in place). */
const SNAPSHOT = '__onTheRecordAtBoot';

async function boot(page: Page, query: string): Promise<void> {
  // A test's own watchPage starts after the boot: what goes wrong while booting is asserted here.
  const watch = watchPage(page);
  await page.goto(`/${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('#a11y [data-screen="title"]')).toBeAttached();
  await page.evaluate((key) => {
    const { store } = (window as unknown as { onTheRecord: { store: { getState(): object } } }).onTheRecord;
    const { game } = (window as unknown as { onTheRecord: { game: { scene: { getScenes(active: boolean): { scene: { key: string } }[] } } } }).onTheRecord;
    (window as unknown as Record<string, object>)[key] = { ...store.getState() };
    (window as unknown as Record<string, string>)[`${key}Scenes`] = game.scene
      .getScenes(true)
      .map((s) => s.scene.key)
      .join();
  }, SNAPSHOT);
  watch.stop();
  expect(watch.problems, 'booting').toEqual([]);
  expect(watch.foreign, 'booting').toEqual([]);
}

/**
 * Back to the state of the boot: the store as it was (game, settings, page, cursors, overlays),
 * nothing focused, the timer's status empty, and the same scenes running as then.
 */
export async function resetToBoot(page: Page): Promise<void> {
  await page.evaluate((key) => {
    const { store } = (window as unknown as { onTheRecord: { store: { setState(s: object, replace?: boolean): void } } }).onTheRecord;
    store.setState((window as unknown as Record<string, object>)[key]!, true);
    (document.activeElement as HTMLElement | null)?.blur?.();
    // The timer's spoken status keeps its last words (it is written, never cleared, by the
    // announcer): a screen after a countdown in another spec must not inherit them.
    document.getElementById('timer-status')!.textContent = '';
  }, SNAPSHOT);
  await expect(page.locator('#a11y [data-screen="title"]')).toBeAttached();
  // The scenes running as after the boot (Boot, which stays, and Title), the screen left behind asleep.
  await page.waitForFunction((key) => {
    const { game } = (window as unknown as { onTheRecord: { game: { scene: { getScenes(active: boolean): { scene: { key: string } }[] } } } }).onTheRecord;
    return (
      game.scene
        .getScenes(true)
        .map((s) => s.scene.key)
        .join() === (window as unknown as Record<string, string>)[`${key}Scenes`]
    );
  }, SNAPSHOT);
}

export const test = base.extend<object, { sharedPages: SharedPages }>({
  sharedPages: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport } = workerInfo.project.use;
      const pages = new Map<string, Promise<Page>>();
      const used = new Set<string>();
      await use({
        page: async (scale = 1, query = '?renderer=canvas&seed=7') => {
          // One page per spec file too: DOM outside the store (announcements, a blank canvas left
          // by another file's screens) must never carry from one spec into another's pictures.
          const key = `${base.info().file} ${scale} ${query}`;
          let opening = pages.get(key);
          if (!opening) {
            opening = (async () => {
              const context = await browser.newContext({ baseURL, viewport, deviceScaleFactor: scale });
              const page = await context.newPage();
              await boot(page, query);
              return page;
            })();
            pages.set(key, opening);
          }
          const page = await opening;
          if (used.has(key)) await resetToBoot(page);
          used.add(key);
          return page;
        },
      });
      for (const opening of pages.values()) await (await opening).context().close();
    },
    { scope: 'worker' },
  ],
});

/** `openWith` on the worker's shared page: seeded, on the title, in a language at a text preset. */
export async function sharedWith(pages: SharedPages, language: 'en' | 'es', textSize: 'standard' | 'large' | 'xl'): Promise<Page> {
  const page = await pages.page(1, '?renderer=canvas&seed=7');
  await showIn(page, language, textSize);
  return page;
}
