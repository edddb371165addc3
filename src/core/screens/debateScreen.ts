/**
 * Screen models for drafted rounds (debates) and their scorecards: each kind builds its own
 * (src/core/rounds/<kind>.ts); this module reads them through the registry.
 */
import { confirmDraft, draftKind } from '../rounds/registry';
import type { CaseScreen } from '../rounds/case';
import type { WhosWhoScreen } from '../rounds/whoswho';
import type { VerdictScreen } from '../rounds/verdict';
import type { DraftContext } from '../rounds/kind';
import type { Pack, Round } from '../pack/schema';
import type { RoundRecord } from '../rules/stateSchema';
import type { DebateReveal, DebateRevealBody, LineView, Scorecard } from './views';

export type { CardView, DebateReveal, LineView, Scorecard } from './views';
export { cardView } from './views';

export type DebateScreen = CaseScreen | WhosWhoScreen | VerdictScreen;

export function debateRoundScreen(pack: Pack, round: Round, ctx: DraftContext): DebateScreen | null {
  const d = ctx.s.draft;
  const k = draftKind(round);
  if (!k || !d || d.kind !== round.type) return null;
  // Ready when the reducer would accept "confirm": the rule lives in one place, the kind's confirm.
  const canConfirm = confirmDraft(pack, round, d, ctx.s.mode).kind !== 'not-ready';
  return k.screen(pack, round, d, { ...ctx, canConfirm }) as DebateScreen;
}

export function debateReveal(pack: Pack, round: Round, record: RoundRecord, ctx: DraftContext): DebateReveal | null {
  const k = draftKind(round);
  if (!k) return null;
  const body = k.reveal(pack, round, record, ctx) as DebateRevealBody;
  const sources = [...body.evidence.map((view) => ({ view, counter: false })), ...(body.counter ? [{ view: body.counter, counter: true }] : [])];
  return { kind: 'debateReveal', header: ctx.header, prompt: round.prompt, record, reported: pack.manifest.source.reported, ...body, sources };
}

/**
 * A scorecard's breakdown in one row per point it scored on: a card's lines (relevance, stance,
 * strength) summed under the card, and every other line (a concession, a match, a sorting, the
 * scale position, a closing card) a row of its own. The reveal keeps it on screen beside the
 * experts' view once the lines have been stepped through.
 */
export function scorecardBreakdown(card: Scorecard): { points: number; lines: LineView[] }[] {
  return scorecardSteps(card).flatMap((group) =>
    group[0] && 'card' in group[0].line && group[0].line.rule !== 'closing' && group[0].line.rule !== 'concession'
      ? [{ points: group.reduce((n, lv) => n + lv.line.points, 0), lines: group }]
      : group.map((lv) => ({ points: lv.line.points, lines: [lv] })),
  );
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
    const k =
      lv.line.rule === 'match' || lv.line.rule === 'sort' || lv.line.rule === 'closing' || lv.line.rule === 'position' || lv.line.rule === 'concession'
        ? lv.line.rule
        : `card:${'card' in lv.line ? lv.line.card : ''}`;
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
