/**
 * Properties of the reducer over random action sequences. At each step the sequence either takes
 * a random legal action (from legalActions) or tries a random action that may well be illegal.
 * Runs on the mini pack, and on the real cecot pack once it loads. Debate rounds (no options) are
 * driven through by completeDebate from helpers.ts; debate-properties.test.ts covers them in depth.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { screenOf } from '../../src/core/screens/screen';
import { legalActions } from '../../src/core/rules/legalActions';
import { PHASES, initialState, inSession, reduce, currentRound, isLevelComplete, type Action, type GameState } from '../../src/core/rules/game';
import { roundOptions, type RoundOption } from '../../src/core/rules/options';
import { totalMax, totalScore } from '../../src/core/rules/progress';
import type { Pack } from '../../src/core/pack/schema';
import { CECOT_DIR, MINI_PACK_DIR, completeDebate, deepFreeze, loadPackDir, loadValidPack } from './helpers';

/** The same action however its object was built: keys sorted, all the way down. */
const canonical = (x: unknown): unknown =>
  x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(
        Object.entries(x)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, canonical(v)]),
      )
    : x;
const key = (a: Action): string => JSON.stringify(canonical(a));

function arbAction(pack: Pack): fc.Arbitrary<Action> {
  const optionIds = [...new Set(pack.levels.flatMap((l) => l.rounds.flatMap((r) => roundOptions(pack, r).map((o) => o.id))))];
  const quoteIds = pack.manifest.quotes.map((q) => q.id);
  const simple = (['next', 'back', 'confirm', 'openMenu', 'closeMenu', 'closeSource', 'toTitle', 'toLevelSelect', 'restart'] as const).map((type): Action => ({
    type,
  }));
  return fc.oneof(
    fc.constantFrom(...simple),
    fc.integer({ min: -2, max: pack.levels.length + 1 }).map((level): Action => ({ type: 'openLevel', level })),
    fc.oneof(fc.constantFrom(...optionIds), fc.string({ maxLength: 4 })).map((option): Action => ({ type: 'choose', option })),
    fc.oneof(fc.constantFrom(...quoteIds), fc.string({ maxLength: 4 })).map((quote): Action => ({ type: 'showSource', quote })),
  );
}

/**
 * One step of a random walk: a random legal action, a random (maybe illegal) action, or a
 * "forward" move (close an overlay, answer with a random option, confirm, next) so that walks
 * also reach the deep states (summaries, final, replays) that purely random legal moves rarely do.
 */
type Cmd = { kind: 'legal' | 'forward'; pick: number } | { kind: 'any'; action: Action };

function arbCmds(pack: Pack, maxLength: number): fc.Arbitrary<Cmd[]> {
  const cmd = fc.oneof(
    { weight: 2, arbitrary: fc.nat().map((pick): Cmd => ({ kind: 'legal', pick })) },
    { weight: 3, arbitrary: fc.nat().map((pick): Cmd => ({ kind: 'forward', pick })) },
    { weight: 1, arbitrary: arbAction(pack).map((action): Cmd => ({ kind: 'any', action })) },
  );
  return fc.array(cmd, { maxLength, size: 'max' });
}

/** Invariants of every reachable state. */
function checkState(pack: Pack, s: GameState): void {
  expect(PHASES).toContain(s.phase);
  expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  const total = totalScore(pack, s);
  expect(total).toBeGreaterThanOrEqual(0);
  expect(total).toBeLessThanOrEqual(totalMax(pack, { skipped: [] }));
  expect(legalActions(pack, s).length).toBeGreaterThan(0);
  if (s.phase === 'round') {
    const ids = roundOptions(pack, currentRound(pack, s)!).map((o) => o.id);
    for (const o of s.selection) expect(ids).toContain(o);
  } else {
    expect(s.selection).toEqual([]);
  }
}

