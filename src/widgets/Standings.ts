import type Phaser from 'phaser';
import type { Standing } from '../core/rules/progress';
import { drawTeamBadge, panel } from './shapes';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { addText, clipName } from './text';
import { COLOR, MIN_TEXT, SIZE, TEAM_STYLE, hex } from '../platform/theme';
import { MOTION_MS, countUp, enterFrom } from '../platform/motion';

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
  /**
   * Between levels, on entering the page: the bars grow from each total before the level and the
   * rows move from the ranking before it (the core's `before` and `rankBefore`) to where they are
   * drawn. Looks only: the rows are drawn in their final places first (Motion API).
   */
  race?: boolean;
}

/** How long the bars grow and the rows change places (each within the 400 ms ceiling), and the rows' head start for the bars. */
const GROW_MS = MOTION_MS.long;
const REORDER_MS = MOTION_MS.long;
const REORDER_DELAY = 160;

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
  // Where each row stood before the level: the same order the board uses (rank, then team order).
  const before = [...rows].sort((a, b) => a.rankBefore - b.rankBefore || a.team - b.team);
  let y = spec.y;
  for (const [i, r] of rows.entries()) {
    const first = scene.children.list.length;
    panel(scene, x, y, width, rowH, r.rank === 1 && r.show === 'total' ? COLOR.panelRaised : COLOR.panel, COLOR.inkMuted).setDepth(-1);
    const mid = y + rowH / 2;
    const style = { size, bold: true };
    if (r.show === 'total') addText(scene, x + 24, mid, t.rankOrdinal(r.rank), { ...style, color: COLOR.accent }).setOrigin(0, 0.5);
    drawTeamBadge(scene, x + 24 + rankW + badge / 2, mid, r.team, badge);
    addText(scene, nameX, mid, clipName(teamName(spec.names, r.team), nameW, style), style).setOrigin(0, 0.5);
    const value = r.show === 'gain' ? r.change : r.total;
    scene.add
      .graphics()
      .fillStyle(hex(COLOR.inkMuted), 0.35)
      .fillRoundedRect(barX, mid - 14, barW, 28, 10);
    // The team's bar is drawn from its own left end, so it can grow from there.
    const fillW = Math.max(28, (barW * value) / top);
    const bar = scene.add.graphics({ x: barX, y: mid });
    if (value > 0) bar.fillStyle(hex(TEAM_STYLE[r.team % TEAM_STYLE.length]!.color), 1).fillRoundedRect(0, -14, fillW, 28, 10);
    const scoreOf = (total: number) => (r.show === 'gain' ? t.gained(r.change) : spec.withGain ? `${total} · ${t.gained(r.change)}` : String(total));
    const score = addText(scene, x + width - 24, mid, scoreOf(r.total), { size, bold: true, color: COLOR.ink }).setOrigin(1, 0.5);
    if (spec.race) {
      // From the total before the level (a gain board grows from nothing), then the row slides from its old place.
      const from = r.show === 'gain' ? 0 : r.before;
      if (value > 0 && from < value) enterFrom(scene, bar, { scaleX: Math.max(0, (barW * from) / top) / fillW }, { duration: GROW_MS });
      if (r.show === 'total') countUp(scene, score, from, r.total, scoreOf, { duration: GROW_MS });
      const shift = (before.indexOf(r) - i) * (rowH + gap);
      if (shift !== 0)
        for (const o of scene.children.list.slice(first) as (Phaser.GameObjects.GameObject & { y: number })[])
          enterFrom(scene, o, { y: o.y + shift }, { duration: REORDER_MS, delay: REORDER_DELAY, ease: 'Cubic.InOut' });
    }
    y += rowH + gap;
  }
  return y - gap - spec.y;
}
