/** The DOM layer's reveal when every team answered: the best answer, a row per team, why the wrong picks fail. */
import type { TeamsReveal } from '../core/screens/teamsReveal';
import type { AppState } from '../state/store';
import { h } from '../services/dom';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { optionLabel, optionLetter } from '../i18n/optionLabel';
import { outcomeWord } from '../i18n/outcomeText';

export function teamsRevealView(s: AppState, r: TeamsReveal): HTMLElement[] {
  const names = s.game.teams;
  return [
    h(
      'section',
      { 'data-best': r.best.map((o) => o.id).join(',') },
      h('h2', {}, t.bestAnswer),
      h('p', {}, r.best.map((o) => `${optionLetter(o.n)}. ${optionLabel(o)}`).join('; ')),
      h('p', { class: 'explanation' }, r.bestExplanation),
    ),
    h(
      'ul',
      { 'data-team-picks': '' },
      ...r.rows.map((row) =>
        h(
          'li',
          { 'data-team-score': String(row.score), 'data-outcome': row.outcome, 'data-team': String(row.team) },
          `${teamName(names, row.team)}: ${row.picked.map((o) => `${optionLetter(o.n)}. ${optionLabel(o)}`).join('; ') || t.noAnswer}. ${outcomeWord(row.outcome)}, ${t.plusPoints(row.score)}.`,
        ),
      ),
    ),
    r.whyWrong.length
      ? h(
          'section',
          { 'data-why-wrong': '' },
          h('h2', {}, t.whyNot),
          h(
            'ul',
            {},
            ...r.whyWrong.map((w) =>
              h(
                'li',
                { 'data-why-option': w.option.id },
                `${optionLetter(w.option.n)}. ${optionLabel(w.option)} (${w.teams.map((k) => teamName(names, k)).join(', ')}): ${w.why}`,
              ),
            ),
          ),
        )
      : null,
  ].filter((n): n is HTMLElement => n !== null);
}
