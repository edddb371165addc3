/** Who's who: match each quote to its speaker, then sort the speakers into experts and officials. */
import type { RoundOf, Speaker } from '../pack/schema';
import { scoreWhosWho, type Group } from '../rules/debateScoring';
import type { WhosWhoDraft } from '../rules/stateSchema';
import { lineViews, quoteView, type DebateRevealBody, type RoundHeader } from '../screens/views';
import type { DebateMove, DraftKind, MoveResult } from './kind';

type R = RoundOf<'whoswho'>;

export interface WhosWhoScreen {
  kind: 'whoswho';
  header: RoundHeader;
  prompt: string;
  step: WhosWhoDraft['step'];
  held: string | null;
  quotes: { id: string; text: string; speaker: string | null }[];
  speakers: { speaker: Speaker; group: Group | null }[];
  canConfirm: boolean;
}

const fail = (message: string): MoveResult => ({ ok: false, message });

function move(round: R, d: WhosWhoDraft, m: DebateMove): MoveResult {
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

export const whoswho: DraftKind<R, WhosWhoDraft, WhosWhoScreen, DebateRevealBody> = {
  family: 'draft',
  order: (round, shuffle) => ({ ...round, quotes: shuffle(round.quotes, 'quotes'), speakers: shuffle(round.speakers, 'speakers') }),
  // The draft holds the first quote as shown (the round arrives in this session's order).
  newDraft: (round) => ({ kind: 'whoswho', held: round.quotes[0] ?? null, assign: {}, sort: {}, step: 'assign' }),
  move: (round, d, m) => move(round, d, m),
  confirm(pack, round, d) {
    if (d.step === 'assign') {
      return round.quotes.every((q) => d.assign[q] !== undefined)
        ? { kind: 'step', draft: { ...d, step: 'sort', held: null } }
        : { kind: 'not-ready', message: 'give every quote a speaker' };
    }
    if (!round.speakers.every((s) => d.sort[s] !== undefined)) return { kind: 'not-ready', message: 'sort every speaker' };
    const r = scoreWhosWho(pack, round, d.assign, d.sort);
    return { kind: 'scored', score: r.score, results: [r] };
  },
  candidates(round) {
    const moves: DebateMove[] = [{ kind: 'undo' }];
    for (const q of round.quotes) moves.push({ kind: 'hold', quote: q });
    for (const s of round.speakers) {
      moves.push({ kind: 'assign', speaker: s }, { kind: 'sort', speaker: s, group: 'expert' }, { kind: 'sort', speaker: s, group: 'official' });
    }
    return moves;
  },
  screen: (pack, round, d, { header, canConfirm }) => ({
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
  }),
  reveal(pack, round, record) {
    const d = record.draft?.kind === 'whoswho' ? record.draft : whoswho.newDraft(round);
    const r = scoreWhosWho(pack, round, d.assign, d.sort);
    return {
      roundType: 'whoswho',
      scorecards: [{ team: record.team ?? null, stance: null, score: r.score, lines: lineViews(pack, [], r.lines) }],
      explanation: round.explanation,
      evidence: [],
    };
  },
  revealEvidence: (_pack, round) => [...round.quotes],
  bestEvidence: (_pack, round) => round.quotes,
  recap: (_pack, round) => ({ best: [], evidence: [], note: round.explanation }),
  // A quote's number, then its speaker's letter; when sorting, a speaker's letter flips their group.
  key(screen, key, { digit, letter }) {
    const quote = screen.quotes[digit];
    if (screen.step === 'assign' && quote) return { type: 'debate', move: { kind: 'hold', quote: quote.id } };
    const sp = screen.speakers[letter];
    if (sp && screen.step === 'assign') return { type: 'debate', move: { kind: 'assign', speaker: sp.speaker.id } };
    if (sp) return { type: 'debate', move: { kind: 'sort', speaker: sp.speaker.id, group: sp.group === 'expert' ? 'official' : 'expert' } };
    return key === 'Enter' ? { type: 'confirm' } : null;
  },
};
