import { z } from 'zod';
import { id, pinned, roundBase, text, Verdict } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/** An opponent character (made up for the game, not a source) makes a claim; pick the best rebuttal quote. */
export const RebuttalRound = z.strictObject({
  ...roundBase,
  type: z.literal('rebuttal'),
  opponent: z.strictObject({ name: text, line: text }),
  options: z
    .array(z.strictObject({ id, quote: id, verdict: Verdict, explanation: text, pinned }))
    .min(3)
    .max(4),
});

export function checkRebuttal(round: z.infer<typeof RebuttalRound>, at: string, c: Checker): void {
  c.unique(
    round.options.map((o) => o.id),
    `${at}.options`,
    'option id',
  );
  c.verdicts(
    round.options.map((o) => ({ verdict: o.verdict, evidence: [o.quote] })),
    at,
  );
  round.options.forEach((o, i) => c.quote(o.quote, `${at}.options[${i}].quote`));
}
