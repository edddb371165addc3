/** The DOM layer's standings, poll results and level lines on the summary and the final results. */
import type { Standing } from '../core/rules/progress';
import type { Podium } from '../core/rules/podium';
import type { PollView } from '../core/screens/screen';
import type { AppState } from '../state/store';
import { h } from '../services/dom';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { pollCounts } from '../i18n/pollText';

/** Every team by name, ranked (unless the teacher shows gains only), with its total and this level's gain. */
export function standingsList(s: AppState, rows: readonly Standing[], withGain: boolean, heading: string = t.standings): HTMLElement {
  const line = (r: Standing) => {
    const name = teamName(s.game.teams, r.team);
    if (r.show === 'gain') return `${name}: ${t.gained(r.change)}`;
    return `${t.rankOrdinal(r.rank)} ${name}: ${t.pointsShort(r.total)}${withGain ? ` (${t.gained(r.change)})` : ''}`;
  };
  return h(
    'section',
    // data-scoreboard: the totals in team order, as the header strip lists them.
    {
      'data-standings': rows.map((r) => r.team).join(','),
      'data-scoreboard': [...rows]
        .sort((a, b) => a.team - b.team)
        .map((r) => r.total)
        .join(','),
    },
    h('h2', {}, heading),
    h('ol', {}, ...rows.map((r) => h('li', { 'data-standing': String(r.team), 'data-rank': String(r.rank) }, line(r)))),
  );
}

/**
 * The podium the final results open with, in the canvas's order: each place (tied teams share
 * it), its teams by name with their totals, then the teams below 3rd. That is the board's own
 * order, so it is the standings list under the podium's heading, with each step's place and teams
 * (`data-podium`: "1:0,2:1+2").
 */
export function podiumList(s: AppState, podium: Podium): HTMLElement {
  const list = standingsList(s, [...podium.steps.flatMap((step) => step.teams), ...podium.rest], false, t.podium);
  list.setAttribute('data-podium', podium.steps.map((step) => `${step.place}:${step.teams.map((r) => r.team).join('+')}`).join(','));
  return list;
}

/** How the class's view moved between the two polls; a show of hands not taken says so, never 0. */
export function pollResults(poll: PollView): HTMLElement {
  return h(
    'section',
    { 'data-poll-results': poll.taken.before && poll.taken.after ? 'taken' : 'not-taken' },
    h('h2', {}, t.pollMoved),
    poll.taken.before || poll.taken.after
      ? h('ul', {}, ...poll.options.map((o) => h('li', {}, `${o.text}: ${pollCounts(poll, o)}`)))
      : h('p', {}, t.pollNotTaken),
  );
}
