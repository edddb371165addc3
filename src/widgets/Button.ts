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

/** A large, clickable, touchable button; at least 88 px tall at 1080p for smartboards. */
export function addButton(scene: Phaser.Scene, spec: ButtonSpec): { width: number; height: number; objects: Phaser.GameObjects.GameObject[] } {
  const label = spec.hint ? `${spec.label}  ·  ${keyLabel(spec.hint)}` : spec.label;
  const color = spec.primary ? COLOR.paperInk : COLOR.ink;
  // A button of set width never lets its label run out: smaller type first (never under the
  // floor), then two lines, and the button grows to hold them.
  const room = spec.width === undefined ? Infinity : spec.width - 48;
  const size = [SIZE.body, SIZE.small, MIN_TEXT].find((z) => lineWidth(label, { size: z, bold: true }) <= room) ?? MIN_TEXT;
  const wraps = lineWidth(label, { size, bold: true }) > room;
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
