/**
 * The reading screen in the DOM layer: the page the canvas shows, as a heading, numbered
 * paragraphs with the pack's quotes in <mark> and who said them, and real buttons to turn the
 * pages, print the handout and close. The page split is the screen model's, for the same text size.
 */
import { articleBudget, articleScreen, segmentsOf } from '../core/screens/articleScreen';
import type { AppState } from '../state/store';
import { h, type Child } from '../services/dom';
import { printArticle } from '../services/printArticle';
import { t } from '../i18n/strings';
import { readerBody } from '../platform/theme';
import { button } from './debateViews';

/** "Read the article", on the title and a level's intro. */
export const readArticleButton = (s: AppState): HTMLButtonElement =>
  button(`${t.readArticle} (S)`, () => s.dispatch({ type: 'readArticle' }), { 'data-action': 'read-article' });

export function articleView(s: AppState): Child[] {
  const view = articleScreen(s.pack, s.game, articleBudget(readerBody()));
  if (!view) return [];
  const src = view.article;
  const last = view.page + 1 >= view.pageCount;
  return [
    h('h2', {}, `${t.article}: “${src.title}”`),
    h('p', { 'data-source-line': '' }, t.fromArticle(src.outlet, src.author, src.date)),
    h('p', {}, t.articleLegend),
    h('p', { 'data-article-page': String(view.page + 1), 'data-article-pages': String(view.pageCount) }, t.articlePage(view.page + 1, view.pageCount)),
    ...view.pages[view.page]!.blocks.flatMap((b): Child[] => {
      const p = b.paragraph;
      const text = p.text.slice(b.start, b.end);
      if (p.kind === 'heading') return [h('h3', {}, text.trim())];
      return [
        ...(b.part && b.part.n > 1 ? [] : p.notes).map((note) =>
          h('aside', { class: 'editorial-note', 'data-editorial-note': '' }, h('strong', {}, `${t.editorialNote}: `), h('em', {}, note)),
        ),
        h(
          'p',
          { 'data-paragraph': String(p.n), 'aria-label': b.part && b.part.n > 1 ? t.paragraphContinued(p.n) : t.paragraphN(p.n) },
          ...segmentsOf(text, b.marks).flatMap((g): Child[] => [
            g.marks.length ? h('mark', { 'data-quote': g.marks.map((m) => m.quote.quote.id).join(' ') }, g.text) : g.text,
            ...g.ends.map((m) => h('small', { 'data-speaker': m.quote.speaker.id }, ` (${m.quote.speaker.name})`)),
          ]),
        ),
      ];
    }),
    view.page > 0 ? button(t.articlePrevious, () => s.dispatch({ type: 'turnArticle', page: view.page - 1 }), { 'data-action': 'article-previous' }) : null,
    !last ? button(t.articleNext, () => s.dispatch({ type: 'turnArticle', page: view.page + 1 }), { 'data-action': 'article-next' }) : null,
    button(`${t.printArticle} (P)`, () => printArticle(s.pack), { 'data-action': 'print-article' }),
    button(`${t.back} (Esc)`, () => s.dispatch({ type: 'closeArticle' }), { 'data-action': 'close-article' }),
  ];
}
