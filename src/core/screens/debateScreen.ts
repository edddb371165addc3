/**
 * Screen models for debate rounds and their scorecards, derived from (pack, state) like
 * the rest of screen.ts, so the canvas and the DOM layer render the same thing.
 */
import { caseTurn, confirmDraft, stanceOf, type CaseDraft, type Side, type Team, type VerdictDraft, type WhosWhoDraft } from '../rules/debate';
import { scoreCase, scoreVerdict, scoreWhosWho, type Group, type ScoreLine } from '../rules/debateScoring';
import { caseSides, currentRound, type GameState, type RoundRecord } from '../rules/game';
import type { CaseRound, DebateCard, Pack, ScalePosition, Speaker, Stance, Verdict, VerdictRound, WhosWhoRound } from '../pack/schema';
import { quoteView, type QuoteView, type RoundHeader } from './screen';

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

export type DebateScreen =
  | {
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
      canConfirm: boolean;
    }
  | {
      kind: 'whoswho';
      header: RoundHeader;
      prompt: string;
      step: WhosWhoDraft['step'];
      held: string | null;
      quotes: { id: string; text: string; speaker: string | null }[];
      speakers: { speaker: Speaker; group: Group | null }[];
      canConfirm: boolean;
    }
  | {
      kind: 'verdictRound';
      header: RoundHeader;
      prompt: string;
      claim: string;
      positions: { id: ScalePosition; selected: boolean }[];
      cards: CardView[];
      canConfirm: boolean;
    };

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

const quotes = (pack: Pack, ids: readonly string[]) => ids.map((id) => quoteView(pack, id)).filter((q): q is QuoteView => !!q);

export function debateRoundScreen(pack: Pack, s: GameState, header: RoundHeader): DebateScreen | null {
  const round = currentRound(pack, s);
  const d = s.draft;
  if (!round || !d) return null;
  // Ready when the reducer would accept "confirm": the rule lives in one place, confirmDraft.
  const canConfirm = confirmDraft(pack, round, d, s.mode).kind !== 'not-ready';
  if (round.type === 'case' && d.kind === 'case') {
    const turn = caseTurn(d, s.mode);
    const sides = s.mode === 'solo' ? null : caseSides(pack, s, s.level, s.round);
    const teamOf = (side: Side): Team => (sides ? sides[side] : side);
    const playedSide = (id: string) => d.played.find((p) => p.card === id)?.side;
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
      cards: round.cards.map((c) => ({
        ...cardView(pack, c),
        playedBy: playedSide(c.id) === undefined ? null : teamOf(playedSide(c.id)!),
        concededBy: d.conceded.flatMap((x, i) => (x === c.id ? [teamOf(i as Side)] : [])),
        selected: d.played.some((p) => p.card === c.id),
      })),
      canConfirm,
    };
  }
  if (round.type === 'whoswho' && d.kind === 'whoswho') {
    return {
      kind: 'whoswho',
      header,
      prompt: round.prompt,
      step: d.step,
      held: d.held,
      quotes: round.quotes.map((q) => ({ id: q, text: quoteView(pack, q)?.quote.text ?? q, speaker: d.assign[q] ?? null })),
      speakers: round.speakers.flatMap((id) => {
        const speaker = pack.manifest.speakers.find((x) => x.id === id);
        return speaker ? [{ speaker, group: d.sort[id] ?? null }] : [];
      }),
      canConfirm,
    };
  }
  if (round.type === 'verdict' && d.kind === 'verdict') {
    return {
      kind: 'verdictRound',
      header,
      prompt: round.prompt,
      claim: round.claim,
      positions: round.scale.map((p) => ({ id: p.id, selected: d.position === p.id })),
      cards: round.cards.map((c) => ({ ...cardView(pack, c), playedBy: null, concededBy: [], selected: d.cards.includes(c.id) })),
      canConfirm,
    };
  }
  return null;
}

function lineViews(pack: Pack, cards: readonly DebateCard[], lines: readonly ScoreLine[]): LineView[] {
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

/** `sides`: the teams that played a case debate's two sides (null in solo play). */
export function debateReveal(pack: Pack, round: CaseRound | WhosWhoRound | VerdictRound, record: RoundRecord, header: RoundHeader, sides: [Team, Team] | null): DebateReveal {
  const base = { kind: 'debateReveal' as const, header, prompt: round.prompt, record, reported: pack.manifest.source.reported };
  const d = record.draft;
  if (round.type === 'case' && d?.kind === 'case') {
    const bySide = record.teamScores && sides ? sides : null;
    const scorecards = Array.from({ length: bySide ? 2 : 1 }, (_, i): Scorecard => {
      const side = i as Side;
      const stance = stanceOf(d, side)!;
      const r = scoreCase(round, stance, d.played.filter((p) => p.side === side).map((p) => p.card), d.conceded[i] ?? null);
      return { team: bySide ? bySide[side] : null, stance, score: r.score, lines: lineViews(pack, round.cards, r.lines) };
    });
    return { ...base, roundType: 'case', claim: round.claim, scorecards, expertsView: round.experts.view, explanation: round.experts.explanation, evidence: quotes(pack, round.experts.evidence) };
  }
  if (round.type === 'whoswho' && d?.kind === 'whoswho') {
    const r = scoreWhosWho(pack, round, d.assign, d.sort);
    return { ...base, roundType: 'whoswho', scorecards: [{ team: record.team ?? null, stance: null, score: r.score, lines: lineViews(pack, [], r.lines) }], explanation: round.explanation, evidence: [] };
  }
  const vd = d as VerdictDraft | undefined;
  const v = round as VerdictRound;
  const r = scoreVerdict(v, vd?.position ?? null, vd?.cards ?? []);
  const best = v.scale.find((p) => p.verdict === 'supported');
  const chosen = v.scale.find((p) => p.id === vd?.position);
  return {
    ...base,
    roundType: 'verdict',
    claim: v.claim,
    scorecards: [{ team: record.team ?? null, stance: null, score: r.score, lines: lineViews(pack, v.cards, r.lines) }],
    bestPosition: best?.id,
    chosenPosition: chosen ? { id: chosen.id, verdict: chosen.verdict } : null,
    explanation: [chosen?.explanation, best && best !== chosen ? best.explanation : undefined].filter(Boolean).join(' '),
    evidence: quotes(pack, best?.evidence ?? []),
    counter: quoteView(pack, v.counter),
  };
}

/**
 * A scorecard in steps for class discussion: one card's lines at a time, then the
 * concession (make the case), or the matches then the sorting (who's who), or the
 * scale then the closing cards (verdict).
 */
export function scorecardSteps(card: Scorecard): LineView[][] {
  const steps: LineView[][] = [];
  let current: LineView[] = [];
  let key = '';
  for (const lv of card.lines) {
    const k = lv.line.rule === 'match' || lv.line.rule === 'sort' || lv.line.rule === 'closing' || lv.line.rule === 'position' || lv.line.rule === 'concession' ? lv.line.rule : `card:${'card' in lv.line ? lv.line.card : ''}`;
    if (k !== key && current.length) {
      steps.push(current);
      current = [];
    }
    key = k;
    current.push(lv);
  }
  if (current.length) steps.push(current);
  return steps;
}
