/**
 * The second view of the one state: the same screen as real headings, text and buttons,
 * for screen readers, keyboard users and browser tests. It reads the store and dispatches
 * to it exactly as the canvas does.
 */
import { screenOf, type LevelCard, type MisconceptionView, type OptionView, type QuoteView, type RecapItem, type Screen } from '../core/screens/screen';
import { callWord, headlineText, outcomeWord } from '../i18n/outcomeText';
import { sourceView } from '../core/screens/sourceScreen';
import type { AppState, GameStore } from '../state/store';
import { evidenceOnPage, pageCount } from '../state/view';
import { MENU_KEYS, menuItems } from '../input/menuItems';
import { attribution, quoteKind, roleAndKind } from '../i18n/attribution';
import { optionLabel, optionLetter, recapAnswer } from '../i18n/optionLabel';
import { tileStyle } from '../platform/theme';
import { downloadCsv, printSummary } from '../services/exportResults';
import { discernmentItem } from '../i18n/discernmentText';
import { t } from '../i18n/strings';
import { button, debateScreenView, pollView, scorecardView } from './debateViews';
import { h, type Child } from '../services/dom';
import { teamName } from '../i18n/teamName';
import { noticeText } from '../i18n/noticeText';
import { setupView } from './setupView';
import { titleView } from './titleView';
import { teamsRevealView } from './teamsRevealView';
import { revealBeatView } from './revealBeatsView';
import { beatAt } from '../core/screens/revealBeats';
import { articleView, readArticleButton } from './articleView';
import { podiumList, pollResults, standingsList } from './standingsView';
import { levelResult, summaryNextLabel } from '../i18n/levelResult';
import { readNowButton } from './speechControls';
import { hasClock, TIME_LEFT_ID } from './timeLeft';
import { patchChildren } from './patch';
import { calibrationView, sureRevealView, sureToggle } from './sureView';
import { sureRecapNote } from '../i18n/sureText';
import { voiceNames } from '../services/readAloud';
import type { PackLoader } from '../services/packLoader';
import { afterPaint } from './afterPaint';

function quoteFigure(q: QuoteView, reported?: string): HTMLElement {
  return h(
    'figure',
    { class: 'quote', 'data-quote': q.quote.id },
    h('blockquote', {}, q.quote.text),
    h('figcaption', {}, `${attribution(q)} (${quoteKind(q)})${reported ? `, ${t.asReported(reported)}` : ''}`),
  );
}

/** An answer's button; on a question looked at again (review) it shows the pick but takes none. */
function optionButton(s: AppState, o: OptionView, review = false): HTMLButtonElement {
  const role = o.speakerView ? roleAndKind(o.speakerView, o.kindHidden, ', ') : '';
  // The tile's colour and shape after the letter ("A. Red triangle: …"), as the class sees it on the canvas.
  const tile = t.tileName[tileStyle(o.n).id];
  return button(`${optionLetter(o.n)}. ${tile}: ${optionLabel(o)}${role ? ` (${role})` : ''}`, () => s.dispatch({ type: 'choose', option: o.id }), {
    'data-option': o.id,
    'aria-pressed': String(o.selected),
    ...(review ? { 'aria-disabled': 'true' } : {}),
  });
}

