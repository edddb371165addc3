import { z } from 'zod';

/**
 * The level-pack content model. Every type the game uses for content is inferred
 * from these schemas, so the schema is the single definition of a pack.
 */

export const SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lower-case letters, digits and hyphens');
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

export const Option = z.strictObject({
  id,
  text,
  verdict: Verdict,
  evidence: z.array(id).default([]),
  explanation: text,
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
export const ClaimAnswer = z.enum(['says', 'contradicts', 'not-said']);
export const ClaimOption = Option.omit({ text: true, id: true }).extend({ id: ClaimAnswer });

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

export const Round = z.discriminatedUnion('type', [ChoiceRound, ClaimRound, WhoRound, MultiRound]);

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
  source: SourceInfo,
  speakers: z.array(Speaker).min(1),
  quotes: z.array(Quote).min(1),
  /** Level ids in play order; each is a file `<id>.json` beside pack.json. */
  levels: z.array(id).min(1),
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
export type SourceInfo = z.infer<typeof SourceInfo>;
export type PackManifest = z.infer<typeof PackManifest>;

/** A validated pack with its levels resolved in play order. */
export interface Pack {
  manifest: PackManifest;
  levels: Level[];
  sourceText: string;
}
