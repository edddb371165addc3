/**
 * Properties of debate play over random sequences of legal actions (taken from legalActions) on
 * the debate fixture pack, in solo play, in team play, and with the mode free to change on the
 * title screen. Half the steps pick among the "progress" actions (debate moves, choose, confirm,
 * next, closing an overlay) so that walks reach confirmed debates and the end of the pack.
 * The per-state checks use node:assert rather than expect: they run tens of thousands of times.
 */
import assert from 'node:assert/strict';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Draft, Mode } from '../../src/core/rules/debate';
import { legalActions } from '../../src/core/rules/legalActions';
import { initialState, reduce, type Action, type GameState, type RoundRecord } from '../../src/core/rules/game';
import { totalMax, totalScore } from '../../src/core/rules/progress';
import type { Round } from '../../src/core/pack/schema';
import { DEBATE_PACK_DIR, deepFreeze, loadValidPack } from './helpers';

const pack = loadValidPack(DEBATE_PACK_DIR);
const rounds = pack.levels.flatMap((l) => l.rounds.map((round) => ({ level: l.id, round })));
const PROGRESS: ReadonlySet<Action['type']> = new Set(['debate', 'choose', 'confirm', 'next', 'closeMenu', 'closeSource']);

type Cmd = { progress: boolean; pick: number };
const arbCmds = (maxLength: number) => fc.array(fc.record({ progress: fc.boolean(), pick: fc.nat() }), { maxLength, size: 'max' });

/** "free": any legal action; a fixed mode: never setMode, restart or startSession, so the mode stays put. */
type Variant = Mode | 'free';

function startState(variant: Variant): GameState {
  return variant === 'teams' || variant === 'all' ? { ...initialState(), mode: variant } : initialState();
}

function choices(s: GameState, variant: Variant, progress: boolean): Action[] {
  const legal = legalActions(pack, s).filter((a) => variant === 'free' || (a.type !== 'setMode' && a.type !== 'restart' && a.type !== 'startSession'));
  const forward = legal.filter((a) => PROGRESS.has(a.type));
  return progress && forward.length > 0 ? forward : legal;
}

const noDuplicates = (ids: readonly string[]) => assert.equal(new Set(ids).size, ids.length, `duplicates in ${ids.join(', ')}`);
const within = <T>(list: readonly T[], x: T) => assert.ok(list.includes(x), `${String(x)} is not one of ${list.join(', ')}`);

/** Every card in at most one place, every id from this round. */
function checkDraft(round: Round, d: Draft, teams: boolean): void {
  if (round.type === 'case' && d.kind === 'case') {
    const hand = round.cards.map((c) => c.id);
    const played = d.played.map((p) => p.card);
    noDuplicates(played);
    for (const c of played) within(hand, c);
    assert.ok(played.length <= (teams ? 4 : 2));
    d.played.forEach((p, i) => assert.equal(p.side, teams ? i % 2 : 0)); // the sides alternate, A first
    assert.ok(d.conceded.length <= (teams ? 2 : 1));
    d.conceded.forEach((c, t) => {
      if (c === null) return;
      within(hand, c);
      assert.ok(!d.played.some((p) => p.card === c && p.side === t), 'a side conceded its own card'); // never your own played card
    });
  } else if (round.type === 'whoswho' && d.kind === 'whoswho') {
    for (const [q, sp] of Object.entries(d.assign)) {
      within(round.quotes, q);
      within(round.speakers, sp);
    }
    for (const sp of Object.keys(d.sort)) within(round.speakers, sp);
    if (d.held !== null) within(round.quotes, d.held);
  } else if (round.type === 'verdict' && d.kind === 'verdict') {
    noDuplicates(d.cards);
    assert.ok(d.cards.length <= 3);
    for (const c of d.cards)
      within(
        round.cards.map((x) => x.id),
        c,
      );
  } else {
    throw new Error(`a ${d.kind} draft in a ${round.type} round`);
  }
}

const inRange = (n: number) => assert.ok(Number.isInteger(n) && n >= 0 && n <= 100, `score ${n} is outside 0–100`);

