/**
 * The reducer on the debate fixture pack (tests/fixtures/debate-pack): drafts, moves, confirm
 * steps, team play and the class poll. Card weights and the scoring table are listed in
 * debate-scoring.test.ts; every score below is worked out by hand in the comments.
 *
 *   level 0 "the-plan": case-spring (case, no given stance), rebut-spring (rebuttal:
 *                       o-survey S, o-cable P, o-jobs U, o-start C)
 *   level 1 "the-vote": who-is-who (whoswho), verdict-plan (verdict)
 *   poll: yes / no / unsure
 */
import { describe, expect, it } from 'vitest';
import type { DebateMove } from '../../src/core/rules/debate';
import { initialState, type Action, type GameState, type RejectionCode } from '../../src/core/rules/game';
import { teamTotals, totalMax, totalScore } from '../../src/core/rules/progress';
import { screenOf } from '../../src/core/screens/screen';
import { A, DEBATE_PACK_DIR, MINI_PACK_DIR, loadValidPack, run, step, rejects as rejectsIn } from './helpers';

const pack = loadValidPack(DEBATE_PACK_DIR);
/** The class setup screen, one step after the title. */
const start = run(pack, initialState(), [{ type: 'next' }]);

const move = (m: DebateMove): Action => ({ type: 'debate', move: m });
const D = {
  stance: (stance: 'for' | 'against') => move({ kind: 'stance', stance }),
  play: (card: string) => move({ kind: 'play', card }),
  undo: move({ kind: 'undo' }),
  concede: (card: string | null) => move({ kind: 'concede', card }),
  hold: (quote: string) => move({ kind: 'hold', quote }),
  assign: (speaker: string) => move({ kind: 'assign', speaker }),
  sort: (speaker: string, group: 'expert' | 'official') => move({ kind: 'sort', speaker, group }),
  place: (position: 'feasible-now' | 'with-changes' | 'open' | 'fantasy') => move({ kind: 'place', position }),
};
const poll = (option: string, delta: 1 | -1): Action => ({ type: 'poll', option, delta });
const setMode = (mode: 'solo' | 'teams'): Action => ({ type: 'setMode', mode });

const rejects = (s: GameState, a: Action, code: RejectionCode): void => rejectsIn(pack, s, a, code);

const where = (s: GameState) => ({ phase: s.phase, level: s.level, round: s.round });
const rec = (s: GameState, level: string, round: string) => s.records[level]?.[round];

/** title → pollBefore → levelSelect → levelIntro 0 → the case round. */
const TO_CASE: Action[] = [A.next, A.next, A.next, A.next];
/** A perfect solo level 0: against with survey + cable, concede start (100); rebuttal o-survey (100). */
const LEVEL_0_PERFECT: Action[] = [
  D.stance('against'),
  A.confirm,
  D.play('survey'),
  D.play('cable'),
  A.confirm,
  D.concede('start'),
  A.confirm,
  A.next,
  A.choose('o-survey'),
  A.confirm,
  A.next,
];
/** A perfect solo level 1 from its intro: who's who all right (100); with-changes + 3 strong cards (100). */
const LEVEL_1_PERFECT: Action[] = [
  // Each quote is held by name: the quotes are shown (and auto-held) in this session's shuffled order.
  A.next,
  D.hold('park-vote'),
  D.assign('park'),
  D.hold('osei-birds'),
  D.assign('osei'),
  D.hold('reyes-jobs'),
  D.assign('reyes'),
  A.confirm,
  D.sort('osei', 'expert'),
  D.sort('reyes', 'official'),
  D.sort('park', 'official'),
  A.confirm,
  A.next,
  D.place('with-changes'),
  D.play('v-survey'),
  D.play('v-cable'),
  D.play('v-vote'),
  A.confirm,
  A.next,
];

