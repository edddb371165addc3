import { describe, expect, it } from 'vitest';
import { initialState } from '../../src/core/rules/game';
import { attachPersistence } from '../../src/state/attachPersistence';
import { SAVE_KEY } from '../../src/state/saveSlot';
import { createGameStore } from '../../src/state/store';
import { claimTab, TAB_LOCK, TAKE_OVER_KEY, takeOver, takeOverAsked, type Locks } from '../../src/services/tabOwner';
import { A, loadValidPack, memoryStorage, MINI_PACK_DIR, run } from './helpers';

/**
 * The Web Locks rules this module leans on, for one browser profile: `ifAvailable` gets null
 * when the lock is held; `steal` takes it at once and the holder's request rejects with an
 * AbortError; a lock is held until its callback's promise settles.
 */
function fakeLocks() {
  const held = new Map<string, { reject: (e: unknown) => void }>();
  const requests: { name: string; options: LockOptions }[] = [];
  const request = (name: string, options: LockOptions, cb: (lock: Lock | null) => unknown): Promise<unknown> => {
    requests.push({ name, options });
    return new Promise((resolve, reject) => {
      queueMicrotask(() => {
        const holder = held.get(name);
        if (holder && options.ifAvailable) return resolve(cb(null));
        if (holder && !options.steal) throw new Error('the fake does not queue');
        if (holder) holder.reject(new DOMException('stolen', 'AbortError'));
        const me = { reject };
        held.set(name, me);
        Promise.resolve(cb({ name, mode: 'exclusive' } as Lock)).then((v) => {
          if (held.get(name) === me) held.delete(name);
          resolve(v);
        }, reject);
      });
    });
  };
  return { locks: { request } as unknown as Locks, held, requests };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('one tab holds the session', () => {
  it('the first tab owns it and saves; a second finds it taken and saves nothing', async () => {
    const { locks, requests } = fakeLocks();
    const first = claimTab(locks, false);
    expect(first.saves()).toBe(false); // not before the answer
    expect(await first.settled).toBe('owner');
    expect(first.saves()).toBe(true);
    const second = claimTab(locks, false);
    expect(await second.settled).toBe('elsewhere');
    expect(second.saves()).toBe(false);
    // The second asked twice (a moment apart) before it said so; nobody stole anything.
    expect(requests).toEqual([
      { name: TAB_LOCK, options: { ifAvailable: true } },
      { name: TAB_LOCK, options: { ifAvailable: true } },
      { name: TAB_LOCK, options: { ifAvailable: true } },
    ]);
    expect(first.state()).toBe('owner');
  });

  it('a reload whose old page still holds the lock for a moment gets it on asking again', async () => {
    const { locks, held } = fakeLocks();
    const old = claimTab(locks, false);
    await old.settled;
    const reloaded = claimTab(locks, false, 10_000, 20);
    await tick();
    held.clear(); // the old page has gone
    expect(await reloaded.settled).toBe('owner');
  });

  it('taking over stops the first tab (it hears so once) and the new one owns it', async () => {
    const { locks } = fakeLocks();
    const first = claimTab(locks, false);
    await first.settled;
    const heard: string[] = [];
    first.onLost(() => heard.push(first.state()));
    const again = claimTab(locks, true);
    expect(await again.settled).toBe('owner');
    await tick();
    expect(heard).toEqual(['lost']);
    expect(first.saves()).toBe(false);
    expect(again.saves()).toBe(true);
  });

  it('a browser without Web Locks, or one that refuses them, saves as before', async () => {
    const none = claimTab(undefined, false);
    expect(await none.settled).toBe('unknown');
    expect(none.saves()).toBe(true);
    const refusing = {
      request: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Locks;
    expect(await claimTab(refusing, false).settled).toBe('unknown');
    const rejecting = { request: () => Promise.reject(new DOMException('denied', 'SecurityError')) } as unknown as Locks;
    const r = claimTab(rejecting, false);
    expect(await r.settled).toBe('unknown');
    expect(r.saves()).toBe(true);
  });

  it('a request that never answers is given up: the game does not wait on it', async () => {
    const silent = { request: () => new Promise(() => {}) } as unknown as Locks;
    const c = claimTab(silent, false, 5);
    expect(await c.settled).toBe('unknown');
    expect(c.saves()).toBe(true);
  });

  it('"use the game here" steals the lock, lets it go, flags the reload, and the flag is read once', async () => {
    const { locks, held } = fakeLocks();
    const first = claimTab(locks, false);
    await first.settled;
    const flags = memoryStorage();
    let reloaded = 0;
    await takeOver(locks, flags, () => reloaded++);
    expect(first.state()).toBe('lost');
    expect(held.size).toBe(0); // free for the reloaded page
    expect(reloaded).toBe(1);
    expect(flags.data.get(TAKE_OVER_KEY)).toBe('1');
    expect(takeOverAsked(flags)).toBe(true);
    expect(takeOverAsked(flags)).toBe(false);
    expect(takeOverAsked(null)).toBe(false);
    // No locks and no session storage: it still reloads.
    await takeOver(undefined, null, () => reloaded++);
    expect(reloaded).toBe(2);
  });
});

describe('saving follows the session', () => {
  const pack = loadValidPack(MINI_PACK_DIR);

  it('a tab that lost the session writes nothing more, not even when the page is hidden', async () => {
    const { locks } = fakeLocks();
    const tab = claimTab(locks, false);
    await tab.settled;
    const storage = memoryStorage();
    const store = createGameStore(pack, initialState());
    const page = new EventTarget() as EventTarget & { document: { visibilityState: DocumentVisibilityState } };
    page.document = { visibilityState: 'visible' };
    attachPersistence(store, storage, () => ({ kind: 'none' }), page as unknown as Window, tab.saves);
    store.getState().dispatch(A.next);
    const owned = storage.data.get(SAVE_KEY);
    expect(JSON.parse(owned!).game.phase).toBe(store.getState().game.phase);
    await takeOver(locks, null, () => {});
    const game = run(pack, store.getState().game, [A.next, A.next]);
    store.setState({ game });
    page.document.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    page.dispatchEvent(new Event('pagehide'));
    expect(storage.data.get(SAVE_KEY)).toBe(owned);
  });
});
