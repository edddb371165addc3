/** "Which of these did the experts raise?" Any number of picks, each option judged on its own. */
import type { RoundOf } from '../pack/schema';
import type { PickKind } from './kind';
import { optionEvidence, supportedEvidence } from './pick';

type R = RoundOf<'multi'>;
const options = (round: R) => round.options.map((o) => ({ ...o, evidence: [...o.evidence] }));

export const multi: PickKind<R> = {
  family: 'pick',
  multi: true,
  order: (round, shuffle) => ({ ...round, options: shuffle(round.options, 'options', (o) => o.pinned === true) }),
  options: (_pack, round) => options(round),
  stem: () => ({}),
  revealEvidence: (_pack, round) => optionEvidence(options(round)),
  bestEvidence: (_pack, round) => supportedEvidence(options(round)),
};
