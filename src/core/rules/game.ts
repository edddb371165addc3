/**
 * The game as a pure reducer over JSON-serialisable state, in the manner of boardgame.io:
 * `reduce(pack, state, action)` returns the next state, or a typed rejection for an
 * illegal action. The pack is context, never part of the state.
 */
import { confirmDraft, isDebateRound, newDraft } from './debate';
import { isMultiSelect, roundOptions } from './options';
import type { Pack } from '../pack/schema';
import type { GameState, RoundRecord } from './stateSchema';
import { newTimer } from './timer';
import { scoreRound, verdictForScore } from './scoring';
import { ok, reject, type Action, type Outcome } from './outcome';
import { currentRound, roundAt } from './roundAt';
import { nextSeed } from './order';
import { averageScore } from './progress';
import { CLOSES_OVERLAY, placeOf, refusal } from './moves';
import { caseSides, inSession, modeLock, picksOf, sessionSetup, teamForRound } from './session';
import { debateMove, endDiscussion, pollCount, showSource, timerAction } from './sideActions';
import { readArticle, turnArticle } from './article';
import { freshMarks, recordedMarks, toggleSure } from './confidence';

export type { Action, Outcome, Rejection, RejectionCode } from './outcome';
export { currentRound, orderedRound, roundAt } from './roundAt';
export { caseSides, inSession, teamForRound } from './session';

export { PHASES } from './choices';
export type { GameState, Overlay, Phase, PollCounts, RoundRecord } from './stateSchema';

/** A fresh game; `seed` orders its lists (the store draws one per session, tests fix it). */
export function initialState(seed = 0): GameState {
  return {
    phase: 'title',
    seed,
    level: 0,
    round: 0,
    selection: [],
    records: {},
    overlay: null,
    mode: 'solo',
    draft: null,
    poll: { before: {}, after: {} },
    timerSeconds: 0,
    timer: null,
    locked: false,
    scoreboard: 'always',
    scoreboardShows: 'all',
    teams: ['', ''],
    skipped: [],
    discuss: false,
    discussing: false,
    discussSeconds: 0,
    discussTimer: null,
    autoAdvance: false,
    teamPicks: [],
    activeTeam: 0,
    confidence: false,
    sure: [],
  };
}

function recordOf(pack: Pack, s: GameState, level: number, round: number): RoundRecord | undefined {
  const l = pack.levels[level];
  const r = l?.rounds[round];
  return l && r ? s.records[l.id]?.[r.id] : undefined;
}

export function isLevelComplete(pack: Pack, s: GameState, level: number): boolean {
  const l = pack.levels[level];
  return !!l && l.rounds.every((r) => s.records[l.id]?.[r.id] !== undefined);
}

/** Enter a round: its reveal if already answered, otherwise the question (with a fresh draft for debates). */
function goToRound(pack: Pack, s: GameState, round: number): GameState {
  const answered = recordOf(pack, s, s.level, round) !== undefined;
  // The draft starts from the round as shown (a who's-who round holds its first quote on screen).
  const r = roundAt(pack, s, s.level, round);
  const open = !answered && r !== undefined;
  // The timer runs in answer-picking rounds; debates are paced by their own steps.
  const picking = open && !isDebateRound(r);
  const discussing = picking && s.discuss;
  // While the class discusses, the answer timer waits.
  const fresh = picking ? newTimer(s.timerSeconds) : null;
  const timer = fresh && discussing ? { ...fresh, running: false } : fresh;
  const discussTimer = discussing ? newTimer(s.discussSeconds) : null;
  const teamPicks: string[][] = picking && s.mode === 'all' ? s.teams.map(() => []) : [];
  return {
    ...s,
    phase: answered ? 'reveal' : 'round',
    round,
    selection: [],
    draft: open ? newDraft(r) : null,
    timer,
    locked: false,
    discussing,
    discussTimer,
    teamPicks,
    activeTeam: 0,
    sure: freshMarks(s, picking),
  };
}

/** Every level of the session is done: the session can end. */
export function isSessionComplete(pack: Pack, s: GameState): boolean {
  return pack.levels.every((_, i) => !inSession(pack, s, i) || isLevelComplete(pack, s, i));
}

/** The end of the pack: the after-poll when the pack has one, then the results. */
function toEnd(pack: Pack, s: GameState): GameState {
  return { ...s, phase: pack.manifest.poll ? 'pollAfter' : 'final', selection: [], draft: null };
}

