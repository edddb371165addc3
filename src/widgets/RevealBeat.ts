import type Phaser from 'phaser';
import type { Screen } from '../core/screens/screen';
import type { RevealBeat } from '../core/screens/revealBeats';
import { OUTCOME_MARK } from '../core/rules/scoring';
import { firstThatFits } from '../platform/fitting';
import { MOTION_MS, enterFrom, stampIn } from '../platform/motion';
import { COLOR, DESIGN, MIN_TEXT, SIZE } from '../platform/theme';
import { t } from '../i18n/strings';
import { optionLabel, optionLetter } from '../i18n/optionLabel';
import { headlineText } from '../i18n/outcomeText';
import { addAnswerCard } from './AnswerCard';
import { addStamp } from './Stamp';
import { layoutGrid } from './grid';
import { addText, lineWidth } from './text';

type RevealScreen = Extract<Screen, { kind: 'reveal' }>;

/**
 * A pick reveal's beats before the whole reveal (core/screens/revealBeats.ts), under the header
 * from `top` to `bottom`: the options as the class saw them, with who chose what (team badges on
 * the tiles, or the pick), and "What did the sources say?"; at the verdict, the stamp lands in
 * that line's place and the best answer(s) are marked on their tiles. With `fresh` (a new beat),
 * the tiles pop in one after another, or the stamp lands.
 */
export function addRevealBeat(
  scene: Phaser.Scene,
  screen: RevealScreen,
  beat: Exclude<RevealBeat, 'evidence'>,
  top: number,
  bottom: number,
  fresh: boolean,
): void {
  const m = DESIGN.margin;
  const verdict = beat === 'verdict';
  const tilesW = 1100;
  const rows = screen.allTeams?.rows ?? null;
  const room = bottom - top;
  const tiles: Phaser.GameObjects.GameObject[][] = [];
  const chosenBy = (id: string) => (rows ?? []).filter((r) => r.picked.some((p) => p.id === id)).map((r) => r.team);
  const grid = (columns: number, size: number) => () => {
    tiles.length = 0;
    return layoutGrid(screen.options, columns, { x: m, y: top, width: tilesW, gap: size < SIZE.body ? 16 : 24 }, (o, _i, x, y, w) => {
      const first = scene.children.list.length;
      const picked = rows ? false : !!o.picked;
      // At the verdict, each tile its mark from the screen model (the right mark on a best answer, a pick that was not its own outcome's).
      const judged = verdict ? o.mark : undefined;
      const spec = {
        x,
        y,
        width: w,
        n: o.n,
        keyLabel: optionLetter(o.n),
        text: o.quoteView ? `“${o.quoteView.quote.text}”` : optionLabel(o),
        quoted: !!o.quoteView,
        textSize: size,
        pad: size < SIZE.body ? 14 : 22,
        speaker: o.speakerView,
        kindHidden: o.kindHidden,
        multi: screen.multi,
        name: `reveal:${o.id}`,
        minHeight: 104,
        teams: rows ? chosenBy(o.id) : undefined,
        judged,
        muted: !!verdict && !o.mark,
      };
      // The tiles are shown, not picked from: no click of their own (Space and the Next button step the beats).
      const card = addAnswerCard(scene, spec as unknown as Parameters<typeof addAnswerCard>[1]);
      card.setSelected(picked);
      tiles.push(scene.children.list.slice(first));
      return card.height;
    });
  };
  // Two columns (2×2) where every option is short and none is a quote; otherwise a row each.
  const short = screen.options.every((o) => !o.quoteView && lineWidth(optionLabel(o), { size: SIZE.body, bold: true }) < 760);
  firstThatFits(scene, room, [...(short ? [grid(2, SIZE.body)] : []), grid(1, SIZE.body), grid(1, SIZE.small), grid(1, MIN_TEXT)]);

  const rightX = m + tilesW + 56;
  const rightW = DESIGN.width - m - rightX;
  if (!verdict) {
    const ask = addText(scene, rightX + rightW / 2, top + room / 2, t.sourcesAsk, {
      size: SIZE.heading,
      bold: true,
      color: COLOR.accent,
      width: rightW,
      align: 'center',
    });
    ask.setOrigin(0.5, 0.5);
    if (fresh) {
      // The picks pop in, one tile after another, then the question.
      tiles.forEach((parts, i) => fadeUp(scene, parts, 24, i * 70));
      fadeUp(scene, [ask], 16, tiles.length * 70);
    }
    return;
  }
  const ask = addText(scene, rightX, top, t.sourcesAsk, { size: SIZE.small, bold: true, color: COLOR.accent, width: rightW });
  // One answer: how it went (the catalogue's outcome words). Every team answering: the best answer's letters.
  const word = screen.allTeams ? `${t.bestAnswer}: ${screen.allTeams.best.map((o) => optionLetter(o.n)).join(', ')}` : headlineText(screen.headline);
  const mark = screen.headline.kind === 'outcome' ? OUTCOME_MARK[screen.headline.outcome] : 'supported';
  const stampY = top + ask.height + (room - ask.height) / 2;
  const stamp = addStamp(scene, { cx: rightX + rightW / 2, cy: stampY, word, verdict: mark, size: SIZE.question, maxWidth: rightW - 24 });
  if (fresh) stampIn(scene, stamp.parts);
}

/** Plays objects in from a little below and faint, each from its own drawn place. */
export function fadeUp(scene: Phaser.Scene, parts: readonly Phaser.GameObjects.GameObject[], dy: number, delay: number): void {
  for (const part of parts) {
    const p = part as Phaser.GameObjects.GameObject & { y?: unknown };
    if (typeof p.y !== 'number') continue;
    enterFrom(scene, part, { y: p.y + dy, alpha: 0 }, { duration: MOTION_MS.medium, delay });
  }
}

/** Plays a clipping in from the right, faint, from its own drawn place. */
export function slideIn(scene: Phaser.Scene, parts: readonly Phaser.GameObjects.GameObject[], delay: number): void {
  for (const part of parts) {
    const p = part as Phaser.GameObjects.GameObject & { x?: unknown };
    if (typeof p.x !== 'number') continue;
    enterFrom(scene, part, { x: p.x + 80, alpha: 0 }, { duration: MOTION_MS.long, delay });
  }
}
