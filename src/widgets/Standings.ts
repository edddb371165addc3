import type Phaser from 'phaser';
import type { Standing } from '../core/rules/progress';
import { drawTeamBadge, panel } from './shapes';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { addText, clipName } from './text';
import { COLOR, MIN_TEXT, SIZE, TEAM_STYLE, hex } from '../platform/theme';

export interface StandingsSpec {
  x: number;
  y: number;
  width: number;
  /** The room below `y`; rows shrink (never under the floor) to fit it. */
  height: number;
  rows: readonly Standing[];
  names: readonly string[];
  /** This level's gain beside each total (between levels; not on the final results). */
  withGain: boolean;
}

/**
 * The standings, big enough for the back row: one row per team with its rank, its badge
 * (shape, colour, number), its name, a bar for its total and what it gained. With "gains only"
 * rows keep team order and show no rank or total, so nothing ranks the teams.
 */
export function addStandings(scene: Phaser.Scene, spec: StandingsSpec): number {
  const { x, width, rows } = spec;
  const gap = 16;
  const rowH = Math.min(150, Math.floor((spec.height - gap * (rows.length - 1)) / Math.max(1, rows.length)));
  const size = Math.max(MIN_TEXT, Math.min(SIZE.question, Math.round(rowH * 0.42)));
  const top = Math.max(1, ...rows.map((r) => (r.show === 'gain' ? r.change : r.total)));
  const rankW = rows.some((r) => r.show === 'total') ? size * 2.6 : 0;
  const badge = Math.round(Math.min(rowH - 24, size * 1.6));
  const nameX = x + 24 + rankW + badge + 24;
  const scoreW = size * 7;
  const nameW = Math.min(width * 0.34, width - (nameX - x) - scoreW - 40);
  const barX = nameX + nameW + 24;
  const barW = x + width - scoreW - 24 - barX;
  let y = spec.y;
  for (const r of rows) {
    panel(scene, x, y, width, rowH, r.rank === 1 && r.show === 'total' ? COLOR.panelRaised : COLOR.panel, COLOR.inkMuted).setDepth(-1);
    const mid = y + rowH / 2;
    const style = { size, bold: true };
    if (r.show === 'total') addText(scene, x + 24, mid, t.rankOrdinal(r.rank), { ...style, color: COLOR.accent }).setOrigin(0, 0.5);
    drawTeamBadge(scene, x + 24 + rankW + badge / 2, mid, r.team, badge);
    addText(scene, nameX, mid, clipName(teamName(spec.names, r.team), nameW, style), style).setOrigin(0, 0.5);
    const value = r.show === 'gain' ? r.change : r.total;
    const bar = scene.add.graphics();
    bar.fillStyle(hex(COLOR.inkMuted), 0.35).fillRoundedRect(barX, mid - 14, barW, 28, 10);
    if (value > 0)
      bar.fillStyle(hex(TEAM_STYLE[r.team % TEAM_STYLE.length]!.color), 1).fillRoundedRect(barX, mid - 14, Math.max(28, (barW * value) / top), 28, 10);
    const score = r.show === 'gain' ? t.gained(r.change) : spec.withGain ? `${r.total} · ${t.gained(r.change)}` : String(r.total);
    addText(scene, x + width - 24, mid, score, { size, bold: true, color: COLOR.ink }).setOrigin(1, 0.5);
    y += rowH + gap;
  }
  return y - gap - spec.y;
}
