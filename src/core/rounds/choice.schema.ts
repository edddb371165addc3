import { z } from 'zod';
import { Option, roundBase } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/** "Which of these is right?" One answer, scored by its verdict. */
export const ChoiceRound = z.strictObject({
  ...roundBase,
  type: z.literal('choice'),
  options: z.array(Option).min(3).max(4),
});

export function checkChoice(round: z.infer<typeof ChoiceRound>, at: string, c: Checker): void {
  c.unique(
    round.options.map((o) => o.id),
    `${at}.options`,
    'option id',
  );
  c.verdicts(round.options, at);
}
