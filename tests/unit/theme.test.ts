import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/ui/contrast';
import { computeFit, MAX_RENDER_SCALE } from '../../src/ui/fit';
import { COLOR, KIND_STYLE, SIZE, TEAM_STYLE, VERDICT_STYLE } from '../../src/ui/theme';

describe('palette contrast (at least 7:1 for every text colour on the surface it is drawn on)', () => {
  const onDark = [COLOR.ink, COLOR.inkMuted, COLOR.accent, ...TEAM_STYLE.map((t) => t.color), ...Object.values(VERDICT_STYLE).map((v) => v.color), ...Object.values(KIND_STYLE).map((k) => k.color)];
  for (const surface of [COLOR.background, COLOR.panel]) {
    for (const fg of onDark) {
      it(`${fg} on ${surface}`, () => expect(contrast(fg, surface)).toBeGreaterThanOrEqual(7));
    }
  }
  it('ink on the raised panel and on the selected card', () => {
    expect(contrast(COLOR.ink, COLOR.panelRaised)).toBeGreaterThanOrEqual(7);
    expect(contrast(COLOR.ink, COLOR.selected)).toBeGreaterThanOrEqual(7);
    expect(contrast(COLOR.inkMuted, COLOR.selected)).toBeGreaterThanOrEqual(7);
    expect(contrast(COLOR.inkMuted, COLOR.panelRaised)).toBeGreaterThanOrEqual(7);
  });
  it('dark ink on paper, highlight, accent buttons and every badge and verdict colour', () => {
    for (const bg of [COLOR.paper, COLOR.highlight, COLOR.accent, COLOR.focus, ...TEAM_STYLE.map((t) => t.color), ...Object.values(KIND_STYLE).map((k) => k.color), ...Object.values(VERDICT_STYLE).map((v) => v.color)]) {
      expect(contrast(COLOR.paperInk, bg), bg).toBeGreaterThanOrEqual(7);
    }
    expect(contrast('#33415c', COLOR.paper)).toBeGreaterThanOrEqual(7);
  });
  it('the contrast formula matches known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('type scale', () => {
  it('keeps the minimum sizes from the brief', () => {
    expect(SIZE.small).toBeGreaterThanOrEqual(36);
    expect(SIZE.body).toBeGreaterThanOrEqual(44);
    expect(SIZE.question).toBeGreaterThanOrEqual(52);
  });
});

describe('computeFit: canvas sized to the real pixels', () => {
  it('1920×1080 at DPR 1 is 1:1', () => {
    const f = computeFit(1920, 1080, 1);
    expect(f).toMatchObject({ cssWidth: 1920, cssHeight: 1080, backingWidth: 1920, backingHeight: 1080, renderScale: 1 });
  });
  it('1920×1080 at DPR 2 doubles the backing store', () => {
    const f = computeFit(1920, 1080, 2);
    expect(f.backingWidth).toBe(3840);
    expect(f.cssWidth).toBe(1920);
    expect(f.cssPerPixel).toBeCloseTo(0.5);
  });
  it('letterboxes a 4:3 laptop and pillarboxes an ultrawide, keeping 16:9', () => {
    const a = computeFit(1024, 768, 1);
    expect(a.cssWidth).toBe(1024);
    expect(a.cssHeight).toBe(576);
    const b = computeFit(3440, 1440, 1);
    expect(b.cssHeight).toBe(1440);
    expect(b.cssWidth).toBe(2560);
  });
  it('caps the backing store at 4K', () => {
    const f = computeFit(3840, 2160, 2);
    expect(f.renderScale).toBe(MAX_RENDER_SCALE);
    expect(f.backingWidth).toBe(3840);
  });
  it('backing store is at least 95% of CSS × DPR up to DPR 2 for common windows', () => {
    for (const [w, h] of [[1280, 720], [1366, 768], [1536, 864], [1920, 1080]] as const) {
      for (const dpr of [1, 1.25, 1.5, 2]) {
        const f = computeFit(w, h, dpr);
        expect(f.backingWidth).toBeGreaterThanOrEqual(0.95 * f.cssWidth * dpr);
      }
    }
  });
});
