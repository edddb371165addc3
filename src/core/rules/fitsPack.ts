import type { Pack } from '../pack/schema';
import { isDebateRound } from './debate';
import type { GameState } from './stateSchema';

/**
 * A game state read back (a save) or kept across a change of pack (a new version loaded) is
 * used only if it still points at real levels, rounds and quotes of the pack.
 */
export function fitsPack(pack: Pack, g: GameState): boolean {
  const level = pack.levels[g.level];
  const inLevel = ['levelIntro', 'round', 'reveal', 'review', 'levelSummary'].includes(g.phase);
  if (inLevel && (!level || !level.rounds[g.round])) return false;
  const round = level?.rounds[g.round];
  if (g.phase === 'round' && round && isDebateRound(round) !== (g.draft !== null)) return false;
  if (g.phase === 'round' && round && g.draft && g.draft.kind !== round.type) return false;
  if (g.phase === 'reveal' && (!level || !round || !g.records[level.id]?.[round.id])) return false;
  // A question looked at again (review) is an answered pick round's, with nothing running.
  if (g.phase === 'review' && (!level || !round || !g.records[level.id]?.[round.id] || isDebateRound(round) || g.draft || g.timer)) return false;
  if (g.overlay?.kind === 'source' && !pack.manifest.quotes.some((q) => q.id === (g.overlay as { quote: string }).quote)) return false;
  for (const [levelId, rounds] of Object.entries(g.records)) {
    const l = pack.levels.find((x) => x.id === levelId);
    if (!l || Object.keys(rounds).some((r) => !l.rounds.some((x) => x.id === r))) return false;
  }
  return true;
}
