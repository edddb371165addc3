import { z } from 'zod';
import { DebateCard, id, roundBase, Stance, text } from '../pack/schemaParts';
import type { Checker } from '../pack/validateRounds';

/** What the sourced experts' evidence really supports, shown on the reveal. */
export const ExpertsView = z.strictObject({
  view: z.enum(['for', 'against', 'open']),
  explanation: text,
  evidence: z.array(id).min(1),
});

/** Make the case: take a side on the claim and play the 2 strongest cards for it. */
export const CaseRound = z.strictObject({
  ...roundBase,
  type: z.literal('case'),
  claim: text,
  /** Given stance; when absent the player (or, in team play, team A) chooses. */
  stance: Stance.optional(),
  cards: z.array(DebateCard).min(5).max(6),
  experts: ExpertsView,
});

export function checkCase(round: z.infer<typeof CaseRound>, at: string, c: Checker): void {
  c.cards(round.cards, at);
  round.experts.evidence.forEach((q, i) => c.quote(q, `${at}.experts.evidence[${i}]`));
  const bearings = new Set(round.cards.map((card) => card.bearing));
  if (!bearings.has('for') || !bearings.has('against')) {
    c.fail(`${at}.cards`, 'a hand needs cards on both sides of the claim (bearing "for" and "against")');
  }
}
