/** DOM views of the debate screens, the poll and the scorecards (see AccessibleLayer). */
import type { CardView, DebateReveal, DebateScreen } from '../core/screens/debateScreen';
import type { PollView } from '../core/screens/screen';
import type { AppState } from '../state/store';
import { debateRevealPage, pageCount } from '../state/view';
import { attribution, quoteKind } from '../i18n/attribution';
import { cardLabel, lineReason, pointsLabel } from '../i18n/scoreLines';
import { t } from '../i18n/strings';
import { pollCounts } from '../i18n/pollText';
import { h, type Child } from '../services/dom';
import { teamName } from '../i18n/teamName';
import { markLabel } from '../i18n/cardMarks';

export function button(label: string, onClick: () => void, attrs: Record<string, string | boolean> = {}): HTMLButtonElement {
  return h('button', { type: 'button', ...attrs, onclick: () => onClick() }, label);
}

function cardText(c: CardView, names: readonly string[] = []): string {
  const who = c.quote ? `${attribution(c.quote)} (${quoteKind(c.quote)})` : `${t.narration} (${t.notASource})`;
  const marks = c.marks.map((m) => markLabel(m, names));
  return `“${c.text}” — ${who}${marks.length ? `. ${marks.join('. ')}` : ''}`;
}

export function debateScreenView(s: AppState, screen: DebateScreen): Child[] {
  const title = h('h1', {}, `${screen.header.levelTitle}: ${t.roundN(screen.header.roundIndex + 1, screen.header.roundCount)}`);
  const move = (m: Parameters<AppState['dispatch']>[0]) => () => s.dispatch(m);
  if (screen.kind === 'case') {
    const help = screen.step === 'stance' ? t.chooseSide : screen.step === 'play' ? t.playCards(screen.cardsPerSide) : t.concedeCard;
    const turn =
      screen.teams && screen.turnStance
        ? t.teamTurn(teamName(s.game.teams, screen.turn), t.stance[screen.turnStance])
        : screen.stance
          ? t.yourSide(t.stance[screen.stance])
          : '';
    return [
      title,
      h('p', { class: 'question' }, screen.prompt),
      h('p', { class: 'claim' }, `${t.claimLabel}: “${screen.claim}”`),
      turn ? h('p', { 'data-turn': String(screen.turn) }, turn) : null,
      h('p', {}, help),
      screen.step === 'stance'
        ? h(
            'div',
            {},
            ...(['for', 'against'] as const).map((side) =>
              button(t.stanceButton[side], move({ type: 'debate', move: { kind: 'stance', stance: side } }), {
                'data-stance': side,
                'aria-pressed': String(screen.stance === side),
              }),
            ),
          )
        : null,
      h(
        'ol',
        { class: 'hand' },
        ...screen.cards.map((c) =>
          h(
            'li',
            {},
            screen.step === 'stance'
              ? cardText(c, s.game.teams)
              : button(
                  cardText(c, s.game.teams),
                  move({ type: 'debate', move: screen.step === 'play' ? { kind: 'play', card: c.id } : { kind: 'concede', card: c.id } }),
                  {
                    'data-card': c.id,
                    'aria-pressed': String(c.selected || c.marks.length > 0),
                  },
                ),
          ),
        ),
      ),
      screen.step === 'concede'
        ? button(t.concedeNothing, move({ type: 'debate', move: { kind: 'concede', card: null } }), { 'data-action': 'concede-none' })
        : null,
      screen.step === 'play' ? button(t.undo, move({ type: 'debate', move: { kind: 'undo' } }), { 'data-action': 'undo' }) : null,
      button(screen.step === 'concede' ? t.lockIn : t.nextStep, move({ type: 'confirm' }), {
        'data-action': 'confirm',
        'aria-disabled': String(!screen.canConfirm),
      }),
    ];
  }
  if (screen.kind === 'whoswho') {
    return [
      title,
      h('p', { class: 'question' }, screen.prompt),
      h('p', {}, screen.step === 'assign' ? t.whoAssign : t.whoSort),
      screen.step === 'assign'
        ? h(
            'ol',
            {},
            ...screen.quotes.map((q) => {
              const who = screen.speakers.find((x) => x.speaker.id === q.speaker)?.speaker.name;
              return h(
                'li',
                {},
                button(`“${q.text}” → ${who ?? t.noSpeakerYet}`, move({ type: 'debate', move: { kind: 'hold', quote: q.id } }), {
                  'data-quote-slot': q.id,
                  'aria-pressed': String(screen.held === q.id),
                }),
              );
            }),
          )
        : null,
      h(
        'ul',
        {},
        ...screen.speakers.map((sp) => {
          const role = sp.speaker.role ?? '';
          const label =
            screen.step === 'assign' ? `${sp.speaker.name}${role ? ` (${role})` : ''}` : `${sp.speaker.name}: ${sp.group ? t.groups[sp.group] : t.unsorted}`;
          const m =
            screen.step === 'assign'
              ? ({ kind: 'assign', speaker: sp.speaker.id } as const)
              : ({ kind: 'sort', speaker: sp.speaker.id, group: sp.group === 'expert' ? 'official' : 'expert' } as const);
          return h('li', {}, button(label, move({ type: 'debate', move: m }), { 'data-speaker': sp.speaker.id }));
        }),
      ),
      button(screen.step === 'assign' ? t.nextStep : t.lockIn, move({ type: 'confirm' }), {
        'data-action': 'confirm',
        'aria-disabled': String(!screen.canConfirm),
      }),
    ];
  }
  return [
    title,
    h('p', { class: 'question' }, `${screen.prompt} “${screen.claim}”`),
    h('p', {}, screen.scalePrompt),
    h('p', {}, t.scaleHelp(screen.positions.length, screen.closingCards)),
    h(
      'div',
      { role: 'group' },
      ...screen.positions.map((p, i) =>
        button(`${i + 1}. ${p.label}`, move({ type: 'debate', move: { kind: 'place', position: p.id } }), {
          'data-position': p.id,
          'aria-pressed': String(p.selected),
        }),
      ),
    ),
    h(
      'ol',
      { class: 'hand' },
      ...screen.cards.map((c) =>
        h(
          'li',
          {},
          button(cardText(c), move({ type: 'debate', move: { kind: 'play', card: c.id } }), { 'data-card': c.id, 'aria-pressed': String(c.selected) }),
        ),
      ),
    ),
    button(t.lockIn, move({ type: 'confirm' }), { 'data-action': 'confirm', 'aria-disabled': String(!screen.canConfirm) }),
  ];
}

