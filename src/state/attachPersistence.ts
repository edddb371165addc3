import { shallow } from 'zustand/vanilla/shallow';
import type { Timer } from '../core/rules/stateSchema';
import type { loadSaved } from './persistence';
import { save, savedPackId } from './saveSlot';
import type { AppState, AsidePack, GameStore, Notice } from './store';

/** Reads the saved game back: persistence.ts's loadSaved, or a stand-in when nothing is saved. */
export type LoadSaved = typeof loadSaved;

/** For a first visit: nothing saved, so nothing to check (and no schemas to load). */
export const nothingSaved: LoadSaved = () => ({ kind: 'none' });

/** A countdown as a save needs it: whether it runs and its length, not how far it has got. */
const clockOf = (t: Timer | null): string => (t === null ? 'off' : `${t.running ? 'running' : 'paused'}/${t.limitMs}`);

/**
 * What is worth a write, as a flat record for a shallow compare: every field of the game by
 * reference, the pack and the settings, and each countdown as clockOf sees it. A tick (four a
 * second while a timer runs) moves only a countdown's remaining time, so it writes nothing;
 * a pause, a resume, added time or time running out does.
 */
function worthSaving(s: AppState): Record<string, unknown> {
  const { timer, discussTimer, ...game } = s.game;
  return { ...game, timer: clockOf(timer), discussTimer: clockOf(discussTimer), pack: s.pack, settings: s.settings };
}

/** What the teacher is told about a save that could not be resumed; a pack set aside is named. */
function discardNotice(outcome: Extract<ReturnType<LoadSaved>, { kind: 'discarded' }>, aside: AsidePack | undefined): Notice | null {
  const kept = outcome.backupKey !== null;
  if (outcome.reason === 'unavailable') return { kind: 'unavailable' };
  // A save with nothing answered in it lost nothing: no notice about it (a pack set aside is still named, by start-up).
  if (outcome.answered === false) return null;
  if (outcome.reason === 'other-pack' && aside) return { kind: 'pack-failed', kept, pack: aside };
  return { kind: outcome.reason, kept };
}

/** Where the page says it is going away; a browser window by default, none outside one. */
type PageEvents = Pick<Window, 'addEventListener' | 'removeEventListener'> & { document?: Pick<Document, 'visibilityState'> };

/**
 * Restores the saved game into the store (or explains why it could not), then saves every
 * change to the game or the settings, but not the timer's ticks: the time left is written
 * with the next change that is worth a write, and when the page is hidden or closed, so a
 * reload resumes the countdown where it was. A failing write says so until one succeeds, and play goes on.
 */
export function attachPersistence(
  store: GameStore,
  storage: Storage | null,
  load: LoadSaved,
  page: PageEvents | undefined = typeof window === 'undefined' ? undefined : window,
  /** Whether this tab may write now: not while another tab holds the session (services/tabOwner.ts). */
  allowed: () => boolean = () => true,
  /** Stored packs set aside at start-up, by id: a save on one of them names it and says why. */
  aside: ReadonlyMap<string, AsidePack> = new Map(),
  /** Settles once `allowed` has its answer (the tab's claim): a write it held back is made then. */
  claimed: PromiseLike<unknown> = Promise.resolve(),
): () => void {
  // The saved game picks its own pack from those on offer.
  const savedPack = store.getState().packs.find((p) => p.manifest.id === savedPackId(storage));
  if (savedPack) store.setState({ pack: savedPack });
  const outcome = load(storage, store.getState().pack);
  if (outcome.kind === 'loaded') {
    // A session with answers in it asks "resume or start new?"; an untouched one just opens.
    const started = Object.keys(outcome.game.records).length > 0 || outcome.game.phase !== 'title';
    store.setState({ game: outcome.game, settings: outcome.settings, resumePrompt: started });
  } else if (outcome.kind === 'discarded') store.setState({ notice: discardNotice(outcome, aside.get(savedPackId(storage) ?? '')) });
  let saved: AppState['game'] = store.getState().game;
  // A failing write says so until a write succeeds: each move is one more answer a reload would lose.
  let heldBack = false;
  const write = () => {
    if (!allowed()) {
      heldBack = true;
      return;
    }
    heldBack = false;
    const s = store.getState();
    saved = s.game;
    const failing = s.notice?.kind === 'save-failed';
    const r = save(storage, s.pack, s.game, s.settings);
    if (!r.ok && r.reason === 'full-or-blocked' && !failing) store.setState({ notice: { kind: 'save-failed' } });
    else if (r.ok && failing) store.setState({ notice: null });
  };
  const unsubscribe = store.subscribe(worthSaving, write, { equalityFn: shallow });
  // A resumed session is written back at once: a full disk is then said on the first screen, not
  // after the first answers have gone unsaved.
  if (outcome.kind === 'loaded') write();
  // A change made while the tab's claim was still being answered is written once this tab
  // knows it holds the session (and never, if another tab does).
  let attached = true;
  void Promise.resolve(claimed).then(() => {
    if (attached && heldBack && allowed()) write();
  });
  // Only ticks since the last write: the time left is all that is behind.
  const flush = () => {
    if (store.getState().game !== saved) write();
  };
  const hidden = () => {
    if (page?.document?.visibilityState === 'hidden') flush();
  };
  page?.addEventListener('pagehide', flush);
  page?.addEventListener('visibilitychange', hidden);
  return () => {
    attached = false;
    unsubscribe();
    page?.removeEventListener('pagehide', flush);
    page?.removeEventListener('visibilitychange', hidden);
  };
}

/** Local storage when the browser allows it (some privacy modes throw on access). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
