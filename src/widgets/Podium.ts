import type Phaser from 'phaser';
import type { Podium } from '../core/rules/podium';
import type { Standing } from '../core/rules/progress';
import { drawTeamBadge } from './shapes';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { addText, clipName, lineWidth } from './text';
import { COLOR, MIN_TEXT, SIZE, TEAM_STYLE, hex } from '../platform/theme';
import { MOTION_MS, enterFrom } from '../platform/motion';

export interface PodiumSpec {
  x: number;
  y: number;
  width: number;
  /** The room below `y`: the steps shrink, then the type (never under the floor), to fit it. */
  height: number;
  podium: Podium;
  names: readonly string[];
  /** On opening the results: 3rd, then 2nd, then 1st rise in, then the rest below (Motion API; drawn final first). */
  rise?: boolean;
}

/** Each step rises in this long; the next one starts this much later. */
const RISE_MS = MOTION_MS.long;
const STAGGER_MS = MOTION_MS.medium;

/** Left to right, which step (by place order, 1st first) stands where: 2nd, 1st, 3rd; with two, 2nd then 1st. */
const SLOTS: Record<number, number[]> = { 1: [0], 2: [1, 0], 3: [1, 0, 2] };

type Positioned = Phaser.GameObjects.GameObject & { y: number };

/**
 * The podium that opens the final results in team play: a step per place (tied teams stand on
 * one step, and the place after a tie is skipped, as the core ranks them), each team's badge
 * (shape, colour, number) and name on it, the place and the score on the step; teams below 3rd
 * are listed underneath in rank order. Returns the height used.
 */
export function addPodium(scene: Phaser.Scene, spec: PodiumSpec): number {
  const { steps, rest } = spec.podium;
  const gap = 40;
  const stepW = Math.min(360, Math.floor((spec.width - gap * 2) / 3));
  const slots = SLOTS[steps.length] ?? SLOTS[3]!;
  const rowW = slots.length * stepW + (slots.length - 1) * gap;
  const left = spec.x + Math.round((spec.width - rowW) / 2);
  const bottom = spec.y + spec.height;
  const most = Math.max(1, ...steps.map((s) => s.teams.length));
  // The largest type at which the tallest pile of tied names, the lowest step's words and the rest's rows all fit.
  const sizes = [SIZE.body, SIZE.small, MIN_TEXT].filter((z, i, all) => all.indexOf(z) === i);
  // (The rest take one column, or two side by side where one would not leave the steps room.)
  const fit = (size: number, restCols: number) => {
    const entryH = Math.round(size * 1.3 + 12);
    const placeSize = Math.max(size, Math.min(SIZE.heading, Math.round(size * 1.4)));
    const minStep = Math.round(placeSize * 1.25 + size * 1.25 + 36);
    const restH = rest.length ? Math.ceil(rest.length / restCols) * entryH + 24 : 0;
    const tallest = Math.min(380, spec.height - restH - most * entryH - 16);
    return { size, entryH, placeSize, minStep, restCols, restH, tallest };
  };
  const layout = sizes.flatMap((z) => [fit(z, 1), fit(z, 2)]).find((f) => f.tallest >= f.minStep) ?? fit(MIN_TEXT, 2);
  const { size, entryH, placeSize, minStep, restCols, restH } = layout;
  const tallest = Math.max(minStep, layout.tallest);
  const heights = [tallest, Math.max(minStep, Math.round(tallest * 0.78)), Math.max(minStep, Math.round(tallest * 0.6))];
  const base = bottom - restH;
  const style = { size, bold: true };
  steps.forEach((step, i) => {
    const first = scene.children.list.length;
    const sx = left + slots.indexOf(i) * (stepW + gap);
    const top = base - heights[i]!;
    const colour = TEAM_STYLE[step.teams[0]!.team % TEAM_STYLE.length]!.color;
    const block = scene.add.graphics();
    block.fillStyle(hex(i === 0 ? COLOR.panelRaised : COLOR.panel), 1).fillRoundedRect(sx, top, stepW, heights[i]!, { tl: 18, tr: 18, bl: 0, br: 0 });
    block.lineStyle(6, hex(colour), 1).lineBetween(sx + 9, top + 3, sx + stepW - 9, top + 3);
    const place = addText(scene, sx + stepW / 2, top + 18, t.rankOrdinal(step.place), { size: placeSize, bold: true, color: COLOR.accent }).setOrigin(0.5, 0);
    addText(scene, sx + stepW / 2, place.y + place.height + 8, String(step.teams[0]!.total), { size, bold: true, color: COLOR.ink }).setOrigin(0.5, 0);
    // The teams on the step, one above the other (tied teams share it), the first nearest the step.
    step.teams.forEach((r, k) => entry(scene, r, sx + 8, top - (k + 1) * entryH, stepW - 16, entryH, spec.names, style, true));
    if (spec.rise) {
      const delay = (steps.length - 1 - i) * STAGGER_MS;
      for (const o of scene.children.list.slice(first) as Positioned[])
        enterFrom(scene, o, { y: o.y + 90, alpha: 0 }, { duration: RISE_MS, delay, ease: 'Back.Out' });
    }
  });
  if (rest.length) {
    // The teams below 3rd, in the core's order: down the first column, then the second.
    const first = scene.children.list.length;
    const perCol = Math.ceil(rest.length / restCols);
    const colW = Math.floor((spec.width - (restCols - 1) * gap) / restCols);
    rest.forEach((r, k) => {
      const cx = spec.x + Math.floor(k / perCol) * (colW + gap);
      const cy = base + 24 + (k % perCol) * entryH;
      const rank = addText(scene, cx, cy + entryH / 2 - 6, t.rankOrdinal(r.rank), { ...style, color: COLOR.accent }).setOrigin(0, 0.5);
      const score = addText(scene, cx + colW, cy + entryH / 2 - 6, String(r.total), style).setOrigin(1, 0.5);
      const from = cx + Math.max(rank.width + 16, lineWidth(t.rankOrdinal(6), style) + 16);
      entry(scene, r, from, cy, cx + colW - score.width - 16 - from, entryH, spec.names, style);
    });
    if (spec.rise)
      enterFrom(scene, scene.children.list.slice(first), { alpha: 0 }, { duration: MOTION_MS.medium, delay: steps.length * STAGGER_MS + RISE_MS / 2 });
  }
  return spec.height;
}

/** A team on the podium: its badge and its name (shortened with an ellipsis only as far as it must be), in a row `h` tall, centred or from `x`. */
function entry(
  scene: Phaser.Scene,
  r: Standing,
  x: number,
  y: number,
  width: number,
  h: number,
  names: readonly string[],
  style: { size: number; bold: boolean },
  centred = false,
): void {
  const badge = Math.round(Math.min(h - 10, style.size * 1.35));
  const mid = y + (h - 12) / 2;
  const name = clipName(teamName(names, r.team), width - badge - 14, style);
  const from = centred ? x + Math.max(0, (width - badge - 14 - lineWidth(name, style)) / 2) : x;
  drawTeamBadge(scene, from + badge / 2, mid, r.team, badge);
  addText(scene, from + badge + 14, mid, name, style).setOrigin(0, 0.5);
}
