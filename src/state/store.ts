import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { initialState, isLevelComplete, reduce, type Action, type GameState, type Rejection } from '../core/rules/game';
import { drawSeed } from '../core/rules/order';
import { fitsPack } from '../core/rules/fitsPack';
import { screenOf } from '../core/screens/screen';
import type { Pack } from '../core/pack/schema';
import { pageCount } from './view';
import { FULL_REVEAL, lastBeat, startBeat } from '../core/screens/revealBeats';
import { levelCursorAt } from './listPages';
import type { SavedSettings } from './persistence';
import { MOTIONS, TEXT_SIZES, nextSound } from './settings';
import { sessionProgress } from '../core/rules/session';
import type { Mode } from '../core/rules/stateSchema';

/**
 * Device settings, kept apart from the game: sound (off by default, so a projected lesson is
 * silent unless the teacher asks), the text size preset and the colour theme.
 */
export type Settings = SavedSettings;
export const DEFAULT_SETTINGS: Settings = {
  sound: false,
  volume: 0.65,
  motion: 'system',
  music: false,
  textSize: 'standard',
  theme: 'dark',
  language: 'en',
  readAloud: false,
  speechRate: 1,
  voice: null,
};

export type MenuPage = 'main' | 'settings';

/** Why a saved game could not be resumed (it is kept as a copy when storage allows: `kept`). */
export type SaveLoss = 'unreadable' | 'newer' | 'other-pack' | 'does-not-fit' | 'pack-failed';
/** A stored pack that was set aside: its title as far as it can be read, and the checker's first problem (null: its record could not be read at all). */
export interface AsidePack {
  title: string;
  problem: string | null;
}
/**
 * Something the teacher should know about what the device keeps. Shown once and cleared by the
 * next move, except 'save-failed', which stays until a save succeeds (see attachPersistence).
 */
export type Notice =
  { kind: SaveLoss; kept: boolean; pack?: AsidePack } | { kind: 'packs-aside'; packs: AsidePack[] } | { kind: 'unavailable' | 'save-failed' | 'update-ready' };

export interface AppState {
  /** The pack being played, one of `packs`. */
  pack: Pack;
  /** Every pack this browser can play: built in, then loaded by the teacher. */
  packs: Pack[];
  /** The ids of the loaded (removable) packs among them. */
  loadedPackIds: string[];
  game: GameState;
  settings: Settings;
  /** Which page of the screen is shown (see state/view.ts); reset whenever the game moves. */
  page: number;
  /**
   * A pick reveal's beat (core/screens/revealBeats.ts): 0, the picks, when the reveal was just
   * reached by locking in; the whole reveal when it is returned to. Kept while the round is.
   */
  beat: number;
  /** The poll row the keyboard's Up and Down change. */
  pollRow: number;
  /** The level the arrow keys have moved to on the level list (null: none yet). */
  levelCursor: number | null;
  notice: Notice | null;
  /** Presenter view state: the "?" keyboard map, and a blanked screen (like presentation software). */
  help: boolean;
  blank: boolean;
  /** "Start over" asks twice, because it clears a class's scores. */
  confirmRestart: boolean;
  /** "Erase all data" asks twice too: it also forgets loaded packs and settings. */
  confirmErase: boolean;
  /** The menu's page: the session's actions, or the settings. */
  menuPage: MenuPage;
  setMenuPage: (page: MenuPage) => void;
  /** A new session from the title would clear one under way: the way of playing asked for, until it is asked again. */
  confirmNewSession: Mode | null;
  /** On reopening a saved session: ask "resume or new session?" before play goes on. */
  resumePrompt: boolean;
  /** The last rejected action, so a view can say why nothing happened. */
  rejection: Rejection | null;
  dispatch: (action: Action) => boolean;
  /** "Continue": through a reveal's beats first, then the screen's pages, then the game's next step. */
  advance: () => boolean;
  /** "Back": to the previous page first, then the game's back step. */
  retreat: () => boolean;
  setPage: (page: number) => void;
  /** A reveal's beat, clamped to its beats (tests and the DOM layer's whole-reveal view). */
  setBeat: (beat: number) => void;
  setPollRow: (row: number) => void;
  setHelp: (open: boolean) => void;
  askRestart: () => void;
  askErase: (ask: boolean) => void;
  resumeSession: () => void;
  /** First call asks for confirmation; the second starts a new session. */
  newSession: () => void;
  /** The title's solo / teams / all-teams: a new session from zero, asking first when one under way would be lost. True once started. */
  startSession: (mode: Mode) => boolean;
  setBlank: (blank: boolean) => void;
  moveLevelCursor: (by: number) => void;
  toggleSound: () => void;
  /** The menu's Sound entry: off, quiet, medium, loud, with music under discussions, off. */
  cycleSound: () => void;
  /** The menu's Motion entry: as the device asks, on, reduced. */
  cycleMotion: () => void;
  /** Switch to another pack (from the title): a fresh game, the same class settings. */
  choosePack: (id: string) => boolean;
  /** The packs on offer changed (one loaded or removed); the current one stays if it still exists. */
  setPacks: (packs: Pack[], loaded?: string[]) => void;
  /** A loaded pack removed from this browser (Data on this device): no longer on offer. */
  dropPack: (id: string) => void;
  setLanguage: (language: Settings['language']) => void;
  /** Read-aloud: auto-read on or off, the speed, the voice. */
  setSpeech: (speech: Partial<Pick<Settings, 'readAloud' | 'speechRate' | 'voice'>>) => void;
  /** The display, in steps: standard, large, extra large text in the dark theme, then the same in the light one. */
  cycleDisplay: () => void;
}

