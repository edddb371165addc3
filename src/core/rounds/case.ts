/**
 * Make the case: take a side on a claim, play the strongest cards for it, concede the other
 * side's best card. In team play two teams argue the two sides, taking turns.
 */
import type { Pack, RoundOf, Stance } from '../pack/schema';
import { CASE_CARDS, opposite, scoreCase } from '../rules/debateScoring';
import { averageScore } from '../rules/progress';
import type { CaseDraft, Mode, Side, Team } from '../rules/stateSchema';
import { cardView, lineViews, quoteViews, type CardMark, type CardView, type DebateRevealBody, type RoundHeader, type Scorecard } from '../screens/views';
import type { ConfirmResult, DebateMove, DraftKind, MoveResult } from './kind';

type R = RoundOf<'case'>;

export interface CaseScreen {
  kind: 'case';
  header: RoundHeader;
  prompt: string;
  claim: string;
  teams: boolean;
  /** Team play: the teams playing side A and side B. */
  sides: [Team, Team] | null;
  step: CaseDraft['step'];
  /** Side A's stance (or the solo player's); null until chosen. */
  stance: Stance | null;
  stanceGiven: boolean;
  /** The team whose move it is. */
  turn: Team;
  turnStance: Stance | null;
  cards: CardView[];
  /**
   * The most marks a card can carry this round: played by one side and conceded by the other,
   * or conceded by both (team play); played or conceded (solo). The views keep room for them.
   */
  cardMarks: number;
  /** How many cards each side plays. */
  cardsPerSide: number;
  canConfirm: boolean;
}

const sides = (mode: Mode) => (mode === 'solo' ? 1 : 2);
/** In team play the two sides alternate, side A first. */
const turnOf = (n: number, mode: Mode): Side => (mode === 'solo' ? 0 : ((n % 2) as Side));
export const stanceOf = (d: CaseDraft, side: Side): Stance | null => (d.stance === null ? null : side === 0 ? d.stance : opposite(d.stance));

/** Whose move it is in a case round (always side A in solo play). */
export function caseTurn(d: CaseDraft, mode: Mode): Side {
  return d.step === 'concede' ? turnOf(d.conceded.length, mode) : turnOf(d.played.length, mode);
}

const fail = (message: string): MoveResult => ({ ok: false, message });

function move(round: R, d: CaseDraft, m: DebateMove, mode: Mode): MoveResult {
  const hand = round.cards.map((c) => c.id);
  if (m.kind === 'stance') {
    if (d.step !== 'stance') return fail('the sides are already taken');
    return { ok: true, draft: { ...d, stance: m.stance } };
  }
  if (m.kind === 'play') {
    if (d.step !== 'play') return fail('cards are played after choosing a side');
    if (!hand.includes(m.card)) return fail(`no card "${m.card}" in this hand`);
    const mine = d.played.findIndex((p) => p.card === m.card);
    if (mode === 'solo' && mine >= 0) return { ok: true, draft: { ...d, played: d.played.filter((_, i) => i !== mine) } };
    if (mine >= 0) return fail('that card has been played');
    if (d.played.length >= CASE_CARDS * sides(mode)) return fail('every card for this round is played');
    return { ok: true, draft: { ...d, played: [...d.played, { card: m.card, side: turnOf(d.played.length, mode) }] } };
  }
  if (m.kind === 'undo') {
    if (d.step === 'play' && d.played.length > 0) return { ok: true, draft: { ...d, played: d.played.slice(0, -1) } };
    if (d.step === 'concede' && d.conceded.length > 0) return { ok: true, draft: { ...d, conceded: d.conceded.slice(0, -1) } };
    return fail('nothing to undo');
  }
  if (m.kind === 'concede') {
    if (d.step !== 'concede') return fail('concessions come after the cards are played');
    if (d.conceded.length >= sides(mode)) return fail('every side has conceded');
    const side = turnOf(d.conceded.length, mode);
    if (m.card !== null && (!hand.includes(m.card) || d.played.some((p) => p.card === m.card && p.side === side))) {
      return fail('concede a card from the other side, not one you played');
    }
    return { ok: true, draft: { ...d, conceded: [...d.conceded, m.card] } };
  }
  return fail(`"${m.kind}" is not a move in a case round`);
}

function confirm(_pack: Pack, round: R, d: CaseDraft, mode: Mode): ConfirmResult {
  if (d.step === 'stance') return d.stance ? { kind: 'step', draft: { ...d, step: 'play' } } : { kind: 'not-ready', message: 'choose a side first' };
  if (d.step === 'play') {
    return d.played.length === CASE_CARDS * sides(mode)
      ? { kind: 'step', draft: { ...d, step: 'concede' } }
      : { kind: 'not-ready', message: `play ${CASE_CARDS} cards for each side` };
  }
  if (d.conceded.length < sides(mode)) return { kind: 'not-ready', message: 'each side concedes a card, or chooses not to' };
  const results = Array.from({ length: sides(mode) }, (_, i) => {
    const side = i as Side;
    return scoreCase(
      round,
      stanceOf(d, side)!,
      d.played.filter((p) => p.side === side).map((p) => p.card),
      d.conceded[i] ?? null,
    );
  });
  const sideScores = mode === 'solo' ? undefined : ([results[0]!.score, results[1]!.score] as [number, number]);
  const score = sideScores ? averageScore(sideScores) : results[0]!.score;
  return { kind: 'scored', score, sideScores, results };
}

