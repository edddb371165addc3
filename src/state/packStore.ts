/**
 * Packs a teacher loaded, kept in this browser (IndexedDB) so they play offline next time.
 * Stored as their files and validated again on every start, with the same code as the
 * built-in packs; a pack stored with its stamp (core/pack/packHash.ts) that still matches its
 * files skips the source comparisons, which cost most. Storage that is missing or refuses
 * never stops the game.
 */
import type { PackFiles } from '../core/pack/validate';

const DB = 'on-the-record';
const STORE = 'packs';

export interface StoredPack {
  id: string;
  files: PackFiles;
  addedAt: number;
  /** packStamp(files) when these files passed every check; absent for packs stored before stamps. */
  stamp?: string;
}

function open(idb: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = idb.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(idb: IDBFactory | undefined, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  if (!idb) throw new Error('IndexedDB is not available');
  const db = await open(idb);
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = act(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

const factory = (): IDBFactory | undefined => (typeof indexedDB === 'undefined' ? undefined : indexedDB);

/**
 * Whether this browser has a pack database at all, asked without opening it: opening would
 * create it, a disk write on every first visit, in the middle of start-up.
 */
async function hasDatabase(idb: IDBFactory): Promise<boolean> {
  if (typeof idb.databases !== 'function') return true;
  try {
    return (await idb.databases()).some((d) => d.name === DB);
  } catch {
    return true;
  }
}

export async function storedPacks(idb = factory()): Promise<StoredPack[]> {
  try {
    if (idb && !(await hasDatabase(idb))) return [];
    const all = await run(idb, 'readonly', (s) => s.getAll() as IDBRequest<StoredPack[]>);
    return all.filter((p) => p && typeof p.id === 'string' && typeof p.files === 'object').sort((a, b) => a.addedAt - b.addedAt);
  } catch {
    return [];
  }
}

export async function storePack(pack: StoredPack, idb = factory()): Promise<boolean> {
  try {
    await run(idb, 'readwrite', (s) => s.put(pack));
    return true;
  } catch {
    return false;
  }
}

export async function forgetPack(id: string, idb = factory()): Promise<boolean> {
  try {
    await run(idb, 'readwrite', (s) => s.delete(id));
    return true;
  } catch {
    return false;
  }
}
