/**
 * Keyboard and presentation-clicker controls, one map for the whole game:
 * 1–6 or A–F choose · Enter locks in (or continues) · Space, →, PageDown continue ·
 * ←, PageUp go back · Esc menu · S show in article · M sound · ` (left of 1) full screen · in the menu 1–9, Enter its first entry.
 * Debates: F / X take a side · cards by number or letter · 0 concede nothing · U or
 * Backspace undo · who's who: a quote's number, then the speaker's letter ·
 * verdict: 1–4 on the scale, letters for cards · poll: row number, Up / Down or + / -.
 */
import { screenOf, type Screen } from '../core/screens/screen';
import { draftKeyMove } from '../core/rounds/registry';
import type { AppState, GameStore } from '../state/store';
import { evidenceOnPage, finalRowPage } from '../state/view';
import { downloadCsv, printSummary } from '../services/exportResults';
import { printAnswerCards } from '../services/answerCards';
import { MENU_KEYS, menuItems } from './menuItems';
import { readerKey, sourceKey } from './articleKeys';
import { printArticle } from '../services/printArticle';
import { openRenameDialog } from '../services/renameDialog';
import type { PackLoader } from '../services/packLoader';
import { readScreen } from '../services/readAloud';
import { SCOREBOARD_SHOWS } from '../core/rules/choices';
import { SETUP_ROWS } from './setupLayout';
import { beatAt, showsEvidence } from '../core/screens/revealBeats';

const CONTINUE = new Set([' ', 'ArrowRight', 'PageDown', 'Enter']);
const BACK = new Set(['ArrowLeft', 'Backspace', 'PageUp']);
/** The key left of 1, as English, Spanish and French layouts name it (attachKeyboard also maps its code). */
export const FULLSCREEN_KEYS = new Set(['`', 'º', '²']);

/** 0-based index from a digit (1–9) or a letter (a–h), or -1. */
function indexOf(key: string): { digit: number; letter: number } {
  const lower = key.toLowerCase();
  return {
    digit: /^[1-9]$/.test(key) ? Number(key) - 1 : -1,
    letter: /^[a-h]$/.test(lower) && key.length === 1 ? lower.charCodeAt(0) - 97 : -1,
  };
}

function debateKey(s: AppState, screen: Screen, key: string): boolean | null {
  const { digit } = indexOf(key);
  const move = (m: Parameters<AppState['dispatch']>[0]) => s.dispatch(m);
  if (screen.kind === 'case' || screen.kind === 'whoswho' || screen.kind === 'verdictRound') {
    // Each drafted kind maps its own keys (src/core/rounds/<kind>.ts).
    const m = draftKeyMove(screen, key, indexOf(key));
    return m ? move(m) : null;
  }
  if (screen.kind === 'poll') {
    const option = screen.poll.options[digit];
    if (option) {
      s.setPollRow(digit);
      return true;
    }
    const row = screen.poll.options[s.pollRow];
    if (row && (key === 'ArrowUp' || key === '+' || key === '=')) return move({ type: 'poll', option: row.id, delta: 1 });
    if (row && (key === 'ArrowDown' || key === '-')) return move({ type: 'poll', option: row.id, delta: -1 });
    return null;
  }
  return null;
}

/** Screens where letters pick answers or cards, so B keeps that meaning there. */
const LETTER_SCREENS = new Set(['round', 'case', 'whoswho', 'verdictRound']);

export interface KeyEffects {
  toggleFullscreen(): void;
  renameTeam(team: number): void;
  /** Read the screen aloud (R). */
  readAloud?(): void;
  /** On the title: open a pack from disk (L), remove the loaded pack on show (Delete, twice). */
  openPack?(): void;
  removePack?(): void;
  downloadCsv(): void;
  printSummary(): void;
  /** The reading screen's handout (P there). */
  printArticle?(): void;
  /** On the setup screen (P): print the teams' answer cards. */
  printAnswerCards?(): void;
}

