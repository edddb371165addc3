import type Phaser from 'phaser';
import type { MotionSetting } from '../state/settings';

/**
 * The game's motion, on Phaser's own tweens and timelines. Every screen is drawn in its final
 * state first; an animation only plays objects in from a start value. So a skipped animation,
 * reduced motion and a later redraw all show the same picture, and no rule waits on a tween.
 * Hit areas (named zones) are never animated: a click lands where the control will be.
 */

/** Durations: every change is short (the ceiling is 400 ms). */
export const MOTION_MS = { short: 180, medium: 280, long: 400 } as const;

let setting: MotionSetting = 'system';
let skipping = false;
let started = 0;
const timelines = new Set<Phaser.Time.Timeline>();
const redraws = new WeakMap<Phaser.Scene, () => void>();
/** How each tween this module starts jumps to its end: the values the screen was drawn with. */
const finishers = new WeakMap<Phaser.Tweens.Tween, () => void>();

/** The device's motion setting (main.ts keeps it in step with the store). */
export function setMotionSetting(next: MotionSetting): void {
  setting = next;
}

/** Whether motion is reduced: by the menu's setting, or by the device when the setting defers to it. */
export function motionReduced(win: Window | undefined = globalThis.window): boolean {
  if (setting !== 'system') return setting === 'reduced';
  return !!win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/** Whether this draw may animate: not with reduced motion, and not while a skip redraws the end state. */
export function motionAllowed(): boolean {
  return !skipping && !motionReduced();
}

interface EnterOptions {
  duration?: number;
  delay?: number;
  ease?: string;
}

type Props = Partial<Record<'alpha' | 'x' | 'y' | 'scaleX' | 'scaleY' | 'scale' | 'angle', number>>;
type Target = Phaser.GameObjects.GameObject & Record<string, unknown>;

/** Moves `targets` to `from` now and tweens them back to where they were drawn. Nothing when motion is off. */
export function enterFrom(
  scene: Phaser.Scene,
  targets: Phaser.GameObjects.GameObject | Phaser.GameObjects.GameObject[],
  from: Props,
  opts: EnterOptions = {},
): Phaser.Tweens.Tween | null {
  const list = (Array.isArray(targets) ? targets : [targets]) as Target[];
  if (!motionAllowed() || list.length === 0) return null;
  // `scale` is shorthand for both axes: each axis keeps its own end value.
  const starts: Record<string, number> = {};
  for (const [k, v] of Object.entries(from)) {
    if (k === 'scale') starts.scaleX = starts.scaleY = v;
    else starts[k] = v;
  }
  const keys = Object.keys(starts);
  // The drawn values are the end; read them before the start values are set (at once, so a
  // delayed entrance does not flash its end state first).
  const ends = new Map(list.map((t) => [t, Object.fromEntries(keys.map((k) => [k, t[k] as number]))]));
  for (const t of list) for (const k of keys) t[k] = starts[k];
  started += 1;
  const tween = scene.tweens.add({
    targets: list,
    props: Object.fromEntries(keys.map((k) => [k, { getStart: () => starts[k]!, getEnd: (t: Target) => ends.get(t)![k]! }])),
    duration: opts.duration ?? MOTION_MS.medium,
    delay: opts.delay ?? 0,
    ease: opts.ease ?? 'Cubic.Out',
  });
  finishers.set(tween, () => {
    for (const t of list) if (t.scene) Object.assign(t, ends.get(t));
  });
  return tween;
}

/** A new screen fades in over the background (its camera, so every object of it at once). */
export function fadeIn(scene: Phaser.Scene): void {
  if (!motionAllowed()) return;
  started += 1;
  const camera = scene.cameras.main.setAlpha(0);
  const tween = scene.tweens.add({ targets: camera, alpha: 1, duration: MOTION_MS.short, ease: 'Sine.Out' });
  finishers.set(tween, () => camera.setAlpha(1));
}

/** A rubber stamp landing: from large, faint and turned, to where it was drawn. */
export function stampIn(
  scene: Phaser.Scene,
  targets: Phaser.GameObjects.GameObject | Phaser.GameObjects.GameObject[],
  opts: EnterOptions = {},
): Phaser.Tweens.Tween | null {
  return enterFrom(scene, targets, { scale: 1.5, alpha: 0 }, { duration: MOTION_MS.medium, ease: 'Back.Out', ...opts });
}

/** Counts a text up to the number it already shows, writing `format(n)` as it goes. */
export function countUp(
  scene: Phaser.Scene,
  text: { readonly active: boolean; setText(value: string): unknown },
  from: number,
  to: number,
  format: (n: number) => string,
  opts: EnterOptions = {},
): Phaser.Tweens.Tween | null {
  if (!motionAllowed() || from === to) return null;
  started += 1;
  text.setText(format(from));
  const finish = () => {
    if (text.active) text.setText(format(to));
  };
  const tween = scene.tweens.addCounter({
    from,
    to,
    duration: opts.duration ?? MOTION_MS.long,
    delay: opts.delay ?? 0,
    ease: opts.ease ?? 'Cubic.Out',
    onUpdate: (tween) => {
      if (text.active) text.setText(format(Math.round(tween.getValue() ?? to)));
    },
    onComplete: finish,
  });
  finishers.set(tween, finish);
  return tween;
}

/** A short sequence inside one screen, on Phaser's Timeline: each step runs `at` ms from now. */
export function timeline(scene: Phaser.Scene, steps: readonly { at: number; run: () => void }[]): Phaser.Time.Timeline | null {
  if (!motionAllowed() || steps.length === 0) return null;
  started += 1;
  const line = scene.add.timeline(steps.map((s) => ({ at: s.at, run: s.run })));
  timelines.add(line);
  const done = () => {
    timelines.delete(line);
    line.destroy();
  };
  line.once('complete', done);
  scene.events.once('shutdown', () => timelines.delete(line));
  line.play();
  return line;
}

/** Whether anything on the game's running scenes is moving (the idle loop stays awake while it is). */
export function moving(game: Phaser.Game): boolean {
  for (const line of timelines) if (!line.complete && line.isPlaying()) return true;
  return (game.scene?.getScenes(true) ?? []).some((scene) => (scene.tweens?.getTweens().length ?? 0) > 0);
}

/** How a scene redraws its end state when a skip stops its motion (ScreenScene registers its draw). */
export function onSkip(scene: Phaser.Scene, redraw: () => void): void {
  redraws.set(scene, redraw);
}

/**
 * Stops every animation at its end. A tween of this module's jumps to the values its screen was
 * drawn with, so nothing is redrawn: the key that skipped is most often the one that leaves the
 * screen, and redrawing it first cost each fast Enter a whole screen's drawing. A scene with
 * anything else moving (a timeline's steps not yet run) is redrawn in its end state instead.
 */
export function finishMotion(game: Phaser.Game): void {
  const lined = new Set<Phaser.Scene>();
  for (const line of timelines) {
    if (!line.complete) lined.add(line.scene);
    line.destroy();
  }
  timelines.clear();
  for (const scene of game.scene.getScenes(true)) {
    const tweens = scene.tweens?.getTweens() ?? [];
    const busy = tweens.length > 0 || scene.cameras.main.alpha < 1 || lined.has(scene);
    if (!busy) continue;
    const known = !lined.has(scene) && tweens.every((t) => finishers.has(t));
    if (known) for (const t of tweens) finishers.get(t)!();
    scene.tweens.killAll();
    scene.cameras.main.setAlpha(1);
    if (known) continue;
    skipping = true;
    try {
      redraws.get(scene)?.();
    } finally {
      skipping = false;
    }
    // Phaser adds new hit areas to its input list at the scene's next step. A click that
    // skipped must land on the redrawn controls in this same event, so take them in now
    // (otherwise the press went to the destroyed ones and the button ignored the release).
    (scene.input as unknown as { preUpdate?: () => void }).preUpdate?.();
  }
}

/**
 * Any key or click while something moves skips to the end state at once, before the key or
 * click is handled (capture phase), so the key still does what it does and lands on the
 * screen it was pressed on.
 */
export function attachMotionSkip(game: Phaser.Game, win: Window = window): () => void {
  const skip = () => {
    if (moving(game) || game.scene.getScenes(true).some((s) => s.cameras.main.alpha < 1)) finishMotion(game);
  };
  const opts = { capture: true, passive: true } as const;
  win.addEventListener('keydown', skip, opts);
  win.addEventListener('pointerdown', skip, opts);
  return () => {
    win.removeEventListener('keydown', skip, opts);
    win.removeEventListener('pointerdown', skip, opts);
  };
}

/** For tests: how many animations have been started since the page loaded. */
export function motionStats(): { started: number; reduced: boolean } {
  return { started, reduced: motionReduced() };
}
