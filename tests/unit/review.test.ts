/**
 * Back from a pick round's reveal: the same round's question again, read-only ("review"). The
 * recorded pick shows as picked, nothing runs, picks and confirming are refused, Next shows the
 * reveal again, Back goes on to the round before (or the level's intro). Every pick here is the
 * first option as this session shows it, whatever it scores: nothing depends on where the right answer sits.
 */
import { describe, expect, it } from 'vitest';
import { initialState, reduce, type Action, type GameState } from '../../src/core/rules/game';
import { legalActions } from '../../src/core/rules/legalActions';
import { totalScore, teamTotals } from '../../src/core/rules/progress';
import { screenOf, type Screen } from '../../src/core/screens/screen';
import type { Mode } from '../../src/core/rules/debate';
import type { Pack } from '../../src/core/pack/schema';
import { fitsPack, loadSaved } from '../../src/state/persistence';
import { save } from '../../src/state/saveSlot';
import { DEFAULT_SETTINGS } from '../../src/state/store';
import { A, DEBATE_PACK_DIR, MINI_PACK_DIR, completeDebate, loadValidPack, memoryStorage, rejects, run, step } from './helpers';

const mini = loadValidPack(MINI_PACK_DIR);
const debatePack = loadValidPack(DEBATE_PACK_DIR);

type RoundScreen = Extract<Screen, { kind: 'round' }>;
const roundScreen = (pack: Pack, s: GameState): RoundScreen => {
  const screen = screenOf(pack, s);
  if (screen.kind !== 'round') throw new Error(`expected the question view, got ${screen.kind}`);
  return screen;
};
const where = (s: GameState) => ({ phase: s.phase, level: s.level, round: s.round });
const selectedIds = (screen: RoundScreen) => screen.options.filter((o) => o.selected).map((o) => o.id);

/** From the title to the first round of the first level, in this mode (the teacher's settings applied in the setup's menu). */
function firstRound(pack: Pack, mode: Mode, settings: Action[] = []): GameState {
  let s = run(pack, initialState(5), [{ type: 'startSession', mode, seed: 5 }, A.openMenu, ...settings, A.closeMenu]);
  for (let i = 0; i < 10 && s.phase !== 'round'; i++) s = step(pack, s, A.next);
  expect(s.phase).toBe('round');
  return s;
}

/** Answers the round on screen with the options shown first (the first `count`; every team alike when all teams answer). */
function answer(pack: Pack, s: GameState, count = 1): GameState {
  const debate = completeDebate(pack, s);
  if (debate) {
    let d = s;
    while (d.phase === 'round') d = step(pack, d, completeDebate(pack, d)!);
    return d;
  }
  const ids = roundScreen(pack, s)
    .options.slice(0, count)
    .map((o) => o.id);
  if (s.mode !== 'all') return run(pack, s, [...ids.map(A.choose), A.confirm]);
  let t = s;
  for (let team = 0; team < s.teams.length; team++) t = run(pack, t, [{ type: 'setActiveTeam', team }, ...ids.map(A.choose)]);
  return step(pack, t, A.confirm);
}

const recordOf = (pack: Pack, s: GameState) => s.records[pack.levels[s.level]!.id]![pack.levels[s.level]!.rounds[s.round]!.id]!;

