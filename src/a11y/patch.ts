/**
 * The DOM layer is a live region: replacing its content would have a screen reader announce
 * the whole screen again, and would drop the focus. So each render builds the new content
 * off the page and idiomorph patches the page's nodes to match it: a node that is the same
 * is left alone (no mutation at all), a changed text or attribute is changed in place, a
 * new node is inserted among the kept ones.
 *
 * idiomorph (0BSD, from the htmx project, about 4 KB gzipped, no dependencies, bundled with
 * the DOM layer so it works offline) was chosen over morphdom because it looks ahead among
 * siblings: a line that appears above others (a notice above the heading) is inserted, where
 * morphdom's position-by-position match rewrote or replaced every node after it.
 */
import { Idiomorph } from 'idiomorph';
import { takeHandlers } from '../services/dom';

/**
 * Patches `root`'s children to match `built` (the new content, built off the page). A form
 * (the studio) keeps what is being typed: the focused control's value is left as it is.
 */
export function patchChildren(root: HTMLElement, built: readonly HTMLElement[], { keepTyping = false } = {}): void {
  // Only a text control being typed in is left alone (idiomorph would skip any focused element, a button's new label too).
  const typing = keepTyping && document.activeElement?.matches('input[type="text"], textarea') === true;
  Idiomorph.morph(root, [...built], { morphStyle: 'innerHTML', ignoreActiveValue: typing });
  // idiomorph copies attributes and text, not listeners: after the patch the page's tree has
  // the built tree's shape, so each element takes the handlers of its twin. A shape that
  // differs (it should not) is replaced whole rather than left with stale handlers.
  const kept = [...root.children];
  if (kept.length !== built.length || !kept.every((el, i) => adopt(el, built[i]!))) root.replaceChildren(...built);
}

function adopt(kept: Element, fresh: Element): boolean {
  if (kept.nodeName !== fresh.nodeName || kept.childElementCount !== fresh.childElementCount) return false;
  takeHandlers(kept, fresh);
  for (let a = kept.firstElementChild, b = fresh.firstElementChild; a && b; a = a.nextElementSibling, b = b.nextElementSibling) if (!adopt(a, b)) return false;
  return true;
}
