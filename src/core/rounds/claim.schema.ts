import { z } from 'zod';
import { CLAIM_ANSWERS } from '../rules/choices';
import { Option, roundBase, text } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/** "What does the article actually say?" The three answer labels come from the UI catalog. */
export const ClaimAnswer = z.enum(CLAIM_ANSWERS);
// Claim answers keep their natural order (says so, says otherwise, doesn't say), so they pin nothing.
export const ClaimOption = Option.omit({ text: true, id: true, pinned: true }).extend({ id: ClaimAnswer });

export const ClaimRound = z.strictObject({
  ...roundBase,
  type: z.literal('claim'),
  claim: text,
  options: z.array(ClaimOption).length(3),
});

export function checkClaim(round: z.infer<typeof ClaimRound>, at: string, c: Checker): void {
  c.unique(
    round.options.map((o) => o.id),
    `${at}.options`,
    'option id',
  );
  c.verdicts(round.options, at);
}
