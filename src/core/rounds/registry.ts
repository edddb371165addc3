/**
 * Every round kind by its `type`: the one table the reducer, the screen model, the results and
 * the exports read. A kind in the schema without an entry here (or the other way round) does
 * not compile. Each kind's schema and pack checks are in schemas.ts, loaded with the validator.
 */
import type { Pack, Round, RoundType } from '../pack/schema';
import type { Draft, Mode } from '../rules/stateSchema';
import type { RoundOption } from '../rules/options';
import { caseKind } from './case';
import { choice } from './choice';
import { claim } from './claim';
import type { AnyDraftKind, ConfirmResult, DebateMove, KeyMove, KeyPlace, MoveResult, PickKind, RoundKind, Shuffle } from './kind';
import { multi } from './multi';
import { rebuttal } from './rebuttal';
import { stronger } from './stronger';
import { verdict } from './verdict';
import { who } from './who';
import { whoswho } from './whoswho';

export const ROUND_KINDS: { readonly [K in RoundType]: RoundKind<K> } = {
  choice,
  claim,
  who,
  multi,
  rebuttal,
  stronger,
  case: caseKind,
  whoswho,
  verdict,
};

/** The kinds whose rounds hold a draft (debates), as a type. */
export type DraftType = { [K in RoundType]: (typeof ROUND_KINDS)[K] extends { family: 'draft' } ? K : never }[RoundType];

// The registry is typed per key; reading it through a round of unknown kind needs one widening.
const kindOf = (round: Round) => ROUND_KINDS[round.type] as PickKind<Round> | AnyDraftKind;

export const pickKind = (round: Round): PickKind<Round> | null => {
  const k = kindOf(round);
  return k.family === 'pick' ? k : null;
};
export const draftKind = (round: Round): AnyDraftKind | null => {
  const k = kindOf(round);
  return k.family === 'draft' ? k : null;
};

export const isDraftRound = (round: Round): boolean => kindOf(round).family === 'draft';

export const orderRound = (round: Round, shuffle: Shuffle): Round => kindOf(round).order(round, shuffle);

/** The options of an answer-picking round (none for a drafted one). */
export const optionsOf = (pack: Pack, round: Round): RoundOption[] => pickKind(round)?.options(pack, round) ?? [];

export const isMultiSelect = (round: Round): boolean => pickKind(round)?.multi ?? false;

export const revealEvidence = (pack: Pack, round: Round): string[] => kindOf(round).revealEvidence(pack, round);

export const bestEvidence = (pack: Pack, round: Round): string[] => kindOf(round).bestEvidence(pack, round);

export function newDraft(round: Round): Draft | null {
  return draftKind(round)?.newDraft(round) ?? null;
}

/** A draft belongs to its round's kind (a who's-who draft never meets a case round). */
const fits = (round: Round, d: Draft) => d.kind === round.type;

export function applyMove(round: Round, d: Draft, m: DebateMove, mode: Mode): MoveResult {
  const k = draftKind(round);
  return k && fits(round, d) ? k.move(round, d, m, mode) : { ok: false, message: 'this round takes no debate moves' };
}

export function confirmDraft(pack: Pack, round: Round, d: Draft, mode: Mode): ConfirmResult {
  const k = draftKind(round);
  return k && fits(round, d) ? k.confirm(pack, round, d, mode) : { kind: 'not-ready', message: 'this round takes no debate moves' };
}

/** The round kind behind each drafted round's screen. */
const DRAFT_SCREENS = { case: caseKind, whoswho, verdictRound: verdict } as const;

/** What a key does on a drafted round's screen (see each kind's `key`), or null. */
export function draftKeyMove(screen: { kind: keyof typeof DRAFT_SCREENS }, key: string, at: KeyPlace): KeyMove | null {
  return (DRAFT_SCREENS[screen.kind] as AnyDraftKind).key(screen, key, at);
}

export function candidateMoves(round: Round): DebateMove[] {
  return draftKind(round)?.candidates(round) ?? [{ kind: 'undo' }];
}
