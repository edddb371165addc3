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
  // A big outcome mark per round (tick, half, cross, question: shape and colour), so right and wrong differ at a glance from the back.
  const mark = Math.max(72, Math.round(size * 1.9));
  const indent = mark + 28;
  for (const item of items) {
    const top = y;
    if (item.outcome) drawVerdictIcon(scene, x + mark / 2, y + mark / 2, OUTCOME_MARK[item.outcome], mark);
    const prompt = addText(scene, x + indent, y, item.claim ? `${item.prompt} “${item.claim}”` : item.prompt, { size, bold: true, width: width - indent });
    const word = item.outcome ? `${outcomeWord(item.outcome)}${sureRecapShort(item.sure)}. ` : '';
    const best = addText(scene, x + indent, y + prompt.height + 6, `${word}${recapAnswer(item)}`, {
      size,
      color: COLOR.inkMuted,
      width: width - indent,
    });
    y += prompt.height + best.height + 6;
    const key = item.evidence[0];
    if (withQuotes && key) {
      const q = addText(scene, x + indent, y + 4, `“${key.quote.text}” — ${attribution(key)}`, {
        size,
        italic: true,
        color: COLOR.accent,
        width: width - indent,
      });
      y += q.height + 4;
    }
    // A short item still leaves its whole mark above the next one.
    y = Math.max(y, top + mark) + 28;
  }
  return y - start;
}