function forward(pack: Pack, s: GameState, pick: number): Action {
  if (s.overlay) return { type: s.overlay.kind === 'menu' ? 'closeMenu' : s.overlay.kind === 'article' ? 'closeArticle' : 'closeSource' };
  if (s.phase === 'final') return { type: 'back' };
  // A session needs at least one level: put the first back if the walk left every one out.
  if (s.phase === 'setup' && s.skipped.length === pack.levels.length) return { type: 'toggleLevel', level: 0 };
  if (s.phase !== 'round' || s.discussing) return { type: 'next' };
  // a debate round: mostly the move that completes the draft, sometimes any legal debate move
  const debate = completeDebate(pack, s);
  if (debate) {
    const moves = legalActions(pack, s).filter((a) => a.type === 'debate');
    return pick % 3 === 0 && moves.length > 0 ? moves[pick % moves.length]! : debate;
  }
  const options = roundOptions(pack, currentRound(pack, s)!);
  if (s.mode === 'all') {
    const missing = s.teamPicks.findIndex((p) => p.length === 0);
    if (missing < 0 && pick % 3 !== 0) return { type: 'confirm' };
    if (missing >= 0 && missing !== s.activeTeam) return { type: 'setActiveTeam', team: missing };
    return { type: 'choose', option: options[pick % options.length]!.id };
  }
  if (s.selection.length > 0 && pick % 3 !== 0) return { type: 'confirm' };
  return { type: 'choose', option: options[pick % options.length]!.id };
}

/** Plays a command sequence, checking every step; returns the state it ends in. */
function walk(pack: Pack, cmds: readonly Cmd[]): GameState {
  let s = initialState();
  checkState(pack, s);
  for (const c of cmds) {
    const legal = legalActions(pack, s);
    const a = c.kind === 'any' ? c.action : c.kind === 'legal' ? legal[c.pick % legal.length]! : forward(pack, s, c.pick);
    const before = structuredClone(s);
    const out = reduce(pack, deepFreeze(s), a);
    expect(s).toEqual(before); // never mutated, so a rejected action leaves the caller's state as it was
    expect(out.ok).toBe(legal.some((l) => key(l) === key(a))); // legalActions is exactly what reduce accepts
    if (c.kind !== 'any') expect(out.ok).toBe(true);
    if (out.ok) s = out.state;
    checkState(pack, s);
  }
  return s;
}

/** What a driver picks in a round, given the round's options. */
type Picker = (options: RoundOption[]) => string[];
const firstOption: Picker = (o) => [o[0]!.id];
const supportedOptions: Picker = (o) => o.filter((x) => x.verdict === 'supported').map((x) => x.id);

function stepBound(pack: Pack): number {
  return 10 + pack.levels.reduce((n, l) => n + 3 + l.rounds.length * 20, 0);
}

/** Closes overlays, answers each open round with the picker's options, presses next: until final. */
function drive(pack: Pack, from: GameState, pick: Picker): { state: GameState; steps: number } {
  let s = from;
  const apply = (a: Action): void => {
    const out = reduce(pack, s, a);
    if (!out.ok) throw new Error(`driver's ${key(a)} rejected in ${s.phase}: ${out.error.code}`);
    s = out.state;
  };
  for (let steps = 0; steps <= stepBound(pack); steps++) {
    if (s.phase === 'final' && !s.overlay) return { state: s, steps };
    if (s.overlay?.kind === 'source') apply({ type: 'closeSource' });
    else if (s.overlay?.kind === 'menu') apply({ type: 'closeMenu' });
    else if (s.overlay?.kind === 'article') apply({ type: 'closeArticle' });
    else if (s.phase === 'round' && s.discussing) apply({ type: 'next' });
    else if (s.phase === 'setup' && s.skipped.length === pack.levels.length) apply({ type: 'toggleLevel', level: 0 });
    else if (s.phase === 'round' && s.draft) apply(completeDebate(pack, s)!);
    else if (s.phase === 'round' && s.mode === 'all') {
      // Every team answering: enter the picker's answer for each team still without one.
      s.teamPicks.forEach((picks, t) => {
        if (picks.length > 0) return;
        apply({ type: 'setActiveTeam', team: t });
        for (const option of pick(roundOptions(pack, currentRound(pack, s)!))) apply({ type: 'choose', option });
      });
      apply({ type: 'confirm' });
    } else if (s.phase === 'round') {
      if (s.selection.length === 0) for (const option of pick(roundOptions(pack, currentRound(pack, s)!))) apply({ type: 'choose', option });
      apply({ type: 'confirm' });
    } else apply({ type: 'next' });
  }
  throw new Error(`driver did not reach final within ${stepBound(pack)} steps (stuck in ${s.phase})`);
}

