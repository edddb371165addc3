/**
 * Where the game is saved in the browser, and writing it there. Reading it back is checked
 * against the schemas (persistence.ts), which load only when there is something to read.
 */
import type { Pack } from '../core/pack/schema';
import type { GameState } from '../core/rules/stateSchema';
import type { Saved, SavedSettings } from './persistence';

export const SAVE_KEY = 'on-the-record:save';
export const SAVE_VERSION = 5;

/** Which pack the saved game belongs to, if the save is readable enough to say. */
export function savedPackId(storage: Storage | null): string | null {
  try {
    const data = JSON.parse(storage?.getItem(SAVE_KEY) ?? 'null') as { packId?: unknown } | null;
    return typeof data?.packId === 'string' ? data.packId : null;
  } catch {
    return null;
  }
}

/**
 * Is there anything for the loader to look at? A saved game, or storage that cannot be read
 * (the loader says so to the player). Nothing saved: a first visit, nothing to check.
 */
export function hasSomethingToLoad(storage: Storage | null): boolean {
  try {
    return storage === null || storage.getItem(SAVE_KEY) !== null;
  } catch {
    return true;
  }
}

export type SaveOutcome = { ok: true } | { ok: false; reason: 'full-or-blocked' | 'unavailable' };

export function save(storage: Storage | null, pack: Pack, game: GameState, settings: SavedSettings): SaveOutcome {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const data: Saved = { version: SAVE_VERSION, packId: pack.manifest.id, game, settings };
  try {
    storage.setItem(SAVE_KEY, JSON.stringify(data));
    return { ok: true };
  } catch {
    return { ok: false, reason: 'full-or-blocked' };
  }
}
