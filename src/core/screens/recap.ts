/** A level's recap: per round, what was answered and what the sources supported. */
import type { Pack, Round, Verdict } from '../pack/schema';
import { draftKind, pickKind } from '../rounds/registry';
import type { RecapFacts } from '../rounds/kind';
import { orderedRound } from '../rules/roundAt';
import { recordOutcome, type AnswerOutcome } from '../rules/scoring';
import type { GameState } from '../rules/stateSchema';
import { bestOptions, evidenceOf, optionViews } from './pickScreen';

export interface RecapItem extends RecapFacts {
  roundId: string;
  roundType: Round['type'];
  prompt: string;
  verdict: Verdict | null;
  score: number | null;
  /** How the round went (null: not played yet), worded like the reveal's headline. */
  outcome: AnswerOutcome | null;
  /** Confidence on: the round's sure marks (one, or one per team when all answered); null when it took none. */
  sure: boolean[] | null;
}

/** What the experts' evidence supports, in one line per round. */
function factsOf(pack: Pack, round: Round): RecapFacts {
  const draft = draftKind(round);
  if (draft) return draft.recap(pack, round);
  const best = bestOptions(optionViews(pack, round, []));
  return { best, evidence: evidenceOf(pack, best), claim: pickKind(round)?.stem(pack, round).claim };
}

export function recapOf(pack: Pack, s: GameState, level: number): RecapItem[] {
  const l = pack.levels[level]!;
  return l.rounds.map((raw) => {
    const round = orderedRound(raw, s.seed, l.id);
    const rec = s.records[l.id]?.[round.id];
    return {
      roundId: round.id,
      roundType: round.type,
      prompt: round.prompt,
      verdict: rec?.verdict ?? null,
      score: rec?.score ?? null,
      outcome: rec ? recordOutcome(rec) : null,
      sure: rec?.sure ?? null,
      ...factsOf(pack, round),
    };
  });
}
