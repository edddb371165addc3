/**
 * Marks the first time each scene finishes drawing (`on-the-record:Title`, …), for the
 * benchmark to read with the Performance API. Once per scene, so a lesson-long session adds
 * no more than a score of entries. The first screen drawn also sets `html[data-ready]`,
 * which hides the HTML splash: the splash stays until there is a real screen under it.
 */
export const MARK_PREFIX = 'on-the-record:';

/** Long enough for the first screen to reach the display before anything else runs. */
const SETTLE_MS = 250;

let firstDrawn: () => void = () => undefined;
/** Resolves a moment after the first screen has drawn: work that can wait for it waits here. */
export const afterFirstScreen: Promise<void> = new Promise<void>((resolve) => {
  firstDrawn = resolve;
}).then(() => new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS)));

export function markDrawn(sceneKey: string): void {
  const name = MARK_PREFIX + sceneKey;
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
  document.documentElement.dataset.ready = 'true';
  firstDrawn();
}
