import Phaser from 'phaser';
import { fontsLoaded } from '../ui/fonts';

/** Game event: the typeface is in, screens may draw. */
export const FONTS_READY = 'fonts-ready';

/** Waits for the self-hosted typeface, so no text is rasterised in a fallback font. */
export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
    void fontsLoaded.then(() => this.game.events.emit(FONTS_READY));
  }
}
