/**
 * The reducer on the mini pack. Every accepted step goes through `step`, which deep-freezes the
 * input, checks it is unchanged afterwards, and checks the new state survives a JSON round-trip.
 *
 * Mini pack, by hand:
 *   level 0 "the-bridge": opening (choice: summer S, this-year P, after-floods U, never C),
 *                         safe-today (claim: says C, contradicts S, not-said U),
 *                         who-trust (who: voss S, pell, okoro)
 *   level 1 "the-budget": concerns (multi: floods S, budget S, narrow U, sound P, mayor-against C),
 *                         who-budget (who: gazette S, pell, okoro, voss)
 */
import { describe, expect, it } from 'vitest';
import { legalActions } from '../../src/core/rules/legalActions';
import { initialState, type Action, type GameState, type RejectionCode } from '../../src/core/rules/game';
import { levelAnswered, levelMax, levelScore, totalMax, totalScore } from '../../src/core/rules/progress';
import { A, MINI_PACK_DIR, loadValidPack, run, step, rejects as rejectsIn } from './helpers';

const pack = loadValidPack(MINI_PACK_DIR);
/** The class setup screen, one step after the title: every test here starts its session from it. */
const start = run(pack, initialState(), [A.next]);

const rejects = (s: GameState, a: Action, code: RejectionCode): void => rejectsIn(pack, s, a, code);

const where = (s: GameState) => ({ phase: s.phase, level: s.level, round: s.round });

// Answers for a whole play-through; totals worked out by hand in the comments.
const LEVEL_0: Action[] = [
  A.next, // levelIntro → round 0
  A.choose('this-year'),
  A.confirm,
  A.next, // partial: 50
  A.choose('says'),
  A.choose('contradicts'),
  A.confirm,
  A.next, // single-select replaces: supported 100
  A.choose('pell'),
  A.confirm,
  A.next, // wrong speaker: 0 → levelSummary, level total 150
];
const LEVEL_1: Action[] = [
  A.next,
  // floods (S) found, budget (S) missed: 1 of 2 supported; narrow (U) toggled on and off: not
  // picked; sound (P) picked: counts neither way; no wrong pick → 50
  A.choose('floods'),
  A.choose('narrow'),
  A.choose('narrow'),
  A.choose('sound'),
  A.confirm,
  A.next,
  A.choose('gazette'),
  A.confirm,
  A.next, // 100 → levelSummary, level total 150
];

describe('a full game', () => {
  it('goes title → levelSelect → levels → final with the hand-computed total of 300 / 500', () => {
    let s = run(pack, start, [A.next]);
    expect(where(s)).toEqual({ phase: 'levelSelect', level: 0, round: 0 });
    s = step(pack, s, A.next);
    expect(where(s)).toEqual({ phase: 'levelIntro', level: 0, round: 0 });
    s = run(pack, s, LEVEL_0);
    expect(where(s)).toEqual({ phase: 'levelSummary', level: 0, round: 2 });
    expect(levelScore(pack, s, 0)).toBe(150);
    expect(levelAnswered(pack, s, 0)).toBe(3);
    s = step(pack, s, A.next);
    expect(where(s)).toEqual({ phase: 'levelIntro', level: 1, round: 0 });
    s = run(pack, s, LEVEL_1);
    expect(where(s)).toEqual({ phase: 'levelSummary', level: 1, round: 1 });
    s = step(pack, s, A.next);
    expect(s.phase).toBe('final');
    expect(s.records).toEqual({
      'the-bridge': {
        opening: { picked: ['this-year'], score: 50, verdict: 'partial' },
        'safe-today': { picked: ['contradicts'], score: 100, verdict: 'supported' },
        'who-trust': { picked: ['pell'], score: 0, verdict: 'contradicted' },
      },
      'the-budget': {
        concerns: { picked: ['floods', 'sound'], score: 50, verdict: 'partial' },
        'who-budget': { picked: ['gazette'], score: 100, verdict: 'supported' },
      },
    });
    expect(totalScore(pack, s)).toBe(300);
    expect(levelMax(pack, 0)).toBe(300);
    expect(totalMax(pack, { skipped: [] })).toBe(500);
    rejects(s, A.next, 'wrong-phase');
  });

  it('finishes an earlier unfinished level after the last one, then ends', () => {
    let s = run(pack, start, [A.next, A.openLevel(1), ...LEVEL_1, A.next]);
    expect(where(s)).toEqual({ phase: 'levelIntro', level: 0, round: 0 });
    s = run(pack, s, [...LEVEL_0, A.next]);
    expect(s.phase).toBe('final');
    expect(totalScore(pack, s)).toBe(300);
  });
});

