/**
 * Keys over the article: the reading screen (pages) and "show in article" from a reveal
 * (another quote of the same reveal). S, the key that opens either one, closes it again.
 */
import { articleBudget, articleScreen } from '../core/screens/articleScreen';
import { sourceView } from '../core/screens/sourceScreen';
import type { AppState } from '../state/store';
import { readerBody } from '../platform/theme';

const NEXT = new Set([' ', 'ArrowRight', 'PageDown', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'Backspace', 'PageUp']);

/** The reading screen: turn pages (not past either end), P prints, S or Esc closes. Null for a key it leaves alone. */
export function readerKey(s: AppState, key: string, print: (() => void) | undefined): boolean | null {
  const view = articleScreen(s.pack, s.game, articleBudget(readerBody()));
  if (!view) return null;
  const lower = key.toLowerCase();
  if (key === 'Escape' || lower === 's') return s.dispatch({ type: 'closeArticle' });
  if (lower === 'p' && print) {
    print();
    return true;
  }
  if (NEXT.has(key)) return view.page + 1 < view.pageCount ? s.dispatch({ type: 'turnArticle', page: view.page + 1 }) : true;
  if (PREVIOUS.has(key)) return view.page > 0 ? s.dispatch({ type: 'turnArticle', page: view.page - 1 }) : true;
  if (key === 'Home' || key === 'End') return s.dispatch({ type: 'turnArticle', page: key === 'Home' ? 0 : view.pageCount - 1 });
  return false;
}

/**
 * "Show in article": S or Esc closes it; a quote's number, or the arrows, show another quote of
 * the reveal; stepping past the last (or before the first) closes it, as a clicker expects.
 */
export function sourceKey(s: AppState, key: string): boolean | null {
  const view = sourceView(s.pack, s.game);
  if (!view) return null;
  const lower = key.toLowerCase();
  if (key === 'Escape' || lower === 's') return s.dispatch({ type: 'closeSource' });
  const show = (i: number) => s.dispatch({ type: 'showSource', quote: view.quotes[i]! });
  if (/^[1-9]$/.test(key)) return Number(key) <= view.quotes.length ? show(Number(key) - 1) : false;
  if (NEXT.has(key)) return view.index >= 0 && view.index + 1 < view.quotes.length ? show(view.index + 1) : s.dispatch({ type: 'closeSource' });
  if (PREVIOUS.has(key)) return view.index > 0 ? show(view.index - 1) : s.dispatch({ type: 'closeSource' });
  return false;
}
