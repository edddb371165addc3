/**
 * The pack studio's page (studio.html): the store, the page laid out from it, and the few
 * browser services it needs (reading files, downloading the bundle). It loads nothing of the
 * game's canvas: no Phaser, no scenes.
 */
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import { patchChildren } from '../a11y/patch';
import { makeBundle } from '../core/pack/bundle';
import { openPackFile } from '../core/pack/openPack';
import { checkDraft, draftFiles, draftFromFiles } from '../core/studio/draft';
import { textOfHtml } from '../core/studio/sourceFile';
import { packZip } from '../core/studio/packZip';
import { studioCatalogs } from '../i18n/studioStrings';
import { onSaveRefused } from './drafts';
import { storePack } from '../state/packStore';
import { createStudioStore } from './store';
import { studioPage, type StudioActions } from './view';

const root = document.getElementById('studio')!;
const store = createStudioStore();
const t = () => studioCatalogs[store.getState().language];

/** The words of an opened article: HTML through an inert parser (nothing in it runs or loads), text as it is. */
async function articleText(file: File): Promise<string> {
  const text = await file.text();
  if (!/\.html?$/i.test(file.name) && file.type !== 'text/html') return text;
  return textOfHtml(new DOMParser().parseFromString(text, 'text/html').body);
}

function download(name: string, data: string | Uint8Array<ArrayBuffer>, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const actions: StudioActions = {
  playLevel: (level) => {
    const { draft } = store.getState();
    if (checkDraft(draft).errors.length > 0) return store.getState().setStep('checks');
    // Kept with the packs a teacher loaded (the game checks it again as it starts), then opened on that question.
    void storePack({ id: draft.manifest.id, files: draftFiles(draft), addedAt: Date.now() }).then(() =>
      window.open(`./?pack=${encodeURIComponent(draft.manifest.id)}&level=${level}`, '_blank'),
    );
  },
  openArticle: (file) => void articleText(file).then((body) => store.getState().setArticle({}, body)),
  importPack: (file) =>
    void file
      .arrayBuffer()
      .then((b) => openPackFile(file.name, new Uint8Array(b)))
      .then((r) => {
        if (!r.files) return store.getState().setStatus(t().importFailed);
        const draft = draftFromFiles(r.files);
        store.getState().replaceDraft(draft, t().imported(draft.manifest.title));
      }),
  exportBundle: () => {
    const s = store.getState();
    // Checked again here: the last keys typed may not have been checked yet.
    if (checkDraft(s.draft).errors.length > 0) return s.setStep('checks');
    download(`${s.draft.manifest.id}.pack.json`, makeBundle(draftFiles(s.draft)));
  },
  exportZip: () => {
    const s = store.getState();
    if (checkDraft(s.draft).errors.length > 0) return s.setStep('checks');
    void packZip(s.draft.manifest.id, draftFiles(s.draft)).then((bytes) =>
      download(`${s.draft.manifest.id}.zip`, bytes as Uint8Array<ArrayBuffer>, 'application/zip'),
    );
  },
  copyText: (text) =>
    // No clipboard outside a secure page, or refused: the text is on the page to copy by hand.
    void (navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard')))
      .then(
        () => true,
        () => false,
      )
      .then((ok) => store.getState().setStatus(ok ? t().copied : t().copyRefused)),
};

onSaveRefused(() => store.getState().setStatus('', true));

const render = () => {
  const s = store.getState();
  document.documentElement.lang = s.language;
  patchChildren(root, studioPage(s, store, actions), { keepTyping: true });
};
render();
store.subscribe(render);

// The article view's selection, snapped to words by the store, becomes the span to quote.
document.addEventListener('selectionchange', () => {
  const view = document.getElementById('article-view');
  const sel = document.getSelection();
  if (!view || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
  const range = sel.getRangeAt(0);
  if (!view.contains(range.startContainer) || !view.contains(range.endContainer)) return;
  const offset = (node: Node, at: number) => {
    const r = document.createRange();
    r.selectNodeContents(view);
    r.setEnd(node, at);
    return r.toString().length;
  };
  store.getState().select(offset(range.startContainer, range.startOffset), offset(range.endContainer, range.endOffset));
});

Object.assign(window, { onTheRecordStudio: { store } });
