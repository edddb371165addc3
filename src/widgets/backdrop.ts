import type Phaser from 'phaser';
import { COLOR, DESIGN, hex } from '../platform/theme';

/**
 * The game's paper: faint ruled lines, as on a court reporter's record, and a double rule down
 * each margin, drawn in code (one Graphics, under everything). The lines are the panel colour at
 * low alpha, close to the background, so no text loses contrast over them; nothing moves, so the
 * idle loop still sleeps.
 */
export function addBackdrop(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setDepth(-10);
  g.lineStyle(2, hex(COLOR.panelRaised), 0.4);
  for (let y = 132; y < DESIGN.height - 12; y += 48) g.lineBetween(0, y, DESIGN.width, y);
  g.lineStyle(3, hex(COLOR.accent), 0.22);
  for (const x of [18, 26, DESIGN.width - 26, DESIGN.width - 18]) g.lineBetween(x, 0, x, DESIGN.height);
  return g;
}
