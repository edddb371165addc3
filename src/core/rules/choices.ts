/**
 * The fixed choices the game state is made of: phases, modes, team counts, timer and
 * scoreboard settings. Kept apart from the state's schema (stateSchema.ts, which builds on these) so the
 * rules and screens can use them without loading the schema library at start-up.
 */
/**
 * 'review' is an answered pick round's question again, read-only (back from its reveal): no
 * timer, no picks, Next shows the reveal again. A phase of its own, so everything that means
 * "the question being answered" by 'round' (the clock, the keys, the timer's announcements) leaves it alone.
 */
export const PHASES = ['title', 'setup', 'pollBefore', 'levelSelect', 'levelIntro', 'round', 'reveal', 'review', 'levelSummary', 'pollAfter', 'final'] as const;

/** A claim round's three answers, in the natural order they are always shown in. */
export const CLAIM_ANSWERS = ['says', 'contradicts', 'not-said'] as const;

/** Solo (one player or the whole class), teams taking turns, or every team answering every round. */
export const MODES = ['solo', 'teams', 'all'] as const;

/** The two groups a who's-who round sorts speakers into: expert assessment, or an official or interested party. */
export const SORT_GROUPS = ['expert', 'official'] as const;

/** Team play has 2 to 6 teams, numbered from 0 (shown as A–F). */
export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;
/** A team's own name is at most this long; empty means the interface's default ("Team 1"). */
export const TEAM_NAME_MAX = 24;

/** Seconds per round when the timer is on; 0 is off (the default). */
export const TIMER_CHOICES = [0, 20, 30, 60, 90, 120] as const;

/** When team scores are on screen: the teacher may keep them for later, or hide them. */
export const SCOREBOARD_CHOICES = ['always', 'between-levels', 'at-end', 'never'] as const;
/** What the scoreboard shows: every team ranked, only the top three, or each team's own gain (no ranking). */
export const SCOREBOARD_SHOWS = ['all', 'top3', 'change'] as const;

/** Seconds of think-pair-share before answers open; 0 is an open-ended discussion. */
export const DISCUSS_CHOICES = [0, 30, 60, 90, 120] as const;
