/**
 * Telling apart, not doubting everything: over the answered claim rounds, how often the
 * class (or each team) called each kind of claim what the article makes it. A player who
 * answers "doesn't say" to everything scores well on one kind and badly on the other two,
 * which a single total would hide (Modirrousta-Galian & Higham 2023).
 * Built on resultRows, so team attribution and each team's own pick follow the same rules
 * as the rest of the results; the right answer is the option the pack marks "supported".
 */
import { CLAIM_ANSWERS } from './choices';
import { resultRows } from './results';
import type { ClaimAnswer, Pack } from '../pack/schema';
import type { GameState, Team } from './stateSchema';

export interface KindTally {
  /** What the article makes of the claim: its round's supported answer. */
  kind: ClaimAnswer;
  /** Claims of this kind that were answered … */
  answered: number;
  /** … and how many of them were called this kind. */
  correct: number;
}

export interface Confusion {
  /** What the article makes of the claims … */
  truth: ClaimAnswer;
  /** … what they were called instead, and how many times. */
  called: ClaimAnswer;
  count: number;
}

export interface Discernment {
  /** null in solo play (the whole class). */
  team: Team | null;
  /** One tally per kind of claim, in CLAIM_ANSWERS order (the order they are shown in); kinds never answered have answered 0. */
  tallies: KindTally[];
  /** The most frequent wrong call, or null when every answered claim was called right. */
  confusion: Confusion | null;
}

/**
 * One entry per team (or one for the class) that answered at least one claim round, in team
 * order; none when no claim round was answered. With `byTeam` false the teams' answers are
 * pooled into one entry for the class (for a screen that shows no team against another).
 * A round nobody picked in (time ran out) is not counted as answered: it says nothing about
 * telling apart.
 */
export function discernment(pack: Pack, s: GameState, byTeam = true): Discernment[] {
  const calls = new Map<Team | null, { truth: ClaimAnswer; called: ClaimAnswer }[]>();
  for (const row of resultRows(pack, s)) {
    if (row.roundType !== 'claim') continue;
    const round = pack.levels[row.levelIndex]?.rounds[row.roundIndex];
    if (round?.type !== 'claim') continue;
    const truth = round.options.find((o) => o.verdict === 'supported')?.id;
    const called = row.picked[0]?.claimAnswer;
    if (!truth || !called) continue;
    const key = byTeam ? row.team : null;
    calls.set(key, [...(calls.get(key) ?? []), { truth, called }]);
  }
  return [...calls.entries()]
    .sort(([a], [b]) => (a ?? -1) - (b ?? -1))
    .map(([team, made]) => ({
      team,
      tallies: CLAIM_ANSWERS.map((kind) => {
        const of = made.filter((c) => c.truth === kind);
        return { kind, answered: of.length, correct: of.filter((c) => c.called === kind).length };
      }),
      confusion: mostCommonConfusion(made),
    }));
}

function mostCommonConfusion(calls: readonly { truth: ClaimAnswer; called: ClaimAnswer }[]): Confusion | null {
  let best: Confusion | null = null;
  // Walking the pairs in CLAIM_ANSWERS order and keeping only a strictly larger count breaks ties
  // the same way every time, whatever order the rounds were played in.
  for (const truth of CLAIM_ANSWERS) {
    for (const called of CLAIM_ANSWERS) {
      if (called === truth) continue;
      const count = calls.filter((c) => c.truth === truth && c.called === called).length;
      if (count > 0 && count > (best?.count ?? 0)) best = { truth, called, count };
    }
  }
  return best;
}
