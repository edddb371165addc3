import { DESIGN } from './theme';

/** The most backing-store pixels per design pixel: 2 gives 3840×2160, enough for a 4K board. */
export const MAX_RENDER_SCALE = 2;

export interface Fit {
  /** CSS size of the letterboxed 16:9 canvas. */
  cssWidth: number;
  cssHeight: number;
  /** Canvas backing store in device pixels: CSS size × devicePixelRatio (capped). */
  backingWidth: number;
  backingHeight: number;
  /** Device pixels per design pixel: the camera zoom and the Text resolution. */
  renderScale: number;
  /** CSS pixels per device pixel of the backing store (Phaser's scale zoom). */
  cssPerPixel: number;
}

/**
 * Phaser does not scale by devicePixelRatio, and a stretched canvas blurs text. So the
 * canvas is sized to what the screen really shows, and the camera zooms the 1920×1080
 * design to fill it.
 */
export function computeFit(viewportWidth: number, viewportHeight: number, devicePixelRatio: number): Fit {
  const cssScale = Math.max(0.1, Math.min(viewportWidth / DESIGN.width, viewportHeight / DESIGN.height));
  const cssWidth = Math.floor(DESIGN.width * cssScale);
  const cssHeight = Math.floor(DESIGN.height * cssScale);
  const renderScale = Math.min(MAX_RENDER_SCALE, cssScale * Math.max(1, devicePixelRatio || 1));
  const backingWidth = Math.round(DESIGN.width * renderScale);
  const backingHeight = Math.round(DESIGN.height * renderScale);
  return { cssWidth, cssHeight, backingWidth, backingHeight, renderScale, cssPerPixel: cssWidth / backingWidth };
}
