import Phaser from 'phaser';
import type { Speaker } from '../core/pack/schema';
import { OUTCOME_MARK, type ScoredOutcome } from '../core/rules/scoring';
import { COLOR, SIZE, hex, tileStyle } from '../platform/theme';
import { teamShapePoints } from '../platform/teamShape';
import { enterFrom, stampIn, MOTION_MS } from '../platform/motion';
import { addText, type TextObject } from './text';
import { drawSpeakerBadge, drawTeamBadge, drawVerdictIcon } from './shapes';
import { onTap } from './tap';
import { nameAndRole, roleAndKind } from '../i18n/attribution';

export interface AnswerCardSpec {
  x: number;
  y: number;
  width: number;
  /** Minimum height; the card grows to fit its text. */
  minHeight?: number;
  /** The option's place on screen (1-based): its tile's colour and shape (theme's TILE_STYLE), never its answer. */
  n: number;
  keyLabel: string;
  text: string;
  /** For "who said it?" cards: the badge and role line. */
  speaker?: Speaker;
  multi: boolean;
  name: string;
  /** Body size; long quote answers drop to the 36 px floor when nothing else fits. */
  textSize?: number;
  /** Inner padding; tighter in the dense fallback layout. */
  pad?: number;
  /** All teams answer: the teams that picked this answer, shown as their badges. */
  teams?: number[];
  /** For quote answers: the speaker line shows who said it as well as their role. */
  quoted?: boolean;
  /** The speaker's kind is the question ("which is the stronger source?"): a neutral badge and the role alone. */
  kindHidden?: boolean;
  /**
   * On a reveal: how this tile was judged (from the screen model: `OptionView.judged`, or
   * 'right' for a best answer). It gets the outcome's mark at its right and a ring in the
   * outcome's colour, so right and wrong differ at a glance by shape as well as colour.
   */
  judged?: ScoredOutcome;
  /**
   * At the verdict, a tile with no mark (neither a best answer nor anyone's pick) steps back: the
   * page's panel colour with its ink, its colour kept on the key's shape (so "the green square"
   * still names it). A green or yellow tile left bright beside the verdict's green tick and yellow
   * half read as right or half right.
   */
  muted?: boolean;
  onClick?: () => void;
}

export interface AnswerCard {
  height: number;
  /** Shows the pick; with `animate`, a change to picked plays a short press (never on a redraw). */
  setSelected(selected: boolean, animate?: boolean): void;
}

/**
 * The key shape's size for a tile's text size: its letter is 80% of the text (never under the
 * 36 px floor) and fits inside the narrowest shape (the triangle), so dense layouts get a smaller key.
 */
export const tileKeyBox = (textSize: number = SIZE.body): number => Math.ceil(Math.max(36, textSize * 0.8) / 0.45);

/**
 * One answer as a tile: its own colour, shape and letter by place (so a team can say "the blue
 * diamond"), the text in the tile's ink (7:1 on its colour), and a picked state that is a ring,
 * a frame inside the edge and a dot (over a pick-many tile's box), never colour alone.
 */
