/**
 * The small views every screen is made of — a quote with its speaker, an option as shown,
 * a debate card, a scorecard line, the round header — shared by the screen model and the
 * round kinds that build their own screens.
 */
import type { RoundRecord, Team } from '../rules/stateSchema';
import type { RoundOption } from '../rules/options';
import type { ScoreLine } from '../rules/debateScoring';
import type { DebateCard, Pack, Quote, ScalePosition, Speaker, Stance, Verdict } from '../pack/schema';
import type { Standing } from '../rules/progress';
import type { ScoredOutcome } from '../rules/scoring';

export interface QuoteView {
  quote: Quote;
  speaker: Speaker;
}

export function quoteView(pack: Pack, quoteId: string): QuoteView | undefined {
  const quote = pack.manifest.quotes.find((q) => q.id === quoteId);
  const speaker = quote && pack.manifest.speakers.find((s) => s.id === quote.speaker);
  return quote && speaker ? { quote, speaker } : undefined;
}

/** The quotes of a list of ids, skipping any the pack lacks. */
export const quoteViews = (pack: Pack, ids: readonly string[]): QuoteView[] => ids.map((id) => quoteView(pack, id)).filter((q): q is QuoteView => !!q);

export function speakerOf(pack: Pack, id: string | undefined): Speaker | undefined {
  return id === undefined ? undefined : pack.manifest.speakers.find((s) => s.id === id);
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
  /** After the reveal: was it picked, and how it was judged (a pick-all option: its own credit). */
  picked?: boolean;
  judged?: ScoredOutcome;
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

export interface CardView {
  id: string;
  /** A pack quote, with its speaker… */
  quote?: QuoteView;
  /** …or a passage of the article's own narration: nobody's words. */
  narration?: string;
  text: string;
  /** Which team played it, if any (solo play is always team 0). */
  playedBy: Team | null;
  /** Which teams conceded it. */
  concededBy: Team[];
  selected: boolean;
}

export function cardView(pack: Pack, c: DebateCard): Omit<CardView, 'playedBy' | 'concededBy' | 'selected'> {
  const quote = c.quote ? quoteView(pack, c.quote) : undefined;
  return { id: c.id, quote, narration: c.narration, text: quote?.quote.text ?? c.narration ?? '' };
}

export interface LineView {
  line: ScoreLine;
  /** The card or quote the line is about, for wording the reason. */
  card?: CardView;
  reason?: string;
  speakerName?: string;
  rightName?: string;
}

export interface Scorecard {
  team: Team | null;
  stance: Stance | null;
  score: number;
  lines: LineView[];
}

export function lineViews(pack: Pack, cards: readonly DebateCard[], lines: readonly ScoreLine[]): LineView[] {
  return lines.map((line) => {
    const id = 'card' in line ? line.card : null;
    const c = id ? cards.find((x) => x.id === id) : undefined;
    const view = c ? { ...cardView(pack, c), playedBy: null, concededBy: [], selected: false } : undefined;
    const name = (sid: string | null) => (sid ? pack.manifest.speakers.find((x) => x.id === sid)?.name : undefined);
    const quote = line.rule === 'match' ? quoteView(pack, line.quote) : undefined;
    return {
      line,
      card: view ?? (quote ? { id: quote.quote.id, quote, text: quote.quote.text, playedBy: null, concededBy: [], selected: false } : undefined),
      reason: (line.rule === 'strength' || (line.rule === 'closing' && line.value === 'backs')) && c ? c.reason : undefined,
      speakerName: line.rule === 'match' ? name(line.speaker) : line.rule === 'sort' ? name(line.speaker) : undefined,
      rightName: line.rule === 'match' ? name(line.right) : undefined,
    };
  });
}

/** The reveal of a drafted round: its scorecards, and what the sources really support. */
export interface DebateReveal {
  kind: 'debateReveal';
  header: RoundHeader;
  roundType: 'case' | 'whoswho' | 'verdict';
  prompt: string;
  claim?: string;
  record: RoundRecord;
  scorecards: Scorecard[];
  /** What the experts' evidence really supports. */
  expertsView?: 'for' | 'against' | 'open';
  bestPosition?: ScalePosition;
  chosenPosition?: { id: ScalePosition; verdict: Verdict } | null;
  explanation: string;
  evidence: QuoteView[];
  counter?: QuoteView;
  reported: string;
}

/** What a drafted kind works out for its reveal; the screen model adds the rest. */
export type DebateRevealBody = Omit<DebateReveal, 'kind' | 'header' | 'prompt' | 'record' | 'reported'>;
