import type { AppState } from '../state/store';
import { downloadCsv } from './exportResults';
import { SCOREBOARD_CHOICES, TIMER_CHOICES, type TimerSeconds } from '../core/stateSchema';
import { t } from './strings';

function nextTimer(now: TimerSeconds): TimerSeconds {
  return TIMER_CHOICES[(TIMER_CHOICES.indexOf(now) + 1) % TIMER_CHOICES.length]!;
}

/** The Esc menu's entries, shared by the canvas menu, the DOM layer and the number keys. Start over comes last. */
export function menuItems(s: AppState): { label: string; run: () => void }[] {
  return [
    { label: t.menuResume, run: () => s.dispatch({ type: 'closeMenu' }) },
    { label: t.menuLevels, run: () => s.dispatch({ type: 'toLevelSelect' }) },
    { label: t.menuTitle, run: () => s.dispatch({ type: 'toTitle' }) },
    { label: s.settings.sound ? t.soundOn : t.soundOff, run: () => s.toggleSound() },
    { label: t.downloadCsv, run: () => downloadCsv(s.pack, s.game) },
    { label: t.timerMenu(s.game.timerSeconds), run: () => s.dispatch({ type: 'setTimer', seconds: nextTimer(s.game.timerSeconds) }) },
    { label: t.discussMenu(s.game.discuss), run: () => s.dispatch({ type: 'setDiscuss', on: !s.game.discuss }) },
    { label: t.scoreboardMenu[s.game.scoreboard], run: () => s.dispatch({ type: 'setScoreboard', when: SCOREBOARD_CHOICES[(SCOREBOARD_CHOICES.indexOf(s.game.scoreboard) + 1) % SCOREBOARD_CHOICES.length]! }) },
    s.confirmRestart
      ? { label: t.menuRestartConfirm, run: () => s.dispatch({ type: 'restart' }) }
      : { label: t.menuRestart, run: () => s.askRestart() },
  ];
}