describe('back navigation', () => {
  const inRound1 = run(pack, start, [A.next, A.next, A.next, A.choose('summer'), A.confirm, A.next]);

  it("round → the previous round's reveal", () => {
    expect(where(inRound1)).toEqual({ phase: 'round', level: 0, round: 1 });
    expect(where(step(pack, inRound1, A.back))).toEqual({ phase: 'reveal', level: 0, round: 0 });
  });

  it('reveal of round 0 → its question (review) → levelIntro; unanswered round 0 → levelIntro', () => {
    const reveal0 = step(pack, inRound1, A.back);
    expect(where(step(pack, reveal0, A.back))).toEqual({ phase: 'review', level: 0, round: 0 });
    expect(where(run(pack, reveal0, [A.back, A.back]))).toEqual({ phase: 'levelIntro', level: 0, round: 0 });
    const round0 = run(pack, start, [A.next, A.next, A.next, A.choose('never')]);
    const s = step(pack, round0, A.back);
    expect(s.phase).toBe('levelIntro');
    expect(s.selection).toEqual([]);
  });

  it('levelSummary → the last reveal; final → levelSelect; levelIntro → levelSelect → title', () => {
    const summary = run(pack, start, [A.next, A.next, ...LEVEL_0]);
    expect(where(step(pack, summary, A.back))).toEqual({ phase: 'reveal', level: 0, round: 2 });
    const final = run(pack, summary, [A.next, ...LEVEL_1, A.next]);
    expect(step(pack, final, A.back).phase).toBe('levelSelect');
    const intro = run(pack, start, [A.next, A.next]);
    expect(run(pack, intro, [A.back]).phase).toBe('levelSelect');
    expect(run(pack, intro, [A.back, A.back]).phase).toBe('setup');
    expect(run(pack, intro, [A.back, A.back, A.back]).phase).toBe('title');
    rejects(initialState(), A.back, 'wrong-phase');
  });

  it('going back keeps the answers: reveal → next → the open round; levelIntro → next skips answered rounds', () => {
    expect(where(run(pack, inRound1, [A.back, A.next]))).toEqual({ phase: 'round', level: 0, round: 1 });
    const s = run(pack, inRound1, [A.back, A.back, A.back, A.next]);
    expect(where(s)).toEqual({ phase: 'round', level: 0, round: 1 });
    expect(s.records['the-bridge']?.opening?.score).toBe(100);
  });
});

describe('replaying and resuming levels', () => {
  it('replaying a completed level resets its records and keeps the others', () => {
    const done = run(pack, start, [A.next, A.next, ...LEVEL_0, A.next, ...LEVEL_1]);
    const s = run(pack, done, [A.openMenu, A.toLevelSelect, A.openLevel(0)]);
    expect(where(s)).toEqual({ phase: 'levelIntro', level: 0, round: 0 });
    expect(s.records['the-bridge']).toBeUndefined();
    expect(levelScore(pack, s, 0)).toBe(0);
    expect(levelScore(pack, s, 1)).toBe(150);
    expect(where(step(pack, s, A.next))).toEqual({ phase: 'round', level: 0, round: 0 });
  });

  it('resuming an unfinished level keeps its answers and goes to the first unanswered round', () => {
    const partway = run(pack, start, [A.next, A.next, A.next, A.choose('summer'), A.confirm, A.next]);
    const s = run(pack, partway, [A.openMenu, A.toLevelSelect, A.openLevel(0)]);
    expect(s.records['the-bridge']?.opening?.score).toBe(100);
    expect(where(step(pack, s, A.next))).toEqual({ phase: 'round', level: 0, round: 1 });
    // next from levelSelect also resumes the first unfinished level
    const viaNext = run(pack, partway, [A.openMenu, A.toLevelSelect, A.next, A.next]);
    expect(where(viaNext)).toEqual({ phase: 'round', level: 0, round: 1 });
  });
});

describe('choosing', () => {
  it('multi-select toggles options in and out of the selection', () => {
    const round = run(pack, start, [A.next, A.openLevel(1), A.next]);
    let s = run(pack, round, [A.choose('floods'), A.choose('budget')]);
    expect(s.selection).toEqual(['floods', 'budget']);
    s = step(pack, s, A.choose('floods'));
    expect(s.selection).toEqual(['budget']);
    s = run(pack, s, [A.choose('budget')]);
    expect(s.selection).toEqual([]);
    rejects(s, A.confirm, 'no-selection');
    s = run(pack, s, [A.choose('budget'), A.choose('floods'), A.confirm]);
    expect(s.records['the-budget']?.concerns).toEqual({ picked: ['budget', 'floods'], score: 100, verdict: 'supported' });
  });

  it('single-select keeps only the last choice', () => {
    const s = run(pack, start, [A.next, A.next, A.next, A.choose('never'), A.choose('summer')]);
    expect(s.selection).toEqual(['summer']);
  });
});

