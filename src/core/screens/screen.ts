/**
 * What each screen shows, derived from (pack, state) alone. The Phaser scenes and the
 * DOM accessibility layer both render this model, so the two views cannot disagree.
 * Words that belong to the interface (not the pack) are left as keys for the catalog.
 */
import { discernment, type Discernment } from '../rules/discernment';
import { debateReveal, debateRoundScreen, type DebateScreen } from './debateScreen';
import { caseSides, currentRound, isSessionComplete, type GameState } from '../rules/game';
import type { Mode } from '../rules/debate';
import { levelAnswered, levelMax, levelScore, playedMax, standings, standingsBoard, totalMax, totalScore, type Standing } from '../rules/progress';
import type { Pack, Speaker } from '../pack/schema';
import type { DebateReveal, RoundHeader } from './views';
import { pickReveal, pickRound, type PickReveal, type PickRound } from './pickScreen';
import { recapOf, type RecapItem } from './recap';
import { modeLock, sessionProgress, teamCount, type SessionProgress, type TeamCount, type TeamLock } from '../rules/session';
import { misconceptions } from '../rules/results';
import { optionViews } from './pickScreen';
import { orderedRound } from '../rules/roundAt';
import { mostQuoted, type OptionView, type QuoteView } from './views';
import { pickKind } from '../rounds/registry';
import { recordOutcome } from '../rules/scoring';
import { calibration, type Calibration } from '../rules/calibration';
import { podiumOf, type Podium } from '../rules/podium';

export type { CardView, DebateReveal, LineView, OptionView, QuoteView, RoundHeader, Scorecard } from './views';
export { mostQuoted, quoteView } from './views';
export type { RecapItem } from './recap';
export type { LevelAction, LevelCard, LevelStatus } from './levelCards';
import { levelCards, nextFromList, type LevelAction, type LevelCard } from './levelCards';

/** A round most of the class answered against the sources, for the teacher to go over. */
export interface MisconceptionView {
  levelIndex: number;
  levelTitle: string;
  roundIndex: number;
  prompt: string;
  /** A who-said-it round's quote: its prompt means nothing without it. */
  quote?: QuoteView;
  /** How many picks were against the sources, of how many. */
  wrong: number;
  of: number;
  /** What the sources supported. */
  best: OptionView[];
}

export interface PollView {
  question: string;
  options: { id: string; text: string; before: number; after: number }[];
  /** Whether each show of hands was taken (any count entered): one not taken is said to be, never shown as zeros. */
  taken: { before: boolean; after: boolean };
}

export type Screen =
  | {
      kind: 'title';
      packTitle: string;
      summary: string;
      source: Pack['manifest']['source'];
      mode: Mode;
      fiction: boolean;
      /** A session under way is offered to continue; starting another clears it (asked first). */
      progress: SessionProgress;
      /** The people the article quotes most (at most four, most quoted first), for the title's name plates. */
      speakers: Speaker[];
    }
  | {
      kind: 'setup';
      mode: Mode;
      /** Team names as entered ('' for the default name); shown in team play. */
      teams: string[];
      /** The team count's limits, and whether it may still change (it is fixed once a round is scored). */
      teamCount: TeamCount;
      /** Why solo / teams / all-teams can no longer change, or null while it can. */
      modeLock: TeamLock | null;
      levels: LevelCard[];
      canStart: boolean;
    }
  | { kind: 'poll'; when: 'before' | 'after'; poll: PollView }
  | DebateScreen
  | DebateReveal
  | {
      kind: 'levelSelect';
      levels: LevelCard[];
      total: number;
      max: number;
      allComplete: boolean;
      /** What Next does: the results when every level is done, else the next open level's action. */
      next: 'results' | Exclude<LevelAction, 'replay'>;
    }
  | { kind: 'levelIntro'; header: RoundHeader; question: string; context: string; resumed: boolean }
  | PickRound
  | PickReveal
  | {
      kind: 'levelSummary';
      header: RoundHeader;
      question: string;
      recap: RecapItem[];
      score: number;
      max: number;
      isLast: boolean;
      /** The header strip's teams, in team order (null when the scores are not shown now). */
      teams: Standing[] | null;
      /** The standings page before the recap: by rank, with this level's gains. */
      board: Standing[] | null;
    }
  | {
      kind: 'final';
      levels: LevelCard[];
      total: number;
      max: number;
      recap: { level: LevelCard; items: RecapItem[] }[];
      teams: Standing[] | null;
      /** The standings the results open with, by rank. */
      board: Standing[] | null;
      /**
       * What the results open with: the podium (teams ranked), the board of each team's own gain
       * (no ranking, so no podium), the class's total as a big result (solo), or nothing (the
       * teacher never shows team scores): the recap comes first then.
       */
      opening: 'podium' | 'gains' | 'total' | null;
      /** The podium, built from `board` (null unless `opening` is 'podium'). */
      podium: Podium | null;
      poll: PollView | null;
      /** The discernment line over the claim rounds: per team, or pooled when team scores are not shown. */
      discernment: Discernment[];
      /** Confidence: how often sure answers were right against unmarked ones, per team or pooled like the discernment; [] when no round took marks. */
      calibration: Calibration[];
      misconceptions: MisconceptionView[];
    };

