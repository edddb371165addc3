/** The DOM view of the class setup screen (see AccessibleLayer): the same choices as the canvas, as real controls. */
import type { Mode } from '../core/rules/debate';
import type { Screen } from '../core/screens/screen';
import { SCOREBOARD_SHOWS } from '../core/rules/choices';
import type { AppState, GameStore } from '../state/store';
import { openRenameDialog } from '../services/renameDialog';
import { printAnswerCards } from '../services/answerCards';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { button } from './debateViews';
import { h, type Child } from '../services/dom';

export function setupView(s: AppState, screen: Extract<Screen, { kind: 'setup' }>, store: GameStore): Child[] {
  const modes: [Mode, string][] = [
    ['solo', t.playSolo],
    ['teams', t.playTeams],
    ['all', t.playAll],
  ];
  const nextShows = SCOREBOARD_SHOWS[(SCOREBOARD_SHOWS.indexOf(s.game.scoreboardShows) + 1) % SCOREBOARD_SHOWS.length]!;
  return [
    h('h1', {}, t.setupTitle),
    h(
      'div',
      { role: 'group', 'aria-label': t.setupMode },
      ...modes.map(([mode, label]) =>
        button(label, () => s.dispatch({ type: 'setMode', mode }), { 'data-mode': mode, 'aria-pressed': String(screen.mode === mode) }),
      ),
    ),
    screen.modeLock ? h('p', { 'data-mode-lock': screen.modeLock }, t.modeLock[screen.modeLock]) : null,
    screen.mode === 'solo'
      ? h('p', {}, t.soloNote)
      : h(
          'section',
          { 'data-teams': String(screen.teams.length) },
          h('h2', {}, t.setupTeams(screen.teams.length)),
          h(
            'ul',
            {},
            ...screen.teams.map((_, team) =>
              h(
                'li',
                {},
                button(`${team + 1}. ${teamName(screen.teams, team)}: ${t.renameLabel(teamName(screen.teams, team))}`, () => openRenameDialog(store, team), {
                  'data-rename': String(team),
                }),
              ),
            ),
          ),
          screen.teamCount.lock ? h('p', { 'data-team-lock': screen.teamCount.lock }, t.teamLock[screen.teamCount.lock]) : null,
          screen.teamCount.lock
            ? null
            : button(t.addTeam, () => s.dispatch({ type: 'setTeamCount', count: screen.teams.length + 1 }), {
                'data-action': 'add-team',
                disabled: !screen.teamCount.canAdd,
              }),
          screen.teamCount.lock
            ? null
            : button(t.removeTeam, () => s.dispatch({ type: 'setTeamCount', count: screen.teams.length - 1 }), {
                'data-action': 'remove-team',
                disabled: !screen.teamCount.canRemove,
              }),
          button(t.scoreboardShows[s.game.scoreboardShows], () => s.dispatch({ type: 'setScoreboardShows', shows: nextShows }), { 'data-action': 'shows' }),
          h('p', {}, t.answerCardsHelp),
          button(t.printAnswerCards, () => printAnswerCards(s), { 'data-action': 'answer-cards' }),
        ),
    h(
      'fieldset',
      {},
      h('legend', {}, t.setupLevels(screen.levels.filter((l) => l.included).length, screen.levels.length)),
      ...screen.levels.map((l) =>
        button(`${l.index + 1}. ${l.title}`, () => s.dispatch({ type: 'toggleLevel', level: l.index }), {
          role: 'checkbox',
          'aria-checked': String(l.included),
          'data-setup-level': String(l.index),
        }),
      ),
    ),
    h('p', {}, t.autoAdvanceHelp),
    button(t.autoAdvance(s.game.autoAdvance), () => s.dispatch({ type: 'setAutoAdvance', on: !s.game.autoAdvance }), {
      'data-action': 'auto',
      'aria-pressed': String(s.game.autoAdvance),
    }),
    h('p', {}, t.sure.settingHelp),
    button(t.sure.setting(s.game.confidence), () => s.dispatch({ type: 'setConfidence', on: !s.game.confidence }), {
      'data-action': 'sure-setting',
      'aria-pressed': String(s.game.confidence),
    }),
    button(t.back, () => s.dispatch({ type: 'back' }), { 'data-action': 'back' }),
    screen.canStart ? button(t.startSession, () => s.dispatch({ type: 'next' }), { 'data-action': 'next' }) : h('p', { role: 'alert' }, t.noLevels),
  ];
}