/** Returns true when the key did something, so the caller can prevent the default. */
export function handleKey(store: GameStore, key: string, effects?: KeyEffects): boolean {
  const s = store.getState();
  const g = s.game;
  const lower = key.length === 1 ? key.toLowerCase() : key;
  // A blanked screen or the help card take the next key for themselves, as presentation software does.
  if (s.blank) {
    s.setBlank(false);
    return true;
  }
  if (s.help) {
    s.setHelp(false);
    return true;
  }
  if (s.resumePrompt) {
    if (lower === 'n') s.newSession();
    else if (key === 'Enter' || key === ' ' || key === 'Escape') s.resumeSession();
    return true;
  }
  if (key === '?') {
    s.setHelp(true);
    return true;
  }
  const lettersPick = !g.overlay && LETTER_SCREENS.has(screenOf(s.pack, g).kind);
  if (key === '.' || (lower === 'b' && !lettersPick)) {
    s.setBlank(true);
    return true;
  }
  // Full screen has a key of its own that no screen uses for anything else (the one left of 1:
  // ` on English keyboards, º on Spanish ones), so F is always the F on the screen: an answer, a card or "for".
  if (FULLSCREEN_KEYS.has(key) && effects) {
    effects.toggleFullscreen();
    return true;
  }
  if (key === 'Escape') {
    if (g.overlay?.kind === 'source') return s.dispatch({ type: 'closeSource' });
    if (g.overlay?.kind === 'article') return s.dispatch({ type: 'closeArticle' });
    return s.dispatch({ type: g.overlay ? 'closeMenu' : 'openMenu' });
  }
  if (lower === 'm') {
    s.toggleSound();
    return true;
  }
  if (key === 'R') {
    s.setSpeech({ readAloud: !s.settings.readAloud });
    return true;
  }
  if (key === 'r' && effects?.readAloud && !g.overlay) {
    effects.readAloud();
    return true;
  }
  if (g.overlay?.kind === 'menu') {
    // Enter takes the highlighted first entry (Resume; on the settings, Back), as the canvas draws it.
    const item = menuItems(s)[key === 'Enter' ? 0 : (MENU_KEYS as readonly string[]).indexOf(key)];
    if (item) item.run();
    return !!item;
  }
  // Over the article (the reading screen, or a reveal's quote in it), its own keys; S closes either.
  if (g.overlay?.kind === 'article') return readerKey(s, key, effects?.printArticle) ?? false;
  if (g.overlay?.kind === 'source') return sourceKey(s, key) ?? false;
  const screen = screenOf(s.pack, g);
  const debate = debateKey(s, screen, key);
  if (debate !== null) return debate;
  if (screen.kind === 'setup') {
    const handled = setupKey(s, screen, key, effects);
    if (handled !== null) return handled;
  }
  if (lower === 'o' && g.mode !== 'solo') return s.dispatch({ type: 'setScoreboard', when: g.scoreboard === 'never' ? 'always' : 'never' });
  if ((screen.kind === 'title' || screen.kind === 'levelIntro') && lower === 's') return s.dispatch({ type: 'readArticle' });
  if (screen.kind === 'title' && lower === 'e') {
    s.setLanguage(s.settings.language === 'en' ? 'es' : 'en');
    return true;
  }
  if (screen.kind === 'title' && lower === 'l' && effects?.openPack) {
    effects.openPack();
    return true;
  }
  if (screen.kind === 'title' && key === 'Delete' && effects?.removePack) {
    effects.removePack();
    return true;
  }
  if (screen.kind === 'title' && /^[1-9]$/.test(key)) {
    const pack = s.packs[Number(key) - 1];
    return pack ? s.choosePack(pack.manifest.id) : false;
  }
  if (screen.kind === 'title' && (key === 'ArrowDown' || key === 'ArrowUp') && s.packs.length > 1) {
    // Through every pack (past the ninth, which no digit names), the tabs' page following.
    const at = s.packs.indexOf(s.pack) + (key === 'ArrowDown' ? 1 : -1);
    return s.choosePack(s.packs[(at + s.packs.length) % s.packs.length]!.manifest.id);
  }
  if (screen.kind === 'title' && (lower === 't' || lower === 'a' || key === 'Enter')) {
    // A new session from zero; one under way is asked about first (the same key again starts it).
    s.startSession(lower === 't' ? 'teams' : lower === 'a' ? 'all' : 'solo');
    return true;
  }
  if (screen.kind === 'title' && lower === 'c' && screen.progress === 'unfinished') return s.dispatch({ type: 'toLevelSelect' });
  if (g.phase === 'round' && g.discussing && CONTINUE.has(key)) return s.dispatch({ type: 'next' });
  if (g.phase === 'round' && screen.kind === 'round' && screen.allAnswer && /^[1-9]$/.test(key)) {
    // Every team answering: a team's number first, then its answer's letter.
    return Number(key) <= screen.allAnswer.picked.length ? s.dispatch({ type: 'setActiveTeam', team: Number(key) - 1 }) : false;
  }
  if (g.phase === 'round' && screen.kind === 'round') {
    // Letters and numbers name the options as the screen shows them (shuffled), never the pack's order.
    const { digit, letter } = indexOf(key);
    const option = screen.options[digit >= 0 ? digit : letter];
    if (option) return s.dispatch({ type: 'choose', option: option.id });
    if (key === 'Enter') return s.dispatch({ type: 'confirm' });
    // Confidence on: S marks the answer sure (or takes the mark back).
    if (lower === 's' && screen.sure) return s.dispatch({ type: 'toggleSure' });
    if (g.timer && lower === 'p') return s.dispatch({ type: 'timer', op: g.timer.running ? 'pause' : 'resume', now: Date.now() });
    if (g.timer && (key === '+' || key === '=')) return s.dispatch({ type: 'timer', op: 'add', now: Date.now() });
  }
  if (g.phase === 'levelSelect') {
    if (/^[0-9]$/.test(key)) return s.dispatch({ type: 'openLevel', level: key === '0' ? 9 : Number(key) - 1 });
    // Two columns: left and right step by one, up and down by a row.
    const by = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -2, ArrowDown: 2 }[key];
    if (by !== undefined) {
      s.moveLevelCursor(by);
      return true;
    }
    if (key === 'Enter' && s.levelCursor !== null) return s.dispatch({ type: 'openLevel', level: s.levelCursor });
  }
  // A pick reveal's quotes are not shown before its last beat: S has none to open yet.
  if (g.phase === 'reveal' && lower === 's' && showsEvidence(beatAt(screen, s.beat))) {
    // A debate reveal: the first quote on the page of its quotes showing (before them, the first of all).
    const first = evidenceOnPage(screen, s.page)[0] ?? (screen.kind === 'debateReveal' ? screen.sources[0]?.view : undefined);
    return first ? s.dispatch({ type: 'showSource', quote: first.quote.id }) : false;
  }
  if (g.phase === 'final' && effects && (lower === 'c' || lower === 'p')) {
    if (lower === 'c') effects.downloadCsv();
    else effects.printSummary();
    return true;
  }
  if (screen.kind === 'final' && (key === 'ArrowDown' || key === 'ArrowUp')) {
    // Row by row down the list (a level's recap may take more pages than one: Space turns those).
    s.setPage(finalRowPage(screen, s.page, key === 'ArrowDown' ? 1 : -1));
    return true;
  }
  if (CONTINUE.has(key) && g.phase !== 'round') return s.advance();
  if (BACK.has(key)) return s.retreat();
  return false;
}

