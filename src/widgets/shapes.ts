import Phaser from 'phaser';
import type { Speaker, Verdict } from '../core/pack/schema';
import { COLOR, KIND_STYLE, MIN_TEXT, SIZE, TEAM_STYLE, VERDICT_STYLE, hex } from '../platform/theme';
import { teamShapePoints } from '../platform/teamShape';
import { addText, fitText, lineWidth } from './text';
import { t } from '../i18n/strings';
import { isolate } from '../core/pack/textSafety';

/** A verdict drawn as a shape, so it never rests on colour alone. */
export function drawVerdictIcon(scene: Phaser.Scene, cx: number, cy: number, verdict: Verdict, size: number): Phaser.GameObjects.Graphics {
  const { color, icon } = VERDICT_STYLE[verdict];
  const g = scene.add.graphics();
  const r = size / 2;
  g.fillStyle(hex(color), 1).fillCircle(cx, cy, r);
  g.lineStyle(Math.max(4, size * 0.12), hex(COLOR.paperInk), 1);
  const k = r * 0.5;
  if (icon === 'check') {
    g.beginPath()
      .moveTo(cx - k, cy)
      .lineTo(cx - k * 0.25, cy + k * 0.75)
      .lineTo(cx + k, cy - k * 0.7)
      .strokePath();
  } else if (icon === 'cross') {
    g.lineBetween(cx - k, cy - k, cx + k, cy + k).lineBetween(cx - k, cy + k, cx + k, cy - k);
  } else if (icon === 'half') {
    g.fillStyle(hex(COLOR.paperInk), 1);
    g.slice(cx, cy, r * 0.62, Math.PI / 2, (3 * Math.PI) / 2, false).fillPath();
    g.strokeCircle(cx, cy, r * 0.62);
  } else {
    // A question mark: an arc and a dot.
    g.beginPath()
      .arc(cx, cy - k * 0.35, k * 0.6, Math.PI * 1.05, Math.PI * 2.45, false)
      .strokePath();
    g.lineBetween(cx, cy + k * 0.15, cx, cy + k * 0.45);
    g.fillStyle(hex(COLOR.paperInk), 1).fillCircle(cx, cy + k * 0.85, size * 0.07);
  }
  return g;
}

/** Initials of a name's capitalised words ("Voice of America" → "VA"); an acronym stays whole ("BBC"). */
export function initials(name: string): string {
  const words = name
    .replace(/[^\p{L}\s-]/gu, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 1) return words[0]!.slice(0, 3).toUpperCase();
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  const use = capitalised.length >= 2 ? capitalised : words;
  return [use[0]!, use[use.length - 1]!].map((w) => w[0]!.toUpperCase()).join('');
}

/** A speaker as a badge: shape and colour by kind (expert, official, outlet), initials inside. */
/** With `neutral`, the badge hides the speaker's kind (for rounds that ask the player to tell it). */
export function drawSpeakerBadge(
  scene: Phaser.Scene,
  cx: number,
  cy: number,
  speaker: Speaker,
  size: number,
  neutral = false,
): Phaser.GameObjects.GameObject[] {
  const { color, shape } = neutral ? { color: COLOR.inkMuted, shape: 'circle' as const } : KIND_STYLE[speaker.kind];
  // The initials fit inside the shape: the preset's size down to the floor, and where even the
  // floor is too wide (three letters in a small badge) the badge grows round them rather than
  // letting them spill. The room is the shape's width across its middle, less a margin.
  const across = shape === 'hexagon' ? 0.78 : 0.84;
  const mark = initials(speaker.name);
  let textSize = Math.max(MIN_TEXT, Math.min(SIZE.small, Math.round(size * 0.4)));
  while (textSize > MIN_TEXT && lineWidth(mark, { size: textSize, bold: true }) > size * across) textSize -= 2;
  textSize = Math.max(MIN_TEXT, textSize);
  size = Math.max(size, Math.ceil(lineWidth(mark, { size: textSize, bold: true }) / across), Math.ceil(textSize / across));
  const g = scene.add.graphics();
  const r = size / 2;
  g.fillStyle(hex(color), 1).lineStyle(4, hex(COLOR.paperInk), 1);
  if (shape === 'circle') {
    g.fillCircle(cx, cy, r).strokeCircle(cx, cy, r);
  } else if (shape === 'square') {
    g.fillRoundedRect(cx - r, cy - r, size, size, size * 0.12).strokeRoundedRect(cx - r, cy - r, size, size, size * 0.12);
  } else {
    const pts = Array.from({ length: 6 }, (_, i) => {
      const a = Math.PI / 6 + (i * Math.PI) / 3;
      return new Phaser.Math.Vector2(cx + r * Math.cos(a), cy + r * Math.sin(a));
    });
    g.fillPoints(pts, true).strokePoints(pts, true);
  }
  const label = addText(scene, cx, cy, mark, { size: textSize, bold: true, color: COLOR.paperInk });
  label.setOrigin(0.5);
  return [g, label];
}

