/**
 * The reveal when every team answered: the best answer always, one row per team (its pick,
 * how it went, its points), and for each wrong option some team chose, the one line of its
 * explanation that says why it fails.
 */
import type { RoundRecord, Team } from '../rules/stateSchema';
import { outcomeOf, sureBonus, type AnswerOutcome } from '../rules/scoring';
import type { OptionView } from './views';

export interface TeamRow {
  team: Team;
  /** What the team chose (several for pick-all); empty when time ran out before it answered. */
  picked: OptionView[];
  outcome: AnswerOutcome;
  score: number;
  /** Confidence on: the team's sure mark and what it did to the points (absent when the round took no marks). */
  sure?: { marked: boolean; bonus: number };
}

export interface WhyWrong {
  option: OptionView;
  /** The teams that chose it. */
  teams: Team[];
  /** The first sentence of the option's own explanation (pack text, never made up). */
  why: string;
}

export interface TeamsReveal {
  /** What the sources supported, with its explanation, whatever the teams chose. */
  best: OptionView[];
  bestExplanation: string;
  rows: TeamRow[];
  whyWrong: WhyWrong[];
}

/** The pack's explanation up to its first full stop: the short line on why an option fails. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=[”’"')\]]*\s+[A-Z¿¡“"‘'(]|[”’"')\]]*$)[”’"')\]]*/su.exec(text.trim());
  return (m ? m[0] : text).trim();
}

export function teamsReveal(record: RoundRecord, options: readonly OptionView[]): TeamsReveal | null {
  if (!record.teamPicks) return null;
  const best = options.filter((o) => o.verdict === 'supported');
  const rows = record.teamPicks.map((p, team): TeamRow => {
    const score = record.teamScores?.[team] ?? 0;
    const row: TeamRow = { team, picked: options.filter((o) => p.includes(o.id)), outcome: outcomeOf(score, p.length > 0), score };
    const marked = record.sure?.[team];
    if (marked !== undefined) row.sure = { marked, bonus: sureBonus(score, marked) };
    return row;
  });
  const whyWrong = options
    .filter((o) => o.verdict !== 'supported')
    .map((option) => ({
      option,
      teams: rows.filter((r) => r.picked.some((p) => p.id === option.id)).map((r) => r.team),
      why: firstSentence(option.explanation),
    }))
    .filter((w) => w.teams.length > 0);
  return { best, bestExplanation: [...new Set(best.map((o) => o.explanation))].join(' '), rows, whyWrong };
}
