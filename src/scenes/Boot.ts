import Phaser from 'phaser';
import { measureFit } from '../ui/display';

/**
 * Sizes the canvas to what the screen really shows (CSS size × devicePixelRatio) before
 * anything is drawn, and again on every resize, then hands over to the Preloader.
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
    this.scene.start('Preloader');
  }
}

export function applyFit(game: Phaser.Game): void {
  const fit = measureFit();
  game.scale.resize(fit.backingWidth, fit.backingHeight);
  game.scale.setZoom(fit.cssPerPixel);
}
