/**
 * Scoring: the one place the game decides points.
 *
 * - Points come from agreement with the sourced experts, never from speed.
 * - A single-answer round scores its option's verdict: supported 100, partial 50,
 *   unsupported 0, contradicted 0.
 * - A multi-select round shares 100 equally among its `supported`, `unsupported`
 *   and `contradicted` options. Picking a `supported` option earns its share, and so
 *   does leaving an `unsupported` or `contradicted` one unpicked. A `partial` option
 *   (true, but it drops the experts' caveat) is neither right nor wrong to pick: it is
 *   marked "half" in the breakdown and takes no share, so it can neither cost nor earn
 *   points and a perfect answer still scores 100. The total is rounded. Picking an
 *   option the round does not have is an error, as in a single-answer round.
 * - A round is worth at most 100 and never less than 0, so a level is worth
 *   100 × its rounds.
 */
import type { RoundOption } from './options';
import type { Verdict } from '../pack/schema';
import type { RoundRecord } from './stateSchema';

export const ROUND_MAX = 100;

export const VERDICT_POINTS: Readonly<Record<Verdict, number>> = {
  supported: 100,
  partial: 50,
  unsupported: 0,
  contradicted: 0,
};

/** The summary verdict of a score out of 100: a multi-select answer, a debate, a class average. */
export function verdictForScore(score: number): Verdict {
  return score >= ROUND_MAX ? 'supported' : score >= ROUND_MAX / 2 ? 'partial' : 'contradicted';
}

/**
 * How a player's answer went, the one call every view words (the reveal, the recaps, read-aloud,
 * the CSV): full marks, some points, none, or nothing picked. It is read off the points alone, so
 * a right answer never shows +0 and an answer that scored never reads as wrong. What the sources
 * say about each option (its verdict) is the reason for the points, never shown as the call.
 */
export const OUTCOMES = ['right', 'partly', 'wrong', 'none'] as const;
export type AnswerOutcome = (typeof OUTCOMES)[number];

/** An outcome of an answer that was given. */
export type ScoredOutcome = Exclude<AnswerOutcome, 'none'>;

export function outcomeOf(score: number, answered: true): ScoredOutcome;
export function outcomeOf(score: number, answered: boolean): AnswerOutcome;
export function outcomeOf(score: number, answered: boolean): AnswerOutcome {
  if (!answered) return 'none';
  return score >= ROUND_MAX ? 'right' : score > 0 ? 'partly' : 'wrong';
}

/** A pick-all option's credit as an outcome: picked or left out rightly, a caveat dropped (no share), or wrongly. */
export const creditOutcome = (c: RoundResult['perOption'][string]): ScoredOutcome => (c === 'half' ? 'partly' : c);

/** The outcome of a stored round: a debate was always answered; an option round when something was picked. */
export function recordOutcome(rec: Pick<RoundRecord, 'score' | 'picked' | 'teamPicks' | 'draft'>): AnswerOutcome {
  const answered = rec.draft !== undefined || rec.picked.length > 0 || (rec.teamPicks?.some((p) => p.length > 0) ?? false);
  return outcomeOf(rec.score, answered);
}

/** The verdict mark (shape and colour) each outcome is drawn with. */
export const OUTCOME_MARK: Readonly<Record<AnswerOutcome, Verdict>> = { right: 'supported', partly: 'partial', wrong: 'contradicted', none: 'unsupported' };

export interface RoundResult {
  score: number;
  /** Overall verdict of the answer: the picked option's, or for multi-select the summary. */
  verdict: Verdict;
  /** For multi-select: whether each option was judged right. */
  perOption: Record<string, 'right' | 'half' | 'wrong'>;
}

function optionCredit(o: RoundOption, picked: boolean): 'right' | 'half' | 'wrong' {
  if (o.verdict === 'partial') return 'half';
  const shouldPick = o.verdict === 'supported';
  return picked === shouldPick ? 'right' : 'wrong';
}

export function scoreSingle(options: readonly RoundOption[], picked: string): RoundResult {
  const o = options.find((x) => x.id === picked);
  if (!o) throw new Error(`unknown option "${picked}"`);
  return { score: VERDICT_POINTS[o.verdict], verdict: o.verdict, perOption: {} };
}

export function scoreMulti(options: readonly RoundOption[], picked: readonly string[]): RoundResult {
  const unknown = picked.find((p) => !options.some((o) => o.id === p));
  if (unknown !== undefined) throw new Error(`unknown option "${unknown}"`);
  const perOption: RoundResult['perOption'] = {};
  let right = 0;
  let shares = 0;
  for (const o of options) {
    const c = optionCredit(o, picked.includes(o.id));
    perOption[o.id] = c;
    if (c === 'half') continue;
    shares += 1;
    if (c === 'right') right += 1;
  }
  // Only reachable outside a validated pack (every round there has a supported option).
  const score = shares === 0 ? VERDICT_POINTS.partial : Math.round((ROUND_MAX * right) / shares);
  return { score, verdict: verdictForScore(score), perOption };
}

export function scoreRound(options: readonly RoundOption[], picked: readonly string[], multi: boolean): RoundResult {
  if (multi) return scoreMulti(options, picked);
  if (picked.length !== 1) throw new Error('a single-answer round takes exactly one option');
  return scoreSingle(options, picked[0]!);
}
