/**
 * The game state as a schema, so state that comes back from storage is checked before it
 * is trusted. The reducer's types are inferred from here, not written twice.
 */
import '../pack/zodConfig';
import { z } from 'zod';
import { ScalePosition, Stance, Verdict } from '../pack/schema';
import { SEED_MAX } from './order';
import {
  DISCUSS_CHOICES,
  MAX_TEAMS,
  MIN_TEAMS,
  MODES,
  PHASES,
  SCOREBOARD_CHOICES,
  SCOREBOARD_SHOWS,
  SORT_GROUPS,
  TEAM_NAME_MAX,
  TIMER_CHOICES,
} from './choices';
import { typedTeamName } from './teamNames';

export const Team = z
  .number()
  .int()
  .min(0)
  .max(MAX_TEAMS - 1);
/** A case debate has two sides; which teams play them rotates (see game.caseSides). */
export const Side = z.union([z.literal(0), z.literal(1)]);
/** A team's own name; empty means the interface's default ("Team 1"). A saved one gets the typed name's rule (teamNames.ts). */
export const TeamName = z.string().max(TEAM_NAME_MAX).transform(typedTeamName);
/** Solo (one player or the whole class), teams taking turns, or every team answering every round. */
export const Mode = z.enum(MODES);
const int = z.number().int().min(0);

export const CaseDraft = z.strictObject({
  kind: z.literal('case'),
  /** Side A's stance in team play; side B takes the other one. */
  stance: Stance.nullable(),
  played: z.array(z.strictObject({ card: z.string(), side: Side })),
  /** One entry per side once it has conceded (null: chose not to concede). */
  conceded: z.array(z.string().nullable()),
  step: z.enum(['stance', 'play', 'concede']),
});
export const WhosWhoDraft = z.strictObject({
  kind: z.literal('whoswho'),
  /** The quote being placed, for keyboard and click-then-click assignment. */
  held: z.string().nullable(),
  assign: z.record(z.string(), z.string()),
  sort: z.record(z.string(), z.enum(SORT_GROUPS)),
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
  /** … or each team's score, one entry per team; null for a team that sat the round out (a case debate has two sides). */
  teamScores: z.array(int.max(100).nullable()).optional(),
  /** A debate round's finished draft, so the scorecard can be rebuilt line by line. */
  draft: Draft.optional(),
  /** Confidence on (a pick round): whether the answer was marked "sure", one entry (solo, the team in turn) or one per team (all answer). */
  sure: z.array(z.boolean()).optional(),
});

export const Overlay = z.union([
  z.null(),
  z.strictObject({ kind: z.literal('menu') }),
  z.strictObject({ kind: z.literal('source'), quote: z.string() }),
  /** The reading screen: the whole article, a page at a time (articleScreen.ts splits it). */
  z.strictObject({ kind: z.literal('article'), page: int }),
]);

/** Show-of-hands counts per poll option, before the first level and after the last. */
export const PollCounts = z.strictObject({ before: z.record(z.string(), int), after: z.record(z.string(), int) });

/** Seconds per round when the timer is on; 0 is off (the default). */
export const TimerSeconds = z.literal(TIMER_CHOICES);

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
export const ScoreboardWhen = z.enum(SCOREBOARD_CHOICES);
/** What the scoreboard shows: every team ranked, only the top three, or each team's own gain (no ranking). */
export const ScoreboardShows = z.enum(SCOREBOARD_SHOWS);

/** Seconds of think-pair-share before answers open; 0 is an open-ended discussion. */
export const DiscussSeconds = z.literal(DISCUSS_CHOICES);

export const GameState = z.strictObject({
  phase: z.enum(PHASES),
  /** The session's shuffle: every list a player picks from is shown in an order drawn from it (order.ts). */
  seed: z.number().int().min(0).max(SEED_MAX),
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
  scoreboardShows: ScoreboardShows,
  /** One name per team in team play (2–6 of them). */
  teams: z.array(TeamName).min(MIN_TEAMS).max(MAX_TEAMS),
  /** Levels left out of this session by the teacher (by id); the session ends when the rest are done. */
  skipped: z.array(z.string()),
  /** All teams answer: the picks entered so far for each team, and the team being entered for. */
  teamPicks: z.array(z.array(z.string())),
  activeTeam: Team,
  /** Teacher setting: each answer round opens with a think-pair-share discussion. */
  discuss: z.boolean(),
  /** The round on screen is in its discussion: answers open when the teacher moves on. */
  discussing: z.boolean(),
  discussSeconds: DiscussSeconds,
  /** The discussion's countdown, when one is set. */
  discussTimer: Timer.nullable(),
  /** Off by default: when on, a finished countdown moves on by itself (discussion → answers, time up → reveal). */
  autoAdvance: z.boolean(),
  /** Teacher setting, off by default: an answer may be marked "sure" (+50% of the round's points if right, −50% if wrong; scoring.ts). */
  confidence: z.boolean(),
  /** The current pick round's sure marks while confidence is on: one (solo, the team in turn) or one per team (all answer); [] otherwise. */
  sure: z.array(z.boolean()),
});

export type Team = z.infer<typeof Team>;
export type Side = z.infer<typeof Side>;
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
export type ScoreboardShows = z.infer<typeof ScoreboardShows>;
export type DiscussSeconds = z.infer<typeof DiscussSeconds>;
