import { FONT } from './theme';

/**
 * The three faces the game draws with. Asked for as soon as the script runs, so the fetch
 * overlaps the game's start-up; the italic would otherwise be fetched only on first use, and
 * the canvas would draw that text in a stand-in face.
 */
const family = FONT.split(',')[0]!;
const FACES = ['44px', 'bold 44px', 'italic 44px'].map((f) => `${f} ${family}`);
export const fontsLoaded: Promise<void> = Promise.all(FACES.map((f) => document.fonts.load(f)))
  .then(() => undefined)
  .catch(() => undefined);

/**
 * True when all three faces are in already (preloaded from the page's head, they usually are
 * by the time Phaser has booted). Settling the promise above takes a turn of the event loop,
 * which on a busy start-up came 7–11 ms after the faces were in.
 */
export function fontsAreIn(): boolean {
  try {
    return FACES.every((f) => document.fonts.check(f));
  } catch {
    return false;
  }
}
