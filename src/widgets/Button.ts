import type Phaser from 'phaser';
import { COLOR, MIN_TEXT, SIZE, hex } from '../platform/theme';
import { addText, lineWidth } from './text';
import { onTap } from './tap';
import { t } from '../i18n/strings';

export interface ButtonSpec {
  x: number;
  y: number;
  width?: number;
  height?: number;
  label: string;
  /** The keyboard shortcut, shown on the button so nobody has to guess it. */
  hint?: string;
  primary?: boolean;
  /** Which edge of the button `x` names. */
  anchor?: 'left' | 'center' | 'right';
  /** Which way a button grows when its label needs two lines: down from `y` (a list), or up (a footer, whose bottom stays). */
  grow?: 'down' | 'up';
  /** Names the hit zone, so browser tests can find what to click. */
  name?: string;
  onClick: () => void;
}

/** A key as the help names it in the interface's language ("Enter" is "Intro" in Spanish). */
export function keyLabel(hint: string): string {
  return hint in t.keyNames ? t.keyNames[hint as keyof typeof t.keyNames] : hint;
}

/** How wide a button with this label would be, to lay out a row before drawing it. */
export function buttonWidth(label: string, hint?: string): number {
  return lineWidth(hint ? `${label}  ·  ${keyLabel(hint)}` : label, { size: SIZE.body, bold: true }) + 72;
}

/** Lines a label takes, wrapped at its words to `room` design pixels. */
function linesFor(label: string, room: number, size: number): number {
  const space = lineWidth(' ', { size, bold: true });
  let lines = 1;
  let used = 0;
  for (const word of label.split(' ').filter(Boolean)) {
    const w = lineWidth(word, { size, bold: true });
    if (w > room) return Infinity;
    if (used === 0) used = w;
    else if (used + space + w <= room) used += space + w;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

/**
 * The size a label is drawn at in `room`, and whether it wraps: the body or the small size on one
 * line, else the small size on two lines, else a step smaller on two lines, down to the floor
 * (wrapped as it must be there).
 */
export function labelFit(label: string, room: number): { size: number; wraps: boolean } {
  const one = [SIZE.body, SIZE.small].find((z) => lineWidth(label, { size: z, bold: true }) <= room);
  if (one !== undefined) return { size: one, wraps: false };
  for (let z = SIZE.small; z > MIN_TEXT; z -= 4) if (linesFor(label, room, z) <= 2) return { size: z, wraps: true };
  if (lineWidth(label, { size: MIN_TEXT, bold: true }) <= room) return { size: MIN_TEXT, wraps: false };
  return { size: MIN_TEXT, wraps: true };
}

/** A large, clickable, touchable button; at least 88 px tall at 1080p for smartboards. */
export function addButton(scene: Phaser.Scene, spec: ButtonSpec): { width: number; height: number; objects: Phaser.GameObjects.GameObject[] } {
  const label = spec.hint ? `${spec.label}  ·  ${keyLabel(spec.hint)}` : spec.label;
  const color = spec.primary ? COLOR.paperInk : COLOR.ink;
  // A button of set width never lets its label run out: the small size on one line, then on two
  // lines (the button grows to hold them, up for a footer), and only then smaller type, never
  // under the floor.
  const room = spec.width === undefined ? Infinity : spec.width - 48;
  const { size, wraps } = labelFit(label, room);
  const text = addText(scene, 0, 0, label, { size, bold: true, color, ...(wraps ? { width: room, align: 'center' as const } : {}) });
  const width = spec.width ?? Math.ceil(text.width + 72);
  const height = Math.max(spec.height ?? 96, Math.ceil(text.height + 16));
  const y = spec.grow === 'up' ? spec.y + (spec.height ?? 96) - height : spec.y;
  const x = spec.anchor === 'center' ? spec.x - width / 2 : spec.anchor === 'right' ? spec.x - width : spec.x;
  text.setPosition(Math.round(x + (width - text.width) / 2), Math.round(y + (height - text.height) / 2));
  const g = scene.add.graphics();
  const draw = (hover: boolean) => {
    g.clear();
    const fill = spec.primary ? (hover ? COLOR.hoverFill : COLOR.accentFill) : hover ? COLOR.selected : COLOR.panelRaised;
    g.fillStyle(hex(fill), 1).fillRoundedRect(x, y, width, height, 22);
    g.lineStyle(4, hex(spec.primary ? COLOR.paperInk : COLOR.accent), 1).strokeRoundedRect(x, y, width, height, 22);
  };
  draw(false);
  text.setDepth(1);
  const zone = scene.add
    .zone(x, y, width, height)
    .setOrigin(0)
    .setName(spec.name ?? `button:${spec.label}`)
    .setInteractive({ useHandCursor: true });
  zone.on('pointerover', () => draw(true));
  zone.on('pointerout', () => draw(false));
  onTap(zone, spec.onClick);
  return { width, height, objects: [g, text, zone] };
}
