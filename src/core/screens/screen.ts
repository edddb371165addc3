/**
 * What each screen shows, derived from (pack, state) alone. The Phaser scenes and the
 * DOM accessibility layer both render this model, so the two views cannot disagree.
 * Words that belong to the interface (not the pack) are left as keys for the catalog.
 */
import { discernment, type Discernment } from '../rules/discernment';
import { debateReveal, debateRoundScreen, type DebateReveal, type DebateScreen } from './debateScreen';
import { caseSides, currentRound, inSession, orderedRound, isLevelComplete, isSessionComplete, teamForRound, type GameState, type RoundRecord } from '../rules/game';
import type { Mode, Team } from '../rules/debate';
import { isMultiSelect, roundOptions, type RoundOption } from '../rules/options';
import { levelAnswered, levelMax, levelScore, standings, totalMax, totalScore, type Standing } from '../rules/progress';
import type { Pack, Quote, Round, Speaker, Verdict } from '../pack/schema';

export interface QuoteView {
  quote: Quote;
  speaker: Speaker;
}

export interface OptionView extends RoundOption {
  /** Position label: 1-based. */
  n: number;
  selected: boolean;
  speakerView?: Speaker;
  /** For rebuttal options: the quote played back. */
  quoteView?: QuoteView;
  /** All teams answer: the teams that picked it. */
  selectedBy?: Team[];
  /** After the reveal: was it picked, and how it was judged. */
  picked?: boolean;
  judged?: 'right' | 'half' | 'wrong';
}

export interface LevelCard {
  index: number;
  id: string;
  title: string;
  question: string;
  answered: number;
  rounds: number;
  score: number;
  max: number;
  complete: boolean;
  /** Part of this session (the teacher may leave levels out). */
  included: boolean;
}

export interface RoundHeader {
  levelIndex: number;
  levelCount: number;
  levelTitle: string;
  roundIndex: number;
  roundCount: number;
  score: number;
  max: number;
  /** Team play: the running scoreboard, as the teacher chose to show it. */
  teams: Standing[] | null;
}

export interface PollView {
  question: string;
  options: { id: string; text: string; before: number; after: number }[];
}

export type Screen =
  | { kind: 'title'; packTitle: string; summary: string; source: Pack['manifest']['source']; mode: Mode; fiction: boolean }
  | {
      kind: 'setup';
      mode: Mode;
      /** Team names as entered ('' for the default name); shown in team play. */
      teams: string[];
      levels: LevelCard[];
      canStart: boolean;
    }
  | { kind: 'poll'; when: 'before' | 'after'; poll: PollView }
  | DebateScreen
  | DebateReveal
  | { kind: 'levelSelect'; levels: LevelCard[]; total: number; max: number; allComplete: boolean }
  | { kind: 'levelIntro'; header: RoundHeader; question: string; context: string; resumed: boolean }
  | {
      kind: 'round';
      header: RoundHeader;
      roundType: Round['type'];
      prompt: string;
      claim?: string;
      quote?: QuoteView;
      /** Rebuttal rounds: the made-up opponent and their claim. */
      opponent?: { name: string; line: string };
      multi: boolean;
      options: OptionView[];
      canConfirm: boolean;
      /** Team play: the team answering this round. */
      team: Team | null;
      /** The countdown in whole seconds, when the timer is on. */
      clock: { seconds: number; running: boolean } | null;
      locked: boolean;
      /** Think-pair-share first: answers open when the teacher moves on. */
      discussing: boolean;
      /** All teams answer: who is being entered for, and which teams have picked. */
      allAnswer: { active: Team; picked: boolean[] } | null;
      /** A discussion countdown, when one is set. */
      discussClock: { seconds: number; running: boolean } | null;
    }
  | {
      kind: 'reveal';
      header: RoundHeader;
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
      /** All teams answer: each team's pick and points. */
      teamPicks: { team: Team; picked: OptionView[]; score: number }[] | null;
    }
  | { kind: 'levelSummary'; header: RoundHeader; question: string; recap: RecapItem[]; score: number; max: number; isLast: boolean; teams: Standing[] | null }
  | {
      kind: 'final';
      levels: LevelCard[];
      total: number;
      max: number;
      recap: { level: LevelCard; items: RecapItem[] }[];
      teams: Standing[] | null;
      poll: PollView | null;
      /** The discernment line over the claim rounds: per team, or pooled when team scores are not shown. */
      discernment: Discernment[];
    };

export interface RecapItem {
  roundId: string;
  roundType: Round['type'];
  expertsView?: 'for' | 'against' | 'open';
  bestPosition?: string;
  /** Who's-who rounds: who is an expert and who an interested party, in the pack's words. */
  note?: string;
  prompt: string;
  claim?: string;
  verdict: Verdict | null;
  score: number | null;
  best: OptionView[];
  evidence: QuoteView[];
}

