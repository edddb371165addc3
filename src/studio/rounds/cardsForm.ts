/**
 * A debate hand's evidence cards (make-the-case and final-verdict rounds): each a quote or a
 * passage of the article's narration, with its relevance, bearing, strength and one line why.
 */
import type { DebateCard } from '../../core/pack/schema';
import { blankCard, type Path } from '../../core/studio/rounds';
import { h } from '../../services/dom';
import { addButton, choicesOf, domId, leftOver, problemLines, problemsAt, quoteSelect, removeButton, selectField, textField, type Ctx } from '../fields';

const SOURCES = ['quote', 'narration'] as const;
const RELEVANCES = ['on-point', 'related', 'off-topic'] as const;
const BEARINGS = ['for', 'against', 'neutral'] as const;
const STRENGTHS = ['strong', 'moderate', 'weak'] as const;

/** `bearings` are the words for which way a card points: at the claim (a case) or at the experts' view (a verdict). */
export function cardsForm(
  c: Ctx,
  path: Path,
  at: string,
  cards: readonly DebateCard[],
  size: { min: number; max: number },
  bearings: { readonly [K in (typeof BEARINGS)[number]]: string },
): HTMLElement {
  const list = [...path, 'cards'];
  return h(
    'fieldset',
    { class: 'cards' },
    h('legend', {}, c.t.cardsTitle),
    ...problemLines(c, problemsAt(c, `${at}.cards`)).lines,
    ...cards.map((card, i) => {
      const cp = [...list, i];
      const cat = `${at}.cards[${i}]`;
      const source = card.narration !== undefined ? 'narration' : 'quote';
      // Switching what the card shows keeps everything else about it.
      const { quote: _q, narration: _n, ...rest } = card;
      const switchTo = (to: string) => c.st.editAt(cp, to === 'narration' ? { ...rest, narration: '' } : { ...rest, quote: '' });
      return h(
        'fieldset',
        { class: 'card', 'data-card': String(i) },
        h('legend', {}, c.t.cardTitle(i + 1)),
        selectField(c, c.t.cardSource, cp, `${cat}.source`, source, choicesOf(SOURCES, c.t.cardSources), { id: `${domId(cp)}-source`, onChange: switchTo }),
        source === 'quote'
          ? quoteSelect(c, c.t.cardQuote, [...cp, 'quote'], `${cat}.quote`, card.quote ?? '')
          : textField(c, c.t.cardNarration, [...cp, 'narration'], `${cat}.narration`, card.narration ?? '', undefined, true),
        selectField(c, c.t.cardRelevance, [...cp, 'relevance'], `${cat}.relevance`, card.relevance, choicesOf(RELEVANCES, c.t.cardRelevances)),
        selectField(c, c.t.cardBearing, [...cp, 'bearing'], `${cat}.bearing`, card.bearing, choicesOf(BEARINGS, bearings)),
        selectField(c, c.t.cardStrength, [...cp, 'strength'], `${cat}.strength`, card.strength, choicesOf(STRENGTHS, c.t.cardStrengths)),
        textField(c, c.t.cardReason, [...cp, 'reason'], `${cat}.reason`, card.reason),
        ...leftOver(c, cat),
        removeButton(c, c.t.cardRemove(i + 1), cp, cards.length, size.min),
      );
    }),
    addButton(c, c.t.cardAdd, list, cards.length, size.max, () => blankCard(cards.map((x) => x.id))),
  );
}
