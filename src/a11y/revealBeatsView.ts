/**
 * The DOM layer's pick reveal before its last beat (core/screens/revealBeats.ts): the class's
 * picks and "what did the sources say?", then the verdict and the best answer(s). Nothing of
 * the verdict, the best answer or the points is in the page at the first beat, and no points
 * or quotes at the second, as on the canvas.
 */
import type { Screen } from '../core/screens/screen';
import type { RevealBeat } from '../core/screens/revealBeats';
import type { AppState } from '../state/store';
import { h, type Child } from '../services/dom';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { optionLabel, optionLetter } from '../i18n/optionLabel';
import { headlineText, outcomeWord } from '../i18n/outcomeText';
import { button } from './debateViews';

type Reveal = Extract<Screen, { kind: 'reveal' }>;

const chosen = (options: readonly Reveal['options'][number][]) => options.map((o) => `${optionLetter(o.n)}. ${optionLabel(o)}`).join('; ');

/** What a beat before the whole reveal says, as text: the picks (a line per team), the verdict and the best answer (null before the verdict), the Next button. */
export interface RevealBeatText {
  picks: { team: number | null; text: string; outcome: string | null }[];
  ask: string;
  verdict: { text: string; outcome: string } | null;
  best: { ids: string[]; text: string } | null;
  next: string;
}

export function revealBeatText(screen: Reveal, beat: Exclude<RevealBeat, 'evidence'>, names: readonly string[]): RevealBeatText {
  const verdict = beat === 'verdict';
  const rows = screen.allTeams?.rows;
  const picks = rows
    ? rows.map((row) => ({
        team: row.team,
        text: t.teamChose(teamName(names, row.team), chosen(row.picked) || t.noAnswer) + (verdict ? `. ${outcomeWord(row.outcome)}.` : ''),
        outcome: verdict ? row.outcome : null,
      }))
    : [{ team: null, text: `${screen.multi ? t.yourAnswers : t.yourAnswer}: ${chosen(screen.picked) || t.noAnswer}`, outcome: null }];
  const best = screen.options.filter((o) => o.verdict === 'supported');
  return {
    picks,
    ask: t.sourcesAsk,
    verdict: verdict ? { text: `${headlineText(screen.headline)}.`, outcome: screen.headline.kind === 'outcome' ? screen.headline.outcome : 'teams' } : null,
    best: verdict && best.length ? { ids: best.map((o) => o.id), text: `${t.bestAnswer}: ${chosen(best)}` } : null,
    next: verdict ? t.showEvidence : t.showVerdict,
  };
}

export function revealBeatView(s: AppState, screen: Reveal, beat: Exclude<RevealBeat, 'evidence'>): Child[] {
  const text = revealBeatText(screen, beat, s.game.teams);
  const picks = screen.allTeams
    ? h(
        'ul',
        { 'data-team-picks': '' },
        ...text.picks.map((p) => h('li', { 'data-team': String(p.team), ...(p.outcome ? { 'data-outcome': p.outcome } : {}) }, p.text)),
      )
    : h('p', { 'data-picked': screen.picked.map((o) => o.id).join(',') }, text.picks[0]!.text);
  return [
    h(
      'section',
      { 'data-beat': beat },
      picks,
      h('h2', {}, text.ask),
      text.verdict ? h('div', { class: 'verdict', role: 'status', 'data-outcome': text.verdict.outcome }, text.verdict.text) : null,
      text.best ? h('p', { 'data-best': text.best.ids.join(',') }, text.best.text) : null,
    ),
    button(text.next, () => s.advance(), { 'data-action': 'next' }),
  ];
}
