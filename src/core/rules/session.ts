/**
 * A class session's own rules: which team answers which round, which two teams argue a case,
 * which levels the session plays, and the setup actions (team count, names, levels).
 */
import { ok, reject, type Action, type Outcome } from './outcome';
import type { Pack } from '../pack/schema';
import { MAX_TEAMS, MIN_TEAMS } from './choices';
import { typedTeamName } from './teamNames';
import type { GameState, Team } from './stateSchema';

/** In team play the teams answer rounds in turn, counted across the whole pack. */
export function teamForRound(pack: Pack, s: Pick<GameState, 'teams'>, level: number, round: number): Team {
  const before = pack.levels.slice(0, level).reduce((n, l) => n + l.rounds.length, 0);
  return (before + round) % s.teams.length;
}

/** A case debate's two sides: the team whose turn it is (side A) and the next team (side B). */
export function caseSides(pack: Pack, s: Pick<GameState, 'teams'>, level: number, round: number): [Team, Team] {
  const a = teamForRound(pack, s, level, round);
  return [a, (a + 1) % s.teams.length];
}

/** The levels this session plays, in pack order (all of them unless the teacher left some out). */
export function inSession(pack: Pack, s: Pick<GameState, 'skipped'>, level: number): boolean {
  const l = pack.levels[level];
  return !!l && !s.skipped.includes(l.id);
}

/**
 * Why the number of teams can no longer change, or null while it can: scores are kept per
 * team, so once any round is scored the teams stay as they are (names may still change).
 */
export type TeamLock = 'scored';
export function teamCountLock(s: Pick<GameState, 'records'>): TeamLock | null {
  return Object.keys(s.records).length > 0 ? 'scored' : null;
}

/** Why solo, teams or all-teams can no longer change: the scores so far were won one way. */
export const modeLock = teamCountLock;

/**
 * How far the session on the device has got: nothing to lose, a session under way (starting
 * another clears it, so the title asks first), or a finished one.
 */
export type SessionProgress = 'none' | 'unfinished' | 'finished';
export function sessionProgress(pack: Pack, s: Pick<GameState, 'records' | 'skipped' | 'poll'>): SessionProgress {
  const polled = Object.values(s.poll.before).some((n) => n > 0) || Object.values(s.poll.after).some((n) => n > 0);
  const answered = Object.values(s.records).some((level) => Object.keys(level).length > 0);
  if (!answered && !polled) return 'none';
  const done = pack.levels.every((l, i) => !inSession(pack, s, i) || l.rounds.every((r) => s.records[l.id]?.[r.id] !== undefined));
  return done ? 'finished' : 'unfinished';
}

/** What the setup screen may do with the team count: the limits, and whether one more or one fewer is allowed. */
export interface TeamCount {
  min: number;
  max: number;
  lock: TeamLock | null;
  canAdd: boolean;
  canRemove: boolean;
}
export function teamCount(s: Pick<GameState, 'records' | 'teams'>): TeamCount {
  const lock = teamCountLock(s);
  return { min: MIN_TEAMS, max: MAX_TEAMS, lock, canAdd: !lock && s.teams.length < MAX_TEAMS, canRemove: !lock && s.teams.length > MIN_TEAMS };
}

/** Class setup: how many teams, their names, and which levels the session plays. */
export function sessionSetup(pack: Pack, s: GameState, a: Extract<Action, { type: 'setTeamCount' | 'renameTeam' | 'toggleLevel' }>): Outcome {
  if (a.type === 'renameTeam') {
    // Names may change at any time (a team asks for a better one mid-lesson).
    if (!Number.isInteger(a.team) || a.team < 0 || a.team >= s.teams.length) return reject('unknown-team', `there is no team ${a.team + 1}`);
    const name = typedTeamName(a.name);
    return ok({ ...s, teams: s.teams.map((n, t) => (t === a.team ? name : n)) });
  }
  if (s.phase !== 'setup') return reject('wrong-phase', 'teams and levels are chosen when setting up the session');
  if (a.type === 'setTeamCount') {
    if (teamCountLock(s)) return reject('wrong-phase', 'the number of teams is fixed once a round has been scored');
    if (!Number.isInteger(a.count) || a.count < MIN_TEAMS || a.count > MAX_TEAMS) return reject('unknown-team', `play with ${MIN_TEAMS} to ${MAX_TEAMS} teams`);
    return ok({ ...s, teams: Array.from({ length: a.count }, (_, t) => s.teams[t] ?? '') });
  }
  const l = pack.levels[a.level];
  if (!l) return reject('unknown-level', `there is no level ${a.level}`);
  return ok({ ...s, skipped: s.skipped.includes(l.id) ? s.skipped.filter((id) => id !== l.id) : [...s.skipped, l.id] });
}

/** The picks on screen: the team being entered for when every team answers, else the player's. */
export function picksOf(s: Pick<GameState, 'mode' | 'teamPicks' | 'activeTeam' | 'selection'>): string[] {
  return s.mode === 'all' ? (s.teamPicks[s.activeTeam] ?? []) : s.selection;
}
