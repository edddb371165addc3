/**
 * Where each action may be taken, as a table (as boardgame.io's flow lists the moves of each
 * phase): the phase on screen, or the overlay on top of it. The reducer checks an action here
 * before it looks at the action's arguments, and `legalActions` reads the same table.
 */
import { PHASES } from './choices';
import type { Action, RejectionCode } from './outcome';
import type { Phase } from './stateSchema';

export type ActionType = Action['type'];
/** A phase with nothing on top, or the overlay that is open. */
export type Place = Phase | 'menu' | 'source' | 'article';

const ALL: readonly Phase[] = PHASES;
const except = (...phases: Phase[]) => ALL.filter((p) => !phases.includes(p));

interface Move {
  readonly where: readonly Place[];
  /** Why it is refused elsewhere (with no overlay open; an open overlay says "close it first"). */
  readonly refusal: string;
}

export const MOVES: { readonly [T in ActionType]: Move } = {
  next: { where: except('final'), refusal: 'the game is over: go back to the levels or to the title' },
  back: { where: [...except('title'), 'menu', 'source', 'article'], refusal: 'nothing comes before the title' },
  openLevel: { where: ['levelSelect'], refusal: 'levels open from the level list' },
  choose: { where: ['round'], refusal: 'options can only be chosen during a round' },
  confirm: { where: ['round'], refusal: 'there is nothing to confirm' },
  openMenu: { where: [...ALL, 'menu'], refusal: '' },
  closeMenu: { where: ['menu'], refusal: '"closeMenu" closes the menu: open it first' },
  closeSource: { where: ['source'], refusal: '"closeSource" closes the article view: open it first' },
  // In the article view too: another quote of the same reveal.
  showSource: { where: ['reveal', 'source'], refusal: 'the article opens from a reveal' },
  readArticle: { where: ['title', 'levelIntro', 'menu'], refusal: "the whole article opens from the title, a level's intro or the menu" },
  turnArticle: { where: ['article'], refusal: '"turnArticle" turns the reading screen\'s pages: open it first' },
  closeArticle: { where: ['article'], refusal: '"closeArticle" closes the reading screen: open it first' },
  // Leaving for the title or the level list, or starting over, may be asked for from anywhere
  // (the menu, the title's "new session", the recovery dialog); they close whatever is open.
  toTitle: { where: [...ALL, 'menu', 'source', 'article'], refusal: '' },
  toLevelSelect: { where: [...ALL, 'menu', 'source', 'article'], refusal: '' },
  restart: { where: [...ALL, 'menu', 'source', 'article'], refusal: '' },
  startSession: { where: ['title'], refusal: 'a new session starts from the title' },
  // From the menu or any screen of play; not before the session has started, nor after it ended.
  endSession: {
    where: ['levelSelect', 'levelIntro', 'round', 'reveal', 'review', 'levelSummary', 'menu'],
    refusal: 'the session can be ended while it is being played',
  },
  setMode: { where: ['title', 'setup'], refusal: 'choose solo or team play when setting up the session' },
  debate: { where: ['round'], refusal: 'debate moves are made during a debate round' },
  poll: { where: ['pollBefore', 'pollAfter'], refusal: 'the poll is taken before the first level and after the last' },
  setTimer: { where: ['menu'], refusal: 'the timer and the scoreboard are set from the menu' },
  // Also outside the menu: the presenter's "scoreboard on or off" key.
  setScoreboard: { where: [...ALL, 'menu'], refusal: '' },
  setDiscuss: { where: ['menu'], refusal: 'the timer and the scoreboard are set from the menu' },
  setDiscussSeconds: { where: ['menu'], refusal: 'the timer and the scoreboard are set from the menu' },
  setAutoAdvance: { where: ['setup', 'menu'], refusal: 'auto-advance is set on the setup screen or from the menu' },
  setScoreboardShows: { where: ['setup', 'menu'], refusal: 'what the scoreboard shows is set on the setup screen or from the menu' },
  setTeamCount: { where: ['setup'], refusal: 'teams and levels are chosen when setting up the session' },
  // Names may change at any time (a team asks for a better one mid-lesson).
  renameTeam: { where: [...ALL, 'menu'], refusal: '' },
  toggleLevel: { where: ['setup'], refusal: 'teams and levels are chosen when setting up the session' },
  setActiveTeam: { where: ['round'], refusal: 'teams are picked for during a round where every team answers' },
  setConfidence: { where: ['setup'], refusal: 'sure answers are turned on or off when setting up the session' },
  toggleSure: { where: ['round'], refusal: 'an answer is marked sure during its round, before it is locked in' },
  tick: { where: ['round'], refusal: 'the timer runs during a round, when it is on' },
  timer: { where: ['round'], refusal: 'the timer runs during a round, when it is on' },
};

/** Closing the overlay: "back" from either, the menu key again, or its own close. */
export const CLOSES_OVERLAY: ReadonlySet<ActionType> = new Set(['back', 'openMenu', 'closeMenu', 'closeSource', 'closeArticle']);

export const placeOf = (s: { phase: Phase; overlay: { kind: 'menu' | 'source' | 'article' } | null }): Place => s.overlay?.kind ?? s.phase;

export const allowedIn = (type: ActionType, place: Place): boolean => MOVES[type].where.includes(place);

/** Why an action is refused where it is, or null when the table allows it there. */
export function refusal(type: ActionType, place: Place): { code: RejectionCode; message: string } | null {
  if (allowedIn(type, place)) return null;
  if (place === 'menu') return { code: 'overlay-open', message: 'close the menu first' };
  if (place === 'source') return { code: 'overlay-open', message: 'close the article view first' };
  if (place === 'article') return { code: 'overlay-open', message: 'close the reading screen first' };
  // An answered round's question, looked at again: what answering takes (picks, confirming, the timer) is over.
  if (place === 'review' && allowedIn(type, 'round')) return { code: 'answered', message: 'this round is answered: next shows its reveal again' };
  return { code: 'wrong-phase', message: MOVES[type].refusal };
}