/** Class setup: S / T / A the mode, + and - the team count, 1–6 rename a team, P print answer cards, arrows and Space the questions. */
function setupKey(s: AppState, screen: Extract<Screen, { kind: 'setup' }>, key: string, effects?: KeyEffects): boolean | null {
  const lower = key.toLowerCase();
  const mode = { s: 'solo', t: 'teams', a: 'all' }[lower] as 'solo' | 'teams' | 'all' | undefined;
  if (mode) return s.dispatch({ type: 'setMode', mode });
  if (key === '+' || key === '=') return s.dispatch({ type: 'setTeamCount', count: screen.teams.length + 1 });
  if (key === '-') return s.dispatch({ type: 'setTeamCount', count: screen.teams.length - 1 });
  if (lower === 'p' && screen.mode !== 'solo' && effects?.printAnswerCards) {
    effects.printAnswerCards();
    return true;
  }
  if (/^[1-6]$/.test(key) && screen.mode !== 'solo' && Number(key) <= screen.teams.length) {
    effects?.renameTeam(Number(key) - 1);
    return !!effects;
  }
  const by = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -SETUP_ROWS, ArrowRight: SETUP_ROWS }[key];
  if (by !== undefined) {
    s.moveLevelCursor(s.levelCursor === null ? 0 : by);
    return true;
  }
  // Space is the question list's key here, never "start": it ticks the question under the
  // cursor, and with no cursor yet it shows the cursor on the first question.
  if (key === ' ') {
    if (s.levelCursor !== null) return s.dispatch({ type: 'toggleLevel', level: s.levelCursor });
    s.moveLevelCursor(0);
    return true;
  }
  if (lower === 'v') return s.dispatch({ type: 'setAutoAdvance', on: !s.game.autoAdvance });
  if (lower === 'c') return s.dispatch({ type: 'setConfidence', on: !s.game.confidence });
  if (lower === 'w') {
    const next = SCOREBOARD_SHOWS[(SCOREBOARD_SHOWS.indexOf(s.game.scoreboardShows) + 1) % SCOREBOARD_SHOWS.length]!;
    return s.dispatch({ type: 'setScoreboardShows', shows: next });
  }
  return null;
}

function browserEffects(store: GameStore, loader?: PackLoader): KeyEffects {
  return {
    openPack: loader ? () => loader.openPicker() : undefined,
    readAloud: () => void readScreen(store),
    removePack: loader ? () => void loader.removeCurrent() : undefined,
    renameTeam: (team) => void openRenameDialog(store, team),
    toggleFullscreen() {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    },
    downloadCsv: () => downloadCsv(store.getState().pack, store.getState().game),
    printSummary: () => printSummary(store.getState().pack, store.getState().game),
    printArticle: () => printArticle(store.getState().pack),
    printAnswerCards: () => printAnswerCards(store.getState()),
  };
}

export function attachKeyboard(store: GameStore, target: Window = window, loader?: PackLoader): () => void {
  const effects = browserEffects(store, loader);
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // An open dialog (a team's name, a pack's problems, recovery) has the keys: the game behind it is inert.
    if (target.document?.querySelector('dialog[open]')) return;
    // A focused DOM button handles its own Enter and Space (as a click).
    const el = e.target as HTMLElement | null;
    // Typing in a text field (a team's name) is never a game key.
    if (el?.closest?.('input, textarea, select')) return;
    if ((e.key === 'Enter' || e.key === ' ') && el?.closest?.('button, a, input, select, textarea')) return;
    if (e.repeat && !['ArrowDown', 'ArrowUp'].includes(e.key)) return;
    // The key left of 1 is full screen whatever the layout calls it (a dead key on some).
    const key = e.code === 'Backquote' && !e.shiftKey ? '`' : e.key;
    if (handleKey(store, key, effects)) e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
