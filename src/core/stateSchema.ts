/**
 * The game state as a schema, so state that comes back from storage is checked before it
 * is trusted. The reducer's types are inferred from here, not written twice.
 */
import { z } from 'zod';
import { ScalePosition, Stance, Verdict } from './schema';

export const PHASES = ['title', 'pollBefore', 'levelSelect', 'levelIntro', 'round', 'reveal', 'levelSummary', 'pollAfter', 'final'] as const;

export const Team = z.union([z.literal(0), z.literal(1)]);
/** Solo (one player or the whole class), teams taking turns, or every team answering every round. */
export const Mode = z.enum(['solo', 'teams', 'all']);
const int = z.number().int().min(0);

export const CaseDraft = z.strictObject({
  kind: z.literal('case'),
  /** Team A's stance in team play; team B takes the other side. */
  stance: Stance.nullable(),
  played: z.array(z.strictObject({ card: z.string(), team: Team })),
  /** One entry per side once it has conceded (null: chose not to concede). */
  conceded: z.array(z.string().nullable()),
  step: z.enum(['stance', 'play', 'concede']),
});
export const WhosWhoDraft = z.strictObject({
  kind: z.literal('whoswho'),
  /** The quote being placed, for keyboard and click-then-click assignment. */
  held: z.string().nullable(),
  assign: z.record(z.string(), z.string()),
  sort: z.record(z.string(), z.enum(['expert', 'official'])),
  step: z.enum(['assign', 'sort']),
});
export const VerdictDraft = z.strictObject({ kind: z.literal('verdict'), position: ScalePosition.nullable(), cards: z.array(z.string()) });
export const Draft = z.discriminatedUnion('kind', [CaseDraft, WhosWhoDraft, VerdictDraft]);

export const RoundRecord = z.strictObject({
  picked: z.array(z.string()),
  /** 0–100; in a team debate, the mean of the two sides' scores. */
  score: int.max(100),
  verdict: Verdict,
  /** In team play: the team that answered (option rounds) … */
  team: Team.optional(),
  /** All teams answer: what each team picked. */
  teamPicks: z.array(z.array(z.string())).optional(),
  /** … or both sides' scores (make the case; every team answering). */
  teamScores: z.tuple([int.max(100), int.max(100)]).optional(),
  /** A debate round's finished draft, so the scorecard can be rebuilt line by line. */
  draft: Draft.optional(),
});

export const Overlay = z.union([z.null(), z.strictObject({ kind: z.literal('menu') }), z.strictObject({ kind: z.literal('source'), quote: z.string() })]);

/** Show-of-hands counts per poll option, before the first level and after the last. */
export const PollCounts = z.strictObject({ before: z.record(z.string(), int), after: z.record(z.string(), int) });

/** Seconds per round when the timer is on; 0 is off (the default). */
export const TIMER_CHOICES = [0, 20, 30, 60, 90, 120] as const;
export const TimerSeconds = z.union([z.literal(0), z.literal(20), z.literal(30), z.literal(60), z.literal(90), z.literal(120)]);

/**
 * A round's countdown. Time only passes through `tick` actions that carry the clock, so the
 * reducer stays pure: `since` is the clock at the last tick while running (null until the
 * first tick, and while paused).
 */
export const Timer = z.strictObject({
  limitMs: int,
  remainingMs: int,
  running: z.boolean(),
  since: z.number().nullable(),
});

/** When team scores are on screen: the teacher may keep them for later, or hide them. */
export const SCOREBOARD_CHOICES = ['always', 'between-levels', 'at-end', 'never'] as const;
export const ScoreboardWhen = z.enum(SCOREBOARD_CHOICES);

export const GameState = z.strictObject({
  phase: z.enum(PHASES),
  /** Index into the pack's levels; meaningful from levelIntro to levelSummary. */
  level: int,
  round: int,
  /** Options picked in the current round, not yet confirmed. */
  selection: z.array(z.string()),
  /** levelId → roundId → the confirmed answer. */
  records: z.record(z.string(), z.record(z.string(), RoundRecord)),
  overlay: Overlay,
  mode: Mode,
  /** The debate round in progress, if the current round is one. */
  draft: Draft.nullable(),
  poll: PollCounts,
  timerSeconds: TimerSeconds,
  /** The current round's countdown, when the timer is on. */
  timer: Timer.nullable(),
  /** Time ran out: the round takes no more picks until it is revealed (or given more time). */
  locked: z.boolean(),
  scoreboard: ScoreboardWhen,
  /** All teams answer: the picks entered so far for each team, and the team being entered for. */
  teamPicks: z.array(z.array(z.string())),
  activeTeam: Team,
  /** Teacher setting: each answer round opens with a think-pair-share discussion. */
  discuss: z.boolean(),
  /** The round on screen is in its discussion: answers open when the teacher moves on. */
  discussing: z.boolean(),
});

export type Team = z.infer<typeof Team>;
export type Mode = z.infer<typeof Mode>;
export type CaseDraft = z.infer<typeof CaseDraft>;
export type WhosWhoDraft = z.infer<typeof WhosWhoDraft>;
export type VerdictDraft = z.infer<typeof VerdictDraft>;
export type Draft = z.infer<typeof Draft>;
export type RoundRecord = z.infer<typeof RoundRecord>;
export type Overlay = z.infer<typeof Overlay>;
export type PollCounts = z.infer<typeof PollCounts>;
export type GameState = z.infer<typeof GameState>;
export type Phase = GameState['phase'];
export type Timer = z.infer<typeof Timer>;
export type TimerSeconds = z.infer<typeof TimerSeconds>;
export type ScoreboardWhen = z.infer<typeof ScoreboardWhen>;
