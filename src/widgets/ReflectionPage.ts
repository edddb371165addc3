import type Phaser from 'phaser';
import type { Screen } from '../core/screens/screen';
import { discernmentItem } from '../i18n/discernmentText';
import { calibrationItem } from '../i18n/sureText';
import { t } from '../i18n/strings';
import { firstThatFits } from '../platform/fitting';
import { MIN_TEXT, SIZE } from '../platform/theme';
import { addText } from './text';

type Final = Extract<Screen, { kind: 'final' }>;

/** The results' row and page title for the page after the recaps: "Telling apart" (claim rounds answered), else "Sure answers". */
export const reflectionTitle = (screen: Final): string => (screen.discernment.length ? t.discern.title : t.sure.title);

/**
 * The page after the recaps: the discernment over the claim rounds, then the calibration of the
 * sure answers (confidence on), each under its heading with a line per team (or the class); the
 * largest text size at which both fit the column.
 */
export function addReflectionPage(scene: Phaser.Scene, screen: Final, names: readonly string[], x: number, top: number, width: number, bottom: number): void {
  const sections = [
    { heading: t.discern.heading, lines: screen.discernment.map((d) => discernmentItem(d, names)) },
    { heading: t.sure.title, lines: screen.calibration.map((c) => calibrationItem(c, names)) },
  ].filter((s) => s.lines.length > 0);
  const draw = (size: number) => () => {
    let y = top;
    for (const [i, s] of sections.entries()) {
      if (i > 0) y += 40;
      y += addText(scene, x, y, s.heading, { size: SIZE.body, bold: true, width }).height + 30;
      for (const line of s.lines) y += addText(scene, x, y, line, { size, width }).height + 24;
      y -= 24;
    }
    return y - top;
  };
  firstThatFits(scene, bottom - top, [draw(SIZE.body), draw(SIZE.small), draw(MIN_TEXT)]);
}
