import type { PackIssue } from '../core/pack/issues';
import { hintFor } from '../core/pack/hints';
import { h } from '../services/dom';
import type { StudioStrings } from '../i18n/studioStrings';

/** The element id of a problem's line, so the field it is about can point to it (aria-describedby). */
export const problemId = (p: Pick<PackIssue, 'file' | 'path'>) => `problem-${p.file}-${p.path}`.replace(/[^\w-]+/g, '-');

/** One problem in plain words, with the game's own hint for fixing it and where it is. */
export function problemLine(t: StudioStrings, p: PackIssue): HTMLElement {
  const hint = hintFor(p);
  // The schema's own words for an empty text ("Too small: expected string to have >=1 characters") are not a teacher's.
  const message = /expected string to have >=1 characters/.test(p.message) ? t.empty : p.message;
  return h(
    'span',
    { class: 'problem', id: problemId(p), 'data-problem': `${p.file}:${p.path}` },
    message,
    hint ? ` — ${hint}` : '',
    ` (${t.where(p.file, p.path)})`,
  );
}
