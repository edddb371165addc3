/**
 * Confidence ("sure") scoring: off, nothing changes; on, a sure answer gains or loses exactly
 * half the round's points when fully right or wrong, a partly right one neither; a sum never goes
 * below zero; marks are legal only with the setting on, in a pick round, before lock-in.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currentRound, initialState, reduce, type Action, type GameState, type RoundRecord } from '../../src/core/rules/game';
import { isMultiSelect, roundOptions } from '../../src/core/rules/options';
import { levelScore, teamTotals, totalScore } from '../../src/core/rules/progress';
import { ROUND_MAX, sureBonus } from '../../src/core/rules/scoring';
import { calibration } from '../../src/core/rules/calibration';
import { isDebateRound } from '../../src/core/rules/debate';
import type { Mode } from '../../src/core/rules/stateSchema';
import type { Pack } from '../../src/core/pack/schema';
import { A, DEBATE_PACK_DIR, MINI_PACK_DIR, completeDebate, loadValidPack, run, step } from './helpers';

const mini = loadValidPack(MINI_PACK_DIR);
const debatePack = loadValidPack(DEBATE_PACK_DIR);

interface Play {
  mode: Mode;
  teams: number;
  confidence: boolean;
  /** Per round, per team entered: which options (by index, wrapped) and whether marked sure. */
  rounds: { picks: number[]; sure: boolean }[][];
}

const arbPlay: fc.Arbitrary<Play> = fc.record({
  mode: fc.constantFrom<Mode>('solo', 'teams', 'all'),
  teams: fc.integer({ min: 2, max: 4 }),
  confidence: fc.boolean(),
  rounds: fc.array(fc.array(fc.record({ picks: fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }), sure: fc.boolean() }), { minLength: 4, maxLength: 4 }), {
    minLength: 8,
    maxLength: 8,
  }),
});

/** From the title to the first round, set up as asked. */
function start(pack: Pack, p: Pick<Play, 'mode' | 'teams' | 'confidence'>): GameState {
  let s = run(pack, initialState(5), [{ type: 'setMode', mode: p.mode }, A.next]);
  s = run(pack, s, [
    { type: 'setTeamCount', count: p.teams },
    { type: 'setConfidence', on: p.confidence },
  ]);
  while (s.phase !== 'round') s = step(pack, s, A.next);
  return s;
}

/** Plays every round of the pack as `p` says (debates just completed), to the final results. */
function play(pack: Pack, p: Play): GameState {
  let s = start(pack, p);
  let n = 0;
  for (let i = 0; i < 400 && s.phase !== 'final'; i++) {
    const round = currentRound(pack, s);
    if (s.phase === 'round' && round && !isDebateRound(round)) {
      const plan = p.rounds[n++ % p.rounds.length]!;
      const options = roundOptions(pack, round);
      const entries = s.mode === 'all' ? s.teams.length : 1;
      for (let t = 0; t < entries; t++) {
        const e = plan[t % plan.length]!;
        if (s.mode === 'all') s = step(pack, s, { type: 'setActiveTeam', team: t });
        const ids = isMultiSelect(round) ? [...new Set(e.picks.map((k) => options[k % options.length]!.id))] : [options[e.picks[0]! % options.length]!.id];
        s = run(
          pack,
          s,
          ids.map((option): Action => ({ type: 'choose', option })),
        );
        if (e.sure && p.confidence) s = step(pack, s, { type: 'toggleSure' });
      }
      s = step(pack, s, A.confirm);
    } else if (s.phase === 'round') s = step(pack, s, completeDebate(pack, s)!);
    else s = step(pack, s, A.next);
  }
  expect(s.phase).toBe('final');
  return s;
}

const recordsOf = (s: GameState): RoundRecord[] => Object.values(s.records).flatMap((l) => Object.values(l));

/** The sums as they were before confidence existed: plain scores added up. */
function plainTotals(pack: Pack, s: GameState) {
  const teams = s.teams.map(() => 0);
  for (const rec of recordsOf(s)) {
    if (rec.teamScores) rec.teamScores.forEach((x, t) => x !== null && (teams[t]! += x));
    else if (rec.team !== undefined) teams[rec.team]! += rec.score;
  }
  return {
    total: recordsOf(s).reduce((n, r) => n + r.score, 0),
    teams,
    levels: pack.levels.map((l) => Object.values(s.records[l.id] ?? {}).reduce((n, r) => n + r.score, 0)),
  };
}