describe('solo: make the case', () => {
  it('stance, two cards (one toggled off and on), a concession, confirm → reveal scored 85 with the draft kept', () => {
    let s = run(pack, start, TO_CASE);
    expect(where(s)).toEqual({ phase: 'round', level: 0, round: 0 });
    expect(s.draft).toEqual({ kind: 'case', stance: null, played: [], conceded: [], step: 'stance' });
    s = step(pack, s, D.stance('for'));
    expect(s.draft).toMatchObject({ stance: 'for', step: 'stance' });
    s = run(pack, s, [A.confirm, D.play('start'), D.play('turning')]);
    expect(s.draft).toMatchObject({
      step: 'play',
      played: [
        { card: 'start', side: 0 },
        { card: 'turning', side: 0 },
      ],
    });
    s = step(pack, s, D.play('start')); // toggles it off
    expect(s.draft).toMatchObject({ played: [{ card: 'turning', side: 0 }] });
    rejects(s, A.confirm, 'not-ready');
    s = run(pack, s, [D.play('start'), A.confirm, D.concede('cable')]);
    expect(s.draft).toEqual({
      kind: 'case',
      stance: 'for',
      step: 'concede',
      conceded: ['cable'],
      played: [
        { card: 'turning', side: 0 },
        { card: 'start', side: 0 },
      ],
    });
    const draft = s.draft;
    s = step(pack, s, A.confirm);
    expect(where(s)).toEqual({ phase: 'reveal', level: 0, round: 0 });
    expect(s.draft).toBeNull();
    // turning 15 + 15 + 0, start 15 + 15 + 5, cable is a strongest counter to "for": 20 → 85
    expect(rec(s, 'the-plan', 'case-spring')).toEqual({ picked: [], score: 85, verdict: 'partial', draft });
  });

  it('a perfect pack scores totalMax = 400 and goes through the after-poll to the results', () => {
    let s = run(pack, start, [...TO_CASE, ...LEVEL_0_PERFECT]);
    expect(where(s)).toEqual({ phase: 'levelSummary', level: 0, round: 1 });
    s = run(pack, s, [A.next, ...LEVEL_1_PERFECT]);
    expect(s.phase).toBe('levelSummary');
    expect(totalScore(pack, s)).toBe(400);
    expect(totalMax(pack, { skipped: [] })).toBe(400);
    expect(
      Object.values(s.records)
        .flatMap((l) => Object.values(l))
        .map((r) => r.verdict),
    ).toEqual(['supported', 'supported', 'supported', 'supported']);
    expect(run(pack, s, [A.next]).phase).toBe('pollAfter');
    expect(run(pack, s, [A.next, A.next]).phase).toBe('final');
  });
});

