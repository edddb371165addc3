import Phaser from 'phaser';
import { measureFit } from '../platform/display';
import { fontsAreIn, fontsLoaded } from '../platform/fonts';

/** Game event: the typeface is in, screens may draw. */
export const FONTS_READY = 'fonts-ready';

/**
 * Sizes the canvas to what the screen really shows (CSS size × devicePixelRatio) before
 * anything is drawn, and again on every resize; then waits for the self-hosted typeface, so
 * no text is rasterised in a stand-in face, and lets the screens draw (FONTS_READY). There is
 * nothing else to load: a separate Preloader scene only cost a frame.
 */
export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    applyFit(this.game);
    let timer = 0;
    const onResize = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        applyFit(this.game);
        // Text textures are rasterised at the old density: re-render what is showing.
        for (const scene of this.game.scene.getScenes(true)) scene.scene.restart();
      }, 120);
    };
    window.addEventListener('resize', onResize);
    this.game.events.once(Phaser.Core.Events.DESTROY, () => window.removeEventListener('resize', onResize));
    if (fontsAreIn()) this.game.events.emit(FONTS_READY);
    else void fontsLoaded.then(() => this.game.events.emit(FONTS_READY));
  }
}

export function applyFit(game: Phaser.Game): void {
  const fit = measureFit();
  game.scale.resize(fit.backingWidth, fit.backingHeight);
  game.scale.setZoom(fit.cssPerPixel);
}
