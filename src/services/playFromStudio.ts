/**
 * The studio's "play it now": the studio stores its draft with the packs a teacher loaded and
 * opens the game at `?pack=<id>&level=<n>`. Once the stored packs are in, the game takes that
 * pack and goes straight to that question's introduction, solo, as if chosen on the title and
 * the question list. A pack that is not there (it did not pass the checks) leaves the title as it is.
 */
import type { GameStore } from '../state/store';

export function playFromStudio(store: GameStore, search: string): boolean {
  const params = new URLSearchParams(search);
  const id = params.get('pack');
  const level = Number(params.get('level') ?? 0);
  const s = store.getState();
  const pack = s.packs.find((p) => p.manifest.id === id);
  if (!id || !pack || !Number.isInteger(level) || level < 0 || level >= pack.levels.length) return false;
  if (s.game.phase !== 'title' || s.game.overlay) s.dispatch({ type: 'toTitle' });
  if (!store.getState().choosePack(id)) return false;
  // A session under way asks before it is replaced; the studio's preview is the teacher's own choice.
  if (!store.getState().startSession('solo')) store.getState().startSession('solo');
  return store.getState().dispatch({ type: 'toLevelSelect' }) && store.getState().dispatch({ type: 'openLevel', level });
}
