import type Phaser from 'phaser';
import type { Action } from '../core/rules/outcome';
import type { Screen } from '../core/screens/screen';
import type { SureMark } from '../core/screens/sureView';
import { sureRevealLines } from '../i18n/sureText';
import { t } from '../i18n/strings';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { stampIn } from '../platform/motion';
import { addButton, buttonWidth } from './Button';
import { addText, lineWidth, type TextObject } from './text';

/** The sure button's height at the preset's size. */
const buttonHeight = (): number => Math.max(72, Math.round(SIZE.body * 1.25) + 24);
/** The room the sure row takes above a round's footer (the button's height and its gap). */
export const sureRow = (): number => buttonHeight() + 12;

/**
 * Confidence's control on a round: "Mark sure · S" at the right of a row just above the footer,
 * and when the answer is marked, a stamped "SURE" badge beside it (a word and a border, never
 * colour alone). `landed`: the mark was just made, so the badge lands like a stamp.
 * `bottom`: where the row ends (the footer's top less a gap). Returns the row's top.
 */
export function addSureToggle(scene: Phaser.Scene, bottom: number, marked: boolean, landed: boolean, onClick: () => void): number {
  const right = DESIGN.width - DESIGN.margin;
  const label = t.sure.toggle(marked);
  const h = buttonHeight();
  const top = bottom - h;
  const button = addButton(scene, { x: right, y: top, height: h, anchor: 'right', label, hint: 'S', primary: marked, name: 'action:sure', onClick });
  if (!marked) return top;
  const style = { size: SIZE.small, bold: true };
  const w = lineWidth(t.sure.badge, style) + 48;
  // The badge's centre: left of the button, so it scales about a point inside its own bounds.
  const cx = right - Math.max(button.width, buttonWidth(label, 'S')) - 24 - w / 2;
  const cy = top + h / 2;
  const g = scene.add.graphics({ x: cx, y: cy });
  g.fillStyle(hex(COLOR.paper), 1).fillRoundedRect(-w / 2, -h / 2, w, h, 10);
  g.lineStyle(6, hex(COLOR.highlightFill), 1).strokeRoundedRect(-w / 2 + 3, -h / 2 + 3, w - 6, h - 6, 8);
  const text = addText(scene, cx, cy, t.sure.badge, { ...style, color: COLOR.paperInk }).setOrigin(0.5);
  g.setName('sure-badge').setAngle(-3);
  text.setAngle(-3);
  if (landed) stampIn(scene, [g, text]);
  return top;
}

/** The mark each scene last drew, so a mark just made lands as a stamp and a redraw does not replay it. */
const lastDrawn = new WeakMap<Phaser.Scene, boolean>();

/**
 * A round's sure row, when the screen has one (confidence on, answers open, not a question
 * reviewed): just above `bottom` (the footer's top, less whatever line sits above it). Returns the room it takes.
 */
export function addRoundSure(scene: Phaser.Scene, screen: Extract<Screen, { kind: 'round' }>, bottom: number, dispatch: (a: Action) => unknown): number {
  if (!screen.sure || screen.discussing || screen.review) return 0;
  const marked = screen.sure.marked;
  addSureToggle(scene, bottom - 12, marked, marked && lastDrawn.get(scene) === false, () => dispatch({ type: 'toggleSure' }));
  lastDrawn.set(scene, marked);
  return sureRow();
}

/** A reveal's line on a sure answer (solo, the team in turn): what the mark did to the points; null for an unmarked one. */
export function addSureNote(scene: Phaser.Scene, x: number, y: number, marks: readonly SureMark[] | null, width: number): TextObject | null {
  const line = sureRevealLines(marks, [], false)[0];
  return line ? addText(scene, x, y, line, { size: SIZE.small, bold: true, color: COLOR.accent, width }).setName('sure-note') : null;
}

/**
 * The setup's "Sure answers: on/off · C", at the right of the heading's row (the footer's class
 * options have no room for a fourth at the larger presets): as tall as the heading, never left of `left`.
 */
export function addSureSetting(scene: Phaser.Scene, left: number, heading: TextObject, on: boolean, onClick: () => void): void {
  const right = DESIGN.width - DESIGN.margin;
  const label = t.sure.setting(on);
  const width = Math.min(buttonWidth(label, 'C'), right - left);
  const height = Math.max(72, Math.round(heading.height) - 8);
  addButton(scene, { x: right, y: heading.y + 4, width, height, anchor: 'right', label, hint: 'C', primary: on, name: 'setup:sure', onClick });
}