export function addAnswerCard(scene: Phaser.Scene, spec: AnswerCardSpec): AnswerCard {
  const { x, y, width } = spec;
  const own = tileStyle(spec.n);
  // A muted tile: the panel's fill and ink; its own colour and ink change places on the key.
  const style = spec.muted ? { ...own, color: COLOR.panel, ink: COLOR.ink } : own;
  const keyFill = spec.muted ? own.color : own.ink;
  const keyLetter = spec.muted ? own.ink : own.color;
  const keyBox = tileKeyBox(spec.textSize);
  const pad = spec.pad ?? 22;
  const judgedRoom = spec.judged ? 96 : 0;
  const gap = pad < 22 ? 16 : 24;
  const textX = x + pad + keyBox + gap + (spec.speaker ? 108 : 0);
  const textWidth = x + width - pad - textX - judgedRoom - (spec.teams !== undefined ? 140 : 0);
  const main = addText(scene, textX, y + pad, spec.text, { size: spec.textSize ?? SIZE.body, bold: true, width: textWidth, color: style.ink });
  let contentHeight = main.height;
  let roleText: TextObject | null = null;
  if (spec.speaker) {
    // The pack's name and role are isolated (i18n/attribution): a right-to-left role keeps its direction to itself.
    const role = spec.quoted ? nameAndRole(spec.speaker) : roleAndKind(spec.speaker, spec.kindHidden, ' · ');
    // The role line never outgrows the answer it belongs to (a dense layout shrinks both).
    const roleSize = Math.min(SIZE.small, spec.textSize ?? SIZE.small);
    roleText = addText(scene, textX, y + pad + main.height + 4, role, { size: roleSize, color: style.ink, width: textWidth });
    contentHeight += roleText.height + 4;
  }
  const height = Math.max(spec.minHeight ?? 0, contentHeight + pad * 2, keyBox + pad * 2);
  const shift = Math.round(Math.max(0, (height - pad * 2 - contentHeight) / 2));
  main.setY(y + pad + shift);
  roleText?.setY(main.y + main.height + 4);

  const bg = scene.add.graphics().setDepth(-1);
  // The key: the tile's shape in its ink, the letter in the tile's colour inside it (the same 7:1 pair).
  const kcx = x + pad + keyBox / 2;
  const kcy = y + height / 2;
  const key = scene.add.graphics();
  key.fillStyle(hex(keyFill), 1);
  const pts = teamShapePoints(style.shape, kcx, kcy, keyBox / 2)?.map((p) => new Phaser.Math.Vector2(p.x, p.y));
  if (pts) key.fillPoints(pts, true);
  else key.fillCircle(kcx, kcy, keyBox / 2);
  // On the panel a dark tile colour would lose its edge: the shape gets an outline in the page's ink.
  if (spec.muted) {
    key.lineStyle(3, hex(COLOR.ink), 1);
    if (pts) key.strokePoints(pts, true, true);
    else key.strokeCircle(kcx, kcy, keyBox / 2);
  }
  // A triangle's (and a star's) inside is narrower: the letter is smaller there and sits where the shape is wide.
  const narrow = style.shape === 'triangle' || style.shape === 'star';
  const letterSize = Math.max(36, Math.round(keyBox * (narrow ? 0.45 : 0.55)));
  const letterY = style.shape === 'triangle' ? kcy + keyBox * 0.14 : kcy;
  addText(scene, kcx, letterY, spec.keyLabel, { size: letterSize, bold: true, color: keyLetter }).setOrigin(0.5);
  (spec.teams ?? []).forEach((team, i) => drawTeamBadge(scene, x + width - 110 - judgedRoom - i * 64, y + height / 2, team, 52));
  if (spec.speaker) drawSpeakerBadge(scene, x + pad + keyBox + gap + 44, y + height / 2, spec.speaker, 88, spec.kindHidden);
  if (spec.judged) {
    // The outcome's own mark (tick, half, cross) at the tile's right, on a light disc so it shows on every tile colour.
    const jx = x + width - pad - 40;
    drawVerdictIcon(scene, jx, y + height / 2, OUTCOME_MARK[spec.judged], 76);
  }

  // The picked state, centred on the tile so a press can scale it about the middle: a ring outside the tile and a dot in its corner.
  const cx = x + width / 2;
  const cy = y + height / 2;
  const ring = scene.add.graphics({ x: cx, y: cy }).setVisible(false);
  ring.lineStyle(10, hex(COLOR.focus), 1).strokeRoundedRect(-width / 2 - 10, -height / 2 - 10, width + 20, height + 20, 28);
  // The dot (and a pick-many tile's box) sits on the key's top right corner, clear of the text.
  const tx = kcx + keyBox * 0.42;
  const ty = kcy - keyBox * 0.42;
  const tick = scene.add.graphics({ x: tx, y: ty }).setVisible(false);
  tick.fillStyle(hex(COLOR.paper), 1).lineStyle(4, hex(COLOR.paperInk), 1).fillCircle(0, 0, 21).strokeCircle(0, 0, 21);
  // A filled dot, like a marked ballot, not a tick: before the verdict a tick on the class's pick read as "right".
  tick.fillStyle(hex(COLOR.paperInk), 1).fillCircle(0, 0, 11);
  // Pick-many tiles carry an empty box until picked (the dot over it then): the way to pick several shows before any pick.
  const box = spec.multi ? scene.add.graphics() : null;

  let hover = false;
  let selected = false;
  const draw = () => {
    bg.clear();
    bg.fillStyle(hex(style.color), 1).fillRoundedRect(x, y, width, height, 20);
    // The outline in the page's ink keeps every tile's edge clear of the background in both themes.
    bg.lineStyle(hover || selected ? 6 : 4, hex(COLOR.ink), 1).strokeRoundedRect(x, y, width, height, 20);
    // Picked: a frame inside the edge in the tile's own ink (7:1 on its colour), so the pick shows on every tile whatever the ring's colour.
    if (selected) bg.lineStyle(6, hex(style.ink), 1).strokeRoundedRect(x + 8, y + 8, width - 16, height - 16, 14);
    if (spec.judged) {
      const ring =
        spec.judged === 'right' ? COLOR.verdictText.supported : spec.judged === 'partly' ? COLOR.verdictText.partial : COLOR.verdictText.contradicted;
      bg.lineStyle(10, hex(ring), 1).strokeRoundedRect(x - 10, y - 10, width + 20, height + 20, 28);
      bg.fillStyle(hex(COLOR.paper), 1).lineStyle(3, hex(COLOR.paperInk), 1);
      bg.fillCircle(x + width - pad - 40, y + height / 2, 44).strokeCircle(x + width - pad - 40, y + height / 2, 44);
    }
    if (box) {
      box.clear();
      box.fillStyle(hex(COLOR.paper), 1).lineStyle(4, hex(COLOR.paperInk), 1);
      box.fillRoundedRect(tx - 19, ty - 19, 38, 38, 7).strokeRoundedRect(tx - 19, ty - 19, 38, 38, 7);
      box.setVisible(!selected);
    }
    ring.setVisible(selected);
    tick.setVisible(selected);
  };
  draw();
  const zone = scene.add.zone(x, y, width, height).setOrigin(0).setName(spec.name);
  if (spec.onClick) {
    zone.setInteractive({ useHandCursor: true });
    zone.on('pointerover', () => ((hover = true), draw()));
    zone.on('pointerout', () => ((hover = false), draw()));
    onTap(zone, spec.onClick);
  }
  return {
    height,
    setSelected(value: boolean, animate = false) {
      const pressed = value && !selected;
      selected = value;
      draw();
      if (pressed && animate) {
        // A short press: the ring closes in on the tile and the dot lands (about their centres, inside the tile's bounds).
        enterFrom(scene, ring, { scale: 1.06, alpha: 0 }, { duration: MOTION_MS.short });
        stampIn(scene, tick, { duration: MOTION_MS.short });
      }
    },
  };
}
