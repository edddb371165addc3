import { describe, expect, it } from 'vitest';
import type Phaser from 'phaser';
import { attachIdleLoop, SCREEN_DRAWN } from '../../src/platform/idleLoop';
import { createGameStore } from '../../src/state/store';
import { loadValidPack } from './helpers';

/** A stand-in for the parts of Phaser.Game the idle loop touches: its loop and its events. */
function fakeGame() {
  const handlers = new Map<string, Set<() => void>>();
  const loop = { running: true, sleeps: 0, wakes: 0 };
  const game = {
    loop: {
      sleep: () => ((loop.running = false), (loop.sleeps += 1)),
      wake: () => ((loop.running = true), (loop.wakes += 1)),
      get running() {
        return loop.running;
      },
    },
    events: {
      on: (e: string, f: () => void) => handlers.set(e, (handlers.get(e) ?? new Set()).add(f)),
      off: (e: string, f: () => void) => handlers.get(e)?.delete(f),
      emit: (e: string) => handlers.get(e)?.forEach((f) => f()),
    },
  };
  /** One frame of Phaser's loop: renders only while the loop runs. */
  const frame = () => {
    if (loop.running) game.events.emit('postrender');
  };
  return { game: game as unknown as Phaser.Game, loop, frame, emit: game.events.emit, handlers };
}

function fakeWindow() {
  const target = new EventTarget();
  const doc = new EventTarget();
  return { win: Object.assign(target, { document: doc }) as unknown as Window, target, doc };
}

describe('idle loop: renders for a frame or two after a change, then sleeps', () => {
  const store = () => createGameStore(loadValidPack('levels/kestrel-bay-ferry'));

  it('sleeps after two rendered frames and stays asleep with nothing happening', () => {
    const { game, loop, frame } = fakeGame();
    attachIdleLoop(game, store(), fakeWindow().win);
    frame();
    expect(loop.running).toBe(true);
    frame();
    expect(loop.running).toBe(false);
    for (let i = 0; i < 100; i++) frame();
    expect(loop.sleeps).toBe(1);
  });

  it('wakes on a store change, on input, on a screen drawing and on the tab coming back', async () => {
    const { game, loop, frame, emit } = fakeGame();
    const s = store();
    const { win, target, doc } = fakeWindow();
    attachIdleLoop(game, s, win);
    const settle = () => {
      for (let i = 0; i < 5; i++) frame();
      expect(loop.running).toBe(false);
    };
    settle();
    const wakers: [string, () => void][] = [
      ['store', () => s.setState({ help: true })],
      ['keydown', () => target.dispatchEvent(new Event('keydown'))],
      ['pointermove', () => target.dispatchEvent(new Event('pointermove'))],
      ['resize', () => target.dispatchEvent(new Event('resize'))],
      ['screen drawn', () => emit(SCREEN_DRAWN)],
      ['visibility', () => doc.dispatchEvent(new Event('visibilitychange'))],
    ];
    for (const [name, wakeBy] of wakers) {
      wakeBy();
      await Promise.resolve();
      expect(loop.running, name).toBe(true);
      settle();
    }
  });

  it('a change during the awake frames renders two more frames from then', () => {
    const { game, loop, frame, emit } = fakeGame();
    attachIdleLoop(game, store(), fakeWindow().win);
    frame();
    emit(SCREEN_DRAWN);
    frame();
    expect(loop.running).toBe(true);
    frame();
    expect(loop.running).toBe(false);
  });

  it('wakes once the change is done, not in the middle of it: the frame shows what the change drew', async () => {
    const { game, loop, frame } = fakeGame();
    const s = store();
    attachIdleLoop(game, s, fakeWindow().win);
    frame();
    frame();
    expect(loop.running).toBe(false);
    // A subscriber added after the loop (as the scene director is) still runs before the wake.
    const order: string[] = [];
    s.subscribe(() => order.push(loop.running ? 'drew after wake' : 'drew before wake'));
    s.setState({ help: true });
    s.setState({ help: false });
    expect(loop.wakes).toBe(0);
    await Promise.resolve();
    expect(order).toEqual(['drew before wake', 'drew before wake']);
    // Two changes in one task: one wake.
    expect(loop.wakes).toBe(1);
    expect(loop.running).toBe(true);
  });

  it('in a browser, wakes at the next animation frame: the key that changed things only draws', () => {
    const { game, loop, frame } = fakeGame();
    const frames: (() => void)[] = [];
    const { win } = fakeWindow();
    Object.assign(win, { requestAnimationFrame: (f: () => void) => frames.push(f) });
    const s = store();
    attachIdleLoop(game, s, win);
    frame();
    frame();
    expect(loop.running).toBe(false);
    s.setState({ help: true });
    s.setState({ help: false });
    // Nothing rendered in the change's own task; one wake, when the frame comes.
    expect(loop.wakes).toBe(0);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(loop.wakes).toBe(1);
    expect(loop.running).toBe(true);
  });

  it('detaching leaves the loop running and listens no more', () => {
    const { game, loop, frame, emit, handlers } = fakeGame();
    const { win, target } = fakeWindow();
    const detach = attachIdleLoop(game, store(), win);
    frame();
    frame();
    detach();
    expect(loop.running).toBe(true);
    for (let i = 0; i < 5; i++) frame();
    expect(loop.running).toBe(true);
    emit(SCREEN_DRAWN);
    target.dispatchEvent(new Event('keydown'));
    expect([...(handlers.get('postrender') ?? [])]).toHaveLength(0);
    expect([...(handlers.get(SCREEN_DRAWN) ?? [])]).toHaveLength(0);
  });
});
