import type Phaser from 'phaser';
import type { GameStore } from '../state/store';

/**
 * A projected question can sit on screen for minutes while the class talks. Nothing moves,
 * so the render loop sleeps: it wakes on any change to the game, any input, a resize or the
 * tab coming back, draws for a moment (new scenes, hover), then sleeps again. A running
 * countdown changes the store four times a second, so it keeps the loop awake by itself.
 */
export function attachIdleLoop(game: Phaser.Game, store: GameStore, win: Window = window, awakeMs = 700): () => void {
  let timer: number | null = null;
  const sleep = () => {
    timer = null;
    game.loop.sleep();
  };
  const wake = () => {
    game.loop.wake(true);
    if (timer !== null) win.clearTimeout(timer);
    timer = win.setTimeout(sleep, awakeMs);
  };
  const events = ['pointermove', 'pointerdown', 'pointerup', 'keydown', 'wheel', 'resize', 'focus', 'dragover', 'drop'] as const;
  for (const e of events) win.addEventListener(e, wake, { passive: true });
  win.document.addEventListener('visibilitychange', wake);
  const unsubscribe = store.subscribe(wake);
  wake();
  return () => {
    unsubscribe();
    for (const e of events) win.removeEventListener(e, wake);
    win.document.removeEventListener('visibilitychange', wake);
    if (timer !== null) win.clearTimeout(timer);
    game.loop.wake(true);
  };
}
