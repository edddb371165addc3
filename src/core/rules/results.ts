/**
 * After class: one row per team (or the class) per answered round, and the rounds most
 * often answered against the sources. Plain data; the interface words and exports it.
 */
import { bestEvidence, isDraftRound as isDebateRound, pickKind } from '../rounds/registry';
import { caseSides, orderedRound, verdictForScore, type GameState } from './game';
import { isMultiSelect as isMultiRound, roundOptions, type RoundOption } from './options';
import type { Pack, Round, Verdict } from '../pack/schema';
import type { Draft, Side, Team } from './stateSchema';
import { outcomeOf, recordOutcome, sureBonus, type AnswerOutcome } from './scoring';

/** An option with its place in the list as this session showed it (A = 1). */
export type ShownOption = RoundOption & { n: number };

export interface ResultRow {
  /** null in solo play (the whole class or a single player). */
  team: Team | null;
  /** A case debate: the side this row's team argued (side A in solo play). */
  side: Side;
  levelIndex: number;
  levelTitle: string;
  roundIndex: number;
  roundType: Round['type'];
  prompt: string;
  /** What was picked (option rounds), with `n`, its 1-based place on screen; or the debate draft (debate rounds). */
  picked: ShownOption[];
  draft?: Draft;
  verdict: Verdict;
  points: number;
  /** How the answer went (outcomeOf its points), worded as on the reveal. */
  outcome: AnswerOutcome;
  /** The sources behind the best answer. */
  evidence: string[];
  /** Confidence on (a pick round): whether the answer was marked sure; null when the round took no mark. */
  sure: boolean | null;
  /** What the sure mark added to or took from `points` (scoring.ts sureBonus); 0 unmarked. */
  bonus: number;
}

/** A round's prompt with the claim it asks about (a claim or stronger-source round), as the CSV and the misconceptions show it. */
function withClaim(pack: Pack, round: Round): string {
  const claim = pickKind(round)?.stem(pack, round).claim;
  return claim ? `${round.prompt} “${claim}”` : round.prompt;
}

export function resultRows(pack: Pack, s: GameState): ResultRow[] {
  const rows: ResultRow[] = [];
  pack.levels.forEach((level, levelIndex) => {
    level.rounds.forEach((raw, roundIndex) => {
      // As shown in this session, so a pick-all answer lists its picks in the order on screen.
      const round = orderedRound(raw, s.seed, level.id);
      const rec = s.records[level.id]?.[round.id];
      if (!rec) return;
      const options = roundOptions(pack, round).map((o, i): ShownOption => ({ ...o, n: i + 1 }));
      const base = {
        levelIndex,
        levelTitle: level.title,
        roundIndex,
        roundType: round.type,
        prompt: withClaim(pack, round),
        picked: options.filter((o) => rec.picked.includes(o.id)),
        draft: isDebateRound(round) ? rec.draft : undefined,
        evidence: bestEvidence(pack, round),
        side: 0 as Side,
      };
      const sides = round.type === 'case' ? caseSides(pack, s, levelIndex, roundIndex) : null;
      if (rec.teamScores) {
        rec.teamScores.forEach((points, t) => {
          // A team that sat a case debate out has no row for it.
          if (points === null) return;
          // Every team answering: each team's own pick and its verdict; a debate: each side's score.
          const own = rec.teamPicks?.[t];
          const picked = own ? options.filter((o) => own.includes(o.id)) : base.picked;
          const verdict = own && own.length === 1 && !isMultiRound(round) ? (picked[0]?.verdict ?? 'unsupported') : verdictForScore(points);
          const side = (sides && sides[1] === t ? 1 : 0) as Side;
          const sure = rec.teamPicks && rec.sure ? (rec.sure[t] ?? false) : null;
          rows.push({
            ...base,
            team: t,
            side,
            picked,
            points,
            verdict: own && own.length === 0 ? 'unsupported' : verdict,
            outcome: outcomeOf(points, !own || own.length > 0),
            sure,
            bonus: sureBonus(points, sure ?? false),
          });
        });
      } else {
        const sure = rec.sure ? (rec.sure[0] ?? false) : null;
        const bonus = sureBonus(rec.score, sure ?? false);
        rows.push({ ...base, team: rec.team ?? null, points: rec.score, verdict: rec.verdict, outcome: recordOutcome(rec), sure, bonus });
      }
    });
  });
  return rows;
}

export interface Misconception {
  levelIndex: number;
  roundIndex: number;
  prompt: string;
  /** How many picks were against the sources, of how many. */
  wrong: number;
  of: number;
  best: RoundOption[];
}

/** Rounds where most picks were `contradicted` or `unsupported` (debate rounds have no single pick). */
export function misconceptions(pack: Pack, s: GameState): Misconception[] {
  const byRound = new Map<string, ResultRow[]>();
  for (const row of resultRows(pack, s)) {
    if (row.picked.length === 0) continue;
    const key = `${row.levelIndex}:${row.roundIndex}`;
    byRound.set(key, [...(byRound.get(key) ?? []), row]);
  }
  const out: Misconception[] = [];
  for (const rows of byRound.values()) {
    const first = rows[0]!;
    if (first.roundType === 'multi') continue;
    const wrong = rows.filter((r) => r.verdict === 'contradicted' || r.verdict === 'unsupported').length;
    if (wrong * 2 <= rows.length) continue;
    const round = pack.levels[first.levelIndex]!.rounds[first.roundIndex]!;
    out.push({
      levelIndex: first.levelIndex,
      roundIndex: first.roundIndex,
      prompt: first.prompt,
      wrong,
      of: rows.length,
      best: roundOptions(pack, round).filter((o) => o.verdict === 'supported'),
    });
  }
  return out;
}
