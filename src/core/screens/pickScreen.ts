/**
 * The question and the reveal of every answer-picking round kind, built from the kind's
 * options and stem (src/core/rounds/<kind>.ts), so one Round scene and one Reveal scene show
 * them all.
 */
import type { Pack, Round } from '../pack/schema';
import { pickKind } from '../rounds/registry';
import type { PickStem } from '../rounds/kind';
import { picksOf, teamForRound } from '../rules/session';
import { VERDICT_POINTS, creditOutcome, outcomeOf, recordOutcome, scoreRound, type AnswerOutcome } from '../rules/scoring';
import type { GameState, RoundRecord, Team } from '../rules/stateSchema';
import { teamsReveal, type TeamsReveal } from './teamsReveal';
import { revealSure, roundSure, type SureMark } from './sureView';
import { pickCall, quoteView, quoteViews, speakerOf, type OptionView, type QuoteView, type RoundHeader } from './views';

/** A countdown on screen: seconds left (rounded up), the seconds it was set to (plus any time added), and whether it runs. */
export interface Clock {
  seconds: number;
  limit: number;
  running: boolean;
}

export interface PickRound extends PickStem {
  kind: 'round';
  header: RoundHeader;
  roundType: Round['type'];
  prompt: string;
  multi: boolean;
  options: OptionView[];
  canConfirm: boolean;
  /** Team play: the team answering this round. */
  team: Team | null;
  /** The countdown in whole seconds, and what it started from (a ring drains as it runs down), when the timer is on. */
  clock: Clock | null;
  locked: boolean;
  /** Think-pair-share first: answers open when the teacher moves on. */
  discussing: boolean;
  /** All teams answer: who is being entered for, which teams have picked, and how many options the one entered for has (never which). */
  allAnswer: { active: Team; picked: boolean[]; activeCount: number } | null;
  /** A discussion countdown, when one is set. */
  discussClock: Clock | null;
  /**
   * Back from the reveal: the question as it was answered, read-only. The recorded pick(s) show
   * as selected (solo, or the team that answered); with every team answering none do, as they
   * never did on this screen (the reveal's rows say who chose what). The right answer is never marked here.
   */
  review: boolean;
  /** Confidence on: whether the answer (the team's being entered for) is marked sure; null when the round takes no mark. */
  sure: { marked: boolean } | null;
}

/**
 * What the reveal's banner says: with every team answering, that the teams scored (each
 * team's outcome and points follow); otherwise how the answer went (outcomeOf, from its points),
 * in every round kind alike: never the sources' verdict on the option, which on a claim round
 * ("The article says otherwise", supported) would read as the opposite of the call.
 */
export type RevealHeadline = { kind: 'teams' } | { kind: 'outcome'; outcome: AnswerOutcome };

export interface PickReveal {
  kind: 'reveal';
  header: RoundHeader;
  headline: RevealHeadline;
  roundType: Round['type'];
  prompt: string;
  claim?: string;
  multi: boolean;
  record: RoundRecord;
  options: OptionView[];
  /** The options the player picked (one, or several for multi-select). */
  picked: OptionView[];
  /** The best answer(s) when the player missed them. */
  best: OptionView[];
  explanation: string;
  evidence: QuoteView[];
  reported: string;
  /** All teams answer: the best answer, each team's row, and why the wrong picks fail. */
  allTeams: TeamsReveal | null;
  /** Confidence on: each answer's sure mark and what it did to the points, one (solo, the team in turn) or one per team; null without marks. */
  sure: SureMark[] | null;
}

/** The options of a round as shown, with what is selected. */
export function optionViews(pack: Pack, round: Round, selection: readonly string[]): OptionView[] {
  return (pickKind(round)?.options(pack, round) ?? []).map((o, i) => ({
    ...o,
    n: i + 1,
    selected: selection.includes(o.id),
    speakerView: speakerOf(pack, o.speaker),
    quoteView: o.quote ? quoteView(pack, o.quote) : undefined,
  }));
}

