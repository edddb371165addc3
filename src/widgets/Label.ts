import Phaser from 'phaser';

/** How a Label lays its lines out: what `addText` works out before anything is drawn. */
export interface LabelLayout {
  /** The CSS font, as the canvas takes it. */
  font: string;
  /** Size in design pixels, as Phaser's Text style gives it (`'56px'`), for the legibility checks. */
  fontSize: string;
  lines: readonly string[];
  /** Each line's width, rounded up as Phaser's Text rounds it. */
  lineWidths: readonly number[];
  ascent: number;
  /** Ascent plus descent: the height of one line. */
  lineHeight: number;
  lineSpacing: number;
  letterSpacing: number;
  align: 'left' | 'center' | 'right';
  /** Width of each letter, for a line drawn letter by letter (only with letter spacing). */
  letterWidth: (letter: string) => number;
}

/**
 * A text drawn straight onto the game's canvas, for the Canvas renderer. Phaser's Text draws
 * each text on a canvas of its own and copies it every frame; making and sizing that canvas
 * was most of what a new screen cost (some 0.3 ms a text, a hundred texts on the way to the
 * first question). A Label only fills its lines where it stands, so making one costs its
 * measuring, which `widgets/text.ts` remembers.
 *
 * It lays out and draws exactly as Phaser's Text does (line height, spacing, alignment,
 * rounding), so a screen is laid out the same on either renderer. It answers to `type`
 * 'Text' and has Text's `text` and `style.fontSize`: it is a text on the canvas, and what
 * reads the canvas's texts (the legibility checks, the tests) reads it as one.
 */
export class Label extends Phaser.GameObjects.Zone {
  alpha = 1;
  private layout: LabelLayout;
  private value: string;
  private fill: string;
  private readonly relayout: (value: string) => LabelLayout;

  constructor(scene: Phaser.Scene, x: number, y: number, value: string, color: string, relayout: (value: string) => LabelLayout) {
    const layout = relayout(value);
    super(scene, x, y, 1, 1);
    this.type = 'Text';
    // A Zone is placed by its middle; a Text, and so a Label, by its top left corner.
    this.setOrigin(0, 0);
    this.value = value;
    this.fill = color;
    this.relayout = relayout;
    this.layout = layout;
    this.resize();
  }

  get text(): string {
    return this.value;
  }

  get style(): { fontSize: string; color: string } {
    return { fontSize: this.layout.fontSize, color: this.fill };
  }

  setText(value: string): this {
    if (value === this.value) return this;
    this.value = value;
    this.layout = this.relayout(value);
    this.resize();
    return this;
  }

  setColor(color: string): this {
    this.fill = color;
    return this;
  }

  setAlpha(value = 1): this {
    this.alpha = Math.min(1, Math.max(0, value));
    return this;
  }

  private resize(): void {
    const { lines, lineWidths, lineHeight, lineSpacing } = this.layout;
    const width = lines.length === 0 ? 0 : Math.max(...lineWidths);
    const height = lines.length * lineHeight + Math.max(0, lines.length - 1) * lineSpacing;
    this.setSize(width, height);
  }

  renderCanvas(
    renderer: Phaser.Renderer.Canvas.CanvasRenderer,
    _src: Phaser.GameObjects.GameObject,
    camera: Phaser.Cameras.Scene2D.Camera,
    parent?: Phaser.GameObjects.Components.TransformMatrix,
  ): void {
    const { lines, lineWidths, ascent, lineHeight, lineSpacing, letterSpacing, align, font } = this.layout;
    const alpha = camera.alpha * this.alpha;
    if (this.width === 0 || lines.length === 0 || alpha <= 0) return;
    camera.addToRenderList(this);
    const m = Phaser.GameObjects.GetCalcMatrix(this, camera, parent).calc;
    // As Phaser places a Text's canvas: its corner on a whole design pixel, then on a whole device pixel.
    const ox = Math.floor(-this.displayOriginX + 0.5);
    const oy = Math.floor(-this.displayOriginY + 0.5);
    let e = m.a * ox + m.c * oy + m.e;
    let f = m.b * ox + m.d * oy + m.f;
    if (camera.renderRoundPixels) {
      e = Math.floor(e + 0.5);
      f = Math.floor(f + 0.5);
    }
    const ctx = renderer.currentContext;
    ctx.save();
    ctx.setTransform(m.a, m.b, m.c, m.d, e, f);
    ctx.globalCompositeOperation = renderer.blendModes[this.blendMode] as GlobalCompositeOperation;
    ctx.globalAlpha = alpha;
    ctx.font = font;
    ctx.fillStyle = this.fill;
    ctx.textBaseline = 'alphabetic';
    const width = this.width;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      let x = 0;
      if (align === 'right') x = width - lineWidths[i]!;
      else if (align === 'center') x = (width - lineWidths[i]!) / 2;
      x = Math.round(x);
      const y = Math.round(i * (lineHeight + lineSpacing) + ascent);
      if (letterSpacing === 0) ctx.fillText(line, x, y);
      else
        for (const letter of line) {
          ctx.fillText(letter, x, y);
          x += this.layout.letterWidth(letter) + letterSpacing;
        }
    }
    ctx.restore();
  }
}