export function quoteView(pack: Pack, quoteId: string): QuoteView | undefined {
  const quote = pack.manifest.quotes.find((q) => q.id === quoteId);
  const speaker = quote && pack.manifest.speakers.find((s) => s.id === quote.speaker);
  return quote && speaker ? { quote, speaker } : undefined;
}

function speakerOf(pack: Pack, id: string | undefined): Speaker | undefined {
  return id === undefined ? undefined : pack.manifest.speakers.find((s) => s.id === id);
}

function levelCards(pack: Pack, s: GameState): LevelCard[] {
  return pack.levels.map((l, index) => ({
    index,
    id: l.id,
    title: l.title,
    question: l.question,
    answered: levelAnswered(pack, s, index),
    rounds: l.rounds.length,
    score: levelScore(pack, s, index),
    max: levelMax(pack, index),
    complete: isLevelComplete(pack, s, index),
    included: inSession(pack, s, index),
  }));
}

function header(pack: Pack, s: GameState): RoundHeader {
  const l = pack.levels[s.level]!;
  return {
    levelIndex: s.level,
    levelCount: pack.levels.length,
    levelTitle: l.title,
    roundIndex: s.round,
    roundCount: l.rounds.length,
    score: levelScore(pack, s, s.level),
    max: levelMax(pack, s.level),
    teams: s.mode !== 'solo' && s.scoreboard === 'always' ? standings(pack, s, s.level) : null,
  };
}

function optionViews(pack: Pack, round: Round, selection: readonly string[]): OptionView[] {
  return roundOptions(pack, round).map((o, i) => ({
    ...o,
    n: i + 1,
    selected: selection.includes(o.id),
    speakerView: speakerOf(pack, o.speaker),
    quoteView: o.quote ? quoteView(pack, o.quote) : undefined,
  }));
}

function pollView(pack: Pack, s: GameState): PollView | null {
  const poll = pack.manifest.poll;
  if (!poll) return null;
  return {
    question: poll.question,
    options: poll.options.map((o) => ({ id: o.id, text: o.text, before: s.poll.before[o.id] ?? 0, after: s.poll.after[o.id] ?? 0 })),
  };
}

/** What the experts' evidence supports, in one line per round, for the recaps. */
function bestOf(pack: Pack, round: Round): { best: OptionView[]; evidence: QuoteView[] } {
  if (round.type === 'case') {
    return { best: [], evidence: round.experts.evidence.map((q) => quoteView(pack, q)).filter((q): q is QuoteView => !!q) };
  }
  if (round.type === 'verdict') {
    const spot = round.scale.find((p) => p.verdict === 'supported');
    return { best: [], evidence: (spot?.evidence ?? []).map((q) => quoteView(pack, q)).filter((q): q is QuoteView => !!q) };
  }
  if (round.type === 'whoswho') return { best: [], evidence: [] };
  const best = bestOptions(optionViews(pack, round, []));
  return { best, evidence: evidenceOf(pack, best) };
}

function judge(o: RoundOption, picked: boolean, multi: boolean): OptionView['judged'] {
  if (!multi) return picked ? (o.verdict === 'supported' ? 'right' : o.verdict === 'partial' ? 'half' : 'wrong') : undefined;
  if (o.verdict === 'partial') return 'half';
  return picked === (o.verdict === 'supported') ? 'right' : 'wrong';
}

function bestOptions(options: OptionView[]): OptionView[] {
  return options.filter((o) => o.verdict === 'supported');
}

function evidenceOf(pack: Pack, options: readonly RoundOption[]): QuoteView[] {
  const ids = [...new Set(options.flatMap((o) => o.evidence))];
  return ids.map((id) => quoteView(pack, id)).filter((q): q is QuoteView => q !== undefined);
}

function recapOf(pack: Pack, s: GameState, level: number): RecapItem[] {
  const l = pack.levels[level]!;
  return l.rounds.map((raw) => {
    const round = orderedRound(raw, s.seed, l.id);
    const rec = s.records[l.id]?.[round.id];
    const { best, evidence } = bestOf(pack, round);
    return {
      roundId: round.id,
      prompt: round.prompt,
      claim: round.type === 'claim' ? round.claim : undefined,
      verdict: rec?.verdict ?? null,
      score: rec?.score ?? null,
      best,
      evidence,
      roundType: round.type,
      expertsView: round.type === 'case' ? round.experts.view : undefined,
      bestPosition: round.type === 'verdict' ? round.scale.find((p) => p.verdict === 'supported')?.id : undefined,
      note: round.type === 'whoswho' ? round.explanation : undefined,
    };
  });
}