function renderScreen(s: AppState, screen: Screen, store: GameStore, loader?: PackLoader): Child[] {
  switch (screen.kind) {
    case 'title':
      return [...titleView(s, screen, loader), readArticleButton(s)];
    case 'setup':
      return setupView(s, screen, store);
    case 'poll':
      return pollView(s, screen.when, screen.poll);
    case 'case':
    case 'whoswho':
    case 'verdictRound':
      return debateScreenView(s, screen);
    case 'debateReveal':
      return scorecardView(s, screen);
    case 'levelSelect':
      return [
        h('h1', {}, t.chooseQuestion),
        h('p', {}, t.points(screen.total, screen.max)),
        h(
          'ol',
          {},
          ...screen.levels.map((l) =>
            h(
              'li',
              {},
              button(`${l.title}: ${levelStatus(l)}. ${t.levelAction[l.action]}`, () => s.dispatch({ type: 'openLevel', level: l.index }), {
                'data-level': String(l.index),
                'data-level-action': l.action,
                'aria-current': s.levelCursor === l.index ? 'true' : false,
              }),
            ),
          ),
        ),
        button(screen.next === 'results' ? t.results : t.levelAction[screen.next], () => s.advance(), { 'data-action': 'next' }),
        button(t.back, () => s.dispatch({ type: 'back' }), { 'data-action': 'back' }),
      ];
    case 'levelIntro':
      return [
        h('h1', {}, `${t.levelN(screen.header.levelIndex + 1, screen.header.levelCount)}: ${screen.header.levelTitle}`),
        h('p', { class: 'question' }, screen.question),
        h('p', {}, screen.context),
        readArticleButton(s),
        button(screen.resumed ? t.resume : t.start, () => s.advance(), { 'data-action': 'next' }),
        button(t.back, () => s.dispatch({ type: 'back' }), { 'data-action': 'back' }),
      ];
    case 'round': {
      const timed = { 'aria-describedby': hasClock(screen) && TIME_LEFT_ID };
      return [
        h('h1', {}, `${screen.header.levelTitle}: ${t.roundN(screen.header.roundIndex + 1, screen.header.roundCount)}`),
        readNowButton(store),
        h('p', { class: 'question', id: 'prompt' }, screen.prompt),
        screen.claim ? h('p', { class: 'claim' }, `${t.claimLabel}: “${screen.claim}”`) : null,
        screen.quote ? h('blockquote', { class: 'who-quote' }, screen.quote.quote.text) : null,
        screen.opponent ? h('p', { class: 'opponent' }, `${t.opponentSays(screen.opponent.name)} (${t.madeUp}): “${screen.opponent.line}”`) : null,
        screen.team !== null ? h('p', { 'data-team': String(screen.team) }, t.teamAnswers(teamName(s.game.teams, screen.team))) : null,
        screen.allAnswer
          ? h(
              'div',
              { role: 'group', 'data-active-team': String(screen.allAnswer.active) },
              h(
                'p',
                { 'data-entering': String(screen.allAnswer.active) },
                screen.multi
                  ? t.enteringForMany(teamName(s.game.teams, screen.allAnswer.active), screen.allAnswer.activeCount)
                  : t.enteringFor(teamName(s.game.teams, screen.allAnswer.active), screen.allAnswer.picked[screen.allAnswer.active] ?? false),
              ),
              ...screen.allAnswer.picked.map((done, i) =>
                button(`${i + 1}. ${teamName(s.game.teams, i)}${done ? ' ✓' : ''}`, () => s.dispatch({ type: 'setActiveTeam', team: i }), {
                  'data-set-team': String(i),
                  'aria-pressed': String(screen.allAnswer!.active === i),
                }),
              ),
            )
          : null,
        screen.review ? h('p', { 'data-review': '' }, t.reviewLine) : h('p', {}, screen.multi ? t.pickMany : t.pickOne),
        // The time left is not here: a tick would change the live region (timeLeft.ts).
        h('div', { role: 'group', 'aria-labelledby': 'prompt', ...timed }, ...screen.options.map((o) => optionButton(s, o, screen.review))),
        screen.discussing ? h('p', { 'data-discussing': '' }, t.discussPrompt) : null,
        sureToggle(s, screen),
        ...(screen.review
          ? [button(t.showReveal, () => s.advance(), { 'data-action': 'next' }), button(t.back, () => s.retreat(), { 'data-action': 'back' })]
          : [
              screen.discussing
                ? button(t.openAnswers, () => s.dispatch({ type: 'next' }), { 'data-action': 'open-answers' })
                : button(t.lockIn, () => s.dispatch({ type: 'confirm' }), {
                    'data-action': 'confirm',
                    'aria-disabled': String(!screen.canConfirm && !screen.locked),
                    ...timed,
                  }),
            ]),
      ];
    }
    case 'reveal': {
      const page = Math.min(s.page, pageCount(screen) - 1);
      const heading = h('h1', {}, `${screen.header.levelTitle}: ${t.roundN(screen.header.roundIndex + 1, screen.header.roundCount)}`);
      // The beats before the whole reveal: the picks, then the verdict (core/screens/revealBeats.ts).
      const beat = beatAt(screen, s.beat);
      if (beat === 'picks' || beat === 'verdict') return [heading, readNowButton(store), ...revealBeatView(s, screen, beat)];
      return [
        heading,
        readNowButton(store),
        h(
          'div',
          {
            class: 'verdict',
            role: 'status',
            'data-outcome': screen.headline.kind === 'outcome' ? screen.headline.outcome : 'teams',
            'data-score': String(screen.record.score),
          },
          // Every team answering: each team's points follow, as on the canvas.
          screen.headline.kind === 'teams' ? `${headlineText(screen.headline)}.` : `${headlineText(screen.headline)}. ${t.plusPoints(screen.record.score)}.`,
        ),
        ...sureRevealView(s, screen),
        ...(screen.allTeams ? teamsRevealView(s, screen.allTeams) : soloAnswer(screen)),
        h('h2', {}, pageCount(screen) > 1 ? `${t.theEvidence} (${t.evidencePage(page + 1, pageCount(screen))})` : t.theEvidence),
        ...evidenceOnPage(screen, page).map((q) =>
          h(
            'div',
            {},
            quoteFigure(q, screen.reported),
            button(`${t.showInArticle}: ${q.speaker.name}`, () => s.dispatch({ type: 'showSource', quote: q.quote.id }), { 'data-source': q.quote.id }),
          ),
        ),
        button(page + 1 < pageCount(screen) ? t.moreEvidence : t.continue, () => s.advance(), { 'data-action': 'next' }),
      ];
    }
    case 'levelSummary':
      return [
        h('h1', {}, `${t.levelDone}: ${screen.header.levelTitle}`),
        h('p', { 'data-level-score': String(screen.score) }, t.points(screen.score, screen.max)),
        screen.board ? standingsList(s, screen.board, true) : null,
        h('h2', {}, t.recap),
        recapList(screen.recap, s.game.teams),
        // Labelled with what Space/Enter does on this page (the standings page goes on to the recap first), as on the canvas.
        button(summaryNextLabel(screen, s.page), () => s.advance(), { 'data-action': 'next' }),
      ];
    case 'final':
      return [
        h('h1', {}, t.finalTitle),
        h('p', { 'data-total': String(screen.total) }, t.totalScore(screen.total, screen.max)),
        screen.podium ? podiumList(s, screen.podium) : screen.board ? standingsList(s, screen.board, false) : null,
        screen.poll ? pollResults(screen.poll) : null,
        screen.discernment.length
          ? h(
              'section',
              { 'data-discernment': '' },
              h('h2', {}, t.discern.heading),
              h('ul', {}, ...screen.discernment.map((d) => h('li', {}, discernmentItem(d, s.game.teams)))),
            )
          : null,
        calibrationView(s, screen.calibration),
        h(
          'ol',
          {},
          ...screen.recap.map((r) =>
            h(
              'li',
              { 'data-level-status': r.level.status },
              h('h2', {}, `${r.level.title}: ${levelResult(r.level)}`),
              r.level.status === 'notPlayed' || r.level.status === 'leftOut' ? null : recapList(r.items, s.game.teams),
            ),
          ),
        ),
        h('section', { 'data-misconceptions': '' }, h('h2', {}, t.misconceptionsTitle), misconceptionList(screen.misconceptions)),
        button(t.downloadCsv, () => downloadCsv(s.pack, s.game), { 'data-action': 'csv' }),
        button(t.printSummary, () => printSummary(s.pack, s.game), { 'data-action': 'print' }),
        button(t.backToLevels, () => s.dispatch({ type: 'back' }), { 'data-action': 'back' }),
      ];
  }
}

