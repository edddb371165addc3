import { z } from 'zod';
import { DebateCard, id, roundBase, ScalePosition, text, Verdict } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/** The closing verdict: place the offer on the scale and close with 3 cards. */
export const VerdictRound = z.strictObject({
  ...roundBase,
  type: z.literal('verdict'),
  claim: text,
  scale: z.array(z.strictObject({ id: ScalePosition, verdict: Verdict, explanation: text, evidence: z.array(id).default([]) })).length(4),
  /** `bearing: for` means the card backs the experts' collective view. */
  cards: z.array(DebateCard).min(5).max(8),
  /** The strongest quote against the experts' view, shown on the reveal. */
  counter: id,
});

export function checkVerdict(round: z.infer<typeof VerdictRound>, at: string, c: Checker): void {
  c.cards(round.cards, at);
  c.unique(
    round.scale.map((p) => p.id),
    `${at}.scale`,
    'scale position',
  );
  c.verdicts(round.scale, at, 'scale');
  c.quote(round.counter, `${at}.counter`);
  if (round.cards.filter((card) => card.bearing === 'for').length < 3) {
    c.fail(`${at}.cards`, "a closing argument needs at least 3 cards that back the experts' view");
  }
}
