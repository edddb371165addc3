/** What the screens show of confidence ("sure"): the mark on the round, and each mark's points on the reveal. */
import { sureBonus } from '../rules/scoring';
import type { GameState, RoundRecord } from '../rules/stateSchema';
import { markIndex } from '../rules/confidence';

export interface SureMark {
  marked: boolean;
  /** What the mark added to or took from the points (+50, −50, or 0). */
  bonus: number;
}

/**
 * The round's sure mark, for the team being entered for when all answer; the recorded one when
 * the question is looked at again (solo and the team in turn). null: the round takes no mark.
 */
export function roundSure(s: GameState, record: RoundRecord | undefined): { marked: boolean } | null {
  if (s.phase === 'review') return record?.sure && !record.teamPicks ? { marked: record.sure[0] ?? false } : null;
  if (!s.confidence || s.sure.length === 0) return null;
  return { marked: s.sure[markIndex(s)] ?? false };
}

/** A confirmed round's marks with their points: one (solo, the team in turn) or one per team (all answer); null with no marks. */
export function revealSure(record: RoundRecord): SureMark[] | null {
  if (!record.sure) return null;
  return record.sure.map((marked, t) => {
    const score = record.teamPicks ? (record.teamScores?.[t] ?? 0) : record.score;
    return { marked, bonus: sureBonus(score, marked) };
  });
}
