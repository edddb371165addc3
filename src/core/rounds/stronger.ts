/**
 * "Which is the stronger source?" On one claim, whose word carries more weight? On an
 * assessment, the independent expert's over an official's, who speaks for a side with a stake
 * in it; on what a government itself said or decided, its official's over experts who can only
 * comment. The round says which (`favours`); each speaker is judged by their kind.
 */
import type { Pack, RoundOf, Verdict } from '../pack/schema';
import type { RoundOption } from '../rules/options';
import type { PickKind } from './kind';

type R = RoundOf<'stronger'>;

function options(pack: Pack, round: R): RoundOption[] {
  return round.speakers.map((speaker) => {
    const kind = pack.manifest.speakers.find((s) => s.id === speaker)?.kind;
    const verdict: Verdict = kind === round.favours ? 'supported' : 'contradicted';
    return { id: speaker, speaker, kindHidden: true, verdict, evidence: [...round.evidence], explanation: round.explanation };
  });
}

export const stronger: PickKind<R> = {
  family: 'pick',
  multi: false,
  order: (round, shuffle) => ({ ...round, speakers: shuffle(round.speakers, 'speakers') }),
  options,
  stem: (_pack, round) => ({ claim: round.claim }),
  revealEvidence: (_pack, round) => [...round.evidence],
  bestEvidence: (_pack, round) => [...round.evidence],
};
