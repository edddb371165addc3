import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialState } from '../../src/core/rules/game';
import { attachClock } from '../../src/state/clock';
import { createGameStore } from '../../src/state/store';
import { A, loadValidPack, MINI_PACK_DIR, run } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);

describe('clock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ticks a running timer, and runs no interval when no timer runs', () => {
    const start = run(pack, initialState(), [A.openMenu, { type: 'setTimer', seconds: 20 }, { type: 'closeMenu' }, A.next, A.next, A.next]);
    const store = createGameStore(pack, start);
    const detach = attachClock(store, () => Date.now());
    expect(vi.getTimerCount()).toBe(0);
    store.getState().dispatch(A.next); // into the timed round
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(5_000);
    expect(Math.ceil(store.getState().game.timer!.remainingMs / 1000)).toBe(15);
    store.getState().dispatch({ type: 'timer', op: 'pause', now: Date.now() });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(30_000);
    expect(Math.ceil(store.getState().game.timer!.remainingMs / 1000)).toBe(15);
    detach();
  });
});