function levelStatus(l: LevelCard): string {
  return { replay: `${t.done}, ${t.points(l.score, l.max)}`, continue: t.progress(l.answered, l.rounds), start: t.notStarted }[l.action];
}

function misconceptionList(items: readonly MisconceptionView[]): HTMLElement {
  if (!items.length) return h('p', {}, t.noMisconceptions);
  return h(
    'ul',
    {},
    ...items.map((m) =>
      h(
        'li',
        {},
        `${m.prompt}${m.quote ? ` “${m.quote.quote.text}”` : ''} (${t.misconceptionCount(m.wrong, m.of)}). ${t.bestAnswer}: ${m.best.map(optionLabel).join('; ')}`,
      ),
    ),
  );
}

function recapList(items: readonly RecapItem[], teams: readonly string[]): HTMLElement {
  return h(
    'ul',
    {},
    ...items.map((i) =>
      h(
        'li',
        {},
        `${i.prompt}${i.claim ? ` “${i.claim}”` : ''} ${i.outcome ? outcomeWord(i.outcome) : t.notAnswered}${sureRecapNote(i.sure, teams)}. ${recapAnswer(i)}`,
      ),
    ),
  );
}

function renderOverlay(s: AppState): Child[] {
  if (s.resumePrompt) {
    return [
      h('h2', {}, t.resumeTitle),
      h('p', {}, t.resumeText),
      button(t.resumeButton, () => s.resumeSession(), { 'data-action': 'resume' }),
      button(s.confirmRestart ? t.newSessionConfirm : t.newSessionButton, () => s.newSession(), { 'data-action': 'new-session' }),
    ];
  }
  if (s.help) {
    return [
      h('h2', {}, t.helpTitle),
      h('dl', {}, ...t.keyMap.flatMap(([keys, what]) => [h('dt', {}, keys), h('dd', {}, what)])),
      button(t.helpClose, () => s.setHelp(false), { 'data-action': 'close-help' }),
    ];
  }
  const o = s.game.overlay;
  if (o?.kind === 'menu') {
    return [
      h('h2', {}, s.menuPage === 'settings' ? t.menuSettingsTitle : t.menu),
      ...menuItems(s).map((item, i) => button(`${MENU_KEYS[i]}. ${item.label}`, item.run, { 'data-menu': String(i) })),
    ];
  }
  if (o?.kind === 'article') return articleView(s);
  const source = sourceView(s.pack, s.game);
  if (source) {
    const { passage } = source;
    return [
      h('h2', {}, t.article),
      source.quotes.length > 1 && source.index >= 0
        ? h(
            'p',
            { 'data-showing': source.quotes[source.index]! },
            `${t.quoteOf(source.index + 1, source.quotes.length)} · ${t.otherQuotes(source.quotes.length)}`,
          )
        : null,
      // A note says what the page showed (an embedded post): labelled as such, never read as a quote.
      ...source.notes.map((note) =>
        h('aside', { class: 'editorial-note', 'data-editorial-note': '' }, h('strong', {}, `${t.editorialNote}: `), h('em', {}, note)),
      ),
      passage ? h('p', { class: 'passage' }, passage.before, h('mark', {}, passage.highlight), passage.after) : null,
      source.quote ? h('p', {}, `— ${attribution(source.quote)}`) : null,
      ...source.quotes.map((id, i) =>
        i === source.index ? null : button(`${i + 1}. ${t.showInArticle}`, () => s.dispatch({ type: 'showSource', quote: id }), { 'data-source': id }),
      ),
      button(`${t.closeArticle} (S)`, () => s.dispatch({ type: 'closeSource' }), { 'data-action': 'close-source' }),
    ];
  }
  return [];
}

