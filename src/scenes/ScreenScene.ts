import Phaser from 'phaser';
import { screenOf, type Screen } from '../core/screens/screen';
import type { AppState, GameStore } from '../state/store';
import { currentFit } from '../platform/display';
import { COLOR, DESIGN, SIZE } from '../platform/theme';
import { addText } from '../widgets/text';
import { addScoreStrip } from '../widgets/ScoreStrip';
import { addProgressPips } from '../widgets/ProgressBar';
import { addButton } from '../widgets/Button';
import type { RoundHeader } from '../core/screens/screen';
import { t } from '../i18n/strings';
import { noticeText } from '../i18n/noticeText';
import { markDrawn } from '../platform/startupMarks';
import { SCREEN_DRAWN } from '../platform/idleLoop';
import { MOTION_MS, countUp, fadeIn, onSkip } from '../platform/motion';
import { addBackdrop } from '../widgets/backdrop';
import { SCENE_FOR_SCREEN } from './director';

/**
 * Base of every screen: renders the store's state into a 1920×1080 design space that the
 * camera zooms to the canvas's real pixels, and re-renders when the slice it watches changes.
 * Scenes never hold game state of their own; they read the store and dispatch to it.
 */
/** Top of the footer's buttons, in design pixels. */
export const FOOTER_Y = DESIGN.height - 124;

const SCREEN_SCENES: ReadonlySet<string> = new Set(Object.values(SCENE_FOR_SCREEN));

export abstract class ScreenScene extends Phaser.Scene {
  protected store!: GameStore;
  private unsubscribers: (() => void)[] = [];
  /**
   * True only while the first draw after the scene starts (a screen change) runs: entrances
   * play then, never on a redraw (a cursor moved, a notice came up).
   */
  protected entering = false;

  init(): void {
    this.store = this.registry.get('store') as GameStore;
  }

