/**
 * What a round kind is: everything the game needs to know about one `type` of round, in one
 * module per kind (its schema and pack checks beside it in <kind>.schema.ts). The reducer, the
 * screen model, the results and the validator read kinds only through the registry, so a kind
 * is added in one place and a missing piece is a compile error.
 *
 * Two families, as boardgame.io has phases: answer-picking kinds ("pick") show options and score
 * the picks by their verdicts; drafted kinds ("draft") hold a draft that moves change and that
 * "confirm" steps through and finally scores.
 */
import type { Pack, Round, RoundOf, RoundType, ScalePosition, Stance } from '../pack/schema';
import type { Draft, GameState, Mode, RoundRecord, Team } from '../rules/stateSchema';
import type { RoundOption } from '../rules/options';
import type { DebateResult, Group } from '../rules/debateScoring';
import type { OptionView, QuoteView, RoundHeader } from '../screens/views';

/** Shuffles one of a round's lists in this session's order (see order.ts); `name` keys the list. */
export type Shuffle = <T>(items: readonly T[], name: string, pinned?: (item: T) => boolean) => T[];

export type DebateMove =
  | { kind: 'stance'; stance: Stance }
  | { kind: 'play'; card: string }
  | { kind: 'undo' }
  | { kind: 'concede'; card: string | null }
  | { kind: 'hold'; quote: string }
  | { kind: 'assign'; speaker: string }
  | { kind: 'sort'; speaker: string; group: Group }
  | { kind: 'place'; position: ScalePosition };

export type MoveResult = { ok: true; draft: Draft } | { ok: false; message: string };

/** Confirming a draft: its next step, its final score, or why it is not ready. */
export type ConfirmResult =
  | { kind: 'step'; draft: Draft }
  | { kind: 'scored'; score: number; sideScores?: [number, number]; results: DebateResult[] }
  | { kind: 'not-ready'; message: string };

/** What a recap says a round's sources supported. */
export interface RecapFacts {
  best: OptionView[];
  evidence: QuoteView[];
  claim?: string;
  expertsView?: 'for' | 'against' | 'open';
  /** Verdict rounds: the best stop on the scale, by the pack's label for it. */
  bestPosition?: string;
  /** Who's-who rounds: who is an expert and who an interested party, in the pack's words. */
  note?: string;
}

/** What an answer-picking question shows above its options. */
export interface PickStem {
  claim?: string;
  quote?: QuoteView;
  /** Rebuttal rounds: the made-up opponent and their claim. */
  opponent?: { name: string; line: string };
}

interface KindBase<R extends Round> {
  /** The round with its lists in this session's order. */
  order(round: R, shuffle: Shuffle): R;
  /** Every quote the reveal can show, so "show in article" can open any of them. */
  revealEvidence(pack: Pack, round: R): string[];
  /** The quotes behind the best answer (for results and exports). */
  bestEvidence(pack: Pack, round: R): string[];
}

export interface PickKind<R extends Round> extends KindBase<R> {
  family: 'pick';
  /** Any number of options may be picked (per-option credit), or exactly one. */
  multi: boolean;
  options(pack: Pack, round: R): RoundOption[];
  stem(pack: Pack, round: R): PickStem;
}

/** Context a drafted kind's screens need from the session. */
export interface DraftContext {
  s: GameState;
  header: RoundHeader;
  /** Team play: the teams that argue a case debate's two sides (null in solo play). */
  sides: [Team, Team] | null;
}

export interface DraftKind<R extends Round, D extends Draft, S, V> extends KindBase<R> {
  family: 'draft';
  newDraft(round: R): D;
  move(round: R, d: D, m: DebateMove, mode: Mode): MoveResult;
  confirm(pack: Pack, round: R, d: D, mode: Mode): ConfirmResult;
  /** Every move worth trying (for the legal-action list and tests). */
  candidates(round: R): DebateMove[];
  screen(pack: Pack, round: R, d: D, ctx: DraftContext & { canConfirm: boolean }): S;
  reveal(pack: Pack, round: R, record: RoundRecord, ctx: DraftContext): V;
  recap(pack: Pack, round: R): RecapFacts;
  /**
   * The keyboard (and clicker) move for a key on this kind's screen, or null when the key means
   * nothing here. `at` is the key as a 0-based place: its digit (1–9) and its letter (a–h).
   */
  key(screen: S, key: string, at: KeyPlace): KeyMove | null;
}

export interface KeyPlace {
  digit: number;
  letter: number;
}

/** What a key does on a drafted round's screen: a move, or locking in the step. */
export type KeyMove = { type: 'debate'; move: DebateMove } | { type: 'confirm' };

export type AnyDraftKind = DraftKind<any, any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type RoundKind<K extends RoundType> = PickKind<RoundOf<K>> | DraftKind<RoundOf<K>, any, unknown, unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any