function openLevel(pack: Pack, s: GameState, level: number): Outcome {
  const l = pack.levels[level];
  if (!l) return reject('unknown-level', `there is no level ${level}`);
  // Opening a finished level replays it from scratch; an unfinished one resumes.
  const records = { ...s.records };
  if (isLevelComplete(pack, s, level)) delete records[l.id];
  return ok({ ...s, phase: 'levelIntro', level, round: 0, selection: [], records });
}

function firstUnfinishedLevel(pack: Pack, s: GameState): number {
  return pack.levels.findIndex((_, i) => inSession(pack, s, i) && !isLevelComplete(pack, s, i));
}

function next(pack: Pack, s: GameState): Outcome {
  switch (s.phase) {
    case 'title':
      return ok({ ...s, phase: 'setup' });
    case 'setup':
      if (pack.levels.every((_, i) => !inSession(pack, s, i))) return reject('not-ready', 'keep at least one level in the session');
      return ok({ ...s, phase: pack.manifest.poll ? 'pollBefore' : 'levelSelect' });
    case 'pollBefore':
      return ok({ ...s, phase: 'levelSelect' });
    case 'pollAfter':
      return ok({ ...s, phase: 'final' });
    case 'levelSelect': {
      const l = firstUnfinishedLevel(pack, s);
      return l < 0 ? ok(toEnd(pack, s)) : openLevel(pack, s, l);
    }
    case 'levelIntro': {
      const level = pack.levels[s.level]!;
      const firstOpen = level.rounds.findIndex((_, i) => recordOf(pack, s, s.level, i) === undefined);
      return ok(goToRound(pack, s, firstOpen < 0 ? 0 : firstOpen));
    }
    case 'round':
      // From the discussion to answering; otherwise the answer must be locked in first.
      if (s.discussing) return ok(endDiscussion(s));
      return reject('wrong-phase', 'answer the question first (confirm), then continue');
    case 'review':
      // The question looked at again: on to its reveal, as it was.
      return ok({ ...s, phase: 'reveal' });
    case 'reveal': {
      const last = pack.levels[s.level]!.rounds.length - 1;
      return ok(s.round < last ? goToRound(pack, s, s.round + 1) : { ...s, phase: 'levelSummary', selection: [], draft: null });
    }
    case 'levelSummary': {
      const following = pack.levels.findIndex((_, i) => i > s.level && inSession(pack, s, i) && !isLevelComplete(pack, s, i));
      const anyOpen = firstUnfinishedLevel(pack, s);
      if (following >= 0) return openLevel(pack, s, following);
      if (anyOpen >= 0) return openLevel(pack, s, anyOpen);
      return ok(toEnd(pack, s));
    }
    case 'final':
      return reject('wrong-phase', 'the game is over: go back to the levels or to the title');
  }
}

function back(pack: Pack, s: GameState): Outcome {
  switch (s.phase) {
    case 'title':
      return reject('wrong-phase', 'nothing comes before the title');
    case 'setup':
      return ok({ ...s, phase: 'title' });
    case 'pollBefore':
      return ok({ ...s, phase: 'setup' });
    case 'levelSelect':
      return ok({ ...s, phase: pack.manifest.poll ? 'pollBefore' : 'setup' });
    case 'levelIntro':
      return ok({ ...s, phase: 'levelSelect' });
    case 'reveal':
      // A pick round's reveal: back to its question, as it was answered (review); a debate's scorecard goes to the round before.
      if (!isDebateRound(currentRound(pack, s)!)) return ok(review(s));
      return ok(toPreviousRound(pack, s));
    case 'round':
    case 'review':
      return ok(toPreviousRound(pack, s));
    case 'pollAfter':
      return ok({ ...s, phase: 'levelSelect' });
    case 'levelSummary':
      return ok(goToRound(pack, s, pack.levels[s.level]!.rounds.length - 1));
    case 'final':
      return ok({ ...s, phase: 'levelSelect' });
  }
}

/** The round before this one (its reveal when answered), or the level's intro from the first round. */
function toPreviousRound(pack: Pack, s: GameState): GameState {
  return s.round === 0 ? { ...s, phase: 'levelIntro', selection: [], draft: null } : goToRound(pack, s, s.round - 1);
}

