import type { Pack, Round } from './schema';
import type { GameState } from './stateSchema';

export function currentRound(pack: Pack, s: GameState): Round | undefined {
  return pack.levels[s.level]?.rounds[s.round];
}
