/**
 * Debate rounds in progress: a draft per round type, the moves that change it, and how a
 * finished draft is scored. Pure functions over plain data, like the rest of the core.
 */
import { CASE_CARDS, CLOSING_CARDS, opposite, scoreCase, scoreVerdict, scoreWhosWho, type DebateResult, type Group } from './debateScoring';
import type { CaseRound, Pack, Round, ScalePosition, Stance, VerdictRound, WhosWhoRound } from '../pack/schema';
import type { CaseDraft, Draft, Mode, Side, VerdictDraft, WhosWhoDraft } from './stateSchema';

export type { CaseDraft, Draft, Mode, Side, Team, VerdictDraft, WhosWhoDraft } from './stateSchema';

export type DebateMove =
  | { kind: 'stance'; stance: Stance }
  | { kind: 'play'; card: string }
  | { kind: 'undo' }
  | { kind: 'concede'; card: string | null }
  | { kind: 'hold'; quote: string }
  | { kind: 'assign'; speaker: string }
  | { kind: 'sort'; speaker: string; group: Group }
  | { kind: 'place'; position: ScalePosition };

export type MoveResult = { ok: true; draft: Draft } | { ok: false; message: string };

export function isDebateRound(round: Round): round is CaseRound | WhosWhoRound | VerdictRound {
  return round.type === 'case' || round.type === 'whoswho' || round.type === 'verdict';
}

