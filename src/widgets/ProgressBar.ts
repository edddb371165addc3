import type Phaser from 'phaser';
import { COLOR, hex } from '../platform/theme';

/** Round progress as pips: answered, current (outlined), still to come. */
export function addProgressPips(scene: Phaser.Scene, x: number, y: number, current: number, total: number, answered: number): number {
  const g = scene.add.graphics();
  const size = 28;
  const gap = 16;
  for (let i = 0; i < total; i++) {
    const px = x + i * (size + gap);
    if (i < answered) g.fillStyle(hex(COLOR.accent), 1).fillRoundedRect(px, y, size, size, 6);
    else
      g.fillStyle(hex(COLOR.panelRaised), 1).fillRoundedRect(px, y, size, size, 6).lineStyle(2, hex(COLOR.inkMuted), 1).strokeRoundedRect(px, y, size, size, 6);
    if (i === current) g.lineStyle(5, hex(COLOR.ink), 1).strokeRoundedRect(px - 5, y - 5, size + 10, size + 10, 9);
  }
  return total * (size + gap) - gap;
}
