/**
 * A dialog over the game, as the browser's own modal <dialog>: the page behind it is inert,
 * Tab stays inside it, Esc closes it, and focus goes back where it was. While one is open the
 * game's keys leave it alone (input/keyboard.ts), so what is typed there stays there. Once
 * closed it leaves the page, so a stale one is never found by its class.
 */
export function modalDialog(doc: Document, className: string): HTMLDialogElement {
  const dialog = doc.createElement('dialog');
  dialog.className = className;
  dialog.addEventListener('close', () => dialog.remove());
  return dialog;
}

/** Puts a dialog made by modalDialog on the page, over everything, with `focus` in hand. */
export function showModal(doc: Document, dialog: HTMLDialogElement, focus: HTMLElement): void {
  doc.body.append(dialog);
  dialog.showModal();
  focus.focus();
}
