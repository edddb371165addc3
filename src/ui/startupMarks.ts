/**
 * Marks the first time each scene finishes drawing (`on-the-record:Title`, …), for the
 * benchmark to read with the Performance API. Once per scene, so a lesson-long session adds
 * no more than a score of entries. The first screen drawn also sets `html[data-ready]`,
 * which hides the HTML splash: the splash stays until there is a real screen under it.
 */
export const MARK_PREFIX = 'on-the-record:';

export function markDrawn(sceneKey: string): void {
  const name = MARK_PREFIX + sceneKey;
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
  document.documentElement.dataset.ready = 'true';
}
