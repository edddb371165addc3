import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';
import { computeFit, MAX_RENDER_SCALE } from '../../src/platform/fit';
import { COLOR, KIND_STYLE, PALETTES, SIZE, TEAM_STYLE, VERDICT_STYLE, applyTextSize, applyTheme } from '../../src/platform/theme';

describe('palette contrast (at least 7:1 for every text colour on the surface it is drawn on)', () => {
  for (const [name, P] of Object.entries(PALETTES)) {
    describe(`${name} theme`, () => {
      // Body text sits on every surface; coloured text (accent, warnings, verdicts) on the page and panels.
      for (const surface of [P.background, P.panel, P.panelRaised, P.selected]) {
        it(`ink on ${surface}`, () => {
          for (const fg of [P.ink, P.inkMuted]) expect(contrast(fg, surface), `${fg} on ${surface}`).toBeGreaterThanOrEqual(7);
        });
      }
      for (const surface of [P.background, P.panel]) {
        it(`coloured text on ${surface}`, () => {
          for (const fg of [P.accent, P.highlight, ...Object.values(P.verdictText)])
            expect(contrast(fg, surface), `${fg} on ${surface}`).toBeGreaterThanOrEqual(7);
        });
      }
      it('dark ink on paper, the accent and highlight fills, and every badge and verdict colour', () => {
        for (const bg of [
          P.paper,
          P.accentFill,
          P.hoverFill,
          P.highlightFill,
          ...TEAM_STYLE.map((t) => t.color),
          ...Object.values(KIND_STYLE).map((k) => k.color),
          ...Object.values(VERDICT_STYLE).map((v) => v.color),
        ]) {
          expect(contrast(P.paperInk, bg), bg).toBeGreaterThanOrEqual(7);
        }
        // The grey-blue and brown used for secondary text on paper cards.
        for (const fg of ['#33415c', '#5c3d00', '#1c2a44']) expect(contrast(fg, P.paper), fg).toBeGreaterThanOrEqual(7);
      });
      it('the focus ring stands out from the panels (3:1, a non-text contrast)', () => {
        for (const bg of [P.background, P.panel, P.selected]) expect(contrast(P.focus, bg), bg).toBeGreaterThanOrEqual(3);
      });
    });
  }
  it('the dark theme also uses the team, speaker and verdict colours as text on its panels', () => {
    const P = PALETTES.dark;
    for (const fg of [
      ...TEAM_STYLE.map((t) => t.color),
      ...Object.values(VERDICT_STYLE).map((v) => v.color),
      ...Object.values(KIND_STYLE).map((k) => k.color),
    ]) {
      for (const bg of [P.background, P.panel]) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
    }
  });
  it('applyTheme swaps the palette in use, and back', () => {
    applyTheme('light');
    expect(COLOR.background).toBe(PALETTES.light.background);
    expect(COLOR.verdictText.supported).toBe(PALETTES.light.verdictText.supported);
    applyTheme('dark');
    expect(COLOR).toEqual(PALETTES.dark);
  });
  it('the contrast formula matches known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('type scale', () => {
  it('keeps the minimum sizes from the brief, and the presets only make text larger', () => {
    expect(SIZE).toMatchObject({ small: 36, body: 44, question: 52 });
    applyTextSize('large');
    const large = { ...SIZE };
    applyTextSize('xl');
    const xl = { ...SIZE };
    applyTextSize('standard');
    expect(SIZE).toMatchObject({ small: 36, body: 44, question: 52 });
    for (const k of ['small', 'body', 'question', 'heading'] as const) {
      expect(large[k]).toBeGreaterThan(SIZE[k]);
      expect(xl[k]).toBeGreaterThan(large[k]);
    }
    expect(xl.small).toBeGreaterThanOrEqual(44);
  });
  it('Large is a quarter larger than standard and Extra large half as large again, every size but the title', () => {
    const base = { ...SIZE };
    applyTextSize('large');
    const large = { ...SIZE };
    applyTextSize('xl');
    const xl = { ...SIZE };
    applyTextSize('standard');
    for (const k of ['small', 'body', 'question', 'heading'] as const) {
      expect(large[k]).toBe(Math.round(base[k] * 1.25));
      expect(xl[k]).toBe(Math.round(base[k] * 1.5));
    }
    expect(xl).toMatchObject({ small: 54, body: 66, question: 78, heading: 96 });
    expect(large.hero).toBe(base.hero);
    expect(xl.hero).toBe(base.hero);
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
    for (const [w, h] of [
      [1280, 720],
      [1366, 768],
      [1536, 864],
      [1920, 1080],
    ] as const) {
      for (const dpr of [1, 1.25, 1.5, 2]) {
        const f = computeFit(w, h, dpr);
        expect(f.backingWidth).toBeGreaterThanOrEqual(0.95 * f.cssWidth * dpr);
      }
    }
  });
});