/**
 * An answered round's question again, read-only: the screen marks the recorded pick(s), never
 * the right one; nothing runs (no timer, no discussion), and picks and confirming are refused
 * (moves.ts). The record is not touched, so scores never change by reviewing.
 */
function review(s: GameState): GameState {
  return {
    ...s,
    phase: 'review',
    selection: [],
    draft: null,
    timer: null,
    locked: false,
    discussing: false,
    discussTimer: null,
    teamPicks: [],
    activeTeam: 0,
    sure: [],
  };
}

function choose(pack: Pack, s: GameState, option: string): Outcome {
  const round = currentRound(pack, s);
  if (s.phase !== 'round' || !round) return reject('wrong-phase', 'options can only be chosen during a round');
  if (s.locked) return reject('locked', 'time is up: reveal the answer, or add time');
  if (s.discussing) return reject('discussing', 'the class is discussing: continue to open the answers');
  if (!roundOptions(pack, round).some((o) => o.id === option)) {
    return reject('unknown-option', `this round has no option "${option}"`);
  }
  // Every team answering: the pick goes to the team being entered for.
  const current = picksOf(s);
  const next = !isMultiSelect(round) ? [option] : current.includes(option) ? current.filter((o) => o !== option) : [...current, option];
  if (s.mode !== 'all') return ok({ ...s, selection: next });
  return ok({ ...s, teamPicks: s.teamPicks.map((p, t) => (t === s.activeTeam ? next : p)) });
}

export { verdictForScore } from './scoring';

function confirm(pack: Pack, s: GameState): Outcome {
  const round = currentRound(pack, s);
  const level = pack.levels[s.level];
  if (s.phase !== 'round' || !round || !level) return reject('wrong-phase', 'there is nothing to confirm');
  if (s.discussing) return reject('discussing', 'the class is discussing: continue to open the answers');
  const team = s.mode === 'teams' ? teamForRound(pack, s, s.level, s.round) : undefined;
  let record: RoundRecord;
  if (isDebateRound(round)) {
    if (!s.draft) return reject('wrong-phase', 'this round has no draft');
    const c = confirmDraft(pack, round, s.draft, s.mode);
    if (c.kind === 'not-ready') return reject('not-ready', c.message);
    if (c.kind === 'step') return ok({ ...s, draft: c.draft });
    record = { picked: [], score: c.score, verdict: verdictForScore(c.score), draft: s.draft };
    if (c.sideScores) {
      // Each side's score goes to the team that played it; the other teams sat this debate out.
      const [a, b] = caseSides(pack, s, s.level, s.round);
      record.teamScores = s.teams.map((_, t) => (t === a ? c.sideScores![0] : t === b ? c.sideScores![1] : null));
    } else if (team !== undefined) record.team = team;
  } else if (s.mode === 'all') {
    // Every team answered (or time ran out): each team scores its own pick.
    if (!s.locked && s.teamPicks.some((p) => p.length === 0)) return reject('no-selection', 'every team picks an answer before locking in');
    const options = roundOptions(pack, round);
    const scores = s.teamPicks.map((p) => (p.length === 0 ? 0 : scoreRound(options, p, isMultiSelect(round)).score));
    const mean = averageScore(scores);
    record = { picked: [], teamPicks: s.teamPicks.map((p) => [...p]), teamScores: scores, score: mean, verdict: verdictForScore(mean) };
    const sure = recordedMarks(
      s,
      s.teamPicks.map((p) => p.length > 0),
    );
    if (sure) record.sure = sure;
  } else if (s.selection.length === 0 && s.locked) {
    // Time ran out with nothing picked: no points, and the reveal still shows the sources.
    record = { picked: [], score: 0, verdict: 'unsupported' };
    if (team !== undefined) record.team = team;
    const sure = recordedMarks(s, [false]);
    if (sure) record.sure = sure;
  } else {
    if (s.selection.length === 0) return reject('no-selection', 'choose an answer before confirming');
    const result = scoreRound(roundOptions(pack, round), s.selection, isMultiSelect(round));
    record = { picked: [...s.selection], score: result.score, verdict: result.verdict };
    if (team !== undefined) record.team = team;
    const sure = recordedMarks(s, [true]);
    if (sure) record.sure = sure;
  }
  const records = { ...s.records, [level.id]: { ...s.records[level.id], [round.id]: record } };
  return ok({
    ...s,
    phase: 'reveal',
    selection: [],
    draft: null,
    records,
    timer: null,
    locked: false,
    discussing: false,
    discussTimer: null,
    teamPicks: [],
    activeTeam: 0,
    sure: [],
  });
}

