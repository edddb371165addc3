import './zodConfig';
import { z } from 'zod';
import { DebateCard, id, Option, ScalePosition, SpeakerKind, Stance, text, Verdict } from './schemaParts';
import { Round } from '../rounds/schemas';
import type { ClaimAnswer } from '../rounds/claim.schema';
import type { CaseRound } from '../rounds/case.schema';
import type { RebuttalRound } from '../rounds/rebuttal.schema';
import type { WhosWhoRound } from '../rounds/whoswho.schema';
import type { VerdictRound } from '../rounds/verdict.schema';
import type { StrongerRound } from '../rounds/stronger.schema';

/**
 * The level-pack content model. Every type the game uses for content is inferred
 * from these schemas, so the schema is the single definition of a pack. Each round kind's
 * schema sits beside its rules in src/core/rounds/<kind>.schema.ts.
 */

/** The pack format's version; older packs are migrated on load (see migratePack.ts). */
export const SCHEMA_VERSION = 2;

export { DebateCard, Option, Round, ScalePosition, SpeakerKind, Stance, Verdict };

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
  /** A quote under three words that is meant (the validator refuses one word and warns at two). */
  short: z.boolean().optional(),
});

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
/** A round of one kind, by its `type`. */
export type RoundOf<K extends RoundType> = Extract<Round, { type: K }>;
export type Round = z.infer<typeof Round>;
export type RoundType = Round['type'];
export type Level = z.infer<typeof Level>;
export type Stance = z.infer<typeof Stance>;
export type DebateCard = z.infer<typeof DebateCard>;
export type CaseRound = z.infer<typeof CaseRound>;
export type RebuttalRound = z.infer<typeof RebuttalRound>;
export type WhosWhoRound = z.infer<typeof WhosWhoRound>;
export type VerdictRound = z.infer<typeof VerdictRound>;
export type StrongerRound = z.infer<typeof StrongerRound>;
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
