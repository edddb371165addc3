/** What the reducer takes and gives back: actions, and either a new state or a typed rejection. */
import type { DebateMove, Mode } from './debate';
import type { DiscussSeconds, GameState, ScoreboardShows, ScoreboardWhen, Team, TimerSeconds } from './stateSchema';

export type Action =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'openLevel'; level: number }
  | { type: 'choose'; option: string }
  | { type: 'confirm' }
  | { type: 'openMenu' }
  | { type: 'closeMenu' }
  | { type: 'toTitle' }
  | { type: 'toLevelSelect' }
  | { type: 'restart'; seed?: number }
  /** From the title: a new session in this mode, from zero (the store asks first when unfinished progress would be lost). */
  | { type: 'startSession'; mode: Mode; seed?: number }
  /** The bell rang: the session ends now, with the levels played so far. */
  | { type: 'endSession' }
  | { type: 'showSource'; quote: string }
  | { type: 'closeSource' }
  /** The reading screen: open the whole article (from the title, a level's intro or the menu), turn its pages, close it. */
  | { type: 'readArticle' }
  | { type: 'turnArticle'; page: number }
  | { type: 'closeArticle' }
  | { type: 'setMode'; mode: Mode }
  | { type: 'debate'; move: DebateMove }
  | { type: 'poll'; option: string; delta: 1 | -1 }
  | { type: 'setTimer'; seconds: TimerSeconds }
  | { type: 'setScoreboard'; when: ScoreboardWhen }
  | { type: 'setDiscuss'; on: boolean }
  | { type: 'setDiscussSeconds'; seconds: DiscussSeconds }
  | { type: 'setAutoAdvance'; on: boolean }
  | { type: 'setScoreboardShows'; shows: ScoreboardShows }
  | { type: 'setTeamCount'; count: number }
  | { type: 'renameTeam'; team: Team; name: string }
  | { type: 'toggleLevel'; level: number }
  | { type: 'setActiveTeam'; team: Team }
  /** Teacher setting (setup): answers may be marked "sure". */
  | { type: 'setConfidence'; on: boolean }
  /** Confidence on, a pick round before lock-in: mark (or unmark) the answer "sure", for the team being entered for. */
  | { type: 'toggleSure' }
  | { type: 'tick'; now: number }
  | { type: 'timer'; op: 'pause' | 'resume' | 'add'; now: number };

export type RejectionCode =
  | 'wrong-phase'
  | 'overlay-open'
  | 'unknown-level'
  | 'unknown-option'
  | 'no-selection'
  | 'unknown-quote'
  | 'unknown-page'
  | 'illegal-move'
  | 'not-ready'
  | 'locked'
  | 'discussing'
  /** An answered round's question looked at again (review): it takes no picks. */
  | 'answered'
  | 'unknown-team'
  /** A sure mark while the teacher has confidence off. */
  | 'confidence-off'
  /** A sure mark in a debate round (only pick rounds take one). */
  | 'not-a-pick-round';
export interface Rejection {
  code: RejectionCode;
  message: string;
}
export type Outcome = { ok: true; state: GameState } | { ok: false; error: Rejection };

export const reject = (code: RejectionCode, message: string): Outcome => ({ ok: false, error: { code, message } });
export const ok = (state: GameState): Outcome => ({ ok: true, state });
