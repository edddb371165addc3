import Phaser from 'phaser';
import { measureFit } from '../platform/display';
import { fontsAreIn, fontsLoaded } from '../platform/fonts';
import { SCREEN_DRAWN } from '../platform/idleLoop';

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
        // The restarts happen at the game's next step: wake the loop for it now. Asleep, they
        // waited for the next input, and the click that woke it went to the screen being replaced.
        this.game.events.emit(SCREEN_DRAWN);
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
