/**
 * Packs a teacher loaded, kept in this browser (IndexedDB) so they play offline next time.
 * Stored as their files and validated again on every start, with the same code as the
 * built-in packs (one that fails is kept aside, named in a notice, and not offered); a pack stored with its stamp (core/pack/packHash.ts) that still matches its
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
  /** Set when the pack stopped passing the checks (or its record could not be read): kept, not offered. */
  aside?: AsideMark;
  /** The record's own key where it is not `id` (a number, written by something other than this game). */
  storeKey?: IDBValidKey;
}

/** Why a stored pack is not offered: the checker's first problem, or null for a record that could not be read. */
export interface AsideMark {
  title: string;
  problem: string | null;
  at: number;
}

/** What start-up finds in the pack store: packs to check and offer, and packs kept aside. */
export interface StoredRead {
  usable: StoredPack[];
  /** Every record kept aside, including those set aside by this read. */
  aside: StoredPack[];
  /** The ids set aside by this read: their records were not readable. */
  newlyAside: string[];
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

/** Files as stored: an object of strings with a pack.json, nothing else. */
function readableFiles(files: unknown): files is PackFiles {
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return false;
  const entries = Object.entries(files as Record<string, unknown>);
  return entries.length > 0 && entries.every(([, v]) => typeof v === 'string') && typeof (files as Record<string, unknown>)['pack.json'] === 'string';
}

/** An aside mark as stored, trusted only as far as it is the right shape (a damaged one still lists). */
function cleanMark(mark: unknown, files: unknown, id: string): AsideMark {
  const m = (typeof mark === 'object' && mark !== null ? mark : {}) as Record<string, unknown>;
  return {
    title: typeof m.title === 'string' && m.title.trim() ? m.title.slice(0, 120) : titleOf(files, id),
    problem: typeof m.problem === 'string' ? m.problem.slice(0, 200) : null,
    at: typeof m.at === 'number' ? m.at : 0,
  };
}

/** The pack's title as far as its pack.json says one, for naming it when it can't be played. */
export function titleOf(files: unknown, id: unknown): string {
  try {
    const raw = (files as Record<string, unknown>)['pack.json'];
    const title = typeof raw === 'string' ? (JSON.parse(raw.replace(/^\uFEFF/, '')) as { title?: unknown }).title : undefined;
    if (typeof title === 'string' && title.trim()) return title.slice(0, 120);
  } catch {
    // Not JSON: the id names it.
  }
  return typeof id === 'string' ? id.slice(0, 120) : String(id);
}

/**
 * Every record, checked before use: a record whose files are not strings (a damaged database,
 * another program's writes) is set aside in place, with its data kept, and never reaches the
 * checker, so it cannot stop the game from starting.
 */
export async function readStoredPacks(idb = factory(), now = Date.now()): Promise<StoredRead> {
  const none: StoredRead = { usable: [], aside: [], newlyAside: [] };
  try {
    if (idb && !(await hasDatabase(idb))) return none;
    const all = (await run(idb, 'readonly', (s) => s.getAll())) as unknown[];
    const read: StoredRead = { usable: [], aside: [], newlyAside: [] };
    for (const r of all) {
      const rec = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
      // Another program's record may be keyed by a number: still listed, and removable by its own key.
      const key = rec.id;
      if (typeof key !== 'string' && typeof key !== 'number') continue;
      const id = String(key);
      const shown = (aside: AsideMark): StoredPack => ({ ...(rec as object), id, ...(key !== id ? { storeKey: key } : {}), aside }) as StoredPack;
      if (rec.aside !== undefined && rec.aside !== null) read.aside.push(shown(cleanMark(rec.aside, rec.files, id)));
      else if (typeof key === 'string' && readableFiles(rec.files) && typeof rec.addedAt === 'number') read.usable.push(rec as unknown as StoredPack);
      else {
        const aside: AsideMark = { title: titleOf(rec.files, id), problem: null, at: now };
        await storePack({ ...(rec as object), addedAt: typeof rec.addedAt === 'number' ? rec.addedAt : 0, aside } as StoredPack, idb);
        read.aside.push(shown(aside));
        read.newlyAside.push(id);
      }
    }
    read.usable.sort((a, b) => a.addedAt - b.addedAt);
    return read;
  } catch {
    return none;
  }
}

/** The packs to check and offer (see readStoredPacks). */
export async function storedPacks(idb = factory()): Promise<StoredPack[]> {
  return (await readStoredPacks(idb)).usable;
}

/** Keeps a pack that no longer passes the checks aside: its files stay, it is no longer offered. */
export async function setAside(pack: StoredPack, problem: string, idb = factory(), now = Date.now()): Promise<boolean> {
  return storePack({ ...pack, aside: { title: titleOf(pack.files, pack.id), problem, at: now } }, idb);
}

export async function storePack(pack: StoredPack, idb = factory()): Promise<boolean> {
  try {
    await run(idb, 'readwrite', (s) => s.put(pack));
    return true;
  } catch {
    return false;
  }
}

export async function forgetPack(id: IDBValidKey, idb = factory()): Promise<boolean> {
  try {
    await run(idb, 'readwrite', (s) => s.delete(id));
    return true;
  } catch {
    return false;
  }
}
