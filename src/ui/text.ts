import type Phaser from 'phaser';
import { COLOR, FONT } from './theme';
import { currentFit } from './display';

export interface TextOptions {
  size: number;
  color?: string;
  bold?: boolean;
  width?: number;
  align?: 'left' | 'center' | 'right';
  lineSpacing?: number;
  italic?: boolean;
}

/**
 * All text goes through here so it renders at the canvas's real pixel density and
 * on whole pixels (Phaser 4 does not round by default, and soft text is unreadable
 * from the back row).
 */
export function addText(scene: Phaser.Scene, x: number, y: number, value: string, o: TextOptions): Phaser.GameObjects.Text {
  const fontStyle = [o.italic ? 'italic' : '', o.bold ? 'bold' : ''].join(' ').trim() || 'normal';
  // Created empty and filled once: Phaser renders a text again for a lineSpacing given in its
  // style, so every text used to be rasterised twice.
  const text = scene.add.text(Math.round(x), Math.round(y), '', {
    fontFamily: FONT,
    fontSize: `${o.size}px`,
    fontStyle,
    metrics: scaledMetrics(fontStyle, o.size),
    color: o.color ?? COLOR.ink,
    align: o.align ?? 'left',
    resolution: currentFit().renderScale,
    wordWrap: o.width ? { width: o.width, useAdvancedWrap: true } : undefined,
  });
  text.lineSpacing = o.lineSpacing ?? Math.round(o.size * 0.18);
  text.setText(value);
  if (!EM_METRICS.has(fontStyle)) {
    const m = text.getTextMetrics();
    EM_METRICS.set(fontStyle, { ascent: m.ascent / o.size, descent: m.descent / o.size });
  }
  return text;
}

/**
 * A face's ascent and descent per pixel of size, measured once per face (regular, bold,
 * italic) and scaled to each size. Phaser otherwise measures every new text by drawing on a
 * scratch canvas, which was a third of the time the title took to draw. Screens draw only
 * after the typeface has loaded (see Boot), so the measurement is of the real face.
 */
const EM_METRICS = new Map<string, { ascent: number; descent: number }>();

function scaledMetrics(fontStyle: string, size: number): Phaser.Types.GameObjects.Text.TextMetrics | undefined {
  const em = EM_METRICS.get(fontStyle);
  return em && { ascent: em.ascent * size, descent: em.descent * size, fontSize: (em.ascent + em.descent) * size };
}

/**
 * Keeps a label on one line: drops whole words from the end and adds "…" until it fits
 * `width`. For lists where a second line would not fit (long titles, long team names).
 */
export function oneLine(text: Phaser.GameObjects.Text, width: number): Phaser.GameObjects.Text {
  const words = text.text.split(' ');
  if (text.width <= width || words.length < 2) return text;
  // Measured on the text's own context (its font is already set), then drawn once: redrawing
  // the text for every dropped word was most of the cost of a long list.
  const label = (n: number) => `${words.slice(0, n).join(' ').replace(/[\s,:;.–-]+$/, '')}…`;
  const fits = (n: number) => text.context.measureText(label(n)).width <= width;
  let lo = 1;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  text.setText(label(lo));
  return text;
}
