import { CLAIM_ANSWERS } from './choices';
import { listKey, shuffled } from './order';
import type { Pack, Round } from '../pack/schema';
import type { GameState } from './stateSchema';

/**
 * A round with its lists in the order this session shows them: options, speakers, cards and
 * quotes shuffled by the session's seed (pinned options stay put), claim answers in their
 * natural order. Everything that shows a list, or takes a position from the player, reads the
 * round through here; scoring is by id, so it does not care.
 */
export function orderedRound(round: Round, seed: number, levelId: string): Round {
  const key = (list: string) => listKey(levelId, round.id, list);
  switch (round.type) {
    case 'choice':
    case 'multi':
      return { ...round, options: shuffled(round.options, seed, key('options'), (o) => o.pinned === true) };
    case 'rebuttal':
      return { ...round, options: shuffled(round.options, seed, key('options'), (o) => o.pinned === true) };
    case 'claim':
      return { ...round, options: [...round.options].sort((a, b) => CLAIM_ANSWERS.indexOf(a.id) - CLAIM_ANSWERS.indexOf(b.id)) };
    case 'who':
      return { ...round, speakers: shuffled(round.speakers, seed, key('speakers')) };
    case 'case':
    case 'verdict':
      return { ...round, cards: shuffled(round.cards, seed, key('cards')) };
    case 'whoswho':
      return { ...round, quotes: shuffled(round.quotes, seed, key('quotes')), speakers: shuffled(round.speakers, seed, key('speakers')) };
  }
}

/** Round `round` of level `level`, in this session's order. */
export function roundAt(pack: Pack, s: Pick<GameState, 'seed'>, level: number, round: number): Round | undefined {
  const l = pack.levels[level];
  const r = l?.rounds[round];
  return l && r ? orderedRound(r, s.seed, l.id) : undefined;
}

export function currentRound(pack: Pack, s: GameState): Round | undefined {
  return roundAt(pack, s, s.level, s.round);
}
