import type Phaser from 'phaser';
import type { Verdict } from '../core/pack/schema';
import { COLOR, MIN_TEXT, hex } from '../platform/theme';
import { drawVerdictIcon } from './shapes';
import { addText, lineWidth } from './text';

export interface StampSpec {
  /** The stamp's centre: it turns and lands about it. */
  cx: number;
  cy: number;
  /** The words, as the catalogue or the pack gives them; stamped in capitals. */
  word: string;
  /** The mark's shape and the ink's colour (never colour alone: the icon's shape says it too). */
  verdict: Verdict;
  size: number;
  /** The widest the stamp may be; a long word wraps inside it. */
  maxWidth: number;
  /** Turned a little, as a hand stamps (degrees). */
  angle?: number;
}

export interface Stamp {
  /** Every object of the stamp, for stampIn (each turns and scales about the stamp's centre). */
  parts: Phaser.GameObjects.GameObject[];
  width: number;
  height: number;
}

/**
 * A rubber stamp on the record: a double border, the verdict's icon and its words in capitals,
 * in the verdict's ink, turned a few degrees. Drawn in its final place; `stampIn` (platform/motion)
 * lands it.
 */
export function addStamp(scene: Phaser.Scene, spec: StampSpec): Stamp {
  const angle = spec.angle ?? -6;
  const ink = COLOR.verdictText[spec.verdict];
  const word = spec.word.toLocaleUpperCase();
  // The largest size, down to the floor, at which each word fits on a line (a word is never split).
  const longest = (size: number) => Math.max(...word.split(/\s+/).map((w) => lineWidth(w, { size, bold: true }) + w.length * 3));
  const roomAt = (size: number) => spec.maxWidth - Math.round(size * 0.7) * 2 - Math.round(size * 1.4) - 24;
  let size = spec.size;
  while (size > MIN_TEXT && longest(size) > roomAt(size)) size = Math.max(MIN_TEXT, size - 4);
  const pad = Math.round(size * 0.7);
  const icon = Math.round(size * 1.4);
  const style = { size, bold: true, letterSpacing: 3 } as const;
  const room = roomAt(size);
  const textW = Math.min(room, lineWidth(word, style) + word.length * 3);
  const text = addText(scene, 0, 0, word, { ...style, color: ink, width: room, align: 'center' });
  const contentW = icon + 24 + Math.min(room, Math.max(textW, text.width));
  const width = contentW + pad * 2;
  const height = Math.max(icon, text.height) + pad * 2;
  const left = -width / 2 + pad;
  // Every part turns about the stamp's centre: the frame and the icon are drawn around their own
  // origin placed there; the text's origin is moved to it.
  const frame = scene.add.graphics().setPosition(spec.cx, spec.cy);
  frame.fillStyle(hex(COLOR.panel), 0.92).fillRect(-width / 2, -height / 2, width, height);
  frame.lineStyle(8, hex(ink), 1).strokeRect(-width / 2, -height / 2, width, height);
  frame.lineStyle(4, hex(ink), 1).strokeRect(-width / 2 + 14, -height / 2 + 14, width - 28, height - 28);
  const mark = drawVerdictIcon(scene, left + icon / 2, 0, spec.verdict, icon).setPosition(spec.cx, spec.cy);
  const tx = left + icon + 24;
  const ty = -text.height / 2;
  text.setPosition(spec.cx, spec.cy).setOrigin(-tx / text.width, -ty / text.height);
  // The words and the mark over the frame's fill (they were made first, to measure).
  mark.setDepth(1);
  text.setDepth(1);
  for (const part of [frame, mark, text]) part.setAngle(angle);
  return { parts: [frame, mark, text], width, height };
}
