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
import type { AnswerOutcome, ScoredOutcome } from '../rules/scoring';
import { isPublisher } from '../pack/publisher';

export interface QuoteView {
  quote: Quote;
  speaker: Speaker;
  /** The words are the publishing outlet's own reporting, not a quote of anyone (shown as such). */
  reporting?: true;
}

export function quoteView(pack: Pack, quoteId: string): QuoteView | undefined {
  const quote = pack.manifest.quotes.find((q) => q.id === quoteId);
  const speaker = quote && pack.manifest.speakers.find((s) => s.id === quote.speaker);
  if (!quote || !speaker) return undefined;
  return isPublisher(pack.manifest, speaker) ? { quote, speaker, reporting: true } : { quote, speaker };
}

/** The quotes of a list of ids, skipping any the pack lacks. */
export const quoteViews = (pack: Pack, ids: readonly string[]): QuoteView[] => ids.map((id) => quoteView(pack, id)).filter((q): q is QuoteView => !!q);

export function speakerOf(pack: Pack, id: string | undefined): Speaker | undefined {
  return id === undefined ? undefined : pack.manifest.speakers.find((s) => s.id === id);
}

/** The pack's speakers by how many of its quotes are theirs (pack order between equals), the first `n`: the title's name plates. */
export function mostQuoted(pack: Pack, n: number): Speaker[] {
  const count = (id: string) => pack.manifest.quotes.filter((q) => q.speaker === id).length;
  return (
    pack.manifest.speakers
      .map((sp, i) => ({ sp, i, c: count(sp.id) }))
      // The outlet that published the article is not one of the people it quotes.
      .filter((x) => x.c > 0 && !isPublisher(pack.manifest, x.sp))
      .sort((a, b) => b.c - a.c || a.i - b.i)
      .slice(0, n)
      .map((x) => x.sp)
  );
}

export interface OptionView extends RoundOption {
  /** Position label: 1-based. */
  n: number;
  selected: boolean;
  speakerView?: Speaker;
  /** For rebuttal options: the quote played back. */
  quoteView?: QuoteView;
  /** After the reveal: was it picked, and how it was judged (a pick-all option: its own credit). */
  picked?: boolean;
  judged?: ScoredOutcome;
  /**
   * The mark its tile (and a pick-all's list row) shows at the verdict: the right mark on what the
   * sources support, its own outcome on a pick that was not, and none on an option passed over
   * rightly (a tick beside a claim the sources reject read as if they backed it).
   */
  mark?: ScoredOutcome;
  /**
   * A pick-all option on the reveal's list of picks: what the answer did with it. A supported
   * option found or missed, a false one picked, a half-true one picked; none for an option
   * rightly left out. (A tick beside a supported option that was not picked read as "got it".)
   */
  call?: PickCall;
}

export type PickCall = 'found' | 'missed' | 'wrong' | 'partly';

/** What a pick-all answer did with an option, from its verdict and whether it was picked; none when it was left out rightly. */
export function pickCall(verdict: Verdict, picked: boolean): PickCall | undefined {
  if (verdict === 'supported') return picked ? 'found' : 'missed';
  if (!picked) return undefined;
  return verdict === 'partial' ? 'partly' : 'wrong';
}

/** The outcome mark a call is drawn with: a found one's tick, a missed or wrong one's cross, a half-true one's half. */
export const CALL_OUTCOME: Readonly<Record<PickCall, ScoredOutcome>> = { found: 'right', missed: 'wrong', wrong: 'wrong', partly: 'partly' };

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
  /** Each round of the level in order: how it went once answered (the progress pips' marks), null before. */
  outcomes: (AnswerOutcome | null)[];
}

export interface CardView {
  id: string;
  /** A pack quote, with its speaker… */
  quote?: QuoteView;
  /** …or a passage of the article's own narration: nobody's words. */
  narration?: string;
  text: string;
  /** What has happened to it this round: played, conceded, by which team (none named in solo play). */
  marks: CardMark[];
  selected: boolean;
}

/** A card played or conceded; `team` is null in solo play, where there are no teams to name. */
export interface CardMark {
  kind: 'played' | 'conceded';
  team: Team | null;
}

export function cardView(pack: Pack, c: DebateCard): Omit<CardView, 'marks' | 'selected'> {
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
  /** A verdict's position line: the pack's label for the stop placed at. */
  positionLabel?: string;
}

export interface Scorecard {
  team: Team | null;
  stance: Stance | null;
  score: number;
  lines: LineView[];
}

export function lineViews(
  pack: Pack,
  cards: readonly DebateCard[],
  lines: readonly ScoreLine[],
  scale: readonly { id: ScalePosition; label: string }[] = [],
): LineView[] {
  return lines.map((line) => {
    const id = 'card' in line ? line.card : null;
    const c = id ? cards.find((x) => x.id === id) : undefined;
    const view = c ? { ...cardView(pack, c), marks: [], selected: false } : undefined;
    const name = (sid: string | null) => (sid ? pack.manifest.speakers.find((x) => x.id === sid)?.name : undefined);
    const quote = line.rule === 'match' ? quoteView(pack, line.quote) : undefined;
    return {
      line,
      card: view ?? (quote ? { id: quote.quote.id, quote, text: quote.quote.text, marks: [], selected: false } : undefined),
      reason: (line.rule === 'strength' || (line.rule === 'closing' && line.value === 'backs')) && c ? c.reason : undefined,
      speakerName: line.rule === 'match' ? name(line.speaker) : line.rule === 'sort' ? name(line.speaker) : undefined,
      rightName: line.rule === 'match' ? name(line.right) : undefined,
      positionLabel: line.rule === 'position' ? scale.find((p) => p.id === line.position)?.label : undefined,
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
  /** The best stop's label, in the pack's words. */
  bestPositionLabel?: string;
  chosenPosition?: { id: ScalePosition; verdict: Verdict } | null;
  explanation: string;
  evidence: QuoteView[];
  counter?: QuoteView;
  /** Every quote the reveal shows, in order: the evidence, then the strongest quote the other way. */
  sources: { view: QuoteView; counter: boolean }[];
  reported: string;
}

/** What a drafted kind works out for its reveal; the screen model adds the rest. */
export type DebateRevealBody = Omit<DebateReveal, 'kind' | 'header' | 'prompt' | 'record' | 'reported' | 'sources'>;
