import type Phaser from 'phaser';
import type { RecapItem } from '../core/screens/screen';
import { recapAnswer } from '../i18n/optionLabel';
import { attribution } from '../i18n/attribution';
import { drawVerdictIcon } from './shapes';
import { outcomeWord } from '../i18n/outcomeText';
import { sureRecapShort } from '../i18n/sureText';
import { OUTCOME_MARK } from '../core/rules/scoring';
import { addText } from './text';
import { COLOR, SIZE } from '../platform/theme';

/** A level's rounds: how the player did, and the sources' answer, in the words of the pack. */
/** With `withQuotes`, each round also shows its key evidence, word for word, with who said it. */
export function addRecapList(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  items: readonly RecapItem[],
  withQuotes = true,
  size: number = SIZE.small,
): number {
  const start = y;
  for (const item of items) {
    if (item.outcome) drawVerdictIcon(scene, x + 28, y + 28, OUTCOME_MARK[item.outcome], 52);
    const prompt = addText(scene, x + 76, y, item.claim ? `${item.prompt} “${item.claim}”` : item.prompt, { size, bold: true, width: width - 76 });
    const best = addText(
      scene,
      x + 76,
      y + prompt.height + 6,
      item.outcome ? `${outcomeWord(item.outcome)}${sureRecapShort(item.sure)}. ${recapAnswer(item)}` : recapAnswer(item),
      {
        size,
        color: COLOR.inkMuted,
        width: width - 76,
      },
    );
    y += prompt.height + best.height + 6;
    const key = item.evidence[0];
    if (withQuotes && key) {
      const q = addText(scene, x + 76, y + 4, `“${key.quote.text}” — ${attribution(key)}`, { size, italic: true, color: COLOR.accent, width: width - 76 });
      y += q.height + 4;
    }
    y += 28;
  }
  return y - start;
}
