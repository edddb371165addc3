import { orderRound } from '../rounds/registry';
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
  return orderRound(round, (items, name, pinned) => shuffled(items, seed, listKey(levelId, round.id, name), pinned));
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
