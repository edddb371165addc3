/** "What does the article actually say?" Says so / says otherwise / doesn't say, in that order. */
import type { RoundOf } from '../pack/schema';
import { CLAIM_ANSWERS } from '../rules/choices';
import type { PickKind } from './kind';
import { optionEvidence, supportedEvidence } from './pick';

type R = RoundOf<'claim'>;
const options = (round: R) => round.options.map((o) => ({ ...o, claimAnswer: o.id, evidence: [...o.evidence] }));

export const claim: PickKind<R> = {
  family: 'pick',
  multi: false,
  // Claim answers keep their natural order whatever the pack's, so the letters mean the same every round.
  order: (round) => ({ ...round, options: [...round.options].sort((a, b) => CLAIM_ANSWERS.indexOf(a.id) - CLAIM_ANSWERS.indexOf(b.id)) }),
  options: (_pack, round) => options(round),
  stem: (_pack, round) => ({ claim: round.claim }),
  revealEvidence: (_pack, round) => optionEvidence(options(round)),
  bestEvidence: (_pack, round) => supportedEvidence(options(round)),
};
