import type Phaser from 'phaser';
import { screenOf, type Screen } from '../core/screens/screen';
import type { GameStore } from '../state/store';

/** Scene key for each kind of screen: file name = class = key, as in Phaser's template. */
export const SCENE_FOR_SCREEN = {
  title: 'Title',
  setup: 'Setup',
  poll: 'Poll',
  levelSelect: 'LevelSelect',
  levelIntro: 'LevelIntro',
  round: 'Round',
  case: 'CaseRound',
  whoswho: 'WhosWho',
  verdictRound: 'VerdictRound',
  reveal: 'Reveal',
  debateReveal: 'Scorecard',
  levelSummary: 'LevelSummary',
  final: 'FinalResults',
} as const satisfies Readonly<Record<Screen['kind'], string>>;

const OVERLAY_SCENE = { menu: 'Menu', source: 'SourceView', article: 'ArticleReader' } as const;

/** Every scene the director starts: one per screen kind, and the ones shown over a screen. */
export type SceneKey = (typeof SCENE_FOR_SCREEN)[Screen['kind']] | (typeof OVERLAY_SCENE)[keyof typeof OVERLAY_SCENE] | 'ResumePrompt' | 'Help';

/**
 * The scene classes by key (file name = class = key). Keyed by SceneKey, so a scene missing
 * from main.ts, or one under a misspelt name, fails to compile instead of at the first visit.
 */
export type SceneClasses = Readonly<Record<SceneKey, typeof Phaser.Scene>>;

/**
 * Keeps the running scenes in step with the store: the screen's kind picks the scene, the
 * overlay (menu, article) is launched on top. A screen re-renders itself when the slice it
 * watches changes; moving between screens restarts the target scene.
 * A scene is added to the game the first time it is shown, not at boot: building all of them
 * before the title cost several milliseconds of start-up, for screens a lesson may never reach.
 * The screen being left is put to sleep (hidden, deaf to input) and taken down when the
 * browser is next idle: destroying its texts, shapes and hit areas took up to 4 ms that the
 * next screen had to wait for. A scene still waiting to be taken down is taken down at once
 * if it is wanted again.
 */
export function directScenes(game: Phaser.Game, store: GameStore, classes: SceneClasses): () => void {
  const retiring = new Set<SceneKey>();
  const takeDown = (key: SceneKey) => {
    if (retiring.delete(key)) game.scene.stop(key);
  };
  // Object by object, only while the browser says it has time, so taking a screen down
  // never makes a frame late; what is left when the wait times out goes at once.
  const takeDownSoon = (key: SceneKey) =>
    whenIdle((deadline) => {
      if (!retiring.has(key)) return;
      const list = game.scene.getScene(key)?.children.list ?? [];
      while (list.length > 0 && deadline.timeRemaining() > 2) list[list.length - 1]!.destroy();
      if (list.length > 0 && !deadline.didTimeout) takeDownSoon(key);
      else takeDown(key);
    });
  const retire = (key: SceneKey) => {
    // Only a running scene can sleep; one that failed while being made is taken down at once.
    if (!game.scene.isActive(key)) {
      game.scene.stop(key);
      return;
    }
    game.scene.sleep(key);
    retiring.add(key);
    takeDownSoon(key);
  };
  const start = (key: SceneKey) => {
    takeDown(key);
    if (!game.scene.getScene(key)) game.scene.add(key, classes[key]);
    game.scene.start(key);
  };
  let shownKey: SceneKey | '' = '';
  let shownStep = '';
  let shownOverlay: SceneKey | '' = '';
  const sync = () => {
    const { game: g, pack } = store.getState();
    const key = SCENE_FOR_SCREEN[screenOf(pack, g).kind];
    // A new round or level is a new screen even when the scene key stays the same.
    const step = `${g.phase}:${g.level}:${g.round}`;
    if (key !== shownKey || step !== shownStep) {
      if (shownKey && shownKey !== key) retire(shownKey);
      start(key);
      shownKey = key;
      shownStep = step;
    }
    const st = store.getState();
    const overlay = st.resumePrompt ? 'ResumePrompt' : st.help ? 'Help' : g.overlay ? OVERLAY_SCENE[g.overlay.kind] : '';
    if (overlay !== shownOverlay) {
      if (shownOverlay) game.scene.stop(shownOverlay);
      if (overlay) start(overlay);
      shownOverlay = overlay;
    }
    if (overlay) game.scene.bringToTop(overlay);
  };
  sync();
  return store.subscribe(sync);
}

/** Runs `work` when the browser has a moment (within a second at the latest). */
function whenIdle(work: (deadline: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(() => work({ didTimeout: true, timeRemaining: () => 0 }), 200);
}