export function newDraft(round: Round): Draft | null {
  switch (round.type) {
    case 'case':
      return { kind: 'case', stance: round.stance ?? null, played: [], conceded: [], step: round.stance ? 'play' : 'stance' };
    case 'whoswho':
      return { kind: 'whoswho', held: round.quotes[0] ?? null, assign: {}, sort: {}, step: 'assign' };
    case 'verdict':
      return { kind: 'verdict', position: null, cards: [] };
    default:
      return null;
  }
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

function moveCase(round: CaseRound, d: CaseDraft, m: DebateMove, mode: Mode): MoveResult {
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

function moveWhosWho(round: WhosWhoRound, d: WhosWhoDraft, m: DebateMove): MoveResult {
  if (m.kind === 'hold') {
    if (d.step !== 'assign' || !round.quotes.includes(m.quote)) return fail(`no quote "${m.quote}" to place`);
    return { ok: true, draft: { ...d, held: m.quote } };
  }
  if (m.kind === 'assign') {
    if (d.step !== 'assign' || d.held === null) return fail('pick a quote first');
    if (!round.speakers.includes(m.speaker)) return fail(`no speaker "${m.speaker}" here`);
    const assign = { ...d.assign, [d.held]: m.speaker };
    // Move on to the next quote still without a speaker, so the keyboard flow is quote, speaker, speaker…
    const held = round.quotes.find((q) => assign[q] === undefined) ?? null;
    return { ok: true, draft: { ...d, assign, held } };
  }
  if (m.kind === 'sort') {
    if (d.step !== 'sort' || !round.speakers.includes(m.speaker)) return fail('sort the speakers after matching the quotes');
    return { ok: true, draft: { ...d, sort: { ...d.sort, [m.speaker]: m.group } } };
  }
  return fail(`"${m.kind}" is not a move in a who's-who round`);
}

function moveVerdict(round: VerdictRound, d: VerdictDraft, m: DebateMove): MoveResult {
  if (m.kind === 'place') return { ok: true, draft: { ...d, position: m.position } };
  if (m.kind === 'play') {
    if (!round.cards.some((c) => c.id === m.card)) return fail(`no card "${m.card}" in this hand`);
    if (d.cards.includes(m.card)) return { ok: true, draft: { ...d, cards: d.cards.filter((c) => c !== m.card) } };
    if (d.cards.length >= CLOSING_CARDS) return fail(`a closing argument has ${CLOSING_CARDS} cards`);
    return { ok: true, draft: { ...d, cards: [...d.cards, m.card] } };
  }
  return fail(`"${m.kind}" is not a move in the final verdict`);
}

export function applyMove(round: Round, d: Draft, m: DebateMove, mode: Mode): MoveResult {
  if (round.type === 'case' && d.kind === 'case') return moveCase(round, d, m, mode);
  if (round.type === 'whoswho' && d.kind === 'whoswho') return moveWhosWho(round, d, m);
  if (round.type === 'verdict' && d.kind === 'verdict') return moveVerdict(round, d, m);
  return fail('this round takes no debate moves');
}

/**
 * Confirm a debate round: either the next step of the draft, or its final score.
 * Returns a message when the draft is not ready.
 */
export type ConfirmResult =
  | { kind: 'step'; draft: Draft }
  | { kind: 'scored'; score: number; sideScores?: [number, number]; results: DebateResult[] }
  | { kind: 'not-ready'; message: string };

export function confirmDraft(pack: Pack, round: Round, d: Draft, mode: Mode): ConfirmResult {
  if (round.type === 'case' && d.kind === 'case') {
    if (d.step === 'stance') return d.stance ? { kind: 'step', draft: { ...d, step: 'play' } } : { kind: 'not-ready', message: 'choose a side first' };
    if (d.step === 'play') {
      return d.played.length === CASE_CARDS * sides(mode)
        ? { kind: 'step', draft: { ...d, step: 'concede' } }
        : { kind: 'not-ready', message: `play ${CASE_CARDS} cards for each side` };
    }
    if (d.conceded.length < sides(mode)) return { kind: 'not-ready', message: 'each side concedes a card, or chooses not to' };
    const results = Array.from({ length: sides(mode) }, (_, i) => {
      const side = i as Side;
      return scoreCase(round, stanceOf(d, side)!, d.played.filter((p) => p.side === side).map((p) => p.card), d.conceded[i] ?? null);
    });
    const sideScores = mode === 'solo' ? undefined : ([results[0]!.score, results[1]!.score] as [number, number]);
    const score = sideScores ? Math.round((sideScores[0] + sideScores[1]) / 2) : results[0]!.score;
    return { kind: 'scored', score, sideScores, results };
  }
  if (round.type === 'whoswho' && d.kind === 'whoswho') {
    if (d.step === 'assign') {
      return round.quotes.every((q) => d.assign[q] !== undefined)
        ? { kind: 'step', draft: { ...d, step: 'sort', held: null } }
        : { kind: 'not-ready', message: 'give every quote a speaker' };
    }
    if (!round.speakers.every((s) => d.sort[s] !== undefined)) return { kind: 'not-ready', message: 'sort every speaker' };
    const r = scoreWhosWho(pack, round, d.assign, d.sort);
    return { kind: 'scored', score: r.score, results: [r] };
  }
  if (round.type === 'verdict' && d.kind === 'verdict') {
    if (d.position === null || d.cards.length !== CLOSING_CARDS) {
      return { kind: 'not-ready', message: `place the offer on the scale and pick ${CLOSING_CARDS} cards` };
    }
    const r = scoreVerdict(round, d.position, d.cards);
    return { kind: 'scored', score: r.score, results: [r] };
  }
  return { kind: 'not-ready', message: 'this round takes no debate moves' };
}

/** Every move worth trying in a round (for legal-action listing and tests). */
export function candidateMoves(round: Round): DebateMove[] {
  const moves: DebateMove[] = [{ kind: 'undo' }];
  if (round.type === 'case') {
    moves.push({ kind: 'stance', stance: 'for' }, { kind: 'stance', stance: 'against' }, { kind: 'concede', card: null });
    for (const c of round.cards) moves.push({ kind: 'play', card: c.id }, { kind: 'concede', card: c.id });
  } else if (round.type === 'whoswho') {
    for (const q of round.quotes) moves.push({ kind: 'hold', quote: q });
    for (const s of round.speakers) {
      moves.push({ kind: 'assign', speaker: s }, { kind: 'sort', speaker: s, group: 'expert' }, { kind: 'sort', speaker: s, group: 'official' });
    }
  } else if (round.type === 'verdict') {
    for (const p of round.scale) moves.push({ kind: 'place', position: p.id });
    for (const c of round.cards) moves.push({ kind: 'play', card: c.id });
  }
  return moves;
}
