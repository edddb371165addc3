/**
 * When something breaks, the class sees a way out rather than a frozen canvas: an uncaught
 * error shows a recovery dialog (try the screen again, or go back to the title), with the
 * game state kept, since it is saved after every move. A lost WebGL context reloads into
 * the saved state. "Erase all data" is here too: it is the other way to start truly clean.
 */
import { SAVE_KEY } from '../state/saveSlot';
import type { GameStore } from '../state/store';
import { t } from '../i18n/strings';
import { modalDialog, showModal } from './modal';

export function showRecovery(store: GameStore, detail: string, doc: Document = document): void {
  if (doc.querySelector('.recovery')) return;
  const box = modalDialog(doc, 'pack-dialog recovery');
  box.setAttribute('role', 'alertdialog');
  box.dataset.kind = 'errors';
  // Not closed by Esc: behind it is a screen that failed, and the way out is one of its buttons.
  box.setAttribute('closedby', 'none');
  box.addEventListener('cancel', (e) => e.preventDefault());
  const inner = doc.createElement('div');
  const h = doc.createElement('h2');
  h.id = 'recovery-title';
  h.textContent = t.recoveryTitle;
  box.setAttribute('aria-labelledby', h.id);
  const p = doc.createElement('p');
  p.textContent = t.recoveryText;
  const small = doc.createElement('p');
  small.textContent = detail; // the error's own words, as text
  const again = doc.createElement('button');
  again.type = 'button';
  again.textContent = t.recoveryAgain;
  again.dataset.action = 'recover-again';
  again.addEventListener('click', () => doc.defaultView?.location.reload());
  const title = doc.createElement('button');
  title.type = 'button';
  title.textContent = t.recoveryTitleScreen;
  title.dataset.action = 'recover-title';
  title.addEventListener('click', () => {
    // Through the menu, the one way the reducer goes to the title; scores stay.
    const s = store.getState();
    s.dispatch({ type: 'closeSource' });
    s.dispatch({ type: 'openMenu' });
    s.dispatch({ type: 'toTitle' });
    doc.defaultView?.location.reload();
  });
  inner.append(h, p, small, again, ' ', title);
  box.append(inner);
  showModal(doc, box, again);
}

export function attachRecovery(store: GameStore, canvas: () => HTMLCanvasElement | null, win: Window = window): void {
  win.addEventListener('error', (e) => showRecovery(store, e.message || String(e.error), win.document));
  win.addEventListener('unhandledrejection', (e) => showRecovery(store, String((e.reason as Error)?.message ?? e.reason), win.document));
  // The canvas appears once Phaser boots; a lost GPU context comes back by reloading the saved game.
  const watchCanvas = () => {
    const c = canvas();
    if (!c) return void win.setTimeout(watchCanvas, 200);
    c.addEventListener('webglcontextlost', (e) => {
      e.preventDefault();
      win.location.reload();
    });
  };
  watchCanvas();
}

/** Erase everything this game keeps on this device: saves, backups, loaded packs. Then start again. */
export async function eraseAllData(win: Window = window): Promise<void> {
  try {
    const keys = Array.from({ length: win.localStorage.length }, (_, i) => win.localStorage.key(i)).filter(
      (k): k is string => !!k && k.startsWith(SAVE_KEY.split(':')[0]!),
    );
    for (const k of keys) win.localStorage.removeItem(k);
  } catch {
    // Storage blocked: nothing was kept there either.
  }
  await new Promise<void>((resolve) => {
    try {
      const req = win.indexedDB.deleteDatabase('on-the-record');
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    } catch {
      resolve();
    }
  });
  win.location.reload();
}