/** A new session keeps the teacher's settings and the class's teams, and shuffles anew. */
function restart(s: GameState, seed: number | undefined): GameState {
  // The store passes a fresh seed (or the one fixed in the address); without one the next seed
  // follows from the last, so a restart never shows the old order.
  const { timerSeconds, scoreboard, scoreboardShows, discuss, discussSeconds, autoAdvance, teams, confidence } = s;
  return { ...initialState(seed ?? nextSeed(s.seed)), timerSeconds, scoreboard, scoreboardShows, discuss, discussSeconds, autoAdvance, teams, confidence };
}

/** What each action does once the move table (moves.ts) has let it through. */
function act(pack: Pack, s: GameState, a: Action): Outcome {
  switch (a.type) {
    case 'next':
      return next(pack, s);
    case 'back':
      return back(pack, s);
    case 'openLevel':
      return openLevel(pack, s, a.level);
    case 'choose':
      return choose(pack, s, a.option);
    case 'confirm':
      return confirm(pack, s);
    case 'openMenu':
      return ok({ ...s, overlay: { kind: 'menu' } });
    case 'closeMenu':
    case 'closeSource':
    case 'closeArticle':
      return ok({ ...s, overlay: null });
    case 'showSource':
      return showSource(pack, s, a.quote);
    case 'readArticle':
      return readArticle(s);
    case 'turnArticle':
      return turnArticle(pack, s, a.page);
    case 'toTitle':
      return ok({ ...s, overlay: null, phase: 'title', selection: [], draft: null });
    case 'toLevelSelect':
      return ok({ ...s, overlay: null, phase: 'levelSelect', selection: [], draft: null });
    case 'restart':
      return ok(restart(s, a.seed));
    case 'startSession':
      return ok({ ...restart(s, a.seed), mode: a.mode, phase: 'setup' });
    case 'endSession':
      return ok({ ...toEnd(pack, s), overlay: null, timer: null, locked: false, discussing: false, discussTimer: null, teamPicks: [], activeTeam: 0 });
    case 'setActiveTeam':
      return s.mode === 'all' && s.teamPicks.length > a.team && !s.discussing
        ? ok({ ...s, activeTeam: a.team })
        : reject('wrong-phase', 'a team is picked for only while every team answers, once the discussion is over');
    case 'setMode':
      if (a.mode !== s.mode && modeLock(s))
        return reject('wrong-phase', 'the way of playing is fixed once a round has been scored: start a new session to change it');
      return ok({ ...s, mode: a.mode });
    case 'setTeamCount':
    case 'renameTeam':
    case 'toggleLevel':
      return sessionSetup(pack, s, a);
    case 'debate':
      return debateMove(pack, s, a.move);
    case 'poll':
      return pollCount(pack, s, a.option, a.delta);
    case 'setTimer':
      // Takes effect from the next round; the round on screen keeps its countdown.
      return ok({ ...s, timerSeconds: a.seconds });
    case 'setScoreboard':
      return ok({ ...s, scoreboard: a.when });
    case 'setDiscuss':
      return ok({ ...s, discuss: a.on });
    case 'setDiscussSeconds':
      return ok({ ...s, discussSeconds: a.seconds });
    case 'setAutoAdvance':
      return ok({ ...s, autoAdvance: a.on });
    case 'setScoreboardShows':
      return ok({ ...s, scoreboardShows: a.shows });
    case 'setConfidence':
      return ok({ ...s, confidence: a.on });
    case 'toggleSure':
      return toggleSure(pack, s);
    case 'tick':
    case 'timer':
      return timerAction(s, a, (locked) => confirm(pack, locked));
  }
}

export function reduce(pack: Pack, s: GameState, a: Action): Outcome {
  const place = placeOf(s);
  const refused = refusal(a.type, place);
  if (refused) return reject(refused.code, refused.message);
  if (s.overlay && CLOSES_OVERLAY.has(a.type)) return ok({ ...s, overlay: null });
  return act(pack, s, a);
}
