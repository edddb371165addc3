import './zodConfig';
import { z } from 'zod';
import { CLAIM_ANSWERS } from '../rules/choices';

/**
 * The level-pack content model. Every type the game uses for content is inferred
 * from these schemas, so the schema is the single definition of a pack.
 */

/** The pack format's version; older packs are migrated on load (see migratePack.ts). */
export const SCHEMA_VERSION = 2;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and hyphens')
  // Ids key plain objects in the game state (records, poll counts, who's-who drafts), where
  // "constructor" would read Object.prototype's and break the lookups (e.g. a NaN poll count).
  .refine((s) => !Object.prototype.hasOwnProperty.call(Object.prototype, s), { message: 'this id is reserved: pick another' });
const text = z.string().trim().min(1);

/** Relative to what the sourced experts said, as the article reports it. */
export const Verdict = z.enum(['supported', 'partial', 'unsupported', 'contradicted']);

export const SpeakerKind = z.enum(['expert', 'official', 'outlet']);

export const Speaker = z.strictObject({
  id,
  name: text,
  /** As the article gives it; omitted where the article gives none. */
  role: text.optional(),
  kind: SpeakerKind,
});

export const Quote = z.strictObject({
  id,
  speaker: id,
  /** Verbatim from the pack's source text (curly/straight quotes and whitespace aside). */
  text,
  /** Where or when the article says it was said; only where the article says so. */
  said: text.optional(),
});

/**
 * Options are shown in a shuffled order (see order.ts); `pinned` keeps one in its place in the
 * list as written, for an option whose place means something ("none of these", last).
 */
const pinned = z.boolean().optional();

export const Option = z.strictObject({
  id,
  text,
  verdict: Verdict,
  evidence: z.array(id).default([]),
  explanation: text,
  pinned,
});

const roundBase = {
  id,
  /** Shown above the options; for "who said it?" rounds a default prompt is used when absent. */
  prompt: text,
};

export const ChoiceRound = z.strictObject({
  ...roundBase,
  type: z.literal('choice'),
  options: z.array(Option).min(3).max(4),
});

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

/** "Who said it?" Options are speakers; the right one is the quote's own speaker. */
export const WhoRound = z.strictObject({
  ...roundBase,
  type: z.literal('who'),
  quote: id,
  speakers: z.array(id).min(3).max(4),
  explanation: text,
});

/** "Which of these did the experts raise?" Per-option partial credit. */
export const MultiRound = z.strictObject({
  ...roundBase,
  type: z.literal('multi'),
  options: z.array(Option).min(3).max(6),
});

// ── Debate rounds ────────────────────────────────────────────────────────────────

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

/** Match quotes to their speakers, then sort the speakers into experts and officials. */
export const WhosWhoRound = z.strictObject({
  ...roundBase,
  type: z.literal('whoswho'),
  quotes: z.array(id).min(3).max(4),
  speakers: z.array(id).min(3).max(5),
  explanation: text,
});

export const ScalePosition = z.enum(['feasible-now', 'with-changes', 'open', 'fantasy']);

/** The closing verdict: place the offer on the scale and close with 3 cards. */
export const VerdictRound = z.strictObject({
  ...roundBase,
  type: z.literal('verdict'),
  claim: text,
  scale: z
    .array(z.strictObject({ id: ScalePosition, verdict: Verdict, explanation: text, evidence: z.array(id).default([]) }))
    .length(4),
  /** `bearing: for` means the card backs the experts' collective view. */
  cards: z.array(DebateCard).min(5).max(8),
  /** The strongest quote against the experts' view, shown on the reveal. */
  counter: id,
});

export const Round = z.discriminatedUnion('type', [
  ChoiceRound,
  ClaimRound,
  WhoRound,
  MultiRound,
  CaseRound,
  RebuttalRound,
  WhosWhoRound,
  VerdictRound,
]);

/** Unscored class poll, asked before the first level and after the last. */
export const Poll = z.strictObject({
  question: text,
  options: z.array(z.strictObject({ id, text })).min(2).max(4),
});

export const Level = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: text,
  question: text,
  context: text,
  rounds: z.array(Round).min(2).max(4),
});

export const SourceInfo = z.strictObject({
  title: text,
  outlet: text,
  author: text,
  /** As published, e.g. "February 2025". */
  date: text,
  /** Short form for "as reported in …". */
  reported: text,
  file: z.string().regex(/^[\w.-]+\.md$/, 'the source file is a .md file in the pack folder'),
});

export const PackManifest = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  title: text,
  summary: text,
  /** A made-up story (a practice pack): said on screen, so nobody takes it for news. */
  fiction: z.boolean().default(false),
  source: SourceInfo,
  speakers: z.array(Speaker).min(1),
  quotes: z.array(Quote).min(1),
  /** Level ids in play order; each is a file `<id>.json` beside pack.json. */
  levels: z.array(id).min(1),
  poll: Poll.optional(),
});

export type Verdict = z.infer<typeof Verdict>;
export type SpeakerKind = z.infer<typeof SpeakerKind>;
export type Speaker = z.infer<typeof Speaker>;
export type Quote = z.infer<typeof Quote>;
export type Option = z.infer<typeof Option>;
export type ClaimAnswer = z.infer<typeof ClaimAnswer>;
export type Round = z.infer<typeof Round>;
export type RoundType = Round['type'];
export type Level = z.infer<typeof Level>;
export type Stance = z.infer<typeof Stance>;
export type DebateCard = z.infer<typeof DebateCard>;
export type CaseRound = z.infer<typeof CaseRound>;
export type RebuttalRound = z.infer<typeof RebuttalRound>;
export type WhosWhoRound = z.infer<typeof WhosWhoRound>;
export type VerdictRound = z.infer<typeof VerdictRound>;
export type ScalePosition = z.infer<typeof ScalePosition>;
export type Poll = z.infer<typeof Poll>;
export type SourceInfo = z.infer<typeof SourceInfo>;
export type PackManifest = z.infer<typeof PackManifest>;

/** A validated pack with its levels resolved in play order. */
export interface Pack {
  manifest: PackManifest;
  levels: Level[];
  sourceText: string;
}