describe('illegal moves and early confirms', () => {
  const caseRound = run(pack, start, TO_CASE);
  const teamsCase = run(pack, start, [setMode('teams'), ...TO_CASE]);
  const whoRound = run(pack, start, [A.next, A.next, A.openLevel(1), A.next]);

  it('case: no card before the side is confirmed, no third card in solo, nothing to concede yet', () => {
    rejects(caseRound, D.play('start'), 'illegal-move');
    rejects(step(pack, caseRound, D.stance('for')), D.play('start'), 'illegal-move');
    rejects(caseRound, D.concede(null), 'illegal-move');
    rejects(caseRound, D.undo, 'illegal-move');
    const two = run(pack, caseRound, [D.stance('for'), A.confirm, D.play('start'), D.play('bills')]);
    rejects(two, D.play('turning'), 'illegal-move');
    rejects(two, D.play('no-such-card'), 'illegal-move');
    rejects(two, D.stance('against'), 'illegal-move');
    rejects(two, D.place('open'), 'illegal-move'); // not a case-round move
    const conceding = step(pack, two, A.confirm);
    rejects(conceding, D.concede('start'), 'illegal-move'); // your own played card
    rejects(step(pack, conceding, D.concede(null)), D.concede('cable'), 'illegal-move'); // one concession per side
  });

  it('confirm too early is not-ready at every step', () => {
    rejects(caseRound, A.confirm, 'not-ready'); // no side chosen
    const one = run(pack, caseRound, [D.stance('against'), A.confirm, D.play('survey')]);
    rejects(one, A.confirm, 'not-ready'); // one card of two
    rejects(run(pack, one, [D.play('cable'), A.confirm]), A.confirm, 'not-ready'); // no concession yet
    rejects(whoRound, A.confirm, 'not-ready');
    const sorting = run(pack, whoRound, [D.assign('park'), D.assign('osei'), D.assign('reyes'), A.confirm, D.sort('osei', 'expert')]);
    rejects(sorting, A.confirm, 'not-ready');
    const verdict = run(pack, start, [A.next, A.next, A.openLevel(1), ...LEVEL_1_PERFECT.slice(0, 13)]);
    expect(where(verdict)).toEqual({ phase: 'round', level: 1, round: 1 });
    rejects(run(pack, verdict, [D.play('v-survey'), D.play('v-cable'), D.play('v-vote')]), A.confirm, 'not-ready'); // no position
    rejects(run(pack, verdict, [D.place('open'), D.play('v-survey'), D.play('v-cable')]), A.confirm, 'not-ready'); // 2 cards
  });

  it('teams: a side cannot concede a card it played itself, nor replay a played card', () => {
    const played = run(pack, teamsCase, [D.stance('for'), A.confirm, D.play('start'), D.play('survey')]);
    rejects(played, D.play('start'), 'illegal-move');
    const conceding = run(pack, played, [D.play('bills'), D.play('cable'), A.confirm]);
    rejects(conceding, D.concede('bills'), 'illegal-move'); // team A played bills
    rejects(step(pack, conceding, D.concede('survey')), D.concede('cable'), 'illegal-move'); // team B played cable
  });

  it("who's who: held starts at the first quote; unknown speakers and quotes, and sorting too soon, are illegal", () => {
    // The first quote on screen is held: this session's shuffled order, not the pack's.
    const shown = screenOf(pack, whoRound);
    const order = shown.kind === 'whoswho' ? shown.quotes.map((q) => q.id) : [];
    expect([...order].sort()).toEqual(['osei-birds', 'park-vote', 'reyes-jobs']);
    expect(whoRound.draft).toEqual({ kind: 'whoswho', held: order[0], assign: {}, sort: {}, step: 'assign' });
    rejects(whoRound, D.assign('nobody'), 'illegal-move');
    rejects(whoRound, D.assign('lind'), 'illegal-move'); // in the pack but not in this round
    rejects(whoRound, D.assign('tide'), 'illegal-move');
    rejects(whoRound, D.hold('lind-cost'), 'illegal-move');
    rejects(whoRound, D.sort('osei', 'expert'), 'illegal-move');
    const s = run(pack, whoRound, [D.hold('reyes-jobs'), D.assign('reyes')]);
    // On to the first quote on screen that still has no speaker.
    expect(s.draft).toMatchObject({ assign: { 'reyes-jobs': 'reyes' }, held: order.find((q) => q !== 'reyes-jobs') });
  });

  it('verdict: a fourth card is illegal, a played card toggles off; debate moves outside a debate round are wrong-phase', () => {
    const verdict = run(pack, start, [A.next, A.next, A.openLevel(1), ...LEVEL_1_PERFECT.slice(0, 13)]);
    const three = run(pack, verdict, [D.play('v-survey'), D.play('v-start'), D.play('v-jobs')]);
    rejects(three, D.play('v-cable'), 'illegal-move');
    expect(step(pack, three, D.play('v-start')).draft).toEqual({ kind: 'verdict', position: null, cards: ['v-survey', 'v-jobs'] });
    rejects(start, D.play('start'), 'wrong-phase');
    const rebuttal = run(pack, start, [...TO_CASE, ...LEVEL_0_PERFECT.slice(0, 8)]);
    expect(where(rebuttal)).toEqual({ phase: 'round', level: 0, round: 1 });
    rejects(rebuttal, D.play('start'), 'wrong-phase');
    rejects(caseRound, A.choose('o-survey'), 'unknown-option');
    rejects(caseRound, setMode('teams'), 'wrong-phase');
  });
});

