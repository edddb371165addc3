/** A newer build never swaps itself in mid-lesson: the game only says it is ready. */
import { describe, expect, it } from 'vitest';
import { registerOffline } from '../../src/services/offline';
import { createGameStore } from '../../src/state/store';
import { loadValidPack, MINI_PACK_DIR } from './helpers';

class Worker extends EventTarget {
  state = 'installing';
}

function fakeWindow(controlled: boolean, protocol = 'https:') {
  const reg = new EventTarget() as EventTarget & { installing: Worker | null };
  reg.installing = null;
  const registered: string[] = [];
  const win = {
    location: { protocol },
    navigator: { serviceWorker: { controller: controlled ? {} : null, register: async (url: string) => (registered.push(url), reg) } },
  } as unknown as Window;
  return { win, reg, registered };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('offline and updates', () => {
  it('registers the worker; a new version installed under a running one only raises a notice', async () => {
    const store = createGameStore(loadValidPack(MINI_PACK_DIR));
    const { win, reg, registered } = fakeWindow(true);
    registerOffline(store, Promise.resolve(), win, false);
    await flush();
    expect(registered).toEqual(['./sw.js']);
    const incoming = new Worker();
    reg.installing = incoming;
    reg.dispatchEvent(new Event('updatefound'));
    incoming.state = 'installed';
    incoming.dispatchEvent(new Event('statechange'));
    expect(store.getState().notice).toEqual({ kind: 'update-ready' });
    // Nothing else happened: the game is where it was.
    expect(store.getState().game.phase).toBe('title');
  });

  it('the first install (no running version) says nothing; from a file, nothing registers', async () => {
    const store = createGameStore(loadValidPack(MINI_PACK_DIR));
    const first = fakeWindow(false);
    registerOffline(store, Promise.resolve(), first.win, false);
    await flush();
    const incoming = new Worker();
    first.reg.installing = incoming;
    first.reg.dispatchEvent(new Event('updatefound'));
    incoming.state = 'installed';
    incoming.dispatchEvent(new Event('statechange'));
    expect(store.getState().notice).toBeNull();
    const file = fakeWindow(false, 'file:');
    registerOffline(store, Promise.resolve(), file.win, false);
    await flush();
    expect(file.registered).toEqual([]);
  });
});
