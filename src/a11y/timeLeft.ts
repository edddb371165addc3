/**
 * The time left, for a screen reader to read when its user asks: a box after the DOM layer
 * (`#time-left`, a landmark named "Time left", not a live region), never inside it, so the
 * layer's live region is not touched by a tick. The moments that matter (started, 10 seconds
 * left, paused, time up) are said once by `timerAnnouncer.ts` in `#timer-status`; the
 * "Lock in" button and the answers point at this box with aria-describedby, so the time left
 * is read with them.
 */
import { screenOf } from '../core/screens/screen';
import type { PickRound } from '../core/screens/pickScreen';
import type { GameStore } from '../state/store';
import { t } from '../i18n/strings';
import { h } from '../services/dom';
import { patchChildren } from './patch';

export const TIME_LEFT_ID = 'time-left';

/** The lines the box holds on a question: the discussion's countdown, the answers' countdown. */
function lines(screen: PickRound): HTMLElement[] {
  const talk = screen.discussClock;
  const clock = screen.clock;
  return [
    talk ? h('p', { 'data-discuss-clock': String(talk.seconds) }, talk.seconds === 0 ? t.discussOver : t.discussLeft(t.timeLeft(talk.seconds * 1000))) : null,
    clock
      ? h(
          'p',
          { 'data-clock': String(clock.seconds) },
          screen.locked ? t.timeUp : `${clock.running ? '' : `${t.timerPaused}. `}${t.timeLeftTitle}: ${t.timeLeft(clock.seconds * 1000)}`,
        )
      : null,
  ].filter((l) => l !== null);
}

/** Whether the question on screen has a countdown (the layer then points its buttons at the box). */
export const hasClock = (screen: PickRound) => Boolean(screen.clock ?? screen.discussClock);

export function mountTimeLeft(box: HTMLElement, store: GameStore): () => void {
  const render = () => {
    const s = store.getState();
    const screen = screenOf(s.pack, s.game);
    const now = screen.kind === 'round' ? lines(screen) : [];
    if (box.hidden !== (now.length === 0)) box.hidden = now.length === 0;
    if (box.getAttribute('aria-label') !== t.timeLeftTitle) box.setAttribute('aria-label', t.timeLeftTitle);
    patchChildren(box, now);
  };
  render();
  return store.subscribe(render);
}