describe('a team debate from the title to the scoreboard', () => {
  it('A and B alternate, concede, answer rounds in turn; teamTotals are the hand-computed sums', () => {
    let s = run(pack, start, [setMode('teams'), ...TO_CASE]);
    expect(s.mode).toBe('teams');
    expect(where(s)).toEqual({ phase: 'round', level: 0, round: 0 });
    // team A argues "against", so team B argues "for"
    s = run(pack, s, [D.stance('against'), A.confirm, D.play('survey'), D.play('start'), D.play('jobs'), D.play('bills')]);
    expect(s.draft).toMatchObject({
      played: [
        { card: 'survey', side: 0 },
        { card: 'start', side: 1 },
        { card: 'jobs', side: 0 },
        { card: 'bills', side: 1 },
      ],
    });
    rejects(s, D.play('cable'), 'illegal-move'); // 2 cards a side
    s = run(pack, s, [A.confirm, D.concede('bills'), D.concede('cable')]);
    rejects(s, D.concede(null), 'illegal-move');
    const draft = s.draft;
    s = step(pack, s, A.confirm);
    // A (against): survey 15+15+10 = 40, jobs off-topic and neutral 0, bills a weaker counter 5 → 45
    // B (for): start 15+15+5 = 35, bills 8+15+10 = 33, cable a (tied) strongest counter 20 → 88
    // round score: the mean 66.5, rounded → 67
    expect(rec(s, 'the-plan', 'case-spring')).toEqual({ picked: [], score: 67, verdict: 'partial', teamScores: [45, 88], draft });
    // the reveal rebuilds both scorecards from the kept draft
    const reveal = screenOf(pack, s);
    if (reveal.kind !== 'debateReveal') throw new Error(`expected a debate reveal, got ${reveal.kind}`);
    expect(reveal.scorecards.map((c) => [c.team, c.stance, c.score])).toEqual([
      [0, 'against', 45],
      [1, 'for', 88],
    ]);

    // rebuttal: the pack's 2nd round, so team B answers; o-cable is partial → 50
    s = run(pack, s, [A.next, A.choose('o-cable'), A.confirm]);
    expect(rec(s, 'the-plan', 'rebut-spring')).toEqual({ picked: ['o-cable'], score: 50, verdict: 'partial', team: 1 });
    s = run(pack, s, [A.next]);
    expect(s.phase).toBe('levelSummary');
    expect(teamTotals(pack, s)).toEqual([45, 138]);

    // who's who (3rd round: team A): 2 of 3 matches 40, 2 of 3 sorted 26.67 → 66.67 → 67
    s = run(pack, s, [
      A.next,
      A.next,
      D.hold('park-vote'),
      D.assign('park'),
      D.hold('osei-birds'),
      D.assign('reyes'),
      D.hold('reyes-jobs'),
      D.assign('reyes'),
      A.confirm,
    ]);
    s = run(pack, s, [D.sort('osei', 'expert'), D.sort('reyes', 'official'), D.sort('park', 'expert'), A.confirm]);
    expect(rec(s, 'the-vote', 'who-is-who')).toMatchObject({ picked: [], score: 67, verdict: 'partial', team: 0 });
    expect(rec(s, 'the-vote', 'who-is-who')?.teamScores).toBeUndefined();

    // verdict (4th round: team B): with-changes 40, v-survey 20, v-grant 15, v-start 0 → 75
    s = run(pack, s, [A.next, D.place('with-changes'), D.play('v-survey'), D.play('v-grant'), D.play('v-start'), A.confirm]);
    expect(rec(s, 'the-vote', 'verdict-plan')).toMatchObject({ score: 75, verdict: 'partial', team: 1 });

    s = run(pack, s, [A.next, A.next]);
    expect(s.phase).toBe('pollAfter');
    s = step(pack, s, A.next);
    expect(s.phase).toBe('final');
    // the scoreboard: A 45 + 67 = 112; B 88 + 50 + 75 = 213
    expect(teamTotals(pack, s)).toEqual([112, 213]);
    // the final scoreboard: totals, the rank, and what each team won in the last level (the vote: A 67, B 75)
    expect(screenOf(pack, s)).toMatchObject({
      kind: 'final',
      teams: [
        { team: 0, total: 112, rank: 2, change: 67 },
        { team: 1, total: 213, rank: 1, change: 75 },
      ],
    });
    expect(totalScore(pack, s)).toBe(67 + 50 + 67 + 75);
  });
});

