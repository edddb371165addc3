/**
 * The screen model is built once per state: the store, the director, both views, the keyboard
 * and read-aloud all ask for it, and states are immutable, so the same state object must give
 * the very same Screen and a key press must build one new screen, not one per reader.
 */
import { describe, expect, it, vi } from 'vitest';

// Counts how often a round's screen is really built (the memo in screen.ts calls this on a miss).
vi.mock('../../src/core/screens/pickScreen', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/screens/pickScreen')>();
  return { ...real, pickRound: vi.fn(real.pickRound) };
});

import { pickRound } from '../../src/core/screens/pickScreen';
import { computeScreen, screenOf } from '../../src/core/screens/screen';
import { initialState } from '../../src/core/rules/game';
import { createGameStore } from '../../src/state/store';
import { handleKey } from '../../src/input/keyboard';
import { readScreen } from '../../src/services/readAloud';
import { pageCount } from '../../src/state/view';
import { A, MINI_PACK_DIR, loadValidPack, run } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);
const built = vi.mocked(pickRound);

describe('screenOf', () => {
  it('returns the identical Screen for the same state, a new one for a new state or another pack', () => {
    const s = run(pack, initialState(), [A.next, A.next, A.next, A.next]);
    const first = screenOf(pack, s);
    expect(screenOf(pack, s)).toBe(first);
    // The same content, worked out afresh, is equal but not the remembered object.
    expect(computeScreen(pack, s)).toEqual(first);
    expect(computeScreen(pack, s)).not.toBe(first);
    const next = run(pack, s, [A.choose('summer')]);
    const second = screenOf(pack, next);
    expect(second).not.toBe(first);
    expect(second.kind === 'round' && second.options.find((o) => o.id === 'summer')?.selected).toBe(true);
    // A copy of a state is another state (nothing is shared by content), and another pack another screen.
    expect(screenOf(pack, { ...s })).not.toBe(first);
    expect(screenOf(structuredClone(pack), s)).not.toBe(first);
  });

  it('builds one screen per key press, however many readers ask for it', () => {
    const store = createGameStore(pack, run(pack, initialState(1), [A.next, A.next, A.next, A.next]));
    // The readers that ask on every change: the director, a scene, the DOM layer, read-aloud, the store's paging.
    const noSpeech = { document: { documentElement: { lang: 'en' } } } as unknown as Window;
    store.subscribe((s) => void screenOf(s.pack, s.game));
    store.subscribe((s) => void screenOf(s.pack, s.game).kind);
    store.subscribe((s) => void pageCount(screenOf(s.pack, s.game)));
    store.subscribe(() => void readScreen(store, noSpeech));
    screenOf(store.getState().pack, store.getState().game);
    built.mockClear();
    // The keyboard reads the screen before the move (which letter is which option), the readers after it.
    expect(handleKey(store, 'a')).toBe(true);
    expect(store.getState().game.selection).toHaveLength(1);
    expect(built).toHaveBeenCalledTimes(1);
    built.mockClear();
    expect(handleKey(store, 'b')).toBe(true);
    expect(built).toHaveBeenCalledTimes(1);
    // A key that changes nothing in the game builds nothing.
    built.mockClear();
    handleKey(store, 'm');
    expect(built).not.toHaveBeenCalled();
  });
});
