/** Scores and progress derived from game state; nothing here is stored. */
import type { GameState } from './game';
import type { Pack } from '../pack/schema';
import { ROUND_MAX, floorTotal, roundPoints, teamRoundPoints } from './scoring';

/** One score for a round several teams scored (every team answering, both sides of a case): their mean, rounded. */
export function averageScore(scores: readonly number[]): number {
  return scores.length ? Math.round(scores.reduce((n, x) => n + x, 0) / scores.length) : 0;
}

/** A level's points, sure bonuses included (never below zero). */
export function levelScore(pack: Pack, s: GameState, level: number): number {
  return floorTotal(levelPoints(pack, s, level));
}

/** A level's points before the floor at zero (only sure answers can take it below). */
function levelPoints(pack: Pack, s: GameState, level: number): number {
  const l = pack.levels[level];
  if (!l) return 0;
  return Object.values(s.records[l.id] ?? {}).reduce((sum, r) => sum + roundPoints(r), 0);
}

export function levelMax(pack: Pack, level: number): number {
  return (pack.levels[level]?.rounds.length ?? 0) * ROUND_MAX;
}

export function levelAnswered(pack: Pack, s: GameState, level: number): number {
  const l = pack.levels[level];
  return l ? l.rounds.filter((r) => s.records[l.id]?.[r.id]).length : 0;
}

/** The class's points, sure bonuses included: one sum over every round, never below zero. */
export function totalScore(pack: Pack, s: GameState): number {
  return floorTotal(pack.levels.reduce((sum, _, i) => sum + levelPoints(pack, s, i), 0));
}

/** The most the session can score: its levels only (the teacher may have left some out). */
export function totalMax(pack: Pack, s: Pick<GameState, 'skipped'>): number {
  return pack.levels.reduce((sum, l, i) => sum + (s.skipped.includes(l.id) ? 0 : levelMax(pack, i)), 0);
}

/** The most the rounds played so far could have scored: a session ended early is out of what it played. */
export function playedMax(pack: Pack, s: GameState): number {
  return pack.levels.reduce((sum, _, i) => sum + levelAnswered(pack, s, i) * ROUND_MAX, 0);
}

/**
 * Team play: each team's points across the pack (its rounds in turn, its side of each case, its
 * own picks), sure bonuses included; each total never below zero.
 */
export function teamTotals(pack: Pack, s: GameState, levels: (i: number) => boolean = () => true): number[] {
  const totals = s.teams.map(() => 0);
  pack.levels.forEach((l, i) => {
    if (!levels(i)) return;
    for (const r of l.rounds) {
      const rec = s.records[l.id]?.[r.id];
      if (!rec) continue;
      totals.forEach((_, t) => (totals[t]! += teamRoundPoints(rec, t) ?? 0));
    }
  });
  return totals.map(floorTotal);
}

export interface Standing {
  team: number;
  total: number;
  /** Points won in the level on screen (or the last one played). */
  change: number;
  /** 1 for the leader; tied teams share a rank. */
  rank: number;
  /** The total before the level on screen (or the last one played), and the rank it had then: where a race between levels starts. */
  before: number;
  rankBefore: number;
  /** What to put on screen: the total, or (each team's own change) the gain with no ranking. */
  show: 'total' | 'gain';
}

/**
 * The scoreboard as the teacher set it up: every team (in team order), the top three (by
 * rank; teams tied for third all show), or each team's own gain with no ranking at all.
 */
export function standings(pack: Pack, s: GameState, level: number): Standing[] {
  const totals = teamTotals(pack, s);
  // What the level moved each total by (a sure answer may take points away; a total stops at zero).
  const before = teamTotals(pack, s, (i) => i !== level);
  const gains = totals.map((x, t) => x - (before[t] ?? 0));
  const show = s.scoreboardShows === 'change' ? 'gain' : 'total';
  const befores = totals.map((total, team) => total - (gains[team] ?? 0));
  const rows = totals.map((total, team): Standing => ({
    team,
    total,
    change: gains[team] ?? 0,
    rank: 1 + totals.filter((x) => x > total).length,
    before: befores[team]!,
    rankBefore: 1 + befores.filter((x) => x > befores[team]!).length,
    show,
  }));
  if (s.scoreboardShows === 'top3') return [...rows].sort((a, b) => a.rank - b.rank || a.team - b.team).filter((r) => r.rank <= 3);
  return rows;
}

/**
 * The standings screen's rows: by rank (ties in team order), or in team order when the
 * teacher chose each team's own gain (no ranking implied). "Top 3" keeps its cut.
 */
export function standingsBoard(pack: Pack, s: GameState, level: number): Standing[] {
  const rows = standings(pack, s, level);
  return s.scoreboardShows === 'change' ? rows : [...rows].sort((a, b) => a.rank - b.rank || a.team - b.team);
}