describe('team turns across levels', () => {
  it('count rounds across the whole pack: the mini pack has 3 rounds in level 0, so level 1 opens with team B', () => {
    const mini = loadValidPack(MINI_PACK_DIR);
    const s = run(mini, start, [
      setMode('teams'),
      A.next,
      A.next,
      A.next,
      A.choose('this-year'),
      A.confirm,
      A.next, // A: partial 50
      A.choose('contradicts'),
      A.confirm,
      A.next, // B: 100
      A.choose('voss'),
      A.confirm,
      A.next,
      A.next,
      A.next, // A: 100
      A.choose('floods'),
      A.choose('budget'),
      A.confirm, // B: 100
    ]);
    expect(
      Object.values(s.records)
        .flatMap((l) => Object.values(l))
        .map((r) => r.team),
    ).toEqual([0, 1, 0, 1]);
    expect(teamTotals(mini, s)).toEqual([150, 200]);
  });
});

describe('the class poll', () => {
  it('setup → pollBefore (counts ±1, never below 0) → levelSelect; back from pollBefore is the setup', () => {
    let s = step(pack, start, A.next);
    expect(s.phase).toBe('pollBefore');
    rejects(start, poll('yes', 1), 'wrong-phase');
    s = run(pack, s, [poll('yes', 1), poll('yes', 1), poll('no', -1), poll('unsure', 1), poll('yes', -1)]);
    expect(s.poll).toEqual({ before: { yes: 1, no: 0, unsure: 1 }, after: {} });
    rejects(s, poll('maybe', 1), 'unknown-option');
    const title = step(pack, s, A.back);
    expect(title.phase).toBe('setup');
    expect(title.poll).toEqual(s.poll);
    const select = run(pack, title, [A.next, A.next]);
    expect(select.phase).toBe('levelSelect');
    rejects(select, poll('yes', 1), 'wrong-phase');
    expect(step(pack, select, A.back).phase).toBe('pollBefore');
  });

  it('after the last level: pollAfter counts separately, then the results', () => {
    let s = run(pack, start, [A.next, poll('no', 1), A.next, A.next, A.next, ...LEVEL_0_PERFECT, A.next, ...LEVEL_1_PERFECT, A.next]);
    expect(s.phase).toBe('pollAfter');
    s = run(pack, s, [poll('yes', 1), poll('yes', 1), poll('no', -1), poll('no', -1)]);
    expect(s.poll).toEqual({ before: { no: 1 }, after: { yes: 2, no: 0 } });
    expect(step(pack, s, A.back).phase).toBe('levelSelect');
    s = step(pack, s, A.next);
    expect(s.phase).toBe('final');
    rejects(s, poll('yes', 1), 'wrong-phase');
    expect(s.poll.after).toEqual({ yes: 2, no: 0 });
  });
});

describe('scoreboard setting', () => {
  it('hides team scores in rounds unless "always", in level summaries unless "always" or "between-levels", at the end only when "never"', async () => {
    const { screenOf } = await import('../../src/core/screens/screen');
    const { initialState: init, reduce: red } = await import('../../src/core/rules/game');
    const mini = (await import('./helpers')).loadValidPack((await import('./helpers')).MINI_PACK_DIR);
    const go = (s: ReturnType<typeof init>, a: Parameters<typeof red>[2]) => {
      const o = red(mini, s, a);
      if (!o.ok) throw new Error(o.error.message);
      return o.state;
    };
    const shown = (when: 'always' | 'between-levels' | 'at-end' | 'never') => {
      let s = go(init(), { type: 'setMode', mode: 'teams' });
      s = go(go(go(s, { type: 'openMenu' }), { type: 'setScoreboard', when }), { type: 'closeMenu' });
      s = go(go(go(go(s, { type: 'next' }), { type: 'next' }), { type: 'next' }), { type: 'next' });
      const round = screenOf(mini, s);
      const header = round.kind === 'round' ? round.header.teams : 'n/a';
      s = go(go(s, { type: 'choose', option: 'summer' }), { type: 'confirm' });
      for (const option of ['contradicts', 'voss']) s = go(go(go(s, { type: 'next' }), { type: 'choose', option }), { type: 'confirm' });
      s = go(s, { type: 'next' });
      const summary = screenOf(mini, s);
      return [header !== null, summary.kind === 'levelSummary' && summary.teams !== null];
    };
    expect(shown('always')).toEqual([true, true]);
    expect(shown('between-levels')).toEqual([false, true]);
    expect(shown('at-end')).toEqual([false, false]);
    expect(shown('never')).toEqual([false, false]);
  });
});
