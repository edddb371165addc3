import type { GameStore } from '../state/store';
import { t } from '../i18n/strings';

/**
 * Says what the timer is doing at the moments that matter (start, 10 seconds left, time up,
 * paused, running again), not every second, so a screen reader is not drowned.
 */
export function attachTimerAnnouncer(store: GameStore, region: HTMLElement): () => void {
  return store.subscribe((s, prev) => {
    const now = s.game.timer;
    const before = prev.game.timer;
    let say = '';
    if (now && (!before || s.game.round !== prev.game.round || s.game.level !== prev.game.level) && s.game.phase === 'round')
      say = t.timerSays.start(now.limitMs / 1000);
    else if (now && before) {
      if (s.game.locked && !prev.game.locked) say = t.timerSays.up;
      else if (!now.running && before.running && now.remainingMs > 0) say = t.timerSays.paused;
      else if (now.running && !before.running) say = t.timerSays.resumed;
      else if (now.remainingMs <= 10_000 && before.remainingMs > 10_000) say = t.timerSays.ten;
    }
    // The discussion's countdown: its end, and the answers opening (by the teacher or by auto-advance).
    const talk = s.game.discussTimer;
    const talked = prev.game.discussTimer;
    if (talk && talked && talk.remainingMs === 0 && talked.remainingMs > 0) say = t.discussOver;
    else if (prev.game.discussing && !s.game.discussing && s.game.phase === 'round') say = t.timerSays.answersOpen;
    if (say) region.textContent = say;
  });
}