export function mountAccessibleLayer(root: HTMLElement, store: GameStore, loader?: PackLoader): () => void {
  let last = '';
  const render = () => {
    const s = store.getState();
    const screen = screenOf(s.pack, s.game);
    const key = JSON.stringify([
      screen,
      s.pack.manifest.id,
      s.packs.map((p) => p.manifest.id),
      s.loadedPackIds,
      s.confirmErase,
      s.confirmNewSession,
      s.menuPage,
      voiceNames().length,
      s.page,
      s.beat,
      s.game.overlay,
      s.settings,
      s.levelCursor,
      s.pollRow,
      s.notice,
      s.help,
      s.confirmRestart,
      s.game.timerSeconds,
      s.game.scoreboard,
      s.game.discuss,
      s.game.discussSeconds,
      s.game.autoAdvance,
      s.game.confidence,
      s.game.scoreboardShows,
      s.game.teams,
      s.resumePrompt,
    ]);
    if (key === last) return;
    last = key;
    const focused = focusIn(root);
    const overlay = renderOverlay(s);
    const main = h(
      'div',
      { class: 'screen', 'data-screen': screen.kind, inert: overlay.length > 0 },
      s.notice ? h('p', { role: 'alert', 'data-notice': s.notice.kind }, noticeText(s.notice)) : null,
      ...renderScreen(s, screen, store, loader),
    );
    const parts = [main];
    if (overlay.length) {
      const kind = s.resumePrompt ? 'resume' : s.help ? 'help' : s.game.overlay!.kind;
      const label =
        kind === 'resume' ? t.resumeTitle : kind === 'help' ? t.helpTitle : kind === 'menu' ? t.menu : kind === 'article' ? t.readArticle : t.article;
      parts.push(h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': label, 'data-overlay': kind }, ...overlay));
    }
    // Patched, not replaced (patch.ts): what did not change stays the same node, focus included.
    patchChildren(root, parts);
    // A focused control that went, or now stands for another one, hands the focus to its own if it is still there.
    if (focused && focusIn(root) !== focused) root.querySelector<HTMLElement>(focused)?.focus();
  };
  // Rendered after the frame that shows the change (afterPaint.ts), once for every change made meanwhile.
  let pending = false;
  const request = () => {
    if (pending) return;
    pending = true;
    afterPaint(() => {
      pending = false;
      render();
    });
  };
  request();
  return store.subscribe(request);
}

const focusIn = (root: HTMLElement) =>
  document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? focusKey(document.activeElement) : null;

function focusKey(el: HTMLElement): string | null {
  for (const attr of [
    'data-option',
    'data-action',
    'data-level',
    'data-source',
    'data-menu',
    'data-pack',
    'data-mode',
    'data-setup-level',
    'data-set-team',
    'data-rename',
    'data-card',
    'data-poll',
  ]) {
    const v = el.getAttribute(attr);
    if (v !== null) return `[${attr}="${CSS.escape(v)}"]`;
  }
  return el.id ? `#${CSS.escape(el.id)}` : null;
}

/** One answer's reveal in the DOM layer: what was picked, the best answer, a pick-all's options, the explanation. */
function soloAnswer(screen: Extract<Screen, { kind: 'reveal' }>): Child[] {
  return [
    h('p', {}, `${screen.multi ? t.yourAnswers : t.yourAnswer}: ${screen.picked.map(optionLabel).join('; ') || t.noAnswer}`),
    screen.best.length ? h('p', {}, `${t.bestAnswer}: ${screen.best.map(optionLabel).join('; ')}`) : null,
    screen.multi
      ? h('ul', {}, ...screen.options.map((o) => h('li', {}, `${optionLabel(o)}: ${o.picked ? '✓' : '—'}${o.call ? ` ${callWord(o.call)}` : ''}`)))
      : null,
    h('p', { class: 'explanation' }, screen.explanation),
  ];
}
