/**
 * "Which is the stronger source?" On one claim, whose word carries more weight: the
 * independent expert's, or an official's, who speaks for a side with a stake in it? The
 * options are the speakers, with their roles; each is judged by its kind (see SOURCE_WEIGHT).
 */
import type { Pack, RoundOf, SpeakerKind, Verdict } from '../pack/schema';
import type { RoundOption } from '../rules/options';
import type { PickKind } from './kind';

type R = RoundOf<'stronger'>;

/** An expert without a stake outweighs an interested official on what the law or the facts are. */
export const SOURCE_WEIGHT: Readonly<Record<SpeakerKind, Verdict>> = {
  expert: 'supported',
  outlet: 'unsupported',
  official: 'contradicted',
};

function options(pack: Pack, round: R): RoundOption[] {
  return round.speakers.map((speaker) => {
    const kind = pack.manifest.speakers.find((s) => s.id === speaker)?.kind ?? 'official';
    return { id: speaker, speaker, kindHidden: true, verdict: SOURCE_WEIGHT[kind], evidence: [...round.evidence], explanation: round.explanation };
  });
}

export const stronger: PickKind<R> = {
  family: 'pick',
  judgesPick: true,
  multi: false,
  order: (round, shuffle) => ({ ...round, speakers: shuffle(round.speakers, 'speakers') }),
  options,
  stem: (_pack, round) => ({ claim: round.claim }),
  revealEvidence: (_pack, round) => [...round.evidence],
  bestEvidence: (_pack, round) => [...round.evidence],
};
