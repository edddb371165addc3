/**
 * "Show in article": the passage of the source that holds a quote, worked out once here so the
 * canvas and the DOM layer highlight the same words, show the same notes and credit the same
 * speaker. The views only lay it out (the canvas trims long context to fit the screen).
 */
import { locateInSource } from '../pack/sourceText';
import type { Pack } from '../pack/schema';
import type { GameState } from '../rules/stateSchema';
import { screenOf, type Screen } from './screen';
import { currentRound } from '../rules/roundAt';
import { quoteView, type QuoteView } from './views';

export interface SourcePassage {
  /** The paragraph in three pieces: the words before the quote, the quote as the article has it, the words after. */
  before: string;
  highlight: string;
  after: string;
}

export interface SourceScreen {
  /** The article itself, for the panel's heading. */
  article: Pack['manifest']['source'];
  /** The quote and its speaker: the attribution is worded from these (name, role, where or when). */
  quote: QuoteView | null;
  /** Editorial notes of the paragraph (what the page showed), shown apart from its words. */
  notes: readonly string[];
  /** The paragraph holding the quote, or null when the quote is not in the article body. */
  passage: SourcePassage | null;
  /** Every quote of the reveal beneath, in the order it shows them, and which of them this is: the view steps between them. */
  quotes: readonly string[];
  index: number;
}

/** The quotes a reveal shows as its evidence, in its order (a debate's counter-quote last). */
export function revealQuotes(screen: Screen): string[] {
  const views =
    screen.kind === 'reveal' ? screen.evidence : screen.kind === 'debateReveal' ? [...screen.evidence, ...(screen.counter ? [screen.counter] : [])] : [];
  return [...new Set(views.map((q) => q.quote.id))];
}

/** The quotes of the reveal under the overlay (none when the state has no reveal to show). */
function quotesBeneath(pack: Pack, s: GameState): string[] {
  const level = pack.levels[s.level];
  const round = currentRound(pack, s);
  if (s.phase !== 'reveal' || !level || !round || !s.records[level.id]?.[round.id]) return [];
  return revealQuotes(screenOf(pack, s));
}

/** The source overlay's content, or null when the overlay is not open. */
export function sourceView(pack: Pack, s: GameState): SourceScreen | null {
  if (s.overlay?.kind !== 'source') return null;
  const quotes = quotesBeneath(pack, s);
  const quote = quoteView(pack, s.overlay.quote) ?? null;
  const found = quote ? locateInSource(pack.sourceText, quote.quote.text) : null;
  return {
    article: pack.manifest.source,
    quote,
    notes: found?.notes ?? [],
    passage: found
      ? { before: found.paragraph.slice(0, found.start), highlight: found.paragraph.slice(found.start, found.end), after: found.paragraph.slice(found.end) }
      : null,
    quotes,
    index: quotes.indexOf(s.overlay.quote),
  };
}
