/**
 * "Data on this device" (Menu → Settings): what the game keeps in this browser — the saved
 * game, copies of saves that could not be resumed, the level packs a teacher loaded, with the
 * ones set aside and why — and the way to free space when storage is full. Loaded only when
 * opened. Everything stays on the device; a copy is downloaded as a file, never sent.
 */
import { sizeText } from '../core/pack/zip';
import { sessionProgress } from '../core/rules/session';
import { isolate } from '../core/pack/textSafety';
import { eraseBackups, listBackups } from '../state/backups';
import { forgetPack, readStoredPacks, type StoredPack } from '../state/packStore';
import { SAVE_KEY } from '../state/saveSlot';
import type { AppState } from '../state/store';
import { t } from '../i18n/strings';
import { h } from './dom';
import { downloadBlob } from './exportResults';
import { modalDialog, showModal } from './modal';

const chars = (p: StoredPack) => Object.values(p.files ?? {}).reduce((n, f) => n + (typeof f === 'string' ? f.length : 0), 0);

function when(at: number, lang: string): string {
  try {
    return new Date(at).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return new Date(at).toISOString();
  }
}

async function usage(nav: Navigator | undefined): Promise<string | null> {
  try {
    const e = await nav?.storage?.estimate?.();
    return e?.usage !== undefined ? sizeText(e.usage) : null;
  } catch {
    return null;
  }
}

export function showDeviceData(s: AppState, storage: Storage | null, doc: Document = document): HTMLDialogElement {
  doc.querySelector('.data-dialog')?.remove();
  const box = modalDialog(doc, 'pack-dialog data-dialog');
  box.dataset.kind = 'data';
  box.setAttribute('aria-labelledby', 'data-title');
  const body = h('div', {});
  const close = h('button', { type: 'button', 'data-action': 'data-close', onclick: () => box.close() }, t.packClose);
  box.append(h('div', {}, h('h2', { id: 'data-title' }, t.data.title), h('p', {}, t.data.intro), body, close));
  showModal(doc, box, close);
  const lang = doc.documentElement.lang || 'en';

  // `s` is the state the menu was opened in: the game does not move while this dialog is open.
  const render = async () => {
    const read = await readStoredPacks();
    const used = await usage(doc.defaultView?.navigator);
    const raw = readKey(storage, SAVE_KEY);
    const copies = listBackups(storage);
    // The pack a session is under way on stays until it ends (its scores point into it).
    const inUse = sessionProgress(s.pack, s.game) === 'unfinished' ? s.pack.manifest.id : null;
    const packRow = (p: StoredPack) => {
      const size = sizeText(chars(p));
      const title = isolate(p.aside?.title ?? s.packs.find((x) => x.manifest.id === p.id)?.manifest.title ?? p.id);
      const text = p.aside ? t.data.packAside(title, size, p.aside.problem ?? t.notice.unreadableRecord) : t.data.packReady(title, size);
      const remove = async () => {
        await forgetPack(p.storeKey ?? p.id);
        s.dropPack(p.id);
        await shown();
      };
      return h(
        'li',
        { 'data-stored-pack': p.id },
        text,
        ' ',
        p.id === inUse
          ? h('em', {}, `(${t.data.packInUse})`)
          : h('button', { type: 'button', 'data-action': 'data-remove', onclick: () => void remove() }, t.data.remove),
      );
    };
    const packs = [...read.usable, ...read.aside];
    body.replaceChildren(
      used ? h('p', { 'data-usage': '' }, t.data.usage(used)) : '',
      h('h3', {}, t.data.save),
      h('p', { 'data-save': raw ? 'yes' : 'no' }, raw ? t.data.saveOn(isolate(s.pack.manifest.title), sizeText(2 * raw.length)) : t.data.saveNone),
      h('h3', {}, t.data.copies),
      copies.length === 0
        ? h('p', {}, t.data.copiesNone)
        : h(
            'ul',
            {},
            ...copies.map((c) =>
              h(
                'li',
                { 'data-copy': c.key },
                c.at ? t.data.copy(when(c.at, lang), sizeText(c.bytes)) : t.data.copyUndated(sizeText(c.bytes)),
                ' ',
                h('button', { type: 'button', 'data-action': 'data-download', onclick: () => downloadCopy(doc, storage, c.key, c.at) }, t.data.download),
                ' ',
                h('button', { type: 'button', 'data-action': 'data-erase', onclick: () => (eraseBackups(storage, c.key), void shown()) }, t.data.erase),
              ),
            ),
          ),
      copies.length > 1
        ? h('button', { type: 'button', 'data-action': 'data-erase-all', onclick: () => (eraseBackups(storage), void shown()) }, t.data.eraseAll)
        : '',
      h('h3', {}, t.data.packs),
      packs.length === 0 ? h('p', {}, t.data.packsNone) : h('ul', {}, ...packs.map(packRow)),
    );
  };
  body.append(h('p', { role: 'status' }, t.data.reading));
  // Whatever the store holds, the dialog says something: never "Reading…" for ever.
  const shown = () => render().catch(() => body.replaceChildren(h('p', { role: 'alert' }, t.data.failed)));
  void shown();
  return box;
}

function downloadCopy(doc: Document, storage: Storage | null, key: string, at: number | null): void {
  const raw = readKey(storage, key);
  if (raw === null) return;
  const stamp = at ? new Date(at).toISOString().slice(0, 19).replace(/[:T]/g, '-') : 'earlier';
  downloadBlob(doc, new Blob([raw], { type: 'application/json' }), `on-the-record-save-copy-${stamp}.json`);
}

function readKey(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null; // blocked storage holds nothing to show
  }
}
