import Phaser from 'phaser';
import { Label, type LabelLayout } from './Label';
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

/** What `addText` makes: a Label on the Canvas renderer, Phaser's Text on WebGL (which needs a texture per text anyway). */
export type TextObject = Phaser.GameObjects.Text | Label;

// Each Phaser Text draws on a canvas of its own, and giving a canvas its size is most of what a
// text costs. So nothing here makes a Text only to measure it, and every property that Phaser
// would redraw a text for (line and letter spacing, the line limit) is set before it is drawn.

function fontStyleOf(o: Pick<TextOptions, 'bold' | 'italic'>): string {
  return [o.italic ? 'italic' : '', o.bold ? 'bold' : ''].join(' ').trim() || 'normal';
}

/**
 * All text goes through here so it renders at the canvas's real pixel density and
 * on whole pixels (Phaser 4 does not round by default, and soft text is unreadable
 * from the back row).
 */
export function addText(scene: Phaser.Scene, x: number, y: number, value: string, o: TextOptions): TextObject {
  const fontStyle = fontStyleOf(o);
  if (!EM_METRICS.has(fontStyle)) measureFace(fontStyle, o.size);
  if (scene.sys.renderer.type === Phaser.CANVAS) {
    const label = new Label(scene, Math.round(x), Math.round(y), value, o.color ?? COLOR.ink, (v) => labelLayout(v, o, fontStyle));
    return scene.add.existing(label);
  }
  // A text that stays on one line is made with its words and drawn once: line spacing does not
  // change how one line looks, so it is set after. Anything else is made empty, given its
  // spacing, then filled, since Phaser redraws a text for spacing given in its style.
  const asIs = fitsAsIs(value, o);
  const text = scene.add.text(Math.round(x), Math.round(y), asIs ? value : '', {
    fontFamily: FONT,
    fontSize: `${o.size}px`,
    fontStyle,
    metrics: scaledMetrics(fontStyle, o.size),
    color: o.color ?? COLOR.ink,
    align: o.align ?? 'left',
    resolution: currentFit().renderScale,
    // A line already known to fit is not wrapped: Phaser would measure it word by word.
    wordWrap: o.width && !asIs ? { width: wrapWidth(o), useAdvancedWrap: true } : undefined,
    maxLines: o.maxLines ?? 0,
  });
  text.lineSpacing = lineSpacingOf(o);
  text.letterSpacing = o.letterSpacing ?? 0;
  if (!asIs) text.setText(value);
  return text;
}

const fitsAsIs = (value: string, o: TextOptions) => !value.includes('\n') && !o.letterSpacing && (!o.width || lineWidth(value, o) <= o.width);
const lineSpacingOf = (o: TextOptions) => o.lineSpacing ?? Math.round(o.size * 0.18);
// Phaser throws (and the screen is lost) if a wrap is narrower than one letter; a layout
// squeezed that far gets an overflow the legibility checks report, not a dead screen.
const wrapWidth = (o: TextOptions) => Math.max(o.width ?? 0, o.size * 1.5);

/** A Label's lines and metrics, laid out as Phaser's Text lays out the same value and style. */
function labelLayout(value: string, o: TextOptions, fontStyle: string): LabelLayout {
  const wrapped = o.width && !fitsAsIs(value, o) ? wrapAsPhaser(value, wrapWidth(o), o) : value.split('\n');
  const lines = o.maxLines ? wrapped.slice(0, o.maxLines) : wrapped;
  const letterSpacing = o.letterSpacing ?? 0;
  const letterWidth = (letter: string) => measure(letter, o);
  const em = EM_METRICS.get(fontStyle)!;
  return {
    font: fontOf(o),
    fontSize: `${o.size}px`,
    lines,
    lineWidths: lines.map((line) =>
      Math.ceil(letterSpacing === 0 ? measure(line, o) : [...line].reduce((w, c) => w + letterWidth(c), 0) + letterSpacing * Math.max(0, line.length - 1)),
    ),
    ascent: em.ascent * o.size,
    lineHeight: (em.ascent + em.descent) * o.size,
    lineSpacing: lineSpacingOf(o),
    letterSpacing,
    align: o.align ?? 'left',
    letterWidth,
  };
}

/**
 * Phaser's advanced word wrap, which a Text on WebGL uses: a line narrower than the width stays
 * whole; a longer one takes words while each word and the space after it still fit, so a
 * wrapped line keeps a space's width free at its end.
 */
function wrapAsPhaser(value: string, width: number, o: TextOptions): string[] {
  const space = measure(' ', o);
  return value.split('\n').flatMap((line) => {
    const trimmed = line.replace(/ +/g, ' ').trim();
    return measure(trimmed, o) < width ? [trimmed] : wrapLines(trimmed, width - space, o);
  });
}

/**
 * A face's ascent and descent per pixel of size, measured once per face (regular, bold,
 * italic) and scaled to each size. Phaser otherwise measures every new text by drawing on a
 * scratch canvas, which was a third of the time the title took to draw. Screens draw only
 * after the typeface has loaded (see Boot), so the measurement is of the real face.
 */
const EM_METRICS = new Map<string, { ascent: number; descent: number }>();

/**
 * Phaser's own probe string (TextStyle's default `testString`, as its source spells it): the
 * face is measured on it so that a Label's lines sit where a Text's would.
 */
const PHASER_TEST_STRING = '|M\u00c3\u2030qgy';

