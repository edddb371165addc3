import { z } from 'zod';
import { Option, roundBase } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/** "Which of these did the experts raise?" Per-option partial credit. */
export const MultiRound = z.strictObject({
  ...roundBase,
  type: z.literal('multi'),
  options: z.array(Option).min(3).max(6),
});

export function checkMulti(round: z.infer<typeof MultiRound>, at: string, c: Checker): void {
  c.unique(
    round.options.map((o) => o.id),
    `${at}.options`,
    'option id',
  );
  c.verdicts(round.options, at);
}
