/**
 * "Checking the pack…": shown over the game while a pack a teacher opened is checked, so that
 * the second or two a big pack takes never looks like a frozen game. It is a pack dialog (the
 * game's keys wait while it is up), and the dialog with the result takes its place.
 */
import { t } from '../i18n/strings';
import { modalDialog, showModal } from './modal';
import './packChecking.css';

/** Puts the box up; the function it returns takes it away if nothing has replaced it. */
export function showChecking(doc: Document, fileName: string): () => void {
  doc.querySelector('.pack-dialog')?.remove();
  const box = modalDialog(doc, 'pack-dialog');
  box.dataset.kind = 'checking';
  const inner = doc.createElement('div');
  const h = doc.createElement('h2');
  h.id = 'pack-dialog-title';
  h.tabIndex = -1;
  h.textContent = t.packChecking;
  box.setAttribute('aria-labelledby', h.id);
  const note = doc.createElement('p');
  note.textContent = t.packCheckingNote(fileName); // a file name is only ever text
  // No value: the browser's own moving bar, which says the game is still going.
  const bar = doc.createElement('progress');
  bar.setAttribute('aria-labelledby', h.id);
  inner.append(h, note, bar);
  box.append(inner);
  showModal(doc, box, h);
  return () => {
    if (box.isConnected) box.close();
  };
}
