/**
 * Opening a level pack from disk in the running game: a file picker (L on the title, or the
 * button) and drag-and-drop anywhere, for a .json bundle or a .zip of a pack folder. The
 * pack is checked with the same code as the built-in ones; problems are listed as text in a
 * dialog, never as HTML and never as a blank screen. A good pack is kept in IndexedDB.
 * The checker, with the schema library under it, loads when a file is first opened: a lesson
 * that never opens one never waits for it.
 */
import type { ReportLine } from '../core/pack/report';
import { forgetPack, storePack } from '../state/packStore';
import type { GameStore } from '../state/store';
import { t } from '../i18n/strings';
import { modalDialog, showModal } from './modal';
import { downloadCsv } from './exportResults';
import { askReplace } from './replaceDialog';
import { sessionProgress } from '../core/rules/session';
import { checkFile } from './packCheck';
import { showChecking } from './packChecking';

export interface PackLoader {
  openPicker(): void;
  /** Remove the pack on the title, if it is a loaded one: the first call asks, the second removes. */
  removeCurrent(): Promise<boolean>;
  load(file: File): Promise<boolean>;
}

/** Lines a pack dialog lists; the validator (npm run validate) lists every one. */
export const SHOWN_LINES = 100;

function dialog(doc: Document, title: string, lines: string[], kind: 'errors' | 'done'): void {
  doc.querySelector('.pack-dialog')?.remove();
  const box = modalDialog(doc, 'pack-dialog');
  if (kind === 'errors') box.setAttribute('role', 'alertdialog');
  box.dataset.kind = kind;
  const inner = doc.createElement('div');
  const h = doc.createElement('h2');
  h.id = 'pack-dialog-title';
  h.textContent = title;
  box.setAttribute('aria-labelledby', h.id);
  inner.append(h);
  if (lines.length) {
    const list = doc.createElement('ul');
    // A list of 800 problems is read by nobody and costs the page a long task: the first ones, then how many more.
    for (const line of lines.slice(0, SHOWN_LINES)) {
      const li = doc.createElement('li');
      li.textContent = line; // pack text is only ever text
      list.append(li);
    }
    inner.append(list);
    if (lines.length > SHOWN_LINES) {
      const more = doc.createElement('p');
      more.textContent = t.packMoreProblems(lines.length - SHOWN_LINES);
      inner.append(more);
    }
  }
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = t.packClose;
  close.addEventListener('click', () => box.close());
  // Enter closes it too, as Esc does: it only says something, there is nothing to choose.
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      box.close();
    }
  });
  inner.append(close);
  box.append(inner);
  showModal(doc, box, close);
}

export function attachPackLoader(store: GameStore, builtinIds: ReadonlySet<string>, doc: Document = document): PackLoader {
  const input = doc.createElement('input');
  input.type = 'file';
  input.id = 'pack-file';
  input.accept = '.json,.zip,application/json,application/zip';
  input.hidden = true;
  doc.body.append(input);
  let removing: string | null = null;

  const refuse = (name: string, lines: ReportLine[], formatLine: (l: ReportLine) => string) => {
    dialog(
      doc,
      t.packProblems(name, lines.filter((l) => l.severity === 'error').length),
      lines.map((l) => formatLine(l)),
      'errors',
    );
    return false;
  };

  const load = async (file: File): Promise<boolean> => {
    // Only the light parts load on the page: the checker itself (and zod) runs in the worker.
    const [{ refuseBeforeReading }, { formatLine }, { packStamp }] = await Promise.all([
      import('../core/pack/fileGate'),
      import('../core/pack/reportLine'),
      import('../core/pack/packHash'),
    ]);
    // Its name and size first: a 5 GB file is refused as too large, never read.
    const early = refuseBeforeReading(file.name, file.size);
    if (early) return refuse(file.name, early.lines, formatLine);
    // Checked off the page's thread (packCheck.ts), with "Checking the pack…" up until the answer's dialog takes its place.
    const hide = showChecking(doc, file.name);
    const r = await checkFile(file.name, new Uint8Array(await file.arrayBuffer())).catch((e: unknown) => {
      hide();
      throw e;
    });
    if (!r.pack || !r.files) return refuse(file.name, r.lines, formatLine);
    const id = r.pack.manifest.id;
    if (builtinIds.has(id)) {
      return refuse(file.name, [{ file: 'pack.json', line: null, column: null, path: 'id', severity: 'error', message: t.packIdTaken(id) }], formatLine);
    }
    // Never swapped under a running session: asked first, and the session ends only if the teacher says so.
    const now = store.getState();
    const inPlay = now.pack.manifest.id === id && sessionProgress(now.pack, now.game) !== 'none';
    if (inPlay) {
      const answered = Object.values(now.game.records).reduce((n, level) => n + Object.keys(level).length, 0);
      const choice = await askReplace(doc, now.pack.manifest.title, answered, () => downloadCsv(now.pack, now.game, doc));
      if (choice === 'keep') {
        dialog(doc, t.replaceKept(now.pack.manifest.title), [], 'done');
        return false;
      }
    }
    const kept = await storePack({ id, files: r.files, addedAt: Date.now(), stamp: r.stamp ?? packStamp(r.files) });
    const s = store.getState();
    const others = s.packs.filter((p) => p.manifest.id !== id);
    s.setPacks([...others, r.pack], [...s.loadedPackIds.filter((x) => x !== id), id]);
    if (inPlay) store.getState().dispatch({ type: 'restart' });
    store.getState().choosePack(id);
    dialog(doc, t.packLoaded(r.pack.manifest.title), [...(kept ? [] : [t.packNotKept]), ...r.lines.map((l) => formatLine(l))], 'done');
    return true;
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void load(file);
  });
  // Drop a pack anywhere on the page.
  doc.defaultView?.addEventListener('dragover', (e) => e.preventDefault());
  doc.defaultView?.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file) void load(file);
  });

  return {
    openPicker: () => input.click(),
    load,
    async removeCurrent() {
      const s = store.getState();
      const id = s.pack.manifest.id;
      if (!s.loadedPackIds.includes(id) || s.game.phase !== 'title') return false;
      // The pack a session is on stays until that session ends: its scores point into it.
      if (sessionProgress(s.pack, s.game) === 'unfinished') {
        dialog(doc, t.packRemoveInUse(s.pack.manifest.title), [], 'done');
        return true;
      }
      if (removing !== id) {
        removing = id;
        dialog(doc, t.packRemoveAsk(s.pack.manifest.title), [], 'done');
        return true;
      }
      removing = null;
      await forgetPack(id);
      s.setPacks(
        s.packs.filter((p) => p.manifest.id !== id),
        s.loadedPackIds.filter((x) => x !== id),
      );
      return true;
    },
  };
}