/**
 * A speaker's name plate, as on a hearing-room desk: the initials badge (shape and colour by
 * kind), the name, and the role with the kind. No photographs: the badge stands for the person.
 * Drawn on paper with the page's ink, so it reads the same in both themes. Returns its height.
 */
export function drawNamePlate(scene: Phaser.Scene, x: number, y: number, width: number, speaker: Speaker, size: number = SIZE.small): number {
  const badge = Math.max(80, Math.round(size * 2));
  const pad = 14;
  const tx = x + pad + badge + 16;
  const tw = x + width - pad - tx;
  const name = addText(scene, tx, y + pad, fitLine(speaker.name, tw, size), { size, bold: true, color: COLOR.paperInk });
  // The kind first, so it shows however long the role; the role (isolated) after it, two lines at most.
  const roleLine = [t.kind[speaker.kind], speaker.role ? isolate(speaker.role) : ''].filter(Boolean).join(' · ');
  // Cut with an ellipsis, never silently: a role that stops mid-phrase ("of the Inter-American") would misstate it.
  const role = addText(scene, tx, name.y + name.height, fitText(roleLine, tw, 2, { size }), { size, color: '#1c2a44', width: tw });
  // Every plate in a row is as tall as three lines, so a row of them lines up.
  const height = Math.max(badge + pad * 2, role.y + role.height + pad - y, pad * 2 + name.height * 3);
  const g = scene.add.graphics().setDepth(-1);
  g.fillStyle(hex(COLOR.paper), 1).fillRoundedRect(x, y, width, height, 12);
  // The plate's brass edge along the top.
  g.fillStyle(hex(COLOR.accentFill), 1).fillRoundedRect(x, y, width, 10, { tl: 12, tr: 12, bl: 0, br: 0 });
  g.lineStyle(3, hex(COLOR.paperInk), 1).strokeRoundedRect(x, y, width, height, 12);
  drawSpeakerBadge(scene, x + pad + badge / 2, y + height / 2, speaker, badge);
  return height;
}

/** A name on one line: cut with "…" when even the plate's width cannot hold it. */
function fitLine(text: string, width: number, size: number): string {
  if (lineWidth(text, { size, bold: true }) <= width) return text;
  let cut = text;
  while (cut.length > 1 && lineWidth(`${cut}…`, { size, bold: true }) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function panel(scene: Phaser.Scene, x: number, y: number, w: number, h: number, fill: string, stroke?: string): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(hex(fill), 1).fillRoundedRect(x, y, w, h, 18);
  if (stroke) g.lineStyle(4, hex(stroke), 1).strokeRoundedRect(x, y, w, h, 18);
  return g;
}

/** A team's mark: its colour, its shape and its number, so colour is never the only sign. */
export function drawTeamBadge(scene: Phaser.Scene, cx: number, cy: number, team: number, size: number): void {
  const style = TEAM_STYLE[team % TEAM_STYLE.length]!;
  // The digit fits inside the shape: three quarters of the badge, between the floor and the preset's
  // small size; where the floor is still too big for a small badge, the badge grows round it.
  // (A triangle's inside is narrower, so its digit takes less of it.)
  const share = style.shape === 'triangle' ? 0.6 : 0.75;
  const digitSize = Math.max(MIN_TEXT, Math.min(SIZE.small, Math.round(size * share)));
  size = Math.max(size, Math.ceil(digitSize / share));
  const g = scene.add.graphics();
  const r = size / 2;
  g.fillStyle(hex(style.color), 1).lineStyle(4, hex(COLOR.paperInk), 1);
  const pts = teamShapePoints(style.shape, cx, cy, r)?.map((p) => new Phaser.Math.Vector2(p.x, p.y));
  if (!pts) g.fillCircle(cx, cy, r).strokeCircle(cx, cy, r);
  else g.fillPoints(pts, true).strokePoints(pts, true);
  // The triangle's letter sits lower, where the shape is wide.
  const ly = style.shape === 'triangle' ? cy + r * 0.2 : cy;
  addText(scene, cx, ly, String(team + 1), { size: digitSize, bold: true, color: COLOR.paperInk }).setOrigin(0.5);
}

/**
 * The keyboard cursor on a list (setup, the question list): a thick ring in the focus colour
 * outside the row and a solid tab down its left edge, drawn over a row filled `COLOR.selected`,
 * so it reads from the back of the room at least as strongly as a selected answer card.
 */
export function drawCursor(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number): void {
  g.lineStyle(10, hex(COLOR.focus), 1).strokeRoundedRect(x - 6, y - 6, w + 12, h + 12, 22);
  g.fillStyle(hex(COLOR.focus), 1).fillRoundedRect(x, y, 14, h, { tl: 18, bl: 18, tr: 0, br: 0 });
}
