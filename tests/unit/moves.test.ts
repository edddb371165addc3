/**
 * The move table (src/core/rules/moves.ts) against the reducer: an action the table keeps out of
 * a place is refused there with the right code and changes nothing, whatever its arguments; one
 * the table lets in is never refused for where it is. Walks every phase and overlay of a real game.
 */
import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { allowedIn, MOVES, placeOf, type ActionType, type Place } from '../../src/core/rules/moves';
import { PHASES } from '../../src/core/rules/choices';
import { isDebateRound } from '../../src/core/rules/debate';
import { A, MINI_PACK_DIR, completeDebate, loadValidPack, run, step } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);

/** One sample of each action type (arguments that are valid somewhere in the mini pack). */
const SAMPLES: { readonly [T in ActionType]: Extract<Action, { type: T }> } = {
  next: { type: 'next' },
  back: { type: 'back' },
  openLevel: { type: 'openLevel', level: 0 },
  choose: { type: 'choose', option: 'summer' },
  confirm: { type: 'confirm' },
  openMenu: { type: 'openMenu' },
  closeMenu: { type: 'closeMenu' },
  closeSource: { type: 'closeSource' },
  showSource: { type: 'showSource', quote: 'pell-crossing' },
  readArticle: { type: 'readArticle' },
  turnArticle: { type: 'turnArticle', page: 1 },
  closeArticle: { type: 'closeArticle' },
  toTitle: { type: 'toTitle' },
  toLevelSelect: { type: 'toLevelSelect' },
  restart: { type: 'restart', seed: 3 },
  startSession: { type: 'startSession', mode: 'all', seed: 3 },
  endSession: { type: 'endSession' },
  setMode: { type: 'setMode', mode: 'teams' },
  debate: { type: 'debate', move: { kind: 'undo' } },
  poll: { type: 'poll', option: 'yes', delta: 1 },
  setTimer: { type: 'setTimer', seconds: 20 },
  setScoreboard: { type: 'setScoreboard', when: 'never' },
  setDiscuss: { type: 'setDiscuss', on: true },
  setDiscussSeconds: { type: 'setDiscussSeconds', seconds: 60 },
  setAutoAdvance: { type: 'setAutoAdvance', on: true },
  setScoreboardShows: { type: 'setScoreboardShows', shows: 'top3' },
  setTeamCount: { type: 'setTeamCount', count: 3 },
  renameTeam: { type: 'renameTeam', team: 0, name: 'Owls' },
  toggleLevel: { type: 'toggleLevel', level: 0 },
  setActiveTeam: { type: 'setActiveTeam', team: 0 },
  setConfidence: { type: 'setConfidence', on: true },
  toggleSure: { type: 'toggleSure' },
  tick: { type: 'tick', now: 1000 },
  timer: { type: 'timer', op: 'add', now: 0 },
};

/** A state in every phase of a played game, and each overlay on top of a reveal. */
function statesByPlace(): Map<Place, GameState> {
  const out = new Map<Place, GameState>();
  let s = initialState(1);
  for (let i = 0; i < 200 && s.phase !== 'final'; i++) {
    out.set(placeOf(s), out.get(placeOf(s)) ?? s);
    if (s.phase === 'reveal' && !out.has('source')) {
      out.set('source', step(pack, s, A.showSource(pack.levels[s.level]!.rounds[s.round]!.type === 'who' ? 'voss-trust' : 'pell-crossing')));
      out.set('menu', step(pack, s, A.openMenu));
    }
    if (s.phase === 'levelIntro' && !out.has('article')) out.set('article', step(pack, s, { type: 'readArticle' }));
    // Back from a pick round's reveal: its question again, read-only.
    if (s.phase === 'reveal' && !out.has('review') && !isDebateRound(pack.levels[s.level]!.rounds[s.round]!)) out.set('review', step(pack, s, A.back));
    const debate = completeDebate(pack, s);
    if (s.phase === 'round') s = debate ? step(pack, s, debate) : run(pack, s, [A.choose(firstOption(s)), A.confirm]);
    else s = step(pack, s, A.next);
  }
  out.set(placeOf(s), s);
  return out;
}

function firstOption(s: GameState): string {
  const round = pack.levels[s.level]!.rounds[s.round]!;
  return round.type === 'who' ? round.speakers[0]! : 'options' in round ? round.options[0]!.id : '';
}

describe('the move table', () => {
  const places = statesByPlace();

  it('reaches every phase and both overlays of a game', () => {
    expect([...places.keys()].sort()).toEqual(
      [...PHASES, 'menu', 'source', 'article'].filter((p) => (p !== 'pollBefore' && p !== 'pollAfter') || pack.manifest.poll).sort(),
    );
  });

  for (const [place, s] of places) {
    it(`${place}: what the table keeps out is refused and changes nothing; what it lets in is never refused for its place`, () => {
      for (const type of Object.keys(MOVES) as ActionType[]) {
        const out = reduce(pack, s, SAMPLES[type]);
        if (!allowedIn(type, place)) {
          expect(out.ok, `${type} in ${place}`).toBe(false);
          // An answered question looked at again refuses what answering takes as answered, the rest as elsewhere.
          const code =
            place === 'menu' || place === 'source' || place === 'article'
              ? 'overlay-open'
              : place === 'review' && allowedIn(type, 'round')
                ? 'answered'
                : 'wrong-phase';
          if (!out.ok) expect(out.error.code, `${type} in ${place}`).toBe(code);
        } else if (!out.ok) {
          expect(out.error.code, `${type} in ${place}: ${out.error.message}`).not.toBe('overlay-open');
          // A place the table allows is not refused for the table's reason (only for the arguments).
          if (MOVES[type].refusal) expect(out.error.message, `${type} in ${place}`).not.toBe(MOVES[type].refusal);
        }
      }
    });
  }

  it('leaving or starting over closes whatever is open', () => {
    for (const place of ['menu', 'source', 'article'] as const) {
      const s = places.get(place)!;
      expect(step(pack, s, A.toTitle)).toMatchObject({ overlay: null, phase: 'title' });
      expect(step(pack, s, A.toLevelSelect)).toMatchObject({ overlay: null, phase: 'levelSelect' });
      expect(step(pack, s, { type: 'restart', seed: 9 }).overlay).toBeNull();
    }
  });
});