describe('back from a reveal: the question again, as it was answered', () => {
  const reveal0 = answer(mini, firstRound(mini, 'solo'));
  const review0 = step(mini, reveal0, A.back);

  it('is the same round, read-only, with the pick shown as picked', () => {
    expect(where(reveal0)).toMatchObject({ phase: 'reveal', round: 0 });
    expect(where(review0)).toEqual({ phase: 'review', level: reveal0.level, round: 0 });
    const screen = roundScreen(mini, review0);
    expect(screen.review).toBe(true);
    expect(selectedIds(screen)).toEqual(recordOf(mini, reveal0).picked);
    expect(recordOf(mini, reveal0).picked).toHaveLength(1);
    expect(screen.canConfirm).toBe(false);
    expect(screen.allAnswer).toBeNull();
    // A live question is not a review.
    expect(roundScreen(mini, firstRound(mini, 'solo')).review).toBe(false);
  });

  it('shows nothing the question itself would not: only the pick is marked, never the right answer', () => {
    const picked = recordOf(mini, reveal0).picked;
    const asAsked = roundScreen(mini, { ...review0, phase: 'round', selection: picked });
    const screen = roundScreen(mini, review0);
    expect(screen.options).toEqual(asAsked.options);
    expect(screen.prompt).toBe(asAsked.prompt);
  });

  it('refuses picks, confirming and the timer as answered; records and scores never change', () => {
    for (const o of roundScreen(mini, review0).options) rejects(mini, review0, A.choose(o.id), 'answered');
    rejects(mini, review0, A.confirm, 'answered');
    rejects(mini, review0, { type: 'tick', now: 5000 }, 'answered');
    rejects(mini, review0, { type: 'timer', op: 'add', now: 0 }, 'answered');
    rejects(mini, review0, { type: 'setActiveTeam', team: 0 }, 'answered');
    rejects(mini, review0, { type: 'showSource', quote: mini.manifest.quotes[0]!.id }, 'wrong-phase');
    const legal = legalActions(mini, review0).map((a) => a.type);
    expect(legal).toEqual(expect.arrayContaining(['next', 'back', 'openMenu', 'endSession']));
    expect(legal).not.toContain('choose');
    expect(legal).not.toContain('confirm');
    expect(review0.records).toEqual(reveal0.records);
    expect(totalScore(mini, review0)).toBe(totalScore(mini, reveal0));
  });

  it('Next shows the reveal again, exactly as it was', () => {
    expect(step(mini, review0, A.next)).toEqual(reveal0);
  });

  it("Back from it goes to the level's intro from round 0, and to the previous round's reveal after", () => {
    expect(where(step(mini, review0, A.back))).toEqual({ phase: 'levelIntro', level: reveal0.level, round: 0 });
    const reveal1 = answer(mini, step(mini, reveal0, A.next));
    const review1 = step(mini, reveal1, A.back);
    expect(where(review1)).toEqual({ phase: 'review', level: reveal1.level, round: 1 });
    // Round 0's reveal, with both answers kept.
    expect(step(mini, review1, A.back)).toEqual({ ...reveal0, records: reveal1.records });
    // An open question's Back is as before: the round before's reveal, not its review.
    expect(where(step(mini, step(mini, reveal1, A.next), A.back))).toEqual(where(reveal1));
  });

  it('runs no timer and no discussion, and Next does not restart them', () => {
    const timed = firstRound(mini, 'solo', [
      { type: 'setTimer', seconds: 30 },
      { type: 'setDiscuss', on: true },
      { type: 'setDiscussSeconds', seconds: 60 },
    ]);
    expect(timed.discussing).toBe(true);
    expect(timed.timer).not.toBeNull();
    const revealed = answer(mini, step(mini, timed, A.next));
    const review = step(mini, revealed, A.back);
    expect(review).toMatchObject({ timer: null, discussTimer: null, discussing: false, locked: false, selection: [], draft: null });
    const screen = roundScreen(mini, review);
    expect(screen).toMatchObject({ clock: null, discussClock: null, discussing: false, locked: false });
    expect(step(mini, review, A.next)).toEqual(revealed);
  });

  it('a pick-all round shows every recorded pick', () => {
    let s = firstRound(mini, 'solo');
    for (let i = 0; i < 40 && !(s.phase === 'round' && roundScreen(mini, s).multi); i++) s = s.phase === 'round' ? answer(mini, s) : step(mini, s, A.next);
    const review = step(mini, answer(mini, s, 2), A.back);
    const picked = recordOf(mini, review).picked;
    expect(picked).toHaveLength(2);
    expect(selectedIds(roundScreen(mini, review)).sort()).toEqual([...picked].sort());
  });

  it("teams taking turns: the answering team's pick, and the team", () => {
    const reveal = answer(mini, firstRound(mini, 'teams'));
    const review = step(mini, reveal, A.back);
    const screen = roundScreen(mini, review);
    expect(selectedIds(screen)).toEqual(recordOf(mini, reveal).picked);
    expect(screen.team).toBe(recordOf(mini, reveal).team);
    expect(teamTotals(mini, review)).toEqual(teamTotals(mini, reveal));
  });

  it('every team answering: no per-team marks (the reveal has the rows), no team being entered for', () => {
    const reveal = answer(mini, firstRound(mini, 'all'));
    const review = step(mini, reveal, A.back);
    const screen = roundScreen(mini, review);
    expect(screen.review).toBe(true);
    expect(selectedIds(screen)).toEqual([]);
    expect(screen.allAnswer).toBeNull();
    expect(review.teamPicks).toEqual([]);
    expect(review.records).toEqual(reveal.records);
    expect(step(mini, review, A.next)).toEqual(reveal);
  });

  it("a debate round's scorecard goes back to the round before, as it did; a pick round after it reviews", () => {
    const caseReveal = answer(debatePack, firstRound(debatePack, 'solo'));
    expect(screenOf(debatePack, caseReveal).kind).toBe('debateReveal');
    expect(step(debatePack, caseReveal, A.back).phase).toBe('levelIntro');
    const pickReveal = answer(debatePack, step(debatePack, caseReveal, A.next));
    expect(screenOf(debatePack, pickReveal).kind).toBe('reveal');
    const review = step(debatePack, pickReveal, A.back);
    expect(review.phase).toBe('review');
    expect(step(debatePack, review, A.back)).toEqual({ ...caseReveal, records: review.records });
  });

  it('round-trips through the save, and a review of an unanswered or debate round is not loaded', () => {
    const storage = memoryStorage();
    expect(save(storage, mini, review0, DEFAULT_SETTINGS)).toEqual({ ok: true });
    expect(loadSaved(storage, mini)).toEqual({ kind: 'loaded', game: review0, settings: DEFAULT_SETTINGS });
    expect(fitsPack(mini, review0)).toBe(true);
    expect(fitsPack(mini, { ...review0, round: 1 })).toBe(false);
    const caseReveal = answer(debatePack, firstRound(debatePack, 'solo'));
    expect(fitsPack(debatePack, { ...caseReveal, phase: 'review' })).toBe(false);
    expect(reduce(mini, review0, A.back).ok).toBe(true);
  });
});