export function screenOf(pack: Pack, s: GameState): Screen {
  const round = currentRound(pack, s);
  const level = pack.levels[s.level];
  switch (s.phase) {
    case 'title':
      return { kind: 'title', packTitle: pack.manifest.title, summary: pack.manifest.summary, source: pack.manifest.source, mode: s.mode, fiction: pack.manifest.fiction };
    case 'setup': {
      const levels = levelCards(pack, s);
      return { kind: 'setup', mode: s.mode, teams: [...s.teams], levels, canStart: levels.some((l) => l.included) };
    }
    case 'pollBefore':
    case 'pollAfter':
      return { kind: 'poll', when: s.phase === 'pollBefore' ? 'before' : 'after', poll: pollView(pack, s)! };
    case 'levelSelect':
      return {
        kind: 'levelSelect',
        levels: levelCards(pack, s),
        total: totalScore(pack, s),
        max: totalMax(pack),
        allComplete: isSessionComplete(pack, s),
      };
    case 'levelIntro':
      return { kind: 'levelIntro', header: header(pack, s), question: level!.question, context: level!.context, resumed: levelAnswered(pack, s, s.level) > 0 };
    case 'round': {
      const r = round!;
      const debate = debateRoundScreen(pack, s, header(pack, s));
      if (debate) return debate;
      const mine = s.mode === 'all' ? (s.teamPicks[s.activeTeam] ?? []) : s.selection;
      const options = optionViews(pack, r, mine).map((o) =>
        s.mode === 'all' ? { ...o, selectedBy: s.teamPicks.flatMap((p, t) => (p.includes(o.id) ? [t] : [])) } : o,
      );
      return {
        kind: 'round',
        header: header(pack, s),
        roundType: r.type,
        prompt: r.prompt,
        claim: r.type === 'claim' ? r.claim : undefined,
        quote: r.type === 'who' ? quoteView(pack, r.quote) : undefined,
        opponent: r.type === 'rebuttal' ? r.opponent : undefined,
        multi: isMultiSelect(r),
        options,
        canConfirm: s.mode === 'all' ? s.teamPicks.every((p) => p.length > 0) : s.selection.length > 0,
        team: s.mode === 'teams' ? teamForRound(pack, s, s.level, s.round) : null,
        clock: s.timer ? { seconds: Math.ceil(s.timer.remainingMs / 1000), running: s.timer.running } : null,
        locked: s.locked,
        discussing: s.discussing,
        discussClock: s.discussing && s.discussTimer ? { seconds: Math.ceil(s.discussTimer.remainingMs / 1000), running: s.discussTimer.running } : null,
        allAnswer: s.mode === 'all' ? { active: s.activeTeam, picked: s.teamPicks.map((p) => p.length > 0) } : null,
      };
    }
    case 'reveal': {
      const r = round!;
      const record = s.records[level!.id]![r.id]!;
      if (r.type === 'case' || r.type === 'whoswho' || r.type === 'verdict') return debateReveal(pack, r, record, header(pack, s), s.mode === 'solo' ? null : caseSides(pack, s, s.level, s.round));
      const multi = isMultiSelect(r);
      // With every team answering, the reveal explains every answer any team gave.
      const pickedIds = record.teamPicks ? [...new Set(record.teamPicks.flat())] : record.picked;
      const options = optionViews(pack, r, []).map((o) => {
        const picked = pickedIds.includes(o.id);
        return { ...o, picked, judged: judge(o, picked, multi) };
      });
      const picked = options.filter((o) => o.picked);
      const best = bestOptions(options);
      const explained = multi ? best : picked;
      const shownEvidence = multi || picked.every((p) => p.verdict !== 'supported') ? [...picked, ...best] : picked;
      return {
        kind: 'reveal',
        header: header(pack, s),
        roundType: r.type,
        prompt: r.prompt,
        claim: r.type === 'claim' ? r.claim : undefined,
        multi,
        record,
        options,
        picked,
        best: picked.some((p) => p.verdict === 'supported') && !multi ? [] : best,
        explanation: [...new Set(explained.map((o) => o.explanation))].join(' '),
        evidence: evidenceOf(pack, shownEvidence),
        reported: pack.manifest.source.reported,
        teamPicks: record.teamPicks
          ? record.teamPicks.map((p, t) => ({ team: t, picked: options.filter((o) => p.includes(o.id)), score: record.teamScores?.[t] ?? 0 }))
          : null,
      };
    }
    case 'levelSummary':
      return {
        kind: 'levelSummary',
        header: header(pack, s),
        question: level!.question,
        recap: recapOf(pack, s, s.level),
        score: levelScore(pack, s, s.level),
        max: levelMax(pack, s.level),
        isLast: isSessionComplete(pack, s),
        teams: s.mode !== 'solo' && (s.scoreboard === 'always' || s.scoreboard === 'between-levels') ? standings(pack, s, s.level) : null,
      };
    case 'final': {
      const levels = levelCards(pack, s);
      return {
        kind: 'final',
        levels,
        total: totalScore(pack, s),
        max: totalMax(pack),
        recap: levels.map((level) => ({ level, items: recapOf(pack, s, level.index) })),
        teams: s.mode !== 'solo' && s.scoreboard !== 'never' ? standings(pack, s, s.level) : null,
        poll: pollView(pack, s),
        discernment: discernment(pack, s, s.mode !== 'solo' && s.scoreboard !== 'never'),
      };
    }
  }
}

