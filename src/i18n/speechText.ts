/**
 * What "read aloud" says for a screen, built from the same screen model as the canvas and
 * the DOM layer: the question and its answers, or the verdict, the explanation and the
 * first quote with who said it. Plain text; no browser needed to work it out.
 */
import type { QuoteView, Screen } from '../core/screens/screen';
import { optionLabel, optionLetter } from './optionLabel';
import { attribution } from './attribution';
import { t } from './strings';
import { headlineText } from './outcomeText';

/** The first quote of the evidence, with who said it: what the class most needs to hear. */
function firstQuote(evidence: readonly QuoteView[]): string {
  const first = evidence[0];
  return first ? ` “${first.quote.text}”, ${attribution(first)}.` : '';
}

export function speechText(screen: Screen): string {
  switch (screen.kind) {
    case 'title':
      return `${t.gameTitle}. ${screen.packTitle}. ${screen.summary}`;
    case 'levelIntro':
      return `${screen.question} ${screen.context}`;
    case 'round': {
      const options = screen.options.map((o) => `${optionLetter(o.n)}: ${optionLabel(o)}.`).join(' ');
      const claim = screen.claim ? ` ${t.claimLabel}: ${screen.claim}.` : '';
      const quote = screen.quote ? ` “${screen.quote.quote.text}”.` : '';
      return `${screen.prompt}${claim}${quote} ${options}`;
    }
    case 'reveal':
      return `${headlineText(screen.headline)}${screen.headline.kind === 'teams' ? '' : `, ${t.plusPoints(screen.record.score)}`}. ${screen.explanation}${firstQuote(screen.evidence)}`;
    case 'debateReveal':
      return `${screen.explanation}${firstQuote(screen.evidence)}`;
    case 'case':
    case 'verdictRound':
      return `${screen.prompt} ${t.claimLabel}: ${screen.claim}.`;
    case 'whoswho':
      return screen.prompt;
    case 'levelSummary':
      return `${t.levelDone}. ${t.points(screen.score, screen.max)}.`;
    case 'final':
      return `${t.finalTitle}. ${t.totalScore(screen.total, screen.max)}.`;
    // These are read from their own controls (the setup's form, the poll's rows, the level list).
    case 'setup':
    case 'poll':
    case 'levelSelect':
      return '';
  }
}
