/**
 * Copies of saved games that could not be resumed, kept so a class's answers are never simply
 * thrown away. One copy per distinct bad value: reloading the same broken save again and again
 * keeps one copy, not one per reload. The teacher sees and clears them under Menu → Settings →
 * Data on this device (services/deviceData.ts).
 */
import { hash32 } from '../core/rules/order';
import { SAVE_KEY } from './saveSlot';

const PREFIX = `${SAVE_KEY}:backup:`;

export interface Backup {
  key: string;
  /** When it was kept (ms since 1970), or null when the key does not say. */
  at: number | null;
  /** Its size as stored, in bytes (UTF-16, as the browser counts it). */
  bytes: number;
}

function keys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
}

/** Every copy kept, oldest first: this version's, and the `…:unreadable:<time>` ones of earlier versions. */
export function listBackups(storage: Storage | null): Backup[] {
  try {
    if (!storage) return [];
    return keys(storage)
      .filter((k) => k.startsWith(`${SAVE_KEY}:`))
      .map((key) => {
        const at = Number(key.slice(key.lastIndexOf(':') + 1));
        return { key, at: Number.isFinite(at) && at > 0 ? at : null, bytes: 2 * (storage.getItem(key)?.length ?? 0) };
      })
      .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  } catch {
    return [];
  }
}

/**
 * Keeps a copy of `raw` unless an identical one is kept already. Returns the key of the copy
 * (the earlier one when it was already kept), or null when storage refused it (full): then the
 * teacher is told no copy exists, never that one does.
 */
export function keepBackup(storage: Storage, raw: string, now: number): string | null {
  const id = `${PREFIX}${hash32(raw).toString(16).padStart(8, '0')}:`;
  try {
    const same = keys(storage).find((k) => k.startsWith(id) && storage.getItem(k) === raw);
    if (same) return same;
    storage.setItem(`${id}${now}`, raw);
    return `${id}${now}`;
  } catch {
    return null;
  }
}

export function eraseBackups(storage: Storage | null, only?: string): void {
  try {
    if (!storage) return;
    for (const b of listBackups(storage)) if (only === undefined || b.key === only) storage.removeItem(b.key);
  } catch {
    // Blocked storage keeps nothing to erase.
  }
}
