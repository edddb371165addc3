import type { AppState } from '../state/store';
import { downloadCsv } from '../services/exportResults';
import { DISCUSS_CHOICES, SCOREBOARD_CHOICES, TIMER_CHOICES } from '../core/rules/choices';
import type { DiscussSeconds, TimerSeconds } from '../core/rules/stateSchema';
import { t } from '../i18n/strings';

function nextTimer(now: TimerSeconds): TimerSeconds {
  return TIMER_CHOICES[(TIMER_CHOICES.indexOf(now) + 1) % TIMER_CHOICES.length]!;
}

/** Discussion: off → on with no countdown → 30, 60, 90, 120 s → off. */
function cycleDiscussion(s: AppState): void {
  const { discuss, discussSeconds } = s.game;
  const i = DISCUSS_CHOICES.indexOf(discussSeconds);
  if (!discuss) {
    s.dispatch({ type: 'setDiscuss', on: true });
    s.dispatch({ type: 'setDiscussSeconds', seconds: 0 });
  } else if (i + 1 < DISCUSS_CHOICES.length) s.dispatch({ type: 'setDiscussSeconds', seconds: DISCUSS_CHOICES[i + 1] as DiscussSeconds });
  else {
    s.dispatch({ type: 'setDiscuss', on: false });
    s.dispatch({ type: 'setDiscussSeconds', seconds: 0 });
  }
}

/** The menu's keys: 1–9, then 0 for the tenth entry, as on a keyboard's number row. */
export const MENU_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/**
 * The Esc menu's entries, shared by the canvas menu, the DOM layer and the number keys.
 * Start over is ninth (9 twice clears the scores); the display (text size, theme) is tenth, on 0.
 * The rest of a class's setup (teams, questions, auto-advance, what the scoreboard shows)
 * is on the setup screen, after the title.
 */
export function menuItems(s: AppState): { label: string; run: () => void }[] {
  return [
    { label: t.menuResume, run: () => s.dispatch({ type: 'closeMenu' }) },
    { label: t.menuLevels, run: () => s.dispatch({ type: 'toLevelSelect' }) },
    { label: t.menuTitle, run: () => s.dispatch({ type: 'toTitle' }) },
    { label: s.settings.sound ? t.soundOn : t.soundOff, run: () => s.toggleSound() },
    { label: t.downloadCsv, run: () => downloadCsv(s.pack, s.game) },
    { label: t.timerMenu(s.game.timerSeconds), run: () => s.dispatch({ type: 'setTimer', seconds: nextTimer(s.game.timerSeconds) }) },
    { label: t.discussMenu(s.game.discuss, s.game.discussSeconds), run: () => cycleDiscussion(s) },
    {
      label: t.scoreboardMenu[s.game.scoreboard],
      run: () =>
        s.dispatch({ type: 'setScoreboard', when: SCOREBOARD_CHOICES[(SCOREBOARD_CHOICES.indexOf(s.game.scoreboard) + 1) % SCOREBOARD_CHOICES.length]! }),
    },
    s.confirmRestart ? { label: t.menuRestartConfirm, run: () => s.dispatch({ type: 'restart' }) } : { label: t.menuRestart, run: () => s.askRestart() },
    { label: t.displayMenu(s.settings.textSize, s.settings.theme), run: () => s.cycleDisplay() },
  ];
}
