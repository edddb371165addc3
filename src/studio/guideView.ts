/**
 * The guided first pack: a button that opens the studio's practice article, and while the guide
 * is on, its steps beside every view, each marked done from the draft (core/studio/guide.ts).
 */
import { GUIDE_STEPS, guideProgress } from '../core/studio/guide';
import { h } from '../services/dom';
import type { StudioStrings } from '../i18n/studioStrings';
import type { StudioState, StudioStore } from './store';

/** Offered only on an empty draft: the example never replaces a teacher's own work. */
export function guideOffer(t: StudioStrings, s: StudioState, store: StudioStore): HTMLElement | null {
  if (s.guide || s.draft.source.trim() || s.draft.levels.length > 0) return null;
  return h(
    'p',
    { class: 'guide-offer' },
    h('button', { type: 'button', 'data-action': 'start-guide', onclick: () => store.getState().startGuide() }, t.guideStart),
  );
}

export function guidePanel(t: StudioStrings, s: StudioState, store: StudioStore): HTMLElement | null {
  if (!s.guide) return null;
  const done = guideProgress(s.draft, s.check);
  return h(
    'aside',
    { class: 'guide', 'aria-labelledby': 'guide-title' },
    h('h2', { id: 'guide-title' }, t.guideTitle),
    h(
      'ol',
      {},
      ...GUIDE_STEPS.map((k) =>
        h(
          'li',
          { 'data-guide': k, 'data-done': String(done[k]) },
          h('span', { class: 'guide-state' }, done[k] ? `✓ ${t.guideDone}` : t.guideToDo),
          ' ',
          t.guideSteps[k],
        ),
      ),
    ),
    h('button', { type: 'button', 'data-action': 'close-guide', onclick: () => store.getState().closeGuide() }, t.guideClose),
  );
}
