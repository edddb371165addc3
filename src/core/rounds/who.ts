/** "Who said it?" The options are speakers; the right one is the quote's own speaker. */
import type { Pack, RoundOf } from '../pack/schema';
import type { RoundOption } from '../rules/options';
import { quoteView } from '../screens/views';
import type { PickKind } from './kind';

type R = RoundOf<'who'>;

function options(pack: Pack, round: R): RoundOption[] {
  const quote = pack.manifest.quotes.find((q) => q.id === round.quote);
  return round.speakers.map((speaker) => ({
    id: speaker,
    speaker,
    verdict: quote?.speaker === speaker ? 'supported' : 'contradicted',
    evidence: [round.quote],
    explanation: round.explanation,
  }));
}

export const who: PickKind<R> = {
  family: 'pick',
  multi: false,
  order: (round, shuffle) => ({ ...round, speakers: shuffle(round.speakers, 'speakers') }),
  options,
  stem: (pack, round) => ({ quote: quoteView(pack, round.quote) }),
  revealEvidence: (_pack, round) => [round.quote],
  bestEvidence: (_pack, round) => [round.quote],
};
