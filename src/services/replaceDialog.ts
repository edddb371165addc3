/**
 * Asked before a pack file replaces the pack a session is being played on: a new version may
 * have fewer questions or other rounds, and the class's scores belong to the old one. Keeping
 * the session is the default (Esc, or the focused first button); using the new version ends it,
 * with a way to download the results first.
 */
import { t } from '../i18n/strings';
import { modalDialog, showModal } from './modal';

export type ReplaceChoice = 'keep' | 'replace';

export function askReplace(doc: Document, title: string, answered: number, download: () => void): Promise<ReplaceChoice> {
  doc.querySelector('.pack-dialog')?.remove();
  return new Promise((resolve) => {
    const box = modalDialog(doc, 'pack-dialog replace-dialog');
    box.setAttribute('role', 'alertdialog');
    box.dataset.kind = 'replace';
    const inner = doc.createElement('div');
    const h = doc.createElement('h2');
    h.id = 'replace-title';
    h.textContent = t.replaceTitle(title);
    box.setAttribute('aria-labelledby', h.id);
    const p = doc.createElement('p');
    p.id = 'replace-text';
    p.textContent = t.replaceText(answered);
    box.setAttribute('aria-describedby', p.id);
    let choice: ReplaceChoice = 'keep';
    const button = (label: string, action: string, run: () => void) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.dataset.action = action;
      b.addEventListener('click', run);
      return b;
    };
    const keep = button(t.replaceKeep, 'replace-keep', () => box.close());
    const use = button(t.replaceUse, 'replace-use', () => {
      choice = 'replace';
      box.close();
    });
    const save = button(t.replaceDownload, 'replace-download', download);
    box.addEventListener('close', () => resolve(choice));
    inner.append(h, p, keep, ' ', use, ' ', save);
    box.append(inner);
    showModal(doc, box, keep);
  });
}
