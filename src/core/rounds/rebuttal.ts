/** A made-up opponent makes a claim; pick the quote that answers it best. */
import type { Pack, RoundOf } from '../pack/schema';
import type { RoundOption } from '../rules/options';
import type { PickKind } from './kind';
import { optionEvidence, supportedEvidence } from './pick';

type R = RoundOf<'rebuttal'>;

function options(pack: Pack, round: R): RoundOption[] {
  return round.options.map((o) => ({
    id: o.id,
    quote: o.quote,
    speaker: pack.manifest.quotes.find((q) => q.id === o.quote)?.speaker,
    verdict: o.verdict,
    evidence: [o.quote],
    explanation: o.explanation,
  }));
}

export const rebuttal: PickKind<R> = {
  family: 'pick',
  multi: false,
  order: (round, shuffle) => ({ ...round, options: shuffle(round.options, 'options', (o) => o.pinned === true) }),
  options,
  stem: (_pack, round) => ({ opponent: round.opponent }),
  revealEvidence: (pack, round) => optionEvidence(options(pack, round)),
  bestEvidence: (pack, round) => supportedEvidence(options(pack, round)),
};