/** Score and maximum over the answer rounds only (debate rounds have no options to pick). */
function answerRounds(pack: Pack, s: GameState): { score: number; max: number } {
  const rounds = pack.levels.flatMap((l) => l.rounds.filter((r) => roundOptions(pack, r).length > 0).map((r) => s.records[l.id]?.[r.id]));
  return { score: rounds.reduce((n, r) => n + (r?.score ?? 0), 0), max: 100 * rounds.length };
}

/** Picking the supported option(s) is worth 100 a round; with no debate rounds that is totalMax. */
function expectBestAnswers(pack: Pack, s: GameState): void {
  const { score, max } = answerRounds(pack, s);
  expect(score).toBe(max);
  if (max === totalMax(pack, { skipped: [] })) expect(totalScore(pack, s)).toBe(totalMax(pack, { skipped: [] }));
}

/** 200 walks of 120 moves take 9 s alone; two cores shared with the other test files, more. */
const WALK_TIMEOUT = 90_000;

function properties(label: string, pack: Pack | undefined): void {
  describe(label, () => {
    const runs = { numRuns: label.startsWith('mini') ? 200 : 60 };

    it.skipIf(!pack)(
      'reachable states: score within [0, totalMax], some legal action, JSON-safe; rejections change nothing',
      () => {
        fc.assert(
          fc.property(arbCmds(pack!, 120), (cmds) => void walk(pack!, cmds)),
          runs,
        );
      },
      WALK_TIMEOUT,
    );

    it.skipIf(!pack)(
      'final results are reachable from every reachable state',
      () => {
        fc.assert(
          fc.property(arbCmds(pack!, 120), (cmds) => {
            const { state } = drive(pack!, walk(pack!, cmds), firstOption);
            expect(state.phase).toBe('final');
            // Every level of the session is done (the teacher may have left some out), unless the
            // walk ended the session early: then the results are out of the rounds played only.
            const final = screenOf(pack!, state);
            const done = pack!.levels.every((_, i) => !inSession(pack!, state, i) || isLevelComplete(pack!, state, i));
            if (final.kind !== 'final') throw new Error('not the results');
            if (done) expect(final.levels.every((l) => l.status === 'complete' || l.status === 'leftOut' || !l.included)).toBe(true);
            expect(final.max).toBe(100 * final.levels.reduce((n, l) => n + l.answered, 0));
            expect(final.total).toBeLessThanOrEqual(final.max);
            checkState(pack!, state);
          }),
          runs,
        );
      },
      WALK_TIMEOUT,
    );

    it.skipIf(!pack)('always picking the supported option(s) scores 100 in every answer round (totalMax without debates)', () => {
      const { state } = drive(pack!, initialState(), supportedOptions);
      expect(state.phase).toBe('final');
      expect(totalMax(pack!, { skipped: [] })).toBe(100 * pack!.levels.reduce((n, l) => n + l.rounds.length, 0));
      expectBestAnswers(pack!, state);
    });

    it.skipIf(!pack)('after any history, restarting and picking the supported option(s) scores 100 in every answer round', () => {
      fc.assert(
        fc.property(arbCmds(pack!, 60), (cmds) => {
          const s = walk(pack!, cmds);
          const restarted = [
            { type: 'closeSource' },
            { type: 'closeArticle' },
            { type: 'closeMenu' },
            { type: 'openMenu' },
            { type: 'restart' },
          ].reduce<GameState>((acc, a) => {
            const out = reduce(pack!, acc, a as Action);
            return out.ok ? out.state : acc;
          }, s);
          // Starting over clears the game but keeps the teacher's settings and the class's teams.
          const { timerSeconds, scoreboard, scoreboardShows, discuss, discussSeconds, autoAdvance, teams, confidence } = s;
          expect(restarted).toEqual({
            ...initialState(restarted.seed),
            timerSeconds,
            scoreboard,
            scoreboardShows,
            discuss,
            discussSeconds,
            autoAdvance,
            teams,
            confidence,
          });
          expectBestAnswers(pack!, drive(pack!, restarted, supportedOptions).state);
        }),
        { numRuns: 30 },
      );
    });
  });
}

const cecot = loadPackDir(CECOT_DIR);

properties('mini pack', loadValidPack(MINI_PACK_DIR));
// Skipped (not failed) until every level file of the real pack is written and the pack validates;
// cecot-pack.test.ts is what fails meanwhile.
properties('cecot-2025 pack', cecot.ok ? cecot.pack : undefined);
