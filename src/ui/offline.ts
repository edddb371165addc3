/**
 * Offline play for the hosted build: a service worker keeps this build's files after one
 * visit. A newer build never replaces the running one mid-lesson: its worker waits, and the
 * game says a newer version will be used the next time it is opened.
 */
import type { GameStore } from '../state/store';

export function registerOffline(store: GameStore, win: Window = window, dev: boolean = import.meta.env.DEV): void {
  const sw = win.navigator.serviceWorker;
  // Only over http(s), never from a file or the dev server.
  if (!sw || !/^https?:$/.test(win.location.protocol) || dev) return;
  void sw
    .register('./sw.js')
    .then((reg) => {
      reg.addEventListener('updatefound', () => {
        const incoming = reg.installing;
        incoming?.addEventListener('statechange', () => {
          // Installed while an older version runs this page: say so, swap nothing.
          if (incoming.state === 'installed' && sw.controller) store.setState({ notice: 'update-ready' });
        });
      });
    })
    .catch(() => undefined);
}