describe('rejections', () => {
  const round0 = run(pack, start, [A.next, A.next, A.next]);
  const reveal0 = run(pack, round0, [A.choose('summer'), A.confirm]);

  it('no-selection, unknown-option, wrong-phase in a round', () => {
    rejects(round0, A.confirm, 'no-selection');
    rejects(round0, A.choose('nope'), 'unknown-option');
    rejects(round0, A.choose('voss'), 'unknown-option'); // an option of another round
    rejects(round0, A.next, 'wrong-phase');
    rejects(round0, A.showSource('pell-summer'), 'wrong-phase');
    rejects(round0, A.openLevel(1), 'wrong-phase');
    rejects(reveal0, A.choose('summer'), 'wrong-phase');
    rejects(reveal0, A.confirm, 'wrong-phase');
  });

  it('closing the menu needs it open; leaving, or starting over, can be asked for directly', () => {
    rejects(round0, A.closeMenu, 'wrong-phase');
    rejects(round0, A.closeSource, 'wrong-phase');
    for (const a of [{ type: 'setTimer', seconds: 20 } as const, { type: 'setDiscuss', on: true } as const]) rejects(round0, a, 'wrong-phase');
    // The store's "new session" and the recovery dialog call these without faking a trip through the menu.
    expect(step(pack, round0, A.toTitle)).toMatchObject({ phase: 'title', overlay: null, selection: [] });
    expect(step(pack, round0, A.toLevelSelect)).toMatchObject({ phase: 'levelSelect', overlay: null });
    expect(step(pack, round0, { type: 'restart', seed: 5 })).toEqual(initialState(5));
  });

  it('unknown-level', () => {
    const select = run(pack, start, [A.next]);
    rejects(select, A.openLevel(2), 'unknown-level');
    rejects(select, A.openLevel(-1), 'unknown-level');
  });

  it('overlay-open while the menu is open', () => {
    const menu = step(pack, run(pack, round0, [A.choose('summer')]), A.openMenu);
    for (const a of [A.next, A.confirm, A.choose('never'), A.showSource('pell-summer'), A.closeSource, A.openLevel(0)]) {
      rejects(menu, a, 'overlay-open');
    }
  });

  it('showSource: only evidence of this round, only from a reveal; the article view blocks the rest', () => {
    rejects(reveal0, A.showSource('voss-trust'), 'unknown-quote');
    rejects(reveal0, A.showSource('nope'), 'unknown-quote');
    const open = step(pack, reveal0, A.showSource('pell-crossing'));
    expect(open.overlay).toEqual({ kind: 'source', quote: 'pell-crossing' });
    for (const a of [A.next, A.openMenu, A.closeMenu]) rejects(open, a, 'overlay-open');
    // From the article view, only another quote of the same reveal.
    rejects(open, A.showSource('voss-trust'), 'unknown-quote');
    expect(step(pack, open, A.showSource('pell-summer')).overlay).toEqual({ kind: 'source', quote: 'pell-summer' });
    expect(step(pack, open, A.closeSource)).toEqual(reveal0);
    expect(step(pack, open, A.back)).toEqual(reveal0);
    // a who-round's evidence is its quote
    const whoReveal = run(pack, reveal0, [A.next, A.choose('says'), A.confirm, A.next, A.choose('okoro'), A.confirm]);
    expect(step(pack, whoReveal, A.showSource('voss-trust')).overlay).toEqual({ kind: 'source', quote: 'voss-trust' });
  });
});

