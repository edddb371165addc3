/** The final results' podium, from the standings board alone: the scene and the DOM layer both lay it out. */
import type { Standing } from './progress';

/** One step of the podium: a place (1, 2 or 3) and the teams on it (tied teams share a step). */
export interface PodiumStep {
  place: number;
  teams: Standing[];
}

export interface Podium {
  /** By place, 1st first (tied ranks skip a place: two teams 1st, then 3rd). */
  steps: PodiumStep[];
  /** Teams placed below 3rd, by rank (ties in team order), listed under the podium. */
  rest: Standing[];
}

/**
 * The podium of a board ranked by `standingsBoard`: its rows with rank 1–3 on steps, the others
 * below. None when the board ranks nothing (the teacher shows each team's own gain) or is empty.
 */
export function podiumOf(board: readonly Standing[] | null): Podium | null {
  if (!board || board.length === 0 || board.some((r) => r.show === 'gain')) return null;
  const places = [...new Set(board.filter((r) => r.rank <= 3).map((r) => r.rank))].sort((a, b) => a - b);
  return {
    steps: places.map((place) => ({ place, teams: board.filter((r) => r.rank === place) })),
    rest: board.filter((r) => r.rank > 3),
  };
}
