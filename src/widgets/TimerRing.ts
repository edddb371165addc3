import type Phaser from 'phaser';
import { COLOR, hex } from '../platform/theme';
import { MOTION_MS, enterFrom } from '../platform/motion';

/** The ring's size in design pixels (it fits the footer's band beside the digits), and its gap to them. */
export const TIMER_RING = { size: 80, gap: 18, line: 12 } as const;

/** The last seconds, when the ring turns to the highlight colour and (motion allowed) pulses each second. */
export const LAST_SECONDS = 10;

export interface TimerRingState {
  seconds: number;
  limit: number;
  running: boolean;
  /** Time is up (or the answers locked): the ring is empty. */
  over: boolean;
}

/**
 * A countdown's ring, beside its digits: a full circle that drains clockwise from the top as the
 * time runs down. Redrawn from the store's timer on each tick (no tween for the draining); in
 * the last ten seconds it takes the highlight colour and, unless motion is reduced, pulses once
 * a tick (a short scale from its centre, so nothing it is beside moves).
 */
export class TimerRing {
  private readonly ring: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene) {
    this.ring = scene.add.graphics();
  }

  /** Draws the ring centred at (cx, cy) for this tick; `pulse` when the second changed (not on a redraw). */
  show(cx: number, cy: number, s: TimerRingState, pulse: boolean): void {
    const r = (TIMER_RING.size - TIMER_RING.line) / 2;
    const left = s.over ? 0 : Math.max(0, Math.min(1, s.seconds / Math.max(1, s.limit)));
    const last = s.over || s.seconds <= LAST_SECONDS;
    const colour = !s.running && !s.over ? COLOR.inkMuted : last ? COLOR.highlight : COLOR.accent;
    // A pulse still running (a tick came early) is ended first, so the ring always settles at its own size.
    this.scene.tweens.killTweensOf(this.ring);
    const g = this.ring.clear().setPosition(cx, cy).setScale(1);
    g.lineStyle(TIMER_RING.line, hex(COLOR.inkMuted), 0.35).strokeCircle(0, 0, r);
    if (left > 0) {
      const top = -Math.PI / 2;
      g.lineStyle(TIMER_RING.line, hex(colour), 1).beginPath();
      g.arc(0, 0, r, top, top + Math.PI * 2 * left, false).strokePath();
    }
    if (pulse && last && !s.over && s.running && s.seconds > 0) enterFrom(this.scene, g, { scale: 1.18 }, { duration: MOTION_MS.medium, ease: 'Sine.Out' });
  }
}
