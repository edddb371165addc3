import { z } from 'zod';
import { id, roundBase, text } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/**
 * "Which is the stronger source?" Two or three of the article's speakers, with their roles,
 * on one claim: whose word carries more weight here? Scored by the speakers' kinds (see
 * stronger.ts): on an assessment (what the law allows, what a deal means) the one independent
 * expert over the interested officials; on what a government itself said, offered or decided,
 * its own official over experts who can only comment on it. So no kind always wins.
 */
export const StrongerRound = z.strictObject({
  ...roundBase,
  type: z.literal('stronger'),
  claim: text,
  /** Whose kind of word carries more weight on this claim. */
  favours: z.enum(['expert', 'official']).default('expert'),
  speakers: z.array(id).min(2).max(3),
  /** What the speakers said on the claim, verbatim, shown on the reveal. */
  evidence: z.array(id).min(1),
  explanation: text,
});

export function checkStronger(round: z.infer<typeof StrongerRound>, at: string, c: Checker): void {
  c.unique(round.speakers, `${at}.speakers`, 'speaker');
  const kinds = round.speakers.map((s, i) => (c.speaker(s, `${at}.speakers[${i}]`) ? c.refs.speakerKind.get(s) : undefined));
  if (kinds.filter((k) => k === round.favours).length !== 1) {
    c.fail(`${at}.speakers`, `a "stronger source" round offers exactly one ${round.favours} (the "favours" kind): the source whose word carries the weight`);
  }
  kinds.forEach((k, i) => {
    if (k === 'outlet') c.fail(`${at}.speakers[${i}]`, `"${round.speakers[i]}" is a news outlet: this round weighs experts against officials`);
  });
  round.evidence.forEach((q, i) => {
    const quote = c.quote(q, `${at}.evidence[${i}]`);
    if (quote && !round.speakers.includes(quote.speaker)) c.fail(`${at}.evidence[${i}]`, `its speaker "${quote.speaker}" must be one of the round's speakers`);
  });
}