/**
 * Measures a face as Phaser's MeasureText does where the browser has `actualBoundingBoxAscent`
 * (every browser the game runs on): the probe string's box, in the face's font. Once per face.
 * Making a Phaser Text to ask it cost about 3 ms a face (a canvas for the text, another for
 * the measuring), a tenth of the title's draw.
 */
function measureFace(fontStyle: string, size: number): void {
  const m = measurerFor(`${fontStyle} ${size}px ${FONT}`).measureText(PHASER_TEST_STRING);
  EM_METRICS.set(fontStyle, { ascent: m.actualBoundingBoxAscent / size, descent: m.actualBoundingBoxDescent / size });
}

function scaledMetrics(fontStyle: string, size: number): Phaser.Types.GameObjects.Text.TextMetrics | undefined {
  const em = EM_METRICS.get(fontStyle);
  return em && { ascent: em.ascent * size, descent: em.descent * size, fontSize: (em.ascent + em.descent) * size };
}

const fontOf = (o: Pick<TextOptions, 'size' | 'bold' | 'italic'>) => `${fontStyleOf(o)} ${o.size}px ${FONT}`;

let measurer: CanvasRenderingContext2D | null = null;

/** The one scratch context every width is measured on, set to `font`. */
function measurerFor(font: string): CanvasRenderingContext2D {
  measurer ??= document.createElement('canvas').getContext('2d')!;
  if (measurer.font !== font) measurer.font = font;
  return measurer;
}

/** The width a one-line Text of this value would have (as Phaser measures it), with no Text made. */
export function lineWidth(value: string, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): number {
  return Math.ceil(measure(value, o));
}

/**
 * Widths already measured, by font and text. Screens redraw whole (every beat, every tick of a
 * choice) and fitting a text measures it word by word, so the same words come back again and
 * again; measuring was a tenth of a screen change. Bounded, as a long session meets many words.
 */
const widths = new Map<string, number>();
const WIDTHS_KEPT = 20_000;

function measure(value: string, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): number {
  const font = fontOf(o);
  const key = `${font}\u0000${value}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const width = measurerFor(font).measureText(value).width;
  if (widths.size >= WIDTHS_KEPT) widths.clear();
  widths.set(key, width);
  return width;
}

/**
 * Fit or ellipsis, the one way a text is shortened: the value as lines of at most `width`,
 * at most `maxLines` of them. A value that fits comes back whole (with its line breaks put
 * in); one that does not is cut at a word on the last line and ends in "…" (a single word
 * too long for a line is cut between letters). Works the lines out before any Text is made,
 * so each is drawn once; draw the result with the same size and face.
 */
export function fitText(value: string, width: number, maxLines: number, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): string {
  const lines = wrapLines(value, width, o);
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, Math.max(1, maxLines));
  const rest = lines.slice(kept.length - 1).join(' ');
  kept[kept.length - 1] = ellipsis(rest, width, o);
  return kept.join('\n');
}

/** Keeps a label on one line: `fitText` with one line (long titles, long team names in a list). */
export function oneLine(value: string, width: number, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): string {
  return fitText(value, width, 1, o);
}

/**
 * The largest size from `o.size` down to `floor` at which the value fits `width` in
 * `maxLines` lines; at the floor, as many lines as it takes. Never cuts: for a text that is
 * itself the clue (a speaker's role). Returns the size and the lines to draw.
 */
export function shrinkToFit(
  value: string,
  width: number,
  maxLines: number,
  o: Pick<TextOptions, 'size' | 'bold' | 'italic'>,
  floor: number,
): { size: number; text: string; lines: number } {
  for (let size = o.size; size > floor; size -= 2) {
    const lines = wrapLines(value, width, { ...o, size });
    if (lines.length <= maxLines) return { size, text: lines.join('\n'), lines: lines.length };
  }
  const lines = wrapLines(value, width, { ...o, size: Math.min(o.size, floor) });
  return { size: Math.min(o.size, floor), text: lines.join('\n'), lines: lines.length };
}

/** Greedy word wrap as the canvas measures it; a word wider than a line is split between letters. */
export function wrapLines(value: string, width: number, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): string[] {
  const out: string[] = [];
  for (const paragraph of value.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (measure(next, o) <= width) {
        line = next;
        continue;
      }
      if (line) out.push(line);
      line = word;
      while (measure(line, o) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut), o) > width) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    out.push(line);
  }
  return out;
}

/** The longest start of `value` that fits `width` with "…" after it, cut at a word where it can be. */
function ellipsis(value: string, width: number, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): string {
  if (measure(value, o) <= width) return value;
  const words = value.split(' ');
  const label = (n: number) =>
    `${words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,:;.–-]+$/, '')}…`;
  let n = words.length - 1;
  while (n > 0 && measure(label(n), o) > width) n--;
  if (n > 0) return label(n);
  // Not even the first word fits: cut it between letters.
  let cut = words[0]!.length;
  while (cut > 1 && measure(`${words[0]!.slice(0, cut)}…`, o) > width) cut--;
  return `${words[0]!.slice(0, cut)}…`;
}

/**
 * A name kept on one line, cut between letters with "…" when it must be: for team names in a
 * tight strip, where "The Owls o…" says more than a cut at a word ("The…").
 */
export function clipName(value: string, width: number, o: Pick<TextOptions, 'size' | 'bold' | 'italic'>): string {
  if (lineWidth(value, o) <= width) return value;
  const chars = [...value];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (lineWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, o) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}
