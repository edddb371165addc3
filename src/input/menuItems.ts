import type { AppState } from '../state/store';
import { downloadCsv } from '../services/exportResults';
import { eraseAllData } from '../services/recovery';
import { browserStorage } from '../state/attachPersistence';
import { DISCUSS_CHOICES, SCOREBOARD_CHOICES, TIMER_CHOICES } from '../core/rules/choices';
import { allowedIn } from '../core/rules/moves';
import type { DiscussSeconds, TimerSeconds } from '../core/rules/stateSchema';
import { t } from '../i18n/strings';
import { soundStop } from '../state/settings';

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

/** The menu's keys: 1–9, as on a keyboard's number row. */
export const MENU_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

export interface MenuItem {
  label: string;
  run: () => void;
}

/** The key of the item an action sits on, so a "press N again" prompt names the right key. */
const keyOf = (items: readonly unknown[]) => MENU_KEYS[items.length]!;

/**
 * The Esc menu's entries, shared by the canvas menu, the DOM layer and the number keys, on two
 * pages: what the session does (first), and the settings (last entry of the first page). The
 * rest of a class's setup (teams, questions, auto-advance, what the scoreboard shows) is on the
 * setup screen, after the title.
 */
export function menuItems(s: AppState): MenuItem[] {
  if (s.menuPage === 'settings') return settingsItems(s);
  const items: MenuItem[] = [
    { label: t.menuResume, run: () => s.dispatch({ type: 'closeMenu' }) },
    { label: t.menuLevels, run: () => s.dispatch({ type: 'toLevelSelect' }) },
    // The whole article on the projector (the reading screen), from wherever the class is.
    { label: t.readArticle, run: () => s.dispatch({ type: 'readArticle' }) },
  ];
  // Only while a session is being played: the bell rang, go to the after-poll and the results.
  if (allowedIn('endSession', s.game.phase)) items.push({ label: t.menuEndSession, run: () => s.dispatch({ type: 'endSession' }) });
  items.push({ label: t.downloadCsv, run: () => downloadCsv(s.pack, s.game) });
  const restartKey = keyOf(items);
  items.push(
    s.confirmRestart
      ? { label: t.menuRestartConfirm(restartKey), run: () => s.dispatch({ type: 'restart' }) }
      : { label: t.menuRestart, run: () => s.askRestart() },
  );
  items.push({ label: t.menuTitle, run: () => s.dispatch({ type: 'toTitle' }) });
  items.push({ label: t.menuSettings, run: () => s.setMenuPage('settings') });
  return items;
}

function settingsItems(s: AppState): MenuItem[] {
  const items: MenuItem[] = [
    { label: t.menuBack, run: () => s.setMenuPage('main') },
    { label: t.soundMenu(soundStop(s.settings)), run: () => s.cycleSound() },
    { label: t.motionMenu[s.settings.motion], run: () => s.cycleMotion() },
    { label: t.timerMenu(s.game.timerSeconds), run: () => s.dispatch({ type: 'setTimer', seconds: nextTimer(s.game.timerSeconds) }) },
    { label: t.discussMenu(s.game.discuss, s.game.discussSeconds), run: () => cycleDiscussion(s) },
    {
      label: t.scoreboardMenu[s.game.scoreboard],
      run: () =>
        s.dispatch({ type: 'setScoreboard', when: SCOREBOARD_CHOICES[(SCOREBOARD_CHOICES.indexOf(s.game.scoreboard) + 1) % SCOREBOARD_CHOICES.length]! }),
    },
    { label: t.displayMenu(s.settings.textSize, s.settings.theme), run: () => s.cycleDisplay() },
  ];
  // What the device keeps, and freeing space (a DOM dialog, loaded when opened).
  items.push({ label: t.menuData, run: () => void import('../services/deviceData').then((m) => m.showDeviceData(s, browserStorage())) });
  // Erasing forgets every score, loaded pack and setting on this device: asked twice.
  const eraseKey = keyOf(items);
  items.push(s.confirmErase ? { label: t.eraseAllConfirm(eraseKey), run: () => void eraseAllData() } : { label: t.eraseAll, run: () => s.askErase(true) });
  return items;
}
