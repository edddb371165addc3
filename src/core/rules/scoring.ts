/**
 * Scoring: the one place the game decides points.
 *
 * - Points come from agreement with the sourced experts, never from speed.
 * - A single-answer round scores its option's verdict: supported 100, partial 50,
 *   unsupported 0, contradicted 0.
 * - A multi-select round ("pick all that apply") is scored by what it found, less what it
 *   wrongly picked: each `supported` option picked earns 100 ÷ the number of supported
 *   options, and each `unsupported` or `contradicted` option picked takes as much away,
 *   never below 0. A `partial` option (true, but it drops the experts' caveat) is neither
 *   right nor wrong to pick: it is marked "half" in the breakdown and counts neither way,
 *   so a perfect answer still scores 100. The total is rounded. Shares among every option,
 *   which this replaced, paid for what an answer left out: ticking every option scored 40
 *   in a round of two supported and three false claims, and one wrong pick 40 as well,
 *   without reading a word; now both score 0. Picking an option the round does not have is
 *   an error, as in a single-answer round.
 * - A round is worth at most 100 and never less than 0, so a level is worth
 *   100 × its rounds.
 * - Confidence (a teacher setting, off by default): in a pick round (not a debate) a team may
 *   mark its answer "sure" before locking in. A sure answer with full marks earns half the
 *   round's points more (+50), a sure answer with no marks loses half (−50), a sure answer that
 *   is partly right neither gains nor loses. The round's own score (0–100, what the outcome is
 *   read from) is unchanged; the bonus is added where points are summed, and a level's, a
 *   team's or the class's sum never goes below 0. The maxima stay the plain ones (100 a round):
 *   with sure answers a total may be above its "of", which the results explain with the bonus.
 */
import type { RoundOption } from './options';
import type { Verdict } from '../pack/schema';
import type { RoundRecord } from './stateSchema';

export const ROUND_MAX = 100;

/** What a sure mark adds to (or takes from) a round: half the round's points, right or wrong; nothing for a partly right or unmarked answer. */
export const SURE_SHARE = ROUND_MAX / 2;
export function sureBonus(score: number, sure: boolean): number {
  if (!sure) return 0;
  return score >= ROUND_MAX ? SURE_SHARE : score <= 0 ? -SURE_SHARE : 0;
}

/** A sum of points as shown (a level, a team, the class): sure answers may take it down, never below zero. */
export const floorTotal = (points: number): number => Math.max(0, points);

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

/**
 * A stored round's points for the class, its sure bonus included (not floored: sums are). With
 * every team answering, the mean of the teams' points, rounded as their plain scores are; with
 * no sure mark it is the record's own score.
 */
export function roundPoints(rec: Pick<RoundRecord, 'score' | 'teamScores' | 'teamPicks' | 'sure'>): number {
  if (!rec.sure) return rec.score;
  if (rec.teamPicks && rec.teamScores) {
    const points = rec.teamScores.map((x, t) => (x ?? 0) + sureBonus(x ?? 0, rec.sure?.[t] ?? false));
    return points.length ? Math.round(points.reduce((n, x) => n + x, 0) / points.length) : 0;
  }
  return rec.score + sureBonus(rec.score, rec.sure[0] ?? false);
}

/** A team's points from a stored round, its sure bonus included, or null when the round was not the team's. */
export function teamRoundPoints(rec: Pick<RoundRecord, 'score' | 'team' | 'teamScores' | 'teamPicks' | 'sure'>, team: number): number | null {
  if (rec.teamScores) {
    const x = rec.teamScores[team];
    if (x === null || x === undefined) return null;
    return rec.teamPicks ? x + sureBonus(x, rec.sure?.[team] ?? false) : x;
  }
  if (rec.team !== team) return null;
  return rec.score + sureBonus(rec.score, rec.sure?.[0] ?? false);
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
  let found = 0;
  let wrongPicks = 0;
  let toFind = 0;
  for (const o of options) {
    const isPicked = picked.includes(o.id);
    perOption[o.id] = optionCredit(o, isPicked);
    if (o.verdict === 'supported') {
      toFind += 1;
      if (isPicked) found += 1;
    } else if (o.verdict !== 'partial' && isPicked) wrongPicks += 1;
  }
  // Only reachable outside a validated pack (every round there has a supported option).
  const score = toFind === 0 ? VERDICT_POINTS.partial : Math.round((ROUND_MAX * Math.max(0, found - wrongPicks)) / toFind);
  return { score, verdict: verdictForScore(score), perOption };
}

export function scoreRound(options: readonly RoundOption[], picked: readonly string[], multi: boolean): RoundResult {
  if (multi) return scoreMulti(options, picked);
  if (picked.length !== 1) throw new Error('a single-answer round takes exactly one option');
  return scoreSingle(options, picked[0]!);
}
