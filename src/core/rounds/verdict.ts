/** The closing verdict: place the offer on the scale, and close with the strongest cards. */
import type { RoundOf, ScalePosition } from '../pack/schema';
import { CLOSING_CARDS, scoreVerdict } from '../rules/debateScoring';
import type { VerdictDraft } from '../rules/stateSchema';
import { cardView, lineViews, quoteView, quoteViews, type CardView, type DebateRevealBody, type RoundHeader } from '../screens/views';
import type { DebateMove, DraftKind, MoveResult } from './kind';

type R = RoundOf<'verdict'>;

export interface VerdictScreen {
  kind: 'verdictRound';
  header: RoundHeader;
  prompt: string;
  claim: string;
  /** The instruction above the scale, in the pack's words. */
  scalePrompt: string;
  /** The scale's stops in order, each with the pack's label. */
  positions: { id: ScalePosition; label: string; selected: boolean }[];
  cards: CardView[];
  /** The most marks a card can carry this round (none: a closing card is only selected). */
  cardMarks: number;
  /** How many cards close the argument. */
  closingCards: number;
  canConfirm: boolean;
}

const fail = (message: string): MoveResult => ({ ok: false, message });
const best = (round: R) => round.scale.find((p) => p.verdict === 'supported');

function move(round: R, d: VerdictDraft, m: DebateMove): MoveResult {
  if (m.kind === 'place') return { ok: true, draft: { ...d, position: m.position } };
  if (m.kind === 'play') {
    if (!round.cards.some((c) => c.id === m.card)) return fail(`no card "${m.card}" in this hand`);
    if (d.cards.includes(m.card)) return { ok: true, draft: { ...d, cards: d.cards.filter((c) => c !== m.card) } };
    if (d.cards.length >= CLOSING_CARDS) return fail(`a closing argument has ${CLOSING_CARDS} cards`);
    return { ok: true, draft: { ...d, cards: [...d.cards, m.card] } };
  }
  return fail(`"${m.kind}" is not a move in the final verdict`);
}

export const verdict: DraftKind<R, VerdictDraft, VerdictScreen, DebateRevealBody> = {
  family: 'draft',
  order: (round, shuffle) => ({ ...round, cards: shuffle(round.cards, 'cards') }),
  newDraft: () => ({ kind: 'verdict', position: null, cards: [] }),
  move: (round, d, m) => move(round, d, m),
  confirm(_pack, round, d) {
    if (d.position === null || d.cards.length !== CLOSING_CARDS) {
      return { kind: 'not-ready', message: `place the offer on the scale and pick ${CLOSING_CARDS} cards` };
    }
    const r = scoreVerdict(round, d.position, d.cards);
    return { kind: 'scored', score: r.score, results: [r] };
  },
  candidates(round) {
    const moves: DebateMove[] = [{ kind: 'undo' }];
    for (const p of round.scale) moves.push({ kind: 'place', position: p.id });
    for (const c of round.cards) moves.push({ kind: 'play', card: c.id });
    return moves;
  },
  screen: (pack, round, d, { header, canConfirm }) => ({
    kind: 'verdictRound',
    header,
    prompt: round.prompt,
    claim: round.claim,
    scalePrompt: round.scalePrompt,
    positions: round.scale.map((p) => ({ id: p.id, label: p.label, selected: d.position === p.id })),
    cards: round.cards.map((c) => ({ ...cardView(pack, c), marks: [], selected: d.cards.includes(c.id) })),
    cardMarks: 0,
    closingCards: CLOSING_CARDS,
    canConfirm,
  }),
  reveal(pack, round, record) {
    const d = record.draft?.kind === 'verdict' ? record.draft : verdict.newDraft(round);
    const r = scoreVerdict(round, d.position, d.cards);
    const top = best(round);
    const chosen = round.scale.find((p) => p.id === d.position);
    return {
      roundType: 'verdict',
      claim: round.claim,
      scorecards: [{ team: record.team ?? null, stance: null, score: r.score, lines: lineViews(pack, round.cards, r.lines, round.scale) }],
      bestPosition: top?.id,
      bestPositionLabel: top?.label,
      chosenPosition: chosen ? { id: chosen.id, verdict: chosen.verdict } : null,
      explanation: [chosen?.explanation, top && top !== chosen ? top.explanation : undefined].filter(Boolean).join(' '),
      evidence: quoteViews(pack, top?.evidence ?? []),
      counter: quoteView(pack, round.counter),
    };
  },
  revealEvidence: (_pack, round) => [...round.cards.flatMap((c) => (c.quote ? [c.quote] : [])), ...round.scale.flatMap((p) => p.evidence), round.counter],
  bestEvidence: (_pack, round) => best(round)?.evidence ?? [],
  recap: (pack, round) => ({ best: [], evidence: quoteViews(pack, best(round)?.evidence ?? []), bestPosition: best(round)?.label }),
  // 1–4 place the offer on the scale; letters pick the closing cards.
  key(screen, key, { digit, letter }) {
    const spot = screen.positions[digit];
    if (spot) return { type: 'debate', move: { kind: 'place', position: spot.id } };
    const card = screen.cards[letter];
    if (card) return { type: 'debate', move: { kind: 'play', card: card.id } };
    return key === 'Enter' ? { type: 'confirm' } : null;
  },
};
