/**
 * One printable page at a time: the print stylesheet shows the element marked
 * `data-print-page` instead of the game, so printing one (the summary, the answer cards)
 * first removes any other left from an earlier print.
 */
export function printElement(el: HTMLElement, win: Window = window): void {
  for (const old of win.document.querySelectorAll('[data-print-page]')) old.remove();
  el.setAttribute('data-print-page', '');
  win.document.body.append(el);
  win.print();
}
