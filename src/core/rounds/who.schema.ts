import { z } from 'zod';
import { id, roundBase, text } from '../pack/schemaParts';
import { duplicates, type Checker } from '../pack/validateRounds';

/** "Who said it?" Options are speakers; the right one is the quote's own speaker. */
export const WhoRound = z.strictObject({
  ...roundBase,
  type: z.literal('who'),
  quote: id,
  speakers: z.array(id).min(3).max(4),
  explanation: text,
});

export function checkWho(round: z.infer<typeof WhoRound>, at: string, c: Checker): void {
  const quote = c.quote(round.quote, `${at}.quote`);
  round.speakers.forEach((s, i) => c.speaker(s, `${at}.speakers[${i}]`));
  for (const d of duplicates(round.speakers)) c.fail(`${at}.speakers`, `speaker "${d}" is offered twice`);
  if (quote && !round.speakers.includes(quote.speaker)) {
    c.fail(`${at}.speakers`, `the quote's own speaker "${quote.speaker}" must be one of the choices`);
  }
}