describe('the menu', () => {
  const round1 = run(pack, start, [A.next, A.next, A.next, A.choose('summer'), A.confirm, A.next, A.choose('says')]);

  it('openMenu then closeMenu (or openMenu, or back) returns to exactly the same state', () => {
    const menu = step(pack, round1, A.openMenu);
    expect(menu.overlay).toEqual({ kind: 'menu' });
    for (const a of [A.closeMenu, A.openMenu, A.back]) expect(step(pack, menu, a)).toEqual(round1);
  });

  it('toTitle and toLevelSelect leave the level but keep the answers', () => {
    const title = run(pack, round1, [A.openMenu, A.toTitle]);
    expect(title).toMatchObject({ phase: 'title', overlay: null, selection: [] });
    expect(title.records).toEqual(round1.records);
    const select = run(pack, round1, [A.openMenu, A.toLevelSelect]);
    expect(select).toMatchObject({ phase: 'levelSelect', overlay: null, selection: [] });
    expect(select.records).toEqual(round1.records);
  });

  it('restart wipes everything back to the initial state', () => {
    const restarted = run(pack, round1, [A.openMenu, A.restart]);
    // A new session shuffles anew: the seed moves on (the store passes a freshly drawn one).
    expect(restarted.seed).not.toBe(round1.seed);
    expect(restarted).toEqual(initialState(restarted.seed));
    expect(run(pack, round1, [A.openMenu, { type: 'restart', seed: 77 }])).toEqual(initialState(77));
  });
});

describe('legalActions', () => {
  const types = (s: GameState) => legalActions(pack, s).map((a) => ('option' in a ? `choose:${a.option}` : 'mode' in a ? `${a.type}:${a.mode}` : a.type));

  it('lists exactly what the reducer accepts in a few key states', () => {
    // solo or team play is chosen on the title screen, and again on the setup screen with the teams and levels
    expect(types(initialState())).toEqual([
      'next',
      'openMenu',
      'readArticle',
      'toTitle',
      'toLevelSelect',
      'restart',
      // a new session from zero in each way of playing
      'startSession:solo',
      'startSession:teams',
      'startSession:all',
      'setScoreboard',
      'setScoreboard',
      'setScoreboard',
      'setScoreboard',
      'renameTeam',
      'setMode:solo',
      'setMode:teams',
      'setMode:all',
    ]);
    // setup: 2–6 teams, either level in or out of the session, names, and the mode again
    const teamCounts = Array(5).fill('setTeamCount');
    // (the scoreboard can be switched from anywhere: the presenter's O key)
    const scoreboard = ['setScoreboard', 'setScoreboard', 'setScoreboard', 'setScoreboard'];
    // (auto-advance and what the scoreboard shows are set here too)
    const setupOnly = ['setAutoAdvance', 'setAutoAdvance', 'setScoreboardShows', 'setScoreboardShows', 'setScoreboardShows'];
    expect(types(start)).toEqual([
      'next',
      'back',
      'openMenu',
      'toTitle',
      'toLevelSelect',
      'restart',
      ...scoreboard,
      ...setupOnly,
      ...teamCounts,
      'toggleLevel',
      'toggleLevel',
      'renameTeam',
      'setMode:solo',
      'setMode:teams',
      'setMode:all',
      // (sure answers on or off)
      'setConfidence',
      'setConfidence',
    ]);
    const round0 = run(pack, start, [A.next, A.next, A.next]);
    // (a team may be renamed at any moment)
    const choose = (t: string) => t.startsWith('choose:');
    expect(types(round0).filter((t) => !choose(t))).toEqual([
      'back',
      'openMenu',
      'toTitle',
      'toLevelSelect',
      'restart',
      // the bell: end the session now
      'endSession',
      'setScoreboard',
      'setScoreboard',
      'setScoreboard',
      'setScoreboard',
      'renameTeam',
    ]);
    // Every option of the round, whatever order this session shows them in.
    expect(types(round0).filter(choose).sort()).toEqual(['choose:after-floods', 'choose:never', 'choose:summer', 'choose:this-year']);
    expect(types(step(pack, round0, A.choose('never')))).toContain('confirm');
    // In the menu: leave it, go elsewhere, start over, set the round timer (off, 20–120 s) or when scores show.
    expect(types(step(pack, round0, A.openMenu))).toEqual([
      'back',
      'openMenu',
      'closeMenu',
      'readArticle',
      'toTitle',
      'toLevelSelect',
      'restart',
      'endSession',
      'setTimer',
      'setTimer',
      'setTimer',
      'setTimer',
      'setTimer',
      'setTimer',
      'setScoreboard',
      'setScoreboard',
      'setScoreboard',
      'setScoreboard',
      'setDiscuss',
      'setDiscuss',
      'setDiscussSeconds',
      'setDiscussSeconds',
      'setDiscussSeconds',
      'setDiscussSeconds',
      'setDiscussSeconds',
      'setAutoAdvance',
      'setAutoAdvance',
      'setScoreboardShows',
      'setScoreboardShows',
      'setScoreboardShows',
      'renameTeam',
    ]);
    const select = run(pack, start, [A.next]);
    expect(legalActions(pack, select).filter((a) => a.type === 'openLevel')).toEqual([A.openLevel(0), A.openLevel(1)]);
  });
});
