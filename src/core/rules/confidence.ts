/**
 * Confidence ("sure"), a teacher setting that is off by default: in a pick round a team may mark
 * its answer sure before locking in; scoring.ts says what a mark is worth (sureBonus). Debate
 * rounds (case, who's who, verdict) take no mark: they have no single answer to be sure of.
 * The results show calibration (calibration.ts).
 */
import type { Pack } from '../pack/schema';
import { isDebateRound } from './debate';
import { ok, reject, type Outcome } from './outcome';
import { currentRound } from './roundAt';
import type { GameState } from './stateSchema';

/** The marks a pick round opens with: none while confidence is off, else one unmarked (solo, the team in turn) or one per team (all answer). */
export function freshMarks(s: Pick<GameState, 'confidence' | 'mode' | 'teams'>, picking: boolean): boolean[] {
  if (!picking || !s.confidence) return [];
  return s.mode === 'all' ? s.teams.map(() => false) : [false];
}

/** Which mark the current round's "sure" toggles: the team being entered for when all answer. */
export const markIndex = (s: Pick<GameState, 'mode' | 'activeTeam'>): number => (s.mode === 'all' ? s.activeTeam : 0);

/** Mark (or unmark) the answer on screen sure: only with confidence on, in a pick round, before lock-in. */
export function toggleSure(pack: Pack, s: GameState): Outcome {
  const round = currentRound(pack, s);
  if (!s.confidence) return reject('confidence-off', 'sure answers are off: the teacher turns them on in the setup');
  if (s.phase !== 'round' || !round) return reject('wrong-phase', 'an answer is marked sure during its round, before it is locked in');
  if (isDebateRound(round)) return reject('not-a-pick-round', 'only rounds where an answer is picked take a sure mark');
  if (s.discussing) return reject('discussing', 'the class is discussing: continue to open the answers');
  if (s.locked) return reject('locked', 'time is up: the answer can no longer be marked');
  const i = markIndex(s);
  // A round entered before the setting came on (a resumed save) gets its marks now.
  const marks = s.sure.length ? s.sure : freshMarks(s, true);
  if (i >= marks.length) return reject('unknown-team', `there is no team ${i + 1}`);
  return ok({ ...s, sure: marks.map((m, t) => (t === i ? !m : m)) });
}

/**
 * The marks a confirmed pick round keeps: undefined while confidence is off (the record is as it
 * always was); a mark on an answer that was never given (time ran out) is dropped.
 */
export function recordedMarks(s: Pick<GameState, 'confidence' | 'sure' | 'mode' | 'teams'>, answered: readonly boolean[]): boolean[] | undefined {
  if (!s.confidence) return undefined;
  const marks = s.sure.length ? s.sure : freshMarks(s, true);
  return marks.map((m, t) => m && (answered[t] ?? false));
}
