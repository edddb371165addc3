/**
 * What each screen shows, derived from (pack, state) alone. The Phaser scenes and the
 * DOM accessibility layer both render this model, so the two views cannot disagree.
 * Words that belong to the interface (not the pack) are left as keys for the catalog.
 */
import { discernment, type Discernment } from '../rules/discernment';
import { debateReveal, debateRoundScreen, type DebateScreen } from './debateScreen';
import { caseSides, currentRound, inSession, isLevelComplete, isSessionComplete, type GameState } from '../rules/game';
import type { Mode } from '../rules/debate';
import { levelAnswered, levelMax, levelScore, standings, totalMax, totalScore, type Standing } from '../rules/progress';
import type { Pack } from '../pack/schema';
import type { DebateReveal, RoundHeader } from './views';
import { pickReveal, pickRound, type PickReveal, type PickRound } from './pickScreen';
import { recapOf, type RecapItem } from './recap';

export type { CardView, DebateReveal, LineView, OptionView, QuoteView, RoundHeader, Scorecard } from './views';
export { quoteView } from './views';
export type { RecapItem } from './recap';

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
  | PickRound
  | PickReveal
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

export function header(pack: Pack, s: GameState): RoundHeader {
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

function pollView(pack: Pack, s: GameState): PollView | null {
  const poll = pack.manifest.poll;
  if (!poll) return null;
  return {
    question: poll.question,
    options: poll.options.map((o) => ({ id: o.id, text: o.text, before: s.poll.before[o.id] ?? 0, after: s.poll.after[o.id] ?? 0 })),
  };
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
      const ctx = { s, header: header(pack, s), sides: s.mode === 'solo' ? null : caseSides(pack, s, s.level, s.round) };
      return debateRoundScreen(pack, round!, ctx) ?? pickRound(pack, s, round!, ctx.header);
    }
    case 'reveal': {
      const record = s.records[level!.id]![round!.id]!;
      const ctx = { s, header: header(pack, s), sides: s.mode === 'solo' ? null : caseSides(pack, s, s.level, s.round) };
      return debateReveal(pack, round!, record, ctx) ?? pickReveal(pack, round!, record, ctx.header);
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

