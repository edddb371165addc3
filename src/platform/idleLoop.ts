import type Phaser from 'phaser';
import type { GameStore } from '../state/store';
import { moving } from './motion';

/** Game event a screen emits whenever it has drawn, so the loop renders what it drew. */
export const SCREEN_DRAWN = 'screen-drawn';

/**
 * Frames the loop renders after the last thing that could change the picture. Nothing on
 * screen moves but the tweens and timelines (platform/motion, which keep the loop awake while
 * they run), so a change needs one frame; the second is a margin for work
 * Phaser defers to its next step. Each rendered frame costs the browser a copy of the whole
 * canvas, which on a 4K board without a GPU is most of a frame's time: rendering only what
 * changed keeps the frames that change smooth, and the rest free.
 */
export const AWAKE_FRAMES = 2;

/**
 * A projected question can sit on screen for minutes while the class talks. Nothing moves,
 * so the render loop sleeps: it wakes on any change to the game, any input, a resize, the
 * tab coming back or a screen drawing itself, renders a frame or two, then sleeps again. A
 * running countdown changes the store four times a second, so it wakes the loop by itself.
 */
export function attachIdleLoop(game: Phaser.Game, store: GameStore, win: Window = window, awakeFrames = AWAKE_FRAMES): () => void {
  let framesLeft = 0;
  let waking = false;
  let attached = true;
  // Phaser's wake renders a frame there and then. Woken in the middle of a change (a key's
  // handler, a store update), that frame showed the screen being replaced, a whole wasted
  // frame before each new screen. Woken at the next animation frame, it shows the new one,
  // and the key's own task is only the drawing (on a 4K board a render more made it miss
  // the frame).
  const wakeNow = () => {
    waking = false;
    if (attached) game.loop.wake(true);
  };
  const nextFrame = typeof win.requestAnimationFrame === 'function' ? (f: () => void) => win.requestAnimationFrame(() => f()) : queueMicrotask;
  const wake = () => {
    framesLeft = awakeFrames;
    if (waking || game.loop.running) return;
    waking = true;
    nextFrame(wakeNow);
  };
  const rendered = () => {
    // While a tween or timeline runs, every frame changes the picture: stay awake until the last one ends.
    if (moving(game)) framesLeft = awakeFrames;
    framesLeft -= 1;
    if (framesLeft <= 0) game.loop.sleep();
  };
  const events = ['pointermove', 'pointerdown', 'pointerup', 'keydown', 'wheel', 'resize', 'focus', 'dragover', 'drop'] as const;
  for (const e of events) win.addEventListener(e, wake, { passive: true });
  win.document.addEventListener('visibilitychange', wake);
  game.events.on(SCREEN_DRAWN, wake);
  game.events.on('postrender', rendered);
  const unsubscribe = store.subscribe(wake);
  wake();
  return () => {
    attached = false;
    unsubscribe();
    game.events.off(SCREEN_DRAWN, wake);
    game.events.off('postrender', rendered);
    for (const e of events) win.removeEventListener(e, wake);
    win.document.removeEventListener('visibilitychange', wake);
    game.loop.wake(true);
  };
}
