import type Phaser from 'phaser';
import { COLOR, FONT } from '../platform/theme';
import { currentFit } from '../platform/display';

export interface TextOptions {
  size: number;
  color?: string;
  bold?: boolean;
  width?: number;
  align?: 'left' | 'center' | 'right';
  lineSpacing?: number;
  italic?: boolean;
  /** Lines drawn at most (0: all). */
  maxLines?: number;
  /** Extra pixels between letters (a stamp's tracking). */
  letterSpacing?: number;
}

// Each Text draws on a canvas of its own, and giving a canvas its size is most of what a text
// costs. So nothing here makes a Text only to measure it, and every property that Phaser
// would redraw a text for (line and letter spacing, the line limit) is set before it is drawn.

function fontStyleOf(o: Pick<TextOptions, 'bold' | 'italic'>): string {
  return [o.italic ? 'italic' : '', o.bold ? 'bold' : ''].join(' ').trim() || 'normal';
}

/**
 * All text goes through here so it renders at the canvas's real pixel density and
 * on whole pixels (Phaser 4 does not round by default, and soft text is unreadable
 * from the back row).
 */
export function addText(scene: Phaser.Scene, x: number, y: number, value: string, o: TextOptions): Phaser.GameObjects.Text {
  const fontStyle = fontStyleOf(o);
  // A text that stays on one line is made with its words and drawn once: line spacing does not
  // change how one line looks, so it is set after. Anything else is made empty, given its
  // spacing, then filled, since Phaser redraws a text for spacing given in its style.
  const asIs = !value.includes('\n') && !o.letterSpacing && (!o.width || lineWidth(value, o) <= o.width);
  const text = scene.add.text(Math.round(x), Math.round(y), asIs ? value : '', {
    fontFamily: FONT,
    fontSize: `${o.size}px`,
    fontStyle,
    metrics: scaledMetrics(fontStyle, o.size),
    color: o.color ?? COLOR.ink,
    align: o.align ?? 'left',
    resolution: currentFit().renderScale,
    // A line already known to fit is not wrapped: Phaser would measure it word by word.
    wordWrap: o.width && !asIs ? { width: o.width, useAdvancedWrap: true } : undefined,
    maxLines: o.maxLines ?? 0,
  });
  text.lineSpacing = o.lineSpacing ?? Math.round(o.size * 0.18);
  text.letterSpacing = o.letterSpacing ?? 0;
  if (!asIs) text.setText(value);
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

let measurer: CanvasRenderingContext2D | null = null;

/** The width a one-line Text of this value would have (as Phaser measures it), with no Text made. */
export function lineWidth(value: string, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): number {
  return Math.ceil(measure(value, o));
}

function measure(value: string, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): number {
  measurer ??= document.createElement('canvas').getContext('2d')!;
  measurer.font = `${fontStyleOf(o)} ${o.size}px ${FONT}`;
  return measurer.measureText(value).width;
}

/**
 * Keeps a label on one line: drops whole words from the end and adds "…" until it fits
 * `width`. For lists where a second line would not fit (long titles, long team names).
 * Works out the label before the Text is made, so each is drawn once.
 */
export function oneLine(value: string, width: number, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): string {
  const words = value.split(' ');
  if (lineWidth(value, o) <= width || words.length < 2) return value;
  const label = (n: number) =>
    `${words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,:;.–-]+$/, '')}…`;
  const fits = (n: number) => measure(label(n), o) <= width;
  let lo = 1;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return label(lo);
}
