/**
 * Keyboard and presentation-clicker controls, one map for the whole game:
 * 1–6 or A–F choose · Enter locks in (or continues) · Space, →, PageDown continue ·
 * ←, Backspace, PageUp go back · Esc menu · S show in article · M sound · in the menu 1–5.
 */
import { currentRound } from '../core/game';
import { roundOptions } from '../core/options';
import { screenOf } from '../core/screen';
import type { GameStore } from '../state/store';
import { evidenceOnPage } from '../state/view';
import { menuItems } from './menuItems';

const CONTINUE = new Set([' ', 'ArrowRight', 'PageDown', 'Enter']);
const BACK = new Set(['ArrowLeft', 'Backspace', 'PageUp']);

/** Returns true when the key did something, so the caller can prevent the default. */
export function handleKey(store: GameStore, key: string): boolean {
  const s = store.getState();
  const g = s.game;
  const lower = key.length === 1 ? key.toLowerCase() : key;
  if (key === 'Escape') {
    if (g.overlay?.kind === 'source') return s.dispatch({ type: 'closeSource' });
    return s.dispatch({ type: g.overlay ? 'closeMenu' : 'openMenu' });
  }
  if (lower === 'm') {
    s.toggleSound();
    return true;
  }
  if (g.overlay?.kind === 'menu') {
    const item = menuItems(s)[Number(key) - 1];
    if (item) item.run();
    return !!item;
  }
  if (g.overlay?.kind === 'source') {
    return CONTINUE.has(key) || BACK.has(key) ? s.dispatch({ type: 'closeSource' }) : false;
  }
  if (g.phase === 'round') {
    const round = currentRound(s.pack, g);
    const options = round ? roundOptions(s.pack, round) : [];
    const index = /^[1-6]$/.test(key) ? Number(key) - 1 : /^[a-f]$/.test(lower) ? lower.charCodeAt(0) - 97 : -1;
    const option = options[index];
    if (option) return s.dispatch({ type: 'choose', option: option.id });
    if (key === 'Enter') return s.dispatch({ type: 'confirm' });
  }
  if (g.phase === 'levelSelect' && /^[0-9]$/.test(key)) {
    return s.dispatch({ type: 'openLevel', level: key === '0' ? 9 : Number(key) - 1 });
  }
  if (g.phase === 'reveal' && lower === 's') {
    const screen = screenOf(s.pack, g);
    const first = evidenceOnPage(screen, s.page)[0];
    return first ? s.dispatch({ type: 'showSource', quote: first.quote.id }) : false;
  }
  if (g.phase === 'final' && (key === 'ArrowDown' || key === 'ArrowUp')) {
    s.setPage(s.page + (key === 'ArrowDown' ? 1 : -1));
    return true;
  }
  if (CONTINUE.has(key) && g.phase !== 'round') return s.advance();
  if (BACK.has(key)) return s.retreat();
  return false;
}

export function attachKeyboard(store: GameStore, target: Window = window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // A focused DOM button handles its own Enter and Space (as a click).
    const el = e.target as HTMLElement | null;
    if ((e.key === 'Enter' || e.key === ' ') && el?.closest?.('button, a, input, select, textarea')) return;
    if (e.repeat && e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (handleKey(store, e.key)) e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
