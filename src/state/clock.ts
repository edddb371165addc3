import type { GameStore } from './store';

/**
 * Feeds the clock to a running round timer (or discussion countdown), four times a second, and only then: with no
 * timer running there is no interval at all, so an idle screen costs nothing.
 */
export function attachClock(store: GameStore, now: () => number = Date.now, every = 250): () => void {
  let interval: ReturnType<typeof setInterval> | null = null;
  const sync = () => {
    const { game: g, resumePrompt } = store.getState();
    // The clock stops while the "resume or new session?" question is up.
    const running = g.discussing ? g.discussTimer?.running === true : g.timer?.running === true;
    const wanted = g.phase === 'round' && !g.overlay && !resumePrompt && running;
    if (wanted && interval === null) {
      // Set before the first tick: the tick changes the store, which calls this again.
      interval = setInterval(() => store.getState().dispatch({ type: 'tick', now: now() }), every);
      store.getState().dispatch({ type: 'tick', now: now() });
    } else if (!wanted && interval !== null) {
      clearInterval(interval);
      interval = null;
    }
  };
  sync();
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    if (interval !== null) clearInterval(interval);
  };
}
