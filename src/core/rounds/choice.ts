/** "Which of these is right?" One answer, scored by its verdict. */
import type { RoundOf } from '../pack/schema';
import type { PickKind } from './kind';
import { optionEvidence, supportedEvidence } from './pick';

type R = RoundOf<'choice'>;
const options = (round: R) => round.options.map((o) => ({ ...o, evidence: [...o.evidence] }));

export const choice: PickKind<R> = {
  family: 'pick',
  multi: false,
  order: (round, shuffle) => ({ ...round, options: shuffle(round.options, 'options', (o) => o.pinned === true) }),
  options: (_pack, round) => options(round),
  stem: () => ({}),
  revealEvidence: (_pack, round) => optionEvidence(options(round)),
  bestEvidence: (_pack, round) => supportedEvidence(options(round)),
};
