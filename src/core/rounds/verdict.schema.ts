import { z } from 'zod';
import { DebateCard, id, roundBase, ScalePosition, text, Verdict } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/**
 * The closing verdict: place the claim on a four-stop scale and close with 3 cards. What is
 * placed and what each stop is called are the pack's words (the article's own framing), never
 * the game's: `scalePrompt` asks for the placing, each stop's `label` names it.
 */
export const VerdictRound = z.strictObject({
  ...roundBase,
  type: z.literal('verdict'),
  claim: text,
  /** The instruction above the scale, in the article's framing ("Feasible or fantasy? Place the offer on the scale."). */
  scalePrompt: text,
  /** The stops in order, from one end of the scale to the other; `label` is what the class sees. */
  scale: z.array(z.strictObject({ id: ScalePosition, label: text, verdict: Verdict, explanation: text, evidence: z.array(id).default([]) })).length(4),
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
  // Two stops with one name could not be told apart on the screen, or in the results.
  c.unique(
    round.scale.map((p) => p.label.toLowerCase()),
    `${at}.scale`,
    'scale label',
  );
  c.verdicts(round.scale, at, 'scale');
  c.quote(round.counter, `${at}.counter`);
  if (round.cards.filter((card) => card.bearing === 'for').length < 3) {
    c.fail(`${at}.cards`, "a closing argument needs at least 3 cards that back the experts' view");
  }
}
