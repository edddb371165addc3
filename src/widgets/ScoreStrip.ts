import type Phaser from 'phaser';
import type { Standing } from '../core/rules/progress';
import { drawTeamBadge } from './shapes';
import { t } from '../i18n/strings';
import { addText } from './text';
import { COLOR, SIZE } from '../platform/theme';

/**
 * Team scores as a row of badges with numbers, ending at `right`: totals, or each team's
 * gain when the teacher chose "each team's own change" (then no ranks are implied).
 * Returns the row's width.
 */
export function addScoreStrip(scene: Phaser.Scene, right: number, y: number, rows: readonly Standing[], size: number = SIZE.small): number {
  // Big enough that the badge's letter sits inside its shape.
  const badge = Math.round(size * 1.45);
  let x = right;
  for (const row of [...rows].reverse()) {
    const label = addText(scene, x, y, row.show === 'gain' ? t.gained(row.change) : String(row.total), { size, bold: true, color: COLOR.ink }).setOrigin(1, 0);
    x -= label.width + 8 + badge / 2;
    drawTeamBadge(scene, x, y + label.height / 2, row.team, badge);
    x -= badge / 2 + 24;
  }
  return right - x - 24;
}
