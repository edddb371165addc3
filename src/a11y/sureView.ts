/** The DOM layer's confidence ("sure"): the round's toggle, the reveal's lines, the results' calibration. */
import type { Calibration } from '../core/rules/calibration';
import type { Screen } from '../core/screens/screen';
import { calibrationItem, sureRevealLines } from '../i18n/sureText';
import { t } from '../i18n/strings';
import { h, type Child } from '../services/dom';
import type { AppState } from '../state/store';
import { button } from './debateViews';

/** The round's "mark sure" toggle (a pressed button when marked); in a reviewed question, the recorded mark as words. */
export function sureToggle(s: AppState, screen: Extract<Screen, { kind: 'round' }>): Child {
  if (!screen.sure || screen.discussing) return null;
  if (screen.review) return screen.sure.marked ? h('p', { 'data-sure': 'true' }, t.sure.badge) : null;
  return button(t.sure.toggleLabel(screen.sure.marked), () => s.dispatch({ type: 'toggleSure' }), {
    'data-action': 'sure',
    'aria-pressed': String(screen.sure.marked),
  });
}

/** What each sure mark did to the points, under the reveal's verdict. */
export function sureRevealView(s: AppState, screen: Extract<Screen, { kind: 'reveal' }>): Child[] {
  return sureRevealLines(screen.sure, s.game.teams, !!screen.allTeams).map((line) => h('p', { 'data-sure-reveal': '' }, line));
}

/** The results' calibration: a heading and one line per team (or the class). */
export function calibrationView(s: AppState, items: readonly Calibration[]): Child {
  if (!items.length) return null;
  return h('section', { 'data-calibration': '' }, h('h2', {}, t.sure.title), h('ul', {}, ...items.map((c) => h('li', {}, calibrationItem(c, s.game.teams)))));
}