/** Each team's (or the class's) sum with the bonus worked out by hand from the marks. */
function handTotals(s: GameState) {
  const teams = s.teams.map(() => 0);
  let total = 0;
  for (const rec of recordsOf(s)) {
    const mark = (t: number) => rec.sure?.[t] ?? false;
    const bonus = (x: number, t: number) => (!mark(t) ? 0 : x === ROUND_MAX ? 50 : x === 0 ? -50 : 0);
    if (rec.teamPicks && rec.teamScores) {
      const pts = rec.teamScores.map((x, t) => x! + bonus(x!, t));
      pts.forEach((x, t) => (teams[t]! += x));
      total += Math.round(pts.reduce((a, b) => a + b, 0) / pts.length);
    } else if (rec.teamScores) {
      rec.teamScores.forEach((x, t) => x !== null && (teams[t]! += x));
      total += rec.score;
    } else {
      if (rec.team !== undefined) teams[rec.team]! += rec.score + bonus(rec.score, 0);
      total += rec.score + bonus(rec.score, 0);
    }
  }
  return { total: Math.max(0, total), teams: teams.map((x) => Math.max(0, x)) };
}

describe('confidence scoring', () => {
  it('sureBonus: +50 for full marks, −50 for none, 0 for partly right or unmarked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.boolean(), (score, sure) => {
        const b = sureBonus(score, sure);
        if (!sure) expect(b).toBe(0);
        else if (score === 100) expect(b).toBe(50);
        else if (score === 0) expect(b).toBe(-50);
        else expect(b).toBe(0);
      }),
    );
  });

  for (const [name, pack] of [
    ['mini', mini],
    ['debate', debatePack],
  ] as const) {
    it(`${name} pack: with confidence off the scores are the plain sums and no record has a mark`, () => {
      fc.assert(
        fc.property(arbPlay, (p) => {
          const s = play(pack, { ...p, confidence: false });
          const plain = plainTotals(pack, s);
          expect(recordsOf(s).some((r) => 'sure' in r)).toBe(false);
          expect(totalScore(pack, s)).toBe(plain.total);
          expect(teamTotals(pack, s)).toEqual(plain.teams);
          expect(pack.levels.map((_, i) => levelScore(pack, s, i))).toEqual(plain.levels);
          expect(calibration(pack, s)).toEqual([]);
        }),
        { numRuns: 40 },
      );
    });

    it(`${name} pack: with confidence on, sums gain +50 / lose 50 exactly per sure answer and never go below zero`, () => {
      fc.assert(
        fc.property(arbPlay, (p) => {
          const s = play(pack, { ...p, confidence: true });
          const hand = handTotals(s);
          expect(totalScore(pack, s)).toBe(hand.total);
          expect(totalScore(pack, s)).toBeGreaterThanOrEqual(0);
          expect(teamTotals(pack, s)).toEqual(hand.teams);
          for (const x of teamTotals(pack, s)) expect(x).toBeGreaterThanOrEqual(0);
          for (let i = 0; i < pack.levels.length; i++) expect(levelScore(pack, s, i)).toBeGreaterThanOrEqual(0);
          // A round's own score (what its outcome is read from) is untouched by the mark.
          for (const rec of recordsOf(s)) expect(rec.score).toBeLessThanOrEqual(ROUND_MAX);
          // Debate rounds never carry a mark.
          for (const rec of recordsOf(s)) if (rec.draft) expect(rec.sure).toBeUndefined();
        }),
        { numRuns: 40 },
      );
    });
  }

  it('a wrong sure answer at the start cannot take a total below zero; a later right one counts in full', () => {
    let s = start(mini, { mode: 'solo', teams: 2, confidence: true });
    const wrong = roundOptions(mini, currentRound(mini, s)!).find((o) => o.verdict !== 'supported' && o.verdict !== 'partial')!;
    s = run(mini, s, [{ type: 'choose', option: wrong.id }, { type: 'toggleSure' }, A.confirm]);
    expect(totalScore(mini, s)).toBe(0);
    s = step(mini, s, A.next);
    const right = roundOptions(mini, currentRound(mini, s)!).find((o) => o.verdict === 'supported')!;
    s = run(mini, s, [{ type: 'choose', option: right.id }, { type: 'toggleSure' }, A.confirm]);
    // −50 then +150: one sum over the session, floored only at the end.
    expect(totalScore(mini, s)).toBe(100);
  });
});

