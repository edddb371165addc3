/**
 * Offline play for the hosted build: a service worker keeps this build's files after one
 * visit. A newer build never replaces the running one mid-lesson: its worker waits, and the
 * game says a newer version will be used the next time it is opened.
 */
import type { GameStore } from '../state/store';

export function registerOffline(store: GameStore, after: Promise<unknown>, win: Window = window, dev: boolean = import.meta.env.DEV): void {
  // Only over http(s), never from a file or the dev server.
  if (!/^https?:$/.test(win.location.protocol) || dev) return;
  // Not before the first screen is up: touching the service worker container blocks the
  // page for tens of milliseconds on a slow machine, and the title must not wait for it.
  void after
    .then(() => {
      const sw = win.navigator.serviceWorker;
      return sw?.register('./sw.js').then((reg) => ({ sw, reg }));
    })
    .then((registered) => {
      if (!registered) return;
      const { sw, reg } = registered;
      reg.addEventListener('updatefound', () => {
        const incoming = reg.installing;
        incoming?.addEventListener('statechange', () => {
          // Installed while an older version runs this page: say so, swap nothing.
          if (incoming.state === 'installed' && sw.controller) store.setState({ notice: { kind: 'update-ready' } });
        });
      });
    })
    .catch(() => undefined);
}
