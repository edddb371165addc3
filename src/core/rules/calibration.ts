/**
 * Calibration, for the results when confidence was on: how often "sure" answers were right,
 * against the unmarked ones (the hypercorrection effect: confident errors, once corrected, are
 * remembered best, so a class that is sure and wrong has the most to gain from the reveal).
 * Built on resultRows, so team attribution follows the rest of the results.
 */
import type { Pack } from '../pack/schema';
import { resultRows } from './results';
import type { GameState, Team } from './stateSchema';

export interface Tally {
  right: number;
  of: number;
}

export interface Calibration {
  /** null in solo play, or the class pooled when team scores are not shown. */
  team: Team | null;
  /** Sure answers: how many were right (full marks), of how many … */
  sure: Tally;
  /** … and the unmarked answers, of the rounds played with confidence on. */
  unmarked: Tally;
  /** What the sure marks added to (or took from) the points, before any floor at zero. */
  bonus: number;
}

/**
 * One entry per team (or one for the class) that answered a pick round with confidence on, in
 * team order; none when no such round was answered. With `byTeam` false the teams are pooled.
 */
export function calibration(pack: Pack, s: GameState, byTeam = true): Calibration[] {
  const by = new Map<Team | null, Calibration>();
  for (const row of resultRows(pack, s)) {
    if (row.sure === null || row.picked.length === 0) continue;
    const key = byTeam ? row.team : null;
    const c = by.get(key) ?? { team: key, sure: { right: 0, of: 0 }, unmarked: { right: 0, of: 0 }, bonus: 0 };
    const tally = row.sure ? c.sure : c.unmarked;
    tally.of += 1;
    if (row.outcome === 'right') tally.right += 1;
    c.bonus += row.bonus;
    by.set(key, c);
  }
  return [...by.values()].sort((a, b) => (a.team ?? -1) - (b.team ?? -1));
}
