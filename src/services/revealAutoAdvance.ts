/**
 * Auto-advance through a pick reveal's beats (core/screens/revealBeats.ts): with the teacher's
 * auto-advance on, the picks, the verdict and the whole reveal follow each other about 1.5 s
 * apart, and it stops on the whole reveal (the next round is always the teacher's step).
 * Whether to step is decided by `autoStepsBeat` (pure); this only keeps the time, and steps
 * only while the same reveal is on the same beat it was waiting on.
 */
import { screenOf } from '../core/screens/screen';
import { AUTO_BEAT_MS, autoStepsBeat } from '../core/screens/revealBeats';
import type { AppState, GameStore } from '../state/store';

export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** Which beat of which reveal is waiting for an automatic step (null: none). */
function waitingOn(s: AppState): string | null {
  const screen = screenOf(s.pack, s.game);
  const steps = autoStepsBeat({
    autoAdvance: s.game.autoAdvance,
    screen,
    beat: s.beat,
    // Nothing moves behind the menu, the article, the keyboard map, a blanked screen or the resume question.
    overlay: s.game.overlay !== null || s.help || s.blank || s.resumePrompt,
  });
  return steps ? `${s.pack.manifest.id}|${s.game.level}|${s.game.round}|${s.beat}` : null;
}

export function attachRevealAutoAdvance(store: GameStore, timers: Timers = browserTimers, gap: number = AUTO_BEAT_MS): () => void {
  let waiting: string | null = null;
  let timer: unknown = null;
  const update = () => {
    const now = waitingOn(store.getState());
    if (now === waiting) return;
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    waiting = now;
    if (now === null) return;
    timer = timers.setTimeout(() => {
      timer = null;
      // Only the reveal and beat it was set for: anything else (a key, a new round) has moved on.
      if (waitingOn(store.getState()) === now) store.getState().advance();
      // advance() changed the beat, so the subscription sets up the next step; otherwise look again.
      if (waiting === now) {
        waiting = null;
        update();
      }
    }, gap);
  };
  const unsubscribe = store.subscribe(update);
  update();
  return () => {
    unsubscribe();
    if (timer !== null) timers.clearTimeout(timer);
  };
}
