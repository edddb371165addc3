import type Phaser from 'phaser';
import type { TeamsReveal, WhyWrong } from '../core/screens/teamsReveal';
import { OUTCOME_MARK } from '../core/rules/scoring';
import { drawTeamBadge, drawVerdictIcon, panel } from './shapes';
import { t } from '../i18n/strings';
import { teamName } from '../i18n/teamName';
import { optionLabel, optionLetter } from '../i18n/optionLabel';
import { outcomeWord } from '../i18n/outcomeText';
import { addText, clipName, lineWidth, type TextObject } from './text';
import { COLOR, SIZE, VERDICT_STYLE } from '../platform/theme';
import { sureRowNote } from '../i18n/sureText';

/** A number on screen that may count up to what it shows (platform/motion's countUp). */
export interface Counter {
  text: TextObject;
  to: number;
  format: (n: number) => string;
}

/**
 * The left column of a reveal where every team answered: the best answer with its
 * explanation, then one row per team — badge, name, what it chose, how that went (word and
 * mark) and its points. Returns the height used; `size` is the type size the caller fits.
 */
export function addTeamsAnswers(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  r: TeamsReveal,
  names: readonly string[],
  size: number,
  /** At the larger presets the explanation has the evidence column's first page instead. */
  withExplanation = true,
  /** Each team's points, for the caller to count up. */
  counters?: Counter[],
): number {
  const from = y;
  const label = addText(scene, x + 24, y + 16, t.bestAnswer, { size: SIZE.small, bold: true, color: COLOR.verdictText.supported });
  let by = y + 16 + label.height + 4;
  for (const o of r.best) by += addText(scene, x + 24, by, `${optionLetter(o.n)}. ${optionLabel(o)}`, { size, bold: true, width: width - 48 }).height + 4;
  if (withExplanation) {
    by += 8;
    by += addText(scene, x + 24, by, r.bestExplanation, { size, color: COLOR.inkMuted, width: width - 48, lineSpacing: 6 }).height;
  } else by -= 4;
  panel(scene, x, y, width, by - y + 16, COLOR.panel, VERDICT_STYLE.supported.color).setDepth(-1);
  y = by + 40;
  const badge = Math.max(48, Math.round(size * 1.3));
  for (const row of r.rows) {
    const mark = OUTCOME_MARK[row.outcome];
    drawTeamBadge(scene, x + badge / 2, y + badge / 2, row.team, badge);
    const style = { size, bold: true };
    // What it chose, by the letter on screen (the options' words are in the best answer and beside "why").
    const chose = row.picked.length ? row.picked.map((o) => optionLetter(o.n)).join(', ') : t.noAnswer;
    const right = x + width;
    const resultOf = (n: number) => `${chose} · ${outcomeWord(row.outcome)} · ${t.gained(n)}${sureRowNote(row.sure)}`;
    const result = resultOf(row.score);
    const icon = Math.round(size * 1.1);
    const nameX = x + badge + 16;
    // The name takes what is left, shortened only if it must be; when that leaves too little
    // (the larger presets), the name has its line and the result goes on the next.
    const resW = lineWidth(result, style);
    const besideRoom = right - resW - 24 - icon - 16 - nameX;
    const full = teamName(names, row.team);
    const twoLines = besideRoom < Math.min(lineWidth(full, style), size * 6);
    const name = addText(scene, nameX, y, clipName(full, twoLines ? right - nameX : besideRoom, style), style);
    const ry = twoLines ? y + name.height + 4 : y;
    const res = addText(scene, right, ry, result, { size, bold: true, color: COLOR.verdictText[mark] }).setOrigin(1, 0);
    counters?.push({ text: res, to: row.score, format: resultOf });
    drawVerdictIcon(scene, right - res.width - 12 - icon / 2, ry + res.height / 2, mark, icon);
    y += Math.max(badge, twoLines ? name.height + 4 + res.height : Math.max(name.height, res.height)) + 14;
  }
  return y - 14 - from;
}

/** Each wrong option some team chose, with the teams that chose it and one line on why it fails. Returns the height. */
export function addWhyWrong(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  items: readonly WhyWrong[],
  names: readonly string[],
  size: number,
): number {
  const from = y;
  for (const w of items) {
    const head = addText(scene, x, y, `${optionLetter(w.option.n)}. ${optionLabel(w.option)} (${w.teams.map((k) => teamName(names, k)).join(', ')})`, {
      size,
      bold: true,
      width,
    });
    const why = addText(scene, x, y + head.height + 4, w.why, { size, color: COLOR.inkMuted, width });
    y = why.y + why.height + 20;
  }
  return y - 20 - from;
}
