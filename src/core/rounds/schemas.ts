/**
 * Every round kind's schema and pack checks, by type: loaded with the validator only (zod
 * stays out of start-up). The runtime half of each kind is in registry.ts; both are keyed by
 * the same `type`, so a kind missing from either is a compile error.
 */
import { z } from 'zod';
import type { Checker } from '../pack/validateRounds';
import { CaseRound, checkCase } from './case.schema';
import { checkChoice, ChoiceRound } from './choice.schema';
import { checkClaim, ClaimRound } from './claim.schema';
import { checkMulti, MultiRound } from './multi.schema';
import { checkRebuttal, RebuttalRound } from './rebuttal.schema';
import { checkStronger, StrongerRound } from './stronger.schema';
import { checkVerdict, VerdictRound } from './verdict.schema';
import { checkWho, WhoRound } from './who.schema';
import { checkWhosWho, WhosWhoRound } from './whoswho.schema';

export const Round = z.discriminatedUnion('type', [
  ChoiceRound,
  ClaimRound,
  WhoRound,
  MultiRound,
  RebuttalRound,
  StrongerRound,
  CaseRound,
  WhosWhoRound,
  VerdictRound,
]);

type AnyRound = z.infer<typeof Round>;
type Check<K extends AnyRound['type']> = (round: Extract<AnyRound, { type: K }>, at: string, c: Checker) => void;

/** The pack checks of each kind, beyond its schema: references, verdicts, its own rules. */
export const ROUND_CHECKS: { readonly [K in AnyRound['type']]: Check<K> } = {
  choice: checkChoice,
  claim: checkClaim,
  who: checkWho,
  multi: checkMulti,
  rebuttal: checkRebuttal,
  stronger: checkStronger,
  case: checkCase,
  whoswho: checkWhosWho,
  verdict: checkVerdict,
};

export function checkRound(round: AnyRound, at: string, c: Checker): void {
  (ROUND_CHECKS[round.type] as (r: AnyRound, at: string, c: Checker) => void)(round, at, c);
}
