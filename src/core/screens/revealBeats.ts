/**
 * A pick round's reveal, in the beats the teacher steps through (Space, Enter, the clicker) or
 * auto-advance plays: the class's picks and "what did the sources say?", then the verdict
 * stamp with the best answer marked, then the whole reveal (explanation, quotes, points).
 * Pure, so the canvas, the DOM layer, the keyboard and the auto-advance service agree on
 * which beat a reveal has and what it may show. A debate reveal has no beats (its scorecard
 * steps through its own lines).
 */
import type { Screen } from './screen';

export type RevealBeat = 'picks' | 'verdict' | 'evidence';

export const REVEAL_BEATS: readonly RevealBeat[] = ['picks', 'verdict', 'evidence'];

/** The beats of this screen: a pick round's reveal has three, every other screen none. */
export function revealBeats(screen: Screen): readonly RevealBeat[] {
  return screen.kind === 'reveal' ? REVEAL_BEATS : [];
}

/** The last beat's index (0 for a screen without beats). */
export function lastBeat(screen: Screen): number {
  return Math.max(0, revealBeats(screen).length - 1);
}

/** The beat showing at this index: clamped to the screen's beats; null on a screen without them. */
export function beatAt(screen: Screen, beat: number): RevealBeat | null {
  const beats = revealBeats(screen);
  if (beats.length === 0) return null;
  return beats[Math.max(0, Math.min(Math.trunc(beat) || 0, beats.length - 1))]!;
}

/** Whether the verdict (the stamp, the best answer, each team's outcome) may show at this beat. */
export const showsVerdict = (beat: RevealBeat | null): boolean => beat !== 'picks';
/** Whether the explanation, the quotes and the points may show at this beat. */
export const showsEvidence = (beat: RevealBeat | null): boolean => beat === null || beat === 'evidence';

/**
 * The beat a reveal starts at: the first when it was just reached by locking in (round →
 * reveal), the suspense being for the first time only; the last when it is returned to (back
 * from the question's review, resumed after a reload, reached from the menu or the article).
 */
export function startBeat(fromPhase: string | null, toPhase: string): number {
  return fromPhase === 'round' && toPhase === 'reveal' ? 0 : FULL_REVEAL;
}

/** The whole reveal's beat (every reveal has the same beats): where a store starts, so a reload lands on it. */
export const FULL_REVEAL = REVEAL_BEATS.length - 1;

/** What auto-advance looks at: the reveal showing, its beat, and whether anything is open over it. */
export interface AutoBeatView {
  autoAdvance: boolean;
  screen: Screen;
  beat: number;
  /** The article, the menu or another overlay is open: nothing steps behind it. */
  overlay: boolean;
}

/** Whether auto-advance steps to the next beat: only on a reveal, before its full reveal (never on to the next round). */
export function autoStepsBeat(v: AutoBeatView): boolean {
  return v.autoAdvance && !v.overlay && revealBeats(v.screen).length > 0 && v.beat < lastBeat(v.screen);
}

/** The gap between beats under auto-advance, in ms. */
export const AUTO_BEAT_MS = 1500;

/**
 * The round's header as it stood before this answer was scored: shown on the beats before the
 * whole reveal, so the score and the team scoreboard do not give the points away early.
 */
export function headerBeforeScoring(screen: Extract<Screen, { kind: 'reveal' }>): Extract<Screen, { kind: 'reveal' }>['header'] {
  const { header: h, record } = screen;
  const gained = (team: number) => record.teamScores?.[team] ?? (record.team === team ? record.score : 0);
  const teams = h.teams?.map((row) => ({ ...row, total: row.total - gained(row.team), change: row.change - gained(row.team) })) ?? null;
  // The progress pips' marks (where the header carries them): this round's is not given away either.
  const outcomes = (h as { outcomes?: readonly unknown[] }).outcomes;
  return {
    ...h,
    score: h.score - record.score,
    teams: teams?.map((row) => ({ ...row, rank: 1 + teams.filter((o) => o.total > row.total).length })) ?? null,
    ...(outcomes ? { outcomes: outcomes.map((o, i) => (i === h.roundIndex ? null : o)) } : {}),
  } as typeof h;
}