export function scorecardView(s: AppState, screen: DebateReveal): Child[] {
  const pages = pageCount(screen);
  const page = Math.min(s.page, pages - 1);
  const total = screen.record.teamScores
    ? screen.scorecards.map((c) => `${c.team === null ? '' : teamName(s.game.teams, c.team)} ${c.score}`).join(', ')
    : t.plusPoints(screen.record.score);
  // After the lines, the experts' view: the breakdown stays, and every quote is listed (the canvas pages them).
  const at = debateRevealPage(screen, page);
  const last = at.kind === 'experts';
  return [
    h('h1', {}, `${screen.header.levelTitle}: ${t.scorecard}`),
    h(
      'div',
      {
        class: 'verdict',
        role: 'status',
        'data-verdict': screen.record.verdict,
        'data-score': String(screen.record.score),
        ...(screen.record.teamScores ? { 'data-team-scores': screen.record.teamScores.join(',') } : {}),
      },
      `${t.scorecard}: ${total}. ${t.stepLine(page + 1, pages)}`,
    ),
    ...screen.scorecards.map((card) =>
      h(
        'section',
        { 'data-scorecard': String(card.team ?? 'solo') },
        card.team !== null ? h('h2', {}, `${teamName(s.game.teams, card.team)}, ${card.stance ? t.stance[card.stance] : ''}: ${card.score}`) : null,
        h(
          'ul',
          {},
          ...card.lines
            .slice(0, at.kind === 'lines' ? at.shown : undefined)
            .map((lv) => h('li', { 'data-points': String(lv.line.points) }, `${pointsLabel(lv.line.points)} ${cardLabel(lv)} ${lineReason(lv)}`)),
        ),
      ),
    ),
    last && screen.expertsView ? h('h2', {}, t.expertsView[screen.expertsView]) : null,
    last && screen.bestPositionLabel ? h('h2', {}, t.bestPosition(screen.bestPositionLabel)) : null,
    last ? h('p', { class: 'explanation' }, screen.explanation) : null,
    ...(last ? screen.sources : []).map(({ view: q, counter }) =>
      counter
        ? h(
            'figure',
            { class: 'quote counter', 'data-quote': q.quote.id },
            h('figcaption', {}, t.counterQuote),
            h('blockquote', {}, q.quote.text),
            h('figcaption', {}, attribution(q)),
          )
        : h(
            'figure',
            { class: 'quote', 'data-quote': q.quote.id },
            h('blockquote', {}, q.quote.text),
            h('figcaption', {}, `${attribution(q)} (${quoteKind(q)}), ${t.asReported(screen.reported)}`),
          ),
    ),
    button(page + 1 < pages ? (last ? t.moreEvidence : t.nextStep) : t.continue, () => s.advance(), { 'data-action': 'next' }),
  ];
}

export function pollView(s: AppState, when: 'before' | 'after', poll: PollView): Child[] {
  return [
    h('h1', {}, `${t.pollTitle[when]} (${t.unscored})`),
    h('p', { class: 'question' }, poll.question),
    h(
      'ul',
      {},
      ...poll.options.map((o) =>
        h(
          'li',
          { 'data-poll': o.id, 'data-count': String(when === 'before' ? o.before : o.after) },
          `${o.text}: ${when === 'before' ? o.before : pollCounts(poll, o)} `,
          button(`${o.text} -1`, () => s.dispatch({ type: 'poll', option: o.id, delta: -1 }), { 'data-poll-minus': o.id }),
          button(`${o.text} +1`, () => s.dispatch({ type: 'poll', option: o.id, delta: 1 }), { 'data-poll-plus': o.id }),
        ),
      ),
    ),
    button(t.continue, () => s.advance(), { 'data-action': 'next' }),
  ];
}
