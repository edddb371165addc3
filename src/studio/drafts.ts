/**
 * Where the draft is kept: IndexedDB, through idb-keyval (a small, well-kept wrapper, about
 * 600 bytes), as zustand's persist storage. IndexedDB survives a reload or a crash and holds
 * far more than localStorage. A browser that refuses (private mode, a full disk) never stops
 * the studio: the draft stays in memory and the page says it is not kept.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { PersistStorage, StorageValue } from 'zustand/middleware';

let failed: ((why: unknown) => void) | null = null;

/** Called when a save is refused, so the page can say so. */
export function onSaveRefused(report: (why: unknown) => void): void {
  failed = report;
}

export function draftStorage<S>(): PersistStorage<S> {
  const db = typeof indexedDB === 'undefined' ? null : createStore('on-the-record-studio', 'drafts');
  return {
    getItem: async (name) => (db ? ((await get<StorageValue<S>>(name, db).catch(() => undefined)) ?? null) : null),
    setItem: async (name, value) => {
      if (!db) return failed?.('no IndexedDB');
      // Structured clone, not JSON: the draft is plain data.
      await set(name, value, db).catch((why: unknown) => failed?.(why));
    },
    removeItem: async (name) => {
      if (db) await del(name, db).catch(() => undefined);
    },
  };
}
