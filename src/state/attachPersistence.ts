import type { loadSaved } from './persistence';
import { save, savedPackId } from './saveSlot';
import type { GameStore, Notice } from './store';

/** Reads the saved game back: persistence.ts's loadSaved, or a stand-in when nothing is saved. */
export type LoadSaved = typeof loadSaved;

/** For a first visit: nothing saved, so nothing to check (and no schemas to load). */
export const nothingSaved: LoadSaved = () => ({ kind: 'none' });

/**
 * Restores the saved game into the store (or explains why it could not), then saves every
 * change to the game or the settings. A failing write warns once and play goes on.
 */
export function attachPersistence(store: GameStore, storage: Storage | null, load: LoadSaved): () => void {
  // The saved game picks its own pack from those on offer.
  const savedPack = store.getState().packs.find((p) => p.manifest.id === savedPackId(storage));
  if (savedPack) store.setState({ pack: savedPack });
  const outcome = load(storage, store.getState().pack);
  if (outcome.kind === 'loaded') {
    // A session with answers in it asks "resume or start new?"; an untouched one just opens.
    const started = Object.keys(outcome.game.records).length > 0 || outcome.game.phase !== 'title';
    store.setState({ game: outcome.game, settings: outcome.settings, resumePrompt: started });
  }
  else if (outcome.kind === 'discarded') store.setState({ notice: outcome.reason satisfies Notice });
  let warned = false;
  return store.subscribe((s, prev) => {
    if (s.game === prev.game && s.settings === prev.settings && s.pack === prev.pack) return;
    const r = save(storage, s.pack, s.game, s.settings);
    if (!r.ok && !warned) {
      warned = true;
      store.setState({ notice: 'save-failed' });
    }
  });
}

/** Local storage when the browser allows it (some privacy modes throw on access). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
