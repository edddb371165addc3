/**
 * What a tab that does not hold the class session shows: a dialog over the whole game, in
 * plain words, with one button to use the game here. It cannot be closed any other way (not
 * by Esc, not by the browser's own close request): behind it is a game whose moves would not
 * be kept, so while it is up the game's keys and clicks do nothing (input/keyboard.ts).
 */
import { t } from '../i18n/strings';
import { modalDialog, showModal } from './modal';
import { browserLocks, tabFlags, takeOver, type TabClaim } from './tabOwner';

export type TabNotice = 'elsewhere' | 'lost';

/** Shows the notice for `kind`; `onTakeOver` runs on its button (once). */
export function showTabDialog(doc: Document, kind: TabNotice, onTakeOver: () => void): HTMLDialogElement {
  doc.querySelector('.tab-dialog')?.remove();
  const box = modalDialog(doc, 'pack-dialog tab-dialog');
  box.setAttribute('role', 'alertdialog');
  box.dataset.tab = kind;
  box.setAttribute('closedby', 'none');
  box.addEventListener('cancel', (e) => e.preventDefault());
  const inner = doc.createElement('div');
  const title = doc.createElement('h2');
  title.id = 'tab-dialog-title';
  title.textContent = kind === 'lost' ? t.tabLostTitle : t.tabElsewhereTitle;
  const text = doc.createElement('p');
  text.id = 'tab-dialog-text';
  text.textContent = kind === 'lost' ? t.tabLostText : t.tabElsewhereText;
  box.setAttribute('aria-labelledby', title.id);
  box.setAttribute('aria-describedby', text.id);
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.action = 'take-over';
  button.textContent = kind === 'lost' ? t.tabTakeBack : t.tabTakeOver;
  let taking = false;
  button.addEventListener('click', () => {
    if (taking) return;
    taking = true;
    button.disabled = true;
    onTakeOver();
  });
  // Closed anyway (a browser that lets Esc through): it comes straight back.
  box.addEventListener('close', () => {
    if (!taking && doc.defaultView) doc.defaultView.setTimeout(() => showTabDialog(doc, kind, onTakeOver), 0);
  });
  inner.append(title, text, button);
  box.append(inner);
  // Focus on the words, not the button: Enter and Space (the teacher's "continue") must not move
  // the game between tabs by accident; Tab reaches the button, a click presses it.
  text.tabIndex = -1;
  showModal(doc, box, text);
  return box;
}

/**
 * Shows the right notice for this tab now (another tab has the game) and later (another tab
 * took it over), and marks the page with the state (`<html data-tab>`) for tests.
 */
export function attachTabNotice(claim: TabClaim, win: Window = window): void {
  const doc = win.document;
  const mark = () => (doc.documentElement.dataset.tab = claim.state());
  const takeHere = () => void takeOver(browserLocks(win), tabFlags(win), () => win.location.reload());
  mark();
  // The game opens while the lock is still being asked for: the answer may come after the title.
  void claim.settled.then(() => {
    mark();
    if (claim.state() === 'elsewhere') showTabDialog(doc, 'elsewhere', takeHere);
  });
  claim.onLost(() => {
    mark();
    showTabDialog(doc, 'lost', takeHere);
  });
}