const cardQuotes = (round: R) => round.cards.flatMap((c) => (c.quote ? [c.quote] : []));

export const caseKind: DraftKind<R, CaseDraft, CaseScreen, DebateRevealBody> = {
  family: 'draft',
  order: (round, shuffle) => ({ ...round, cards: shuffle(round.cards, 'cards') }),
  newDraft: (round) => ({ kind: 'case', stance: round.stance ?? null, played: [], conceded: [], step: round.stance ? 'play' : 'stance' }),
  move,
  confirm,
  candidates(round) {
    const moves: DebateMove[] = [{ kind: 'undo' }, { kind: 'stance', stance: 'for' }, { kind: 'stance', stance: 'against' }, { kind: 'concede', card: null }];
    for (const c of round.cards) moves.push({ kind: 'play', card: c.id }, { kind: 'concede', card: c.id });
    return moves;
  },
  screen(pack, round, d, { s, header, sides, canConfirm }) {
    const turn = caseTurn(d, s.mode);
    const teamOf = (side: Side): Team => (sides ? sides[side] : side);
    const playedSide = (id: string) => d.played.find((p) => p.card === id)?.side;
    const solo = s.mode === 'solo';
    return {
      kind: 'case',
      header,
      prompt: round.prompt,
      claim: round.claim,
      teams: s.mode !== 'solo',
      sides,
      step: d.step,
      stance: d.stance,
      stanceGiven: round.stance !== undefined,
      turn: teamOf(turn),
      turnStance: stanceOf(d, turn),
      cards: round.cards.map((c) => {
        const side = playedSide(c.id);
        // Solo play has no teams: a card is "played" or "conceded", by nobody named.
        const team = (s: Side) => (solo ? null : teamOf(s));
        const marks: CardMark[] = [
          ...(side === undefined ? [] : [{ kind: 'played' as const, team: team(side) }]),
          ...d.conceded.flatMap((x, i) => (x === c.id ? [{ kind: 'conceded' as const, team: team(i as Side) }] : [])),
        ];
        return { ...cardView(pack, c), marks, selected: side !== undefined };
      }),
      cardMarks: solo ? 1 : 2,
      cardsPerSide: CASE_CARDS,
      canConfirm,
    };
  },
  reveal(pack, round, record, { sides }) {
    const d = record.draft?.kind === 'case' ? record.draft : caseKind.newDraft(round);
    const bySide = record.teamScores && sides ? sides : null;
    const scorecards = Array.from({ length: bySide ? 2 : 1 }, (_, i): Scorecard => {
      const side = i as Side;
      const stance = stanceOf(d, side)!;
      const r = scoreCase(
        round,
        stance,
        d.played.filter((p) => p.side === side).map((p) => p.card),
        d.conceded[i] ?? null,
      );
      return { team: bySide ? bySide[side] : null, stance, score: r.score, lines: lineViews(pack, round.cards, r.lines) };
    });
    return {
      roundType: 'case',
      claim: round.claim,
      scorecards,
      expertsView: round.experts.view,
      explanation: round.experts.explanation,
      evidence: quoteViews(pack, round.experts.evidence),
    };
  },
  revealEvidence: (_pack, round) => [...cardQuotes(round), ...round.experts.evidence],
  bestEvidence: (_pack, round) => round.experts.evidence,
  recap: (pack, round) => ({ best: [], evidence: quoteViews(pack, round.experts.evidence), expertsView: round.experts.view }),
  // F / X take a side · a card by number or letter · 0 or N concede nothing · U or Backspace undo.
  key(screen, key, { digit, letter }) {
    const lower = key.toLowerCase();
    const move = (m: DebateMove) => ({ type: 'debate' as const, move: m });
    if (lower === 'u' || key === 'Backspace') return move({ kind: 'undo' });
    if (screen.step === 'stance' && (lower === 'f' || lower === 'x')) return move({ kind: 'stance', stance: lower === 'f' ? 'for' : 'against' });
    if (screen.step === 'concede' && (key === '0' || lower === 'n')) return move({ kind: 'concede', card: null });
    const card = screen.cards[digit >= 0 ? digit : letter];
    if (card && screen.step !== 'stance') return move(screen.step === 'play' ? { kind: 'play', card: card.id } : { kind: 'concede', card: card.id });
    return key === 'Enter' ? { type: 'confirm' } : null;
  },
};
