import type Phaser from 'phaser';
import { COLOR, SIZE, hex } from '../platform/theme';
import { addText, lineWidth } from './text';
import { onTap } from './tap';

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
  /** Names the hit zone, so browser tests can find what to click. */
  name?: string;
  onClick: () => void;
}

/** How wide a button with this label would be, to lay out a row before drawing it. */
export function buttonWidth(label: string, hint?: string): number {
  return lineWidth(hint ? `${label}  ·  ${hint}` : label, { size: SIZE.body, bold: true }) + 72;
}

/** A large, clickable, touchable button; at least 88 px tall at 1080p for smartboards. */
export function addButton(scene: Phaser.Scene, spec: ButtonSpec): { width: number; height: number; objects: Phaser.GameObjects.GameObject[] } {
  const text = addText(scene, 0, 0, spec.hint ? `${spec.label}  ·  ${spec.hint}` : spec.label, {
    size: SIZE.body,
    bold: true,
    color: spec.primary ? COLOR.paperInk : COLOR.ink,
  });
  const width = spec.width ?? Math.ceil(text.width + 72);
  const height = spec.height ?? 96;
  const { y } = spec;
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
