/**
 * Every action the reducer accepts in a state: the move table (moves.ts) says which kinds of
 * action the place takes; the reducer checks each candidate's arguments. Used by tests, and by
 * anything that needs to know what a control may do.
 */
import type { Pack } from '../pack/schema';
import { articlePageLimit } from '../screens/articleScreen';
import { candidateMoves, revealEvidence, optionsOf as roundOptions } from '../rounds/registry';
import { DISCUSS_CHOICES, MAX_TEAMS, MIN_TEAMS, MODES, SCOREBOARD_CHOICES, SCOREBOARD_SHOWS, TIMER_CHOICES } from './choices';
import { reduce } from './game';
import { allowedIn, placeOf } from './moves';
import type { Action } from './outcome';
import { currentRound } from './roundAt';
import type { GameState } from './stateSchema';

export function legalActions(pack: Pack, s: GameState): Action[] {
  const round = currentRound(pack, s);
  const candidates: Action[] = [
    { type: 'next' },
    { type: 'back' },
    { type: 'confirm' },
    { type: 'openMenu' },
    { type: 'closeMenu' },
    { type: 'closeSource' },
    { type: 'readArticle' },
    { type: 'closeArticle' },
    ...Array.from({ length: articlePageLimit(pack) }, (_, page): Action => ({ type: 'turnArticle', page })),
    { type: 'toTitle' },
    { type: 'toLevelSelect' },
    { type: 'restart' },
    ...MODES.map((mode): Action => ({ type: 'startSession', mode })),
    { type: 'endSession' },
    ...pack.levels.map((_, level): Action => ({ type: 'openLevel', level })),
    ...(round ? roundOptions(pack, round) : []).map((o): Action => ({ type: 'choose', option: o.id })),
    ...[...new Set(round ? revealEvidence(pack, round) : [])].map((quote): Action => ({ type: 'showSource', quote })),
    ...TIMER_CHOICES.map((seconds): Action => ({ type: 'setTimer', seconds })),
    ...SCOREBOARD_CHOICES.map((when): Action => ({ type: 'setScoreboard', when })),
    { type: 'setDiscuss', on: true },
    { type: 'setDiscuss', on: false },
    ...DISCUSS_CHOICES.map((seconds): Action => ({ type: 'setDiscussSeconds', seconds })),
    { type: 'setAutoAdvance', on: true },
    { type: 'setAutoAdvance', on: false },
    ...SCOREBOARD_SHOWS.map((shows): Action => ({ type: 'setScoreboardShows', shows })),
    ...Array.from({ length: MAX_TEAMS - MIN_TEAMS + 1 }, (_, i): Action => ({ type: 'setTeamCount', count: MIN_TEAMS + i })),
    ...pack.levels.map((_, level): Action => ({ type: 'toggleLevel', level })),
    { type: 'renameTeam', team: 0, name: 'Owls' },
    { type: 'timer', op: 'pause', now: 0 },
    { type: 'timer', op: 'resume', now: 0 },
    { type: 'timer', op: 'add', now: 0 },
    { type: 'setMode', mode: 'solo' },
    { type: 'setMode', mode: 'teams' },
    { type: 'setMode', mode: 'all' },
    ...s.teams.map((_, team): Action => ({ type: 'setActiveTeam', team })),
    { type: 'setConfidence', on: true },
    { type: 'setConfidence', on: false },
    { type: 'toggleSure' },
    ...(round ? candidateMoves(round) : []).map((move): Action => ({ type: 'debate', move })),
    ...(pack.manifest.poll?.options ?? []).flatMap((o): Action[] => [
      { type: 'poll', option: o.id, delta: 1 },
      { type: 'poll', option: o.id, delta: -1 },
    ]),
  ];
  // The table says which kinds of action this place takes; the reducer checks their arguments.
  const place = placeOf(s);
  return candidates.filter((a) => allowedIn(a.type, place) && reduce(pack, s, a).ok);
}
