/**
 * The studio's last steps: every problem the checks find, in one list, and the pack's files
 * (export as a bundle or a zip, open a pack to edit it).
 */
import { h, type Child } from '../services/dom';
import type { StudioStrings } from '../i18n/studioStrings';
import type { StudioState } from './store';
import { problemLine } from './problems';
import type { StudioActions } from './view';

/** A file picker with its label; `open` gets the file chosen. */
export function fileField(label: string, id: string, accept: string, open: (file: File) => void): HTMLElement {
  return h(
    'p',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', {
      type: 'file',
      id,
      accept,
      onchange: (e: Event) => {
        const file = (e.target as HTMLInputElement).files?.[0];
        if (file) open(file);
      },
    }),
  );
}

export function checksStep(t: StudioStrings, s: StudioState): Child[] {
  const { errors, warnings } = s.check;
  return [
    h('p', { 'data-errors': String(errors.length) }, errors.length ? `${t.errors(errors.length)} · ${t.warnings(warnings.length)}` : t.allGood),
    h('ul', { class: 'problems' }, ...errors.map((e) => h('li', {}, problemLine(t, e)))),
    warnings.length
      ? h('ul', { class: 'warnings' }, ...warnings.map((w) => h('li', { 'data-warning': w.path }, `${w.message} (${t.where(w.file, w.path)})`)))
      : null,
  ];
}

export function filesStep(t: StudioStrings, s: StudioState, act: StudioActions): Child[] {
  const blocked = s.check.errors.length > 0;
  return [
    h(
      'button',
      {
        type: 'button',
        'data-action': 'export',
        'aria-disabled': String(blocked),
        'aria-describedby': blocked ? 'export-blocked' : false,
        onclick: () => act.exportBundle(),
      },
      t.exportBundle,
    ),
    h(
      'button',
      {
        type: 'button',
        'data-action': 'export-zip',
        'aria-disabled': String(blocked),
        'aria-describedby': blocked ? 'export-blocked' : false,
        onclick: () => act.exportZip(),
      },
      t.exportZip,
    ),
    blocked ? h('p', { id: 'export-blocked' }, t.exportBlocked) : null,
    fileField(t.importPack, 'import-pack', '.json,.zip,application/json,application/zip', act.importPack),
  ];
}
