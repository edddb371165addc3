import type { GameStore } from '../state/store';

/**
 * The blank screen (". " or "B", like presentation software): a black sheet over the
 * canvas, so the class looks at the teacher. Any key or a click brings the game back.
 */
export function attachBlank(store: GameStore, doc: Document = document): () => void {
  const sheet = doc.createElement('div');
  sheet.id = 'blank';
  sheet.hidden = true;
  sheet.addEventListener('click', () => store.getState().setBlank(false));
  doc.body.append(sheet);
  const sync = () => {
    sheet.hidden = !store.getState().blank;
    doc.documentElement.dataset.blank = String(store.getState().blank);
  };
  sync();
  return store.subscribe(sync);
}