describe('sure marks: when they are legal', () => {
  const code = (pack: Pack, s: GameState, a: Action) => {
    const out = reduce(pack, s, a);
    return out.ok ? 'ok' : out.error.code;
  };

  it('is refused with confidence off, and toggles with it on', () => {
    const off = start(mini, { mode: 'solo', teams: 2, confidence: false });
    expect(code(mini, off, { type: 'toggleSure' })).toBe('confidence-off');
    const on = start(mini, { mode: 'solo', teams: 2, confidence: true });
    expect(on.sure).toEqual([false]);
    expect(step(mini, on, { type: 'toggleSure' }).sure).toEqual([true]);
    expect(run(mini, on, [{ type: 'toggleSure' }, { type: 'toggleSure' }]).sure).toEqual([false]);
  });

  it('marks the team being entered for when every team answers', () => {
    const s = run(mini, start(mini, { mode: 'all', teams: 3, confidence: true }), [{ type: 'setActiveTeam', team: 2 }, { type: 'toggleSure' }]);
    expect(s.sure).toEqual([false, false, true]);
  });

  it('is refused after lock-in (the reveal, the question reviewed) and once time is up', () => {
    const s = start(mini, { mode: 'solo', teams: 2, confidence: true });
    const option = roundOptions(mini, currentRound(mini, s)!)[0]!.id;
    const revealed = run(mini, s, [{ type: 'choose', option }, A.confirm]);
    expect(code(mini, revealed, { type: 'toggleSure' })).toBe('wrong-phase');
    expect(code(mini, step(mini, revealed, A.back), { type: 'toggleSure' })).toBe('answered');
    const timed = run(mini, initialState(5), [A.next, { type: 'setConfidence', on: true }, A.openMenu, { type: 'setTimer', seconds: 20 }, A.closeMenu]);
    let t = timed;
    while (t.phase !== 'round') t = step(mini, t, A.next);
    t = run(mini, t, [
      { type: 'tick', now: 0 },
      { type: 'tick', now: 21_000 },
    ]);
    expect(t.locked).toBe(true);
    expect(code(mini, t, { type: 'toggleSure' })).toBe('locked');
  });

  it('is refused in a debate round, and the setting is set only on the setup screen', () => {
    let s = start(debatePack, { mode: 'solo', teams: 2, confidence: true });
    for (let i = 0; i < 100 && !isDebateRound(currentRound(debatePack, s)!); i++) {
      if (s.phase === 'round') s = run(debatePack, s, [{ type: 'choose', option: roundOptions(debatePack, currentRound(debatePack, s)!)[0]!.id }, A.confirm]);
      else s = step(debatePack, s, A.next);
    }
    expect(s.phase).toBe('round');
    expect(s.sure).toEqual([]);
    expect(code(debatePack, s, { type: 'toggleSure' })).toBe('not-a-pick-round');
    expect(code(debatePack, s, { type: 'setConfidence', on: false })).toBe('wrong-phase');
  });

  it('a mark on an answer never given (time ran out, nothing picked) is dropped from the record', () => {
    let s = run(mini, initialState(5), [A.next, { type: 'setConfidence', on: true }, A.openMenu, { type: 'setTimer', seconds: 20 }, A.closeMenu]);
    while (s.phase !== 'round') s = step(mini, s, A.next);
    s = run(mini, s, [{ type: 'toggleSure' }, { type: 'tick', now: 0 }, { type: 'tick', now: 21_000 }]);
    s = step(mini, s, A.confirm);
    const rec = recordsOf(s)[0]!;
    expect(rec.sure).toEqual([false]);
    expect(totalScore(mini, s)).toBe(0);
  });

  it('a new session keeps the setting', () => {
    const s = start(mini, { mode: 'solo', teams: 2, confidence: true });
    expect(step(mini, s, A.restart).confidence).toBe(true);
  });
});
