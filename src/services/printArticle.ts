/**
 * The article as a handout: its title, the source line exactly as the pack's manifest gives it
 * (outlet, author, date), the body's paragraphs numbered as on the reading screen, and the
 * pack's quotes marked with who said them. A plain document the print stylesheet shows instead
 * of the game.
 */
import { articleParagraphs, segmentsOf } from '../core/screens/articleScreen';
import type { Pack } from '../core/pack/schema';
import { t } from '../i18n/strings';
import { h, type Child } from './dom';

export function articleSheet(pack: Pack): HTMLElement {
  const src = pack.manifest.source;
  const { paragraphs } = articleParagraphs(pack);
  return h(
    'article',
    { id: 'print-article' },
    h('h1', {}, src.title),
    h('p', { class: 'source-line', 'data-source-line': '' }, t.fromArticle(src.outlet, src.author, src.date)),
    h('p', { class: 'legend' }, t.printLegend),
    ...paragraphs.flatMap((p): Child[] => {
      if (p.kind === 'heading') return [h('h2', {}, p.text)];
      return [
        ...p.notes.map((note) =>
          h('aside', { class: 'editorial-note', 'data-editorial-note': '' }, h('strong', {}, `${t.editorialNote}: `), h('em', {}, note)),
        ),
        h(
          'p',
          { 'data-paragraph': String(p.n) },
          h('span', { class: 'paragraph-n', 'aria-label': t.paragraphN(p.n) }, String(p.n)),
          ...segmentsOf(p.text, p.marks).flatMap((g): Child[] => [
            g.marks.length ? h('mark', { 'data-quote': g.marks.map((m) => m.quote.quote.id).join(' ') }, g.text) : g.text,
            ...g.ends.map((m) => h('span', { class: 'speaker', 'data-speaker': m.quote.speaker.id }, m.quote.speaker.name)),
          ]),
        ),
      ];
    }),
  );
}

/** Prints the handout: any other printable page left from an earlier print is taken out first, and this one after printing. */
export function printArticle(pack: Pack, win: Window = window): void {
  for (const old of win.document.querySelectorAll('[data-print-page], #print-article')) old.remove();
  const sheet = articleSheet(pack);
  sheet.setAttribute('data-print-page', '');
  win.document.body.append(sheet);
  win.addEventListener('afterprint', () => sheet.remove(), { once: true });
  win.print();
}