/** The store; `subscribe` also takes a selector, so a listener can wait for the part it cares about (see attachPersistence). */
export type GameStore = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

export interface StoreOptions {
  /** A seed fixed by the address (`?seed=`): every session shows the same order, for tests and printed answer sheets. */
  seed?: number | null;
  /** Where fresh seeds come from otherwise. */
  random?: () => number;
}

export function createGameStore(pack: Pack, game?: GameState, packs: Pack[] = [pack], options: StoreOptions = {}): GameStore {
  // The one impure step of a new session: drawing its seed. The reducer only ever receives it.
  const newSeed = () => options.seed ?? drawSeed(options.random);
  // A new pack is a new game; the teacher's class settings and teams carry over.
  const freshGame = (g: GameState): GameState => {
    const { mode, timerSeconds, scoreboard, scoreboardShows, discuss, discussSeconds, autoAdvance, teams } = g;
    return { ...initialState(newSeed()), mode, timerSeconds, scoreboard, scoreboardShows, discuss, discussSeconds, autoAdvance, teams };
  };
  return createStore<AppState>()(
    subscribeWithSelector((set, get) => {
      const dispatch = (input: Action): boolean => {
        const action: Action = input.type === 'restart' && input.seed === undefined ? { ...input, seed: newSeed() } : input;
        const outcome = reduce(get().pack, get().game, action);
        // A list's cursor belongs to its screen: it stays while the phase does (ticking questions
        // on the setup screen) and starts afresh on the next screen.
        const samePhase = outcome.ok && outcome.state.phase === get().game.phase;
        const sameRound = samePhase && outcome.state.level === get().game.level && outcome.state.round === get().game.round;
        // Opening or closing something over a screen (the article, the menu) keeps the page it was on.
        const was = get().game;
        const keepPage =
          outcome.ok &&
          samePhase &&
          (was.overlay !== null || outcome.state.overlay !== null) &&
          outcome.state.level === was.level &&
          outcome.state.round === was.round;
        if (outcome.ok)
          set({
            game: outcome.state,
            rejection: null,
            page: keepPage ? get().page : 0,
            // The reveal's suspense is for its first showing: locking in starts at the picks.
            beat: sameRound ? get().beat : startBeat(was.phase, outcome.state.phase),
            levelCursor: samePhase ? get().levelCursor : null,
            // A failing save keeps saying so until one succeeds; anything else was said once.
            notice: get().notice?.kind === 'save-failed' ? get().notice : null,
            confirmRestart: false,
            confirmErase: false,
            confirmNewSession: null,
            // The menu opens on its first page.
            ...(action.type === 'openMenu' ? { menuPage: 'main' as const } : {}),
          });
        else set({ rejection: outcome.error });
        return outcome.ok;
      };
      return {
        pack,
        packs,
        loadedPackIds: [],
        game: game ?? initialState(newSeed()),
        settings: { ...DEFAULT_SETTINGS },
        page: 0,
        beat: FULL_REVEAL,
        pollRow: 0,
        levelCursor: null,
        rejection: null,
        notice: null,
        help: false,
        blank: false,
        confirmRestart: false,
        confirmErase: false,
        confirmNewSession: null,
        menuPage: 'main',
        setMenuPage: (menuPage) => set({ menuPage, confirmRestart: false, confirmErase: false }),
        resumePrompt: false,
        dispatch,
        advance: () => {
          const { game: g, page, beat } = get();
          if (!g.overlay && beat < lastBeat(screenOf(get().pack, g))) {
            set({ beat: beat + 1 });
            return true;
          }
          if (!g.overlay && page + 1 < pageCount(screenOf(get().pack, g))) {
            set({ page: page + 1 });
            return true;
          }
          return dispatch({ type: 'next' });
        },
        retreat: () => {
          const { game: g, page } = get();
          if (!g.overlay && page > 0) {
            set({ page: page - 1 });
            return true;
          }
          return dispatch({ type: 'back' });
        },
        setPage: (page) => {
          const count = pageCount(screenOf(get().pack, get().game));
          if (Number.isInteger(page) && page >= 0 && page < count) set({ page });
        },
        setBeat: (beat) => {
          if (Number.isInteger(beat) && beat >= 0 && beat <= lastBeat(screenOf(get().pack, get().game))) set({ beat });
        },
        moveLevelCursor: (by) => {
          const { pack, game: g, levelCursor } = get();
          const from = levelCursorAt(
            levelCursor,
            pack.levels.map((_, i) => ({ complete: isLevelComplete(pack, g, i) })),
          );
          set({ levelCursor: Math.max(0, Math.min(pack.levels.length - 1, from + by)) });
        },
        setHelp: (help) => set({ help }),
        askRestart: () => set({ confirmRestart: true }),
        askErase: (ask) => set({ confirmErase: ask }),
        resumeSession: () => set({ resumePrompt: false, confirmRestart: false }),
        newSession: () => {
          if (!get().confirmRestart) return set({ confirmRestart: true });
          dispatch({ type: 'restart' });
          set({ resumePrompt: false });
        },
        startSession: (mode) => {
          const { pack: p, game: g, confirmNewSession } = get();
          if (sessionProgress(p, g) === 'unfinished' && confirmNewSession !== mode) {
            set({ confirmNewSession: mode });
            return false;
          }
          return dispatch({ type: 'startSession', mode, seed: newSeed() });
        },
        setBlank: (blank) => set({ blank }),
        setPollRow: (row) => {
          const options = get().pack.manifest.poll?.options.length ?? 0;
          if (Number.isInteger(row) && row >= 0 && row < options) set({ pollRow: row });
        },
        toggleSound: () => set((s) => ({ settings: { ...s.settings, sound: !s.settings.sound } })),
        cycleSound: () => set((s) => ({ settings: nextSound(s.settings) })),
        cycleMotion: () => set((s) => ({ settings: { ...s.settings, motion: MOTIONS[(MOTIONS.indexOf(s.settings.motion) + 1) % MOTIONS.length]! } })),
        choosePack: (id) => {
          const { packs: all, pack: current, game: g } = get();
          const next = all.find((p) => p.manifest.id === id);
          if (!next || g.phase !== 'title' || g.overlay) return false;
          if (next === current) return true;
          set({ pack: next, game: freshGame(g), page: 0, levelCursor: null, rejection: null });
          return true;
        },
        setPacks: (list, loaded = get().loadedPackIds) => {
          const { pack: was, game: g } = get();
          const current = list.find((p) => p.manifest.id === was.manifest.id);
          // A new version of the pack in play keeps the game only where it still fits (the pack
          // loader asks before replacing one with a session under way); otherwise a fresh game.
          if (current && (current === was || fitsPack(current, g))) set({ packs: list, pack: current, loadedPackIds: loaded });
          else if (current) set({ packs: list, pack: current, loadedPackIds: loaded, game: freshGame(g), page: 0, levelCursor: null });
          else if (list[0]) set({ packs: list, pack: list[0], loadedPackIds: loaded, game: initialState(newSeed()), page: 0, levelCursor: null });
        },
        dropPack: (id) => {
          const { packs: all, loadedPackIds } = get();
          if (loadedPackIds.includes(id))
            get().setPacks(
              all.filter((p) => p.manifest.id !== id),
              loadedPackIds.filter((x) => x !== id),
            );
        },
        setLanguage: (language) => set((s) => ({ settings: { ...s.settings, language } })),
        setSpeech: (speech) => set((s) => ({ settings: { ...s.settings, ...speech } })),
        cycleDisplay: () =>
          set((s) => {
            const i = TEXT_SIZES.indexOf(s.settings.textSize);
            const last = i === TEXT_SIZES.length - 1;
            const theme = last ? (s.settings.theme === 'dark' ? 'light' : 'dark') : s.settings.theme;
            return { settings: { ...s.settings, textSize: TEXT_SIZES[(i + 1) % TEXT_SIZES.length]!, theme } };
          }),
      };
    }),
  );
}