export const bestOptions = (options: OptionView[]): OptionView[] => options.filter((o) => o.verdict === 'supported');

export const evidenceOf = (pack: Pack, options: readonly OptionView[]): QuoteView[] => quoteViews(pack, [...new Set(options.flatMap((o) => o.evidence))]);

const clockOf = (t: GameState['timer']) => (t ? { seconds: Math.ceil(t.remainingMs / 1000), limit: Math.ceil(t.limitMs / 1000), running: t.running } : null);

export function pickRound(pack: Pack, s: GameState, round: Round, header: RoundHeader): PickRound {
  const kind = pickKind(round)!;
  const review = s.phase === 'review';
  const record = review ? s.records[pack.levels[s.level]!.id]?.[round.id] : undefined;
  // Every team answering: picks stay hidden until the reveal (later teams would copy), so no
  // option shows as chosen; the screen says only which teams have answered.
  const picks = review ? (record?.teamPicks ? [] : (record?.picked ?? [])) : s.mode === 'all' ? [] : picksOf(s);
  const options = optionViews(pack, round, picks);
  return {
    kind: 'round',
    header,
    roundType: round.type,
    prompt: round.prompt,
    ...kind.stem(pack, round),
    multi: kind.multi,
    options,
    canConfirm: review ? false : s.mode === 'all' ? s.teamPicks.every((p) => p.length > 0) : s.selection.length > 0,
    team: s.mode === 'teams' ? (review ? (record?.team ?? null) : teamForRound(pack, s, s.level, s.round)) : null,
    clock: review ? null : clockOf(s.timer),
    locked: review ? false : s.locked,
    discussing: review ? false : s.discussing,
    discussClock: !review && s.discussing ? clockOf(s.discussTimer) : null,
    allAnswer:
      s.mode === 'all' && !review
        ? { active: s.activeTeam, picked: s.teamPicks.map((p) => p.length > 0), activeCount: s.teamPicks[s.activeTeam]?.length ?? 0 }
        : null,
    review,
    sure: roundSure(s, record),
  };
}

export function pickReveal(pack: Pack, round: Round, record: RoundRecord, header: RoundHeader): PickReveal {
  const kind = pickKind(round)!;
  const multi = kind.multi;
  // With every team answering, the reveal explains every answer any team gave.
  const pickedIds = record.teamPicks ? [...new Set(record.teamPicks.flat())] : record.picked;
  const shown = optionViews(pack, round, []);
  // How each option was judged comes from the scoring itself, so the reveal can never disagree with the points.
  const perOption = multi ? scoreRound(shown, pickedIds, true).perOption : {};
  const options = shown.map((o): OptionView => {
    const picked = pickedIds.includes(o.id);
    const credit = perOption[o.id];
    const single = picked ? outcomeOf(VERDICT_POINTS[o.verdict], true) : undefined;
    const judged = multi ? credit && creditOutcome(credit) : single;
    const mark = o.verdict === 'supported' ? 'right' : picked ? judged : undefined;
    return { ...o, picked, judged, mark, call: multi ? pickCall(o.verdict, picked) : undefined };
  });
  const picked = options.filter((o) => o.picked);
  const best = bestOptions(options);
  const explained = multi ? best : picked;
  const shownEvidence = multi || picked.every((p) => p.verdict !== 'supported') ? [...picked, ...best] : picked;
  return {
    kind: 'reveal',
    header,
    headline: record.teamPicks ? { kind: 'teams' } : { kind: 'outcome', outcome: recordOutcome(record) },
    roundType: round.type,
    prompt: round.prompt,
    claim: kind.stem(pack, round).claim,
    multi,
    record,
    options,
    picked,
    best: picked.some((p) => p.verdict === 'supported') && !multi ? [] : best,
    explanation: [...new Set(explained.map((o) => o.explanation))].join(' '),
    evidence: evidenceOf(pack, shownEvidence),
    reported: pack.manifest.source.reported,
    allTeams: teamsReveal(record, options),
    sure: revealSure(record),
  };
}