function misconceptionViews(pack: Pack, s: GameState): MisconceptionView[] {
  return misconceptions(pack, s).map((m) => {
    const level = pack.levels[m.levelIndex]!;
    const ids = new Set(m.best.map((o) => o.id));
    const round = orderedRound(level.rounds[m.roundIndex]!, s.seed, level.id);
    return {
      levelIndex: m.levelIndex,
      levelTitle: level.title,
      roundIndex: m.roundIndex,
      prompt: m.prompt,
      quote: pickKind(round)?.stem(pack, round).quote,
      wrong: m.wrong,
      of: m.of,
      // In the order this session showed them, as the recap lists them.
      best: optionViews(pack, round, []).filter((o) => ids.has(o.id)),
    };
  });
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
    outcomes: l.rounds.map((r) => (s.records[l.id]?.[r.id] ? recordOutcome(s.records[l.id]![r.id]!) : null)),
  };
}

/** What a round's question and its reveal both start from: the state, the header, and a case's two sides in team play. */
const roundContext = (pack: Pack, s: GameState) => ({ s, header: header(pack, s), sides: s.mode === 'solo' ? null : caseSides(pack, s, s.level, s.round) });

function pollView(pack: Pack, s: GameState): PollView | null {
  const poll = pack.manifest.poll;
  if (!poll) return null;
  return {
    question: poll.question,
    options: poll.options.map((o) => ({ id: o.id, text: o.text, before: s.poll.before[o.id] ?? 0, after: s.poll.after[o.id] ?? 0 })),
    taken: { before: poll.options.some((o) => (s.poll.before[o.id] ?? 0) > 0), after: poll.options.some((o) => (s.poll.after[o.id] ?? 0) > 0) },
  };
}

/** The final results' board, and what they open with (see the `final` screen's `opening`). */
function finalOpening(
  teams: boolean,
  board: Standing[] | null,
): { board: Standing[] | null; opening: 'podium' | 'gains' | 'total' | null; podium: Podium | null } {
  const podium = podiumOf(board);
  return { board, podium, opening: !teams ? 'total' : podium ? 'podium' : board ? 'gains' : null };
}

