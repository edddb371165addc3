import type Phaser from 'phaser';
import type { Standing } from '../core/rules/progress';
import { drawTeamBadge } from './shapes';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { addText, clipName, lineWidth } from './text';
import { COLOR, SIZE } from '../platform/theme';

/**
 * Team scores as a row of badges, names and numbers, ending at `right`: totals, or each team's
 * gain when the teacher chose "each team's own change" (then no ranks are implied). Names
 * share `maxWidth` and are shortened (with an ellipsis) only as far as they must be; with no
 * room left for even a few letters, the badge (shape, colour, number) stands alone.
 * Returns the row's width.
 */
export function addScoreStrip(
  scene: Phaser.Scene,
  right: number,
  y: number,
  rows: readonly Standing[],
  names: readonly string[],
  size: number = SIZE.small,
  maxWidth = 1000,
): number {
  // Big enough that the badge's number sits inside its shape.
  const badge = Math.round(size * 1.45);
  const style = { size, bold: true, color: COLOR.ink };
  const value = (row: Standing) => (row.show === 'gain' ? t.gained(row.change) : String(row.total));
  const fixed = rows.reduce((n, row) => n + badge + 8 + lineWidth(value(row), style) + 24, 0);
  const nameRoom = Math.floor((maxWidth - fixed) / Math.max(1, rows.length)) - 12;
  const withNames = nameRoom >= size * 2;
  let x = right;
  for (const row of [...rows].reverse()) {
    const label = addText(scene, x, y, value(row), style).setOrigin(1, 0);
    x -= label.width;
    // "Team 1: 0", not "Team 1 0", which reads as "Team 10".
    if (withNames) {
      const name = addText(scene, x - 12, y, `${clipName(teamName(names, row.team), nameRoom - 12, style)}:`, { ...style, color: COLOR.inkMuted }).setOrigin(
        1,
        0,
      );
      x -= name.width + 12;
    }
    x -= 8 + badge / 2;
    drawTeamBadge(scene, x, y + label.height / 2, row.team, badge);
    x -= badge / 2 + 24;
  }
  return right - x - 24;
}