  create(): void {
    const fit = currentFit();
    this.cameras.main.setZoom(fit.renderScale).centerOn(DESIGN.width / 2, DESIGN.height / 2);
    this.cameras.main.setBackgroundColor(COLOR.background);
    this.cameras.main.setRoundPixels(true);
    this.entering = true;
    try {
      this.draw();
    } finally {
      this.entering = false;
    }
    onSkip(this, () => this.draw());
    // A screen change: the new screen fades in over the background (a skip or reduced motion shows it at once).
    fadeIn(this);
    this.watch(
      (s) => s.notice,
      () => this.draw(),
    );
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const u of this.unsubscribers) u();
      this.unsubscribers = [];
    });
  }

  protected get state(): AppState {
    return this.store.getState();
  }

  protected screen(): Screen {
    return screenOf(this.state.pack, this.state.game);
  }

  /** Clears and renders the screen from the store. */
  protected draw(): void {
    // Destroy, not just remove: List.removeAll's flag only skips callbacks, and every Text
    // owns a canvas texture (the benchmark caught 28 textures leaking per playthrough).
    for (const child of [...this.children.list]) child.destroy();
    // Every screen is on the record's ruled paper; what opens over a screen (menu, article) is not.
    if (SCREEN_SCENES.has(this.scene.key)) addBackdrop(this);
    this.render(this.screen());
    const notice = this.state.notice;
    if (notice) {
      // A notice about saving sits over the top strip until the next move.
      const text = addText(this, DESIGN.width / 2, 20, noticeText(notice), {
        size: SIZE.small,
        bold: true,
        color: COLOR.paperInk,
        width: 1500,
        align: 'center',
      });
      text.setOrigin(0.5, 0).setDepth(11);
      this.add
        .graphics()
        .setDepth(10)
        .fillStyle(Phaser.Display.Color.HexStringToColor(COLOR.highlightFill).color, 1)
        .fillRoundedRect(DESIGN.width / 2 - 780, 8, 1560, text.height + 24, 14);
    }
    markDrawn(this.scene.key);
    this.game.events.emit(SCREEN_DRAWN);
  }

  /** Re-run `onChange` when `select(state)` changes (compared by JSON, as state is plain data). */
  protected watch(select: (s: AppState) => unknown, onChange: () => void): void {
    let last = JSON.stringify(select(this.state));
    this.unsubscribers.push(
      this.store.subscribe((s) => {
        // A screen that has been left sleeps until it is taken down (see director): it no
        // longer draws, whatever changes.
        if (!this.sys.isActive()) return;
        const next = JSON.stringify(select(s));
        if (next !== last) {
          last = next;
          onChange();
        }
      }),
    );
  }

  protected abstract render(screen: Screen): void;

  /**
   * The strip across the top of a level's screens: where we are, round pips, and the score (or the
   * teams'). With `scoreFrom` (a reveal's points coming in), one player's score counts up to it.
   */
  protected drawHeader(h: RoundHeader, answered: number, teamScores = true, scoreFrom?: number): number {
    const m = DESIGN.margin;
    const right = DESIGN.width - m;
    let scoreLeft: number;
    if (h.teams && teamScores) scoreLeft = right - addScoreStrip(this, right, 36, h.teams, this.state.game.teams, SIZE.small, 1150);
    else {
      const score = addText(this, right, 36, t.points(h.score, h.max), { size: SIZE.small, color: COLOR.inkMuted }).setOrigin(1, 0);
      // Measured at its final value, so the pips and the title keep their places while it counts.
      scoreLeft = right - score.width;
      if (scoreFrom !== undefined) countUp(this, score, scoreFrom, h.score, (n) => t.points(n, h.max), { delay: MOTION_MS.medium });
    }
    // Pips sit in the middle, or just left of a wide scoreboard; the title gives way first.
    const pipsWidth = h.roundCount * 44 - 16;
    const pipsX = Math.min(DESIGN.width / 2 + 180 - pipsWidth / 2, scoreLeft - 48 - pipsWidth);
    addProgressPips(this, pipsX, 44, h.roundIndex, h.roundCount, answered, h.outcomes);
    const room = pipsX - 40 - m;
    const labels = [
      `${t.levelN(h.levelIndex + 1, h.levelCount)} · ${h.levelTitle}`,
      t.levelN(h.levelIndex + 1, h.levelCount),
      `${h.levelIndex + 1}/${h.levelCount}`,
    ];
    for (const [i, label] of labels.entries()) {
      const title = addText(this, m, 36, label, { size: SIZE.small, color: COLOR.accent, bold: true });
      if (title.width <= room || i === labels.length - 1) break;
      title.destroy();
    }
    return 110;
  }

  /**
   * For overlays: dims the screen underneath and catches pointer input there, so a tap
   * beside the panel reaches nothing below (`onTap` optionally closes the overlay).
   */
  protected dimBehind(alpha: number, onTap?: () => void): void {
    const dim = this.add.graphics().setDepth(-3);
    dim.fillStyle(Phaser.Display.Color.HexStringToColor(COLOR.background).color, alpha).fillRect(0, 0, DESIGN.width, DESIGN.height);
    dim.setInteractive(new Phaser.Geom.Rectangle(0, 0, DESIGN.width, DESIGN.height), Phaser.Geom.Rectangle.Contains);
    if (onTap) dim.on('pointerup', onTap);
  }

  /** The footer's left button: back, unless told otherwise. */
  protected footerBack(label: string = t.back, onClick: () => void = () => this.state.retreat(), name = 'action:back', hint?: string): void {
    addButton(this, { x: DESIGN.margin, y: FOOTER_Y, label, hint, name, onClick });
  }

  /** The footer's right button: the primary way on. */
  protected footerNext(label: string, hint: string, onClick: () => void = () => this.state.advance(), name = 'action:next'): void {
    addButton(this, { x: DESIGN.width - DESIGN.margin, y: FOOTER_Y, anchor: 'right', primary: true, label, hint, name, onClick });
  }
}