/** The screen model of a state, worked out afresh; use `screenOf`, which remembers it. */
export function computeScreen(pack: Pack, s: GameState): Screen {
  const round = currentRound(pack, s);
  const level = pack.levels[s.level];
  switch (s.phase) {
    case 'title':
      return {
        kind: 'title',
        packTitle: pack.manifest.title,
        summary: pack.manifest.summary,
        source: pack.manifest.source,
        mode: s.mode,
        fiction: pack.manifest.fiction,
        progress: sessionProgress(pack, s),
        speakers: mostQuoted(pack, 4),
      };
    case 'setup': {
      const levels = levelCards(pack, s);
      return {
        kind: 'setup',
        mode: s.mode,
        teams: [...s.teams],
        teamCount: teamCount(s),
        modeLock: modeLock(s),
        levels,
        canStart: levels.some((l) => l.included),
      };
    }
    case 'pollBefore':
    case 'pollAfter':
      return { kind: 'poll', when: s.phase === 'pollBefore' ? 'before' : 'after', poll: pollView(pack, s)! };
    case 'levelSelect': {
      const levels = levelCards(pack, s);
      return {
        kind: 'levelSelect',
        levels,
        total: totalScore(pack, s),
        max: totalMax(pack, s),
        allComplete: isSessionComplete(pack, s),
        next: nextFromList(levels),
      };
    }
    case 'levelIntro':
      return { kind: 'levelIntro', header: header(pack, s), question: level!.question, context: level!.context, resumed: levelAnswered(pack, s, s.level) > 0 };
    case 'round': {
      const ctx = roundContext(pack, s);
      return debateRoundScreen(pack, round!, ctx) ?? pickRound(pack, s, round!, ctx.header);
    }
    // An answered pick round's question again (back from its reveal); debate rounds never get here.
    case 'review':
      return pickRound(pack, s, round!, header(pack, s));
    case 'reveal': {
      const record = s.records[level!.id]![round!.id]!;
      const ctx = roundContext(pack, s);
      return debateReveal(pack, round!, record, ctx) ?? pickReveal(pack, round!, record, ctx.header);
    }
    case 'levelSummary': {
      const betweenLevels = s.mode !== 'solo' && (s.scoreboard === 'always' || s.scoreboard === 'between-levels');
      return {
        kind: 'levelSummary',
        header: header(pack, s),
        question: level!.question,
        recap: recapOf(pack, s, s.level),
        score: levelScore(pack, s, s.level),
        max: levelMax(pack, s.level),
        isLast: isSessionComplete(pack, s),
        teams: betweenLevels ? standings(pack, s, s.level) : null,
        board: betweenLevels ? standingsBoard(pack, s, s.level) : null,
      };
    }
    case 'final': {
      const levels = levelCards(pack, s);
      return {
        kind: 'final',
        levels,
        total: totalScore(pack, s),
        // Out of what was played: levels left out or not reached (the bell rang) are not counted against the class.
        max: playedMax(pack, s),
        // Only rounds played: the best answers of a level not reached would spoil a later lesson.
        recap: levels.map((level) => ({ level, items: recapOf(pack, s, level.index).filter((item) => item.outcome !== null) })),
        teams: s.mode !== 'solo' && s.scoreboard !== 'never' ? standings(pack, s, s.level) : null,
        ...finalOpening(s.mode !== 'solo', s.mode !== 'solo' && s.scoreboard !== 'never' ? standingsBoard(pack, s, s.level) : null),
        poll: pollView(pack, s),
        discernment: discernment(pack, s, s.mode !== 'solo' && s.scoreboard !== 'never'),
        calibration: calibration(pack, s, s.mode !== 'solo' && s.scoreboard !== 'never'),
        misconceptions: misconceptionViews(pack, s),
      };
    }
  }
}

// States are immutable (the reducer returns a new object for every change), so a state object
// has one screen for a pack. The store, the director, both views, the keyboard and read-aloud
// all ask for it on every change; remembering it per state builds it once per key press.
const remembered = new WeakMap<Pack, WeakMap<GameState, Screen>>();

/** What each screen shows for this state: built once per (pack, state) and shared. */
export function screenOf(pack: Pack, s: GameState): Screen {
  let byState = remembered.get(pack);
  if (!byState) remembered.set(pack, (byState = new WeakMap()));
  let screen = byState.get(s);
  if (!screen) byState.set(s, (screen = computeScreen(pack, s)));
  return screen;
}
