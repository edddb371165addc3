import './zodConfig';
import { z } from 'zod';
import { textSafetyMessage } from './textSafety';

/**
 * The pieces every part of a pack is built from: ids, text, verdicts, options and debate
 * cards. Each round kind's own schema (src/core/rounds/<kind>.schema.ts) is made of these,
 * and schema.ts puts the kinds together.
 */

export const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and hyphens')
  // Ids key plain objects in the game state (records, poll counts, who's-who drafts), where
  // "constructor" would read Object.prototype's and break the lookups (e.g. a NaN poll count).
  .refine((s) => !Object.prototype.hasOwnProperty.call(Object.prototype, s), { message: 'this id is reserved: pick another' });
/** Pack text: not blank, something visible, no hidden direction controls (textSafety.ts). */
export const text = z
  .string()
  .trim()
  .min(1)
  .superRefine((s, ctx) => {
    const wrong = s && textSafetyMessage(s);
    if (wrong) ctx.addIssue({ code: 'custom', message: wrong });
  });

/** Relative to what the sourced experts said, as the article reports it. */
export const Verdict = z.enum(['supported', 'partial', 'unsupported', 'contradicted']);

export const SpeakerKind = z.enum(['expert', 'official', 'outlet']);

/**
 * Options are shown in a shuffled order (see order.ts); `pinned` keeps one in its place in the
 * list as written, for an option whose place means something ("none of these", last).
 */
export const pinned = z.boolean().optional();

export const Option = z.strictObject({
  id,
  text,
  verdict: Verdict,
  evidence: z.array(id).default([]),
  explanation: text,
  pinned,
});

export const roundBase = {
  id,
  /** Shown above the options; for "who said it?" rounds a default prompt is used when absent. */
  prompt: text,
};

/** A side on a claim. */
export const Stance = z.enum(['for', 'against']);

/**
 * An evidence card in a debate hand: a quote from the pack, or a trap drawn from the
 * article's own narration (verbatim, but nobody's words: not a source).
 * `bearing` is relative to the round's claim; `strength` is how strong a source it is
 * for this question; `reason` is the one line shown for its strength.
 */
export const DebateCard = z
  .strictObject({
    id,
    quote: id.optional(),
    narration: text.optional(),
    relevance: z.enum(['on-point', 'related', 'off-topic']),
    bearing: z.enum(['for', 'against', 'neutral']),
    strength: z.enum(['strong', 'moderate', 'weak']),
    reason: text,
  })
  .refine((c) => (c.quote === undefined) !== (c.narration === undefined), {
    message: 'a card is either a quote or a passage of narration, not both or neither',
  });

export const ScalePosition = z.enum(['feasible-now', 'with-changes', 'open', 'fantasy']);