/** A confirmed round: scores in range, and a case's cards each played by exactly one side or left in the hand. */
function checkRecord(round: Round, r: RoundRecord): void {
  inRange(r.score);
  if (r.teamScores) {
    const played = r.teamScores.filter((x): x is number => x !== null);
    played.forEach(inRange);
    // The round's score is the mean of the teams that played it (a case debate: its two sides).
    if (round.type === 'case') assert.equal(played.length, 2);
    assert.equal(r.score, Math.round(played.reduce((a, b) => a + b, 0) / played.length));
    assert.equal(r.team, undefined);
  }
  if (round.type === 'case') {
    const d = r.draft;
    if (d?.kind !== 'case') throw new Error('a case record keeps its case draft');
    const sides = r.teamScores ? 2 : 1;
    assert.equal(d.step, 'concede');
    assert.equal(d.conceded.length, sides);
    for (const card of round.cards) {
      const by = d.played.filter((p) => p.card === card.id).map((p) => p.side);
      assert.ok(by.length <= 1, `${card.id} played by ${by.length} sides`); // by exactly one side, or left in the hand
    }
    for (const p of d.played)
      within(
        round.cards.map((c) => c.id),
        p.card,
      );
    for (let t = 0; t < sides; t++) assert.equal(d.played.filter((p) => p.side === t).length, 2);
    assert.equal(d.played.length, 2 * sides);
  } else if (round.type === 'verdict') {
    if (r.draft?.kind !== 'verdict') throw new Error('a verdict record keeps its draft');
    noDuplicates(r.draft.cards);
    assert.equal(r.draft.cards.length, 3);
    assert.notEqual(r.draft.position, null);
  } else if (round.type === 'whoswho') {
    if (r.draft?.kind !== 'whoswho') throw new Error("a who's-who record keeps its draft");
    assert.deepEqual(Object.keys(r.draft.assign).sort(), [...round.quotes].sort());
    assert.deepEqual(Object.keys(r.draft.sort).sort(), [...round.speakers].sort());
  } else {
    assert.equal(r.draft, undefined);
  }
}

function checkState(s: GameState, variant: Variant): void {
  assert.deepStrictEqual(JSON.parse(JSON.stringify(s)), s); // strict: no undefined, NaN or class instances
  if (variant !== 'free') assert.equal(s.mode, variant);
  const total = totalScore(pack, s);
  assert.ok(total >= 0 && total <= totalMax(pack, { skipped: [] }), `total ${total} outside 0–${totalMax(pack, { skipped: [] })}`);
  for (const { level, round } of rounds) {
    const r = s.records[level]?.[round.id];
    if (r) checkRecord(round, r);
  }
  const round = pack.levels[s.level]?.rounds[s.round];
  if (s.draft) {
    assert.equal(s.phase, 'round');
    checkDraft(round!, s.draft, s.mode !== 'solo');
  }
}

/** Plays the commands, checking every state; returns the actions taken and the final state. */
function walk(cmds: readonly Cmd[], variant: Variant): { actions: Action[]; state: GameState } {
  let s = startState(variant);
  const actions: Action[] = [];
  checkState(s, variant);
  for (const c of cmds) {
    const options = choices(s, variant, c.progress);
    const a = options[c.pick % options.length]!;
    const out = reduce(pack, deepFreeze(s), a);
    if (!out.ok) throw new Error(`legal action ${JSON.stringify(a)} rejected: ${out.error.code}`);
    actions.push(a);
    s = out.state;
    checkState(s, variant);
  }
  return { actions, state: s };
}

function replay(actions: readonly Action[], variant: Variant): GameState {
  return actions.reduce<GameState>((s, a) => {
    const out = reduce(pack, s, a);
    if (!out.ok) throw new Error(`replayed ${JSON.stringify(a)} rejected: ${out.error.code}`);
    return out.state;
  }, startState(variant));
}

describe.each<Variant>(['solo', 'teams', 'all', 'free'])('debate pack, %s play', (variant) => {
  it('scores stay within 0–100 per round and per team, the total within totalMax; cards are never in two places; JSON-safe', () => {
    fc.assert(
      fc.property(arbCmds(200), (cmds) => void walk(cmds, variant)),
      { numRuns: 150 },
    );
  });

  it('is deterministic: replaying the same actions from the start gives a deep-equal state', () => {
    fc.assert(
      fc.property(arbCmds(150), (cmds) => {
        const { actions, state } = walk(cmds, variant);
        expect(replay(actions, variant)).toEqual(state);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the walks reach what the properties are about', () => {
  it('long progress-heavy walks confirm case rounds (with team scores in team play) and reach the end', () => {
    for (const variant of ['solo', 'teams'] as const) {
      const seen = { case: 0, teamScores: 0, end: 0 };
      fc.assert(
        fc.property(fc.array(fc.record({ progress: fc.constant(true), pick: fc.nat() }), { minLength: 300, maxLength: 300 }), (cmds) => {
          const { state } = walk(cmds, variant);
          const cased = state.records['the-plan']?.['case-spring'];
          if (cased) seen.case++;
          if (cased?.teamScores) seen.teamScores++;
          if (state.phase === 'pollAfter' || state.phase === 'final') seen.end++;
        }),
        { numRuns: 10, seed: 42 },
      );
      expect(seen.case).toBeGreaterThan(0);
      expect(seen.teamScores > 0).toBe(variant === 'teams');
      expect(seen.end).toBeGreaterThan(0);
    }
  });
});
