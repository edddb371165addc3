/** Scores and progress derived from game state; nothing here is stored. */
import type { GameState } from './game';
import type { Pack } from './schema';
import { ROUND_MAX } from './scoring';

export function levelScore(pack: Pack, s: GameState, level: number): number {
  const l = pack.levels[level];
  if (!l) return 0;
  return Object.values(s.records[l.id] ?? {}).reduce((sum, r) => sum + r.score, 0);
}

export function levelMax(pack: Pack, level: number): number {
  return (pack.levels[level]?.rounds.length ?? 0) * ROUND_MAX;
}

export function levelAnswered(pack: Pack, s: GameState, level: number): number {
  const l = pack.levels[level];
  return l ? l.rounds.filter((r) => s.records[l.id]?.[r.id]).length : 0;
}

export function totalScore(pack: Pack, s: GameState): number {
  return pack.levels.reduce((sum, _, i) => sum + levelScore(pack, s, i), 0);
}

export function totalMax(pack: Pack): number {
  return pack.levels.reduce((sum, _, i) => sum + levelMax(pack, i), 0);
}

/** Team play: each team's points across the pack (rounds answered in turn, and both sides of each case). */
export function teamTotals(pack: Pack, s: GameState): [number, number] {
  const totals: [number, number] = [0, 0];
  for (const l of pack.levels) {
    for (const r of l.rounds) {
      const rec = s.records[l.id]?.[r.id];
      if (!rec) continue;
      if (rec.teamScores) {
        totals[0] += rec.teamScores[0];
        totals[1] += rec.teamScores[1];
      } else if (rec.team !== undefined) totals[rec.team] += rec.score;
    }
  }
  return totals;
}
