/**
 * Debate scoring: every point comes with a line saying why, so a scorecard can be stepped
 * through in class. Lines carry rules and values, not sentences; the interface words them.
 *
 * Make the case (per side, at most 100):
 * - each of the 2 played cards earns up to 40:
 *   relevance: on-point 15, related 8, off-topic 0;
 *   stance: backs your side 15, takes no side 0;
 *   source strength, only for a card that backs your side: strong 10, moderate 5, weak 0;
 *   a card that undercuts your side earns nothing at all.
 * - conceding the strongest counter-card (the card against your side with the most
 *   relevance + strength) earns 20; conceding a weaker counter-card 5; anything else 0.
 *
 * Who's who (at most 100): 60 shared equally by the quote-to-speaker matches, 40 shared
 * equally by sorting each speaker as expert or official; rounded once at the end.
 *
 * Final verdict (at most 100): the scale position earns 40 × its verdict's share
 * (supported 40, partial 20, otherwise 0); each of the 3 closing cards earns up to 20:
 * 10 for backing the experts' collective view (not off-topic) plus 10/5/0 for strength.
 */
import type { CaseRound, DebateCard, Pack, ScalePosition, Stance, Verdict, VerdictRound, WhosWhoRound } from '../pack/schema';
import { VERDICT_POINTS } from './scoring';

export const CASE_CARDS = 2;
export const CLOSING_CARDS = 3;
export const RELEVANCE_POINTS = { 'on-point': 15, related: 8, 'off-topic': 0 } as const;
export const STANCE_POINTS = 15;
export const STRENGTH_POINTS = { strong: 10, moderate: 5, weak: 0 } as const;
export const CONCESSION_POINTS = { strongest: 20, weaker: 5, none: 0 } as const;
export const MATCH_SHARE = 60;
export const SORT_SHARE = 40;
export const SCALE_SHARE = 40;
export const CLOSING_BACKS_POINTS = 10;

export type Group = 'expert' | 'official';

export type ScoreLine =
  | { rule: 'relevance'; card: string; value: DebateCard['relevance'] | 'wrong-side'; points: number }
  | { rule: 'stance'; card: string; value: 'backs' | 'neutral' | 'undercuts'; points: number }
  | { rule: 'strength'; card: string; value: DebateCard['strength'] | 'wrong-side'; points: number }
  | { rule: 'concession'; card: string | null; value: keyof typeof CONCESSION_POINTS; points: number }
  | { rule: 'match'; quote: string; speaker: string | null; right: string; points: number }
  | { rule: 'sort'; speaker: string; group: Group | null; right: Group; points: number }
  | { rule: 'position'; position: ScalePosition | null; verdict: Verdict | null; points: number }
  | { rule: 'closing'; card: string; value: 'backs' | 'off-topic' | 'neutral' | 'against'; points: number };

export interface DebateResult {
  score: number;
  lines: ScoreLine[];
}

export const opposite = (s: Stance): Stance => (s === 'for' ? 'against' : 'for');

function sideOf(card: DebateCard, stance: Stance): 'backs' | 'neutral' | 'undercuts' {
  if (card.bearing === 'neutral') return 'neutral';
  return card.bearing === stance ? 'backs' : 'undercuts';
}

/** How hard a card hits the side it bears for: relevance plus source strength. */
export function cardWeight(card: DebateCard): number {
  return RELEVANCE_POINTS[card.relevance] + STRENGTH_POINTS[card.strength];
}

/** The counter-cards against a stance that weigh the most (ties are all "strongest"). */
export function strongestCounters(cards: readonly DebateCard[], stance: Stance): string[] {
  const counters = cards.filter((c) => sideOf(c, stance) === 'undercuts');
  const top = Math.max(...counters.map(cardWeight));
  return counters.filter((c) => cardWeight(c) === top).map((c) => c.id);
}

function byId(cards: readonly DebateCard[], id: string): DebateCard {
  const c = cards.find((x) => x.id === id);
  if (!c) throw new Error(`unknown card "${id}"`);
  return c;
}

export function scoreCase(round: CaseRound, stance: Stance, played: readonly string[], conceded: string | null): DebateResult {
  const lines: ScoreLine[] = [];
  for (const id of played) {
    const card = byId(round.cards, id);
    const side = sideOf(card, stance);
    if (side === 'undercuts') {
      lines.push({ rule: 'relevance', card: id, value: 'wrong-side', points: 0 });
      lines.push({ rule: 'stance', card: id, value: 'undercuts', points: 0 });
      lines.push({ rule: 'strength', card: id, value: 'wrong-side', points: 0 });
      continue;
    }
    lines.push({ rule: 'relevance', card: id, value: card.relevance, points: RELEVANCE_POINTS[card.relevance] });
    lines.push({ rule: 'stance', card: id, value: side, points: side === 'backs' ? STANCE_POINTS : 0 });
    lines.push({ rule: 'strength', card: id, value: card.strength, points: side === 'backs' ? STRENGTH_POINTS[card.strength] : 0 });
  }
  const strongest = strongestCounters(round.cards, stance);
  const value: keyof typeof CONCESSION_POINTS =
    conceded === null ? 'none' : strongest.includes(conceded) ? 'strongest' : sideOf(byId(round.cards, conceded), stance) === 'undercuts' ? 'weaker' : 'none';
  lines.push({ rule: 'concession', card: conceded, value, points: CONCESSION_POINTS[value] });
  return { score: lines.reduce((s, l) => s + l.points, 0), lines };
}

export function scoreWhosWho(pack: Pack, round: WhosWhoRound, assign: Readonly<Record<string, string>>, sort: Readonly<Record<string, Group>>): DebateResult {
  const lines: ScoreLine[] = [];
  let raw = 0;
  for (const q of round.quotes) {
    const right = pack.manifest.quotes.find((x) => x.id === q)?.speaker ?? '';
    const speaker = assign[q] ?? null;
    const points = speaker === right ? MATCH_SHARE / round.quotes.length : 0;
    raw += points;
    lines.push({ rule: 'match', quote: q, speaker, right, points: Math.round(points) });
  }
  for (const s of round.speakers) {
    const kind = pack.manifest.speakers.find((x) => x.id === s)?.kind;
    const right: Group = kind === 'expert' ? 'expert' : 'official';
    const group = sort[s] ?? null;
    const points = group === right ? SORT_SHARE / round.speakers.length : 0;
    raw += points;
    lines.push({ rule: 'sort', speaker: s, group, right, points: Math.round(points) });
  }
  return { score: Math.round(raw), lines };
}

export function scoreVerdict(round: VerdictRound, position: ScalePosition | null, closing: readonly string[]): DebateResult {
  const spot = round.scale.find((p) => p.id === position);
  const lines: ScoreLine[] = [
    {
      rule: 'position',
      position,
      verdict: spot?.verdict ?? null,
      points: spot ? (SCALE_SHARE * VERDICT_POINTS[spot.verdict]) / 100 : 0,
    },
  ];
  for (const id of closing) {
    const card = byId(round.cards, id);
    const value = card.relevance === 'off-topic' ? 'off-topic' : card.bearing === 'for' ? 'backs' : card.bearing === 'neutral' ? 'neutral' : 'against';
    lines.push({ rule: 'closing', card: id, value, points: value === 'backs' ? CLOSING_BACKS_POINTS + STRENGTH_POINTS[card.strength] : 0 });
  }
  return { score: lines.reduce((s, l) => s + l.points, 0), lines };
}
