import type Phaser from 'phaser';
import type { Speaker } from '../core/pack/schema';
import { COLOR, SIZE, hex } from '../platform/theme';
import { addText } from './text';
import { drawSpeakerBadge, drawTeamBadge } from './shapes';
import { onTap } from './tap';
import { nameAndRole, roleAndKind } from '../i18n/attribution';

export interface AnswerCardSpec {
  x: number;
  y: number;
  width: number;
  /** Minimum height; the card grows to fit its text. */
  minHeight?: number;
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
  onClick: () => void;
}

export interface AnswerCard {
  height: number;
  setSelected(selected: boolean): void;
}

/** One answer: a key letter, the text, and a clear selected state (border, fill and a tick). */
export function addAnswerCard(scene: Phaser.Scene, spec: AnswerCardSpec): AnswerCard {
  const { x, y, width } = spec;
  const keyBox = 76;
  const pad = spec.pad ?? 22;
  const textX = x + pad + keyBox + 28 + (spec.speaker ? 108 : 0);
  const textWidth = x + width - pad - textX - (spec.teams !== undefined ? 140 : 0);
  const main = addText(scene, textX, y + pad, spec.text, { size: spec.textSize ?? SIZE.body, bold: !!spec.speaker && !spec.quoted, width: textWidth });
  let contentHeight = main.height;
  if (spec.speaker) {
    // The pack's name and role are isolated (i18n/attribution): a right-to-left role keeps its direction to itself.
    const role = spec.quoted ? nameAndRole(spec.speaker) : roleAndKind(spec.speaker, spec.kindHidden, ' · ');
    // The role line never outgrows the answer it belongs to (a dense layout shrinks both).
    const roleSize = Math.min(SIZE.small, spec.textSize ?? SIZE.small);
    const roleText = addText(scene, textX, y + pad + main.height + 4, role, { size: roleSize, color: COLOR.inkMuted, width: textWidth });
    contentHeight += roleText.height + 4;
  }
  const height = Math.max(spec.minHeight ?? 0, contentHeight + pad * 2, keyBox + pad * 2);
  main.setY(Math.round(y + pad + Math.max(0, (height - pad * 2 - contentHeight) / 2)));

  const bg = scene.add.graphics().setDepth(-1);
  const key = scene.add.graphics();
  const keyText = addText(scene, x + pad + keyBox / 2, y + height / 2, spec.keyLabel, { size: SIZE.body, bold: true, color: COLOR.paperInk });
  keyText.setOrigin(0.5);
  (spec.teams ?? []).forEach((team, i) => drawTeamBadge(scene, x + width - 110 - i * 64, y + height / 2, team, 52));
  if (spec.speaker) drawSpeakerBadge(scene, x + pad + keyBox + 28 + 44, y + height / 2, spec.speaker, 88, spec.kindHidden);

  let hover = false;
  let selected = false;
  const draw = () => {
    bg.clear();
    bg.fillStyle(hex(selected ? COLOR.selected : hover ? COLOR.panelRaised : COLOR.panel), 1).fillRoundedRect(x, y, width, height, 20);
    bg.lineStyle(selected ? 8 : 3, hex(selected ? COLOR.focus : COLOR.inkMuted), 1).strokeRoundedRect(x, y, width, height, 20);
    key.clear();
    const kx = x + pad;
    const ky = y + (height - keyBox) / 2;
    // A light key under dark lettering in either theme, outlined so it shows on a white card.
    key.fillStyle(hex(selected ? COLOR.hoverFill : COLOR.paper), 1).lineStyle(3, hex(COLOR.paperInk), 1);
    if (spec.multi) key.fillRoundedRect(kx, ky, keyBox, keyBox, 10).strokeRoundedRect(kx, ky, keyBox, keyBox, 10);
    else key.fillCircle(kx + keyBox / 2, ky + keyBox / 2, keyBox / 2).strokeCircle(kx + keyBox / 2, ky + keyBox / 2, keyBox / 2);
    if (selected) {
      // A tick beside the key, so "picked" is a shape as well as a colour.
      key.lineStyle(8, hex(COLOR.focus), 1);
      key
        .beginPath()
        .moveTo(x + width - 70, y + 24)
        .lineTo(x + width - 56, y + 40)
        .lineTo(x + width - 30, y + 12)
        .strokePath();
    }
  };
  draw();
  const zone = scene.add.zone(x, y, width, height).setOrigin(0).setName(spec.name).setInteractive({ useHandCursor: true });
  zone.on('pointerover', () => ((hover = true), draw()));
  zone.on('pointerout', () => ((hover = false), draw()));
  onTap(zone, spec.onClick);
  return {
    height,
    setSelected(value: boolean) {
      selected = value;
      draw();
    },
  };
}
