import type Phaser from 'phaser';
import { screenOf, type Screen } from '../core/screen';
import type { GameStore } from '../state/store';

/** Scene key for each kind of screen: file name = class = key, as in Phaser's template. */
export const SCENE_FOR_SCREEN: Readonly<Record<Screen['kind'], string>> = {
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
};

const OVERLAY_SCENE = { menu: 'Menu', source: 'SourceView' } as const;

/**
 * Keeps the running scenes in step with the store: the screen's kind picks the scene, the
 * overlay (menu, article) is launched on top. A screen re-renders itself when the slice it
 * watches changes; moving between screens restarts the target scene.
 */
export function directScenes(game: Phaser.Game, store: GameStore): () => void {
  let shownKey = '';
  let shownStep = '';
  let shownOverlay = '';
  const sync = () => {
    const { game: g, pack } = store.getState();
    const key = SCENE_FOR_SCREEN[screenOf(pack, g).kind];
    // A new round or level is a new screen even when the scene key stays the same.
    const step = `${g.phase}:${g.level}:${g.round}`;
    if (key !== shownKey || step !== shownStep) {
      if (shownKey && shownKey !== key) game.scene.stop(shownKey);
      game.scene.start(key);
      shownKey = key;
      shownStep = step;
    }
    const st = store.getState();
    const overlay = st.resumePrompt ? 'ResumePrompt' : st.help ? 'Help' : g.overlay ? OVERLAY_SCENE[g.overlay.kind] : '';
    if (overlay !== shownOverlay) {
      if (shownOverlay) game.scene.stop(shownOverlay);
      if (overlay) game.scene.start(overlay);
      shownOverlay = overlay;
    }
    if (overlay) game.scene.bringToTop(overlay);
  };
  sync();
  return store.subscribe(sync);
}
