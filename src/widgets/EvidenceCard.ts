import type Phaser from 'phaser';
import type { CardView } from '../core/screens/debateScreen';
import { drawSpeakerBadge, drawTeamBadge } from './shapes';
import { t } from '../i18n/strings';
import { onTap } from './tap';
import { addText } from './text';
import { COLOR, SIZE, TEAM_STYLE, hex } from '../platform/theme';
import { teamName } from '../i18n/teamName';

export interface EvidenceCardSpec {
  x: number;
  y: number;
  width: number;
  minHeight?: number;
  keyLabel: string;
  card: CardView;
  onClick?: () => void;
  /** One full-width row instead of a card, for long hands. */
  row?: boolean;
  /** The class's team names, for "played by …". */
  teamNames?: readonly string[];
}

/**
 * An evidence card: who said it (or that it is the article's own narration, and so nobody's
 * words), the words themselves, and its state in the round: picked, played by a team, conceded.
 */
export function addEvidenceCard(scene: Phaser.Scene, spec: EvidenceCardSpec): { height: number } {
  const { x, y, width, card } = spec;
  if (spec.row) return addEvidenceRow(scene, spec);
  const pad = 20;
  const badge = 80;
  const tx = x + pad + badge + 18;
  const tw = x + width - pad - tx;
  const who = whoOf(card);
  const key = addText(scene, x + pad, y + pad - 4, spec.keyLabel, { size: SIZE.small, bold: true, color: COLOR.paperInk });
  const whoText = addText(scene, tx, y + pad - 4, who, { size: SIZE.small, bold: true, color: card.quote ? COLOR.paperInk : '#5c3d00', width: tw });
  const words = addText(scene, tx, whoText.y + whoText.height + 6, `“${card.text}”`, { size: SIZE.small, color: '#1c2a44', width: tw, italic: !card.quote });
  let bottom = words.y + words.height;
  const marks = [
    ...(card.playedBy !== null ? [{ team: card.playedBy, label: t.playedBy(teamName(spec.teamNames ?? [], card.playedBy)) }] : []),
    ...card.concededBy.map((team) => ({ team, label: t.conceded(teamName(spec.teamNames ?? [], team)) })),
  ];
  for (const m of marks) {
    drawTeamBadge(scene, tx + 20, bottom + 30, m.team, 40);
    addText(scene, tx + 52, bottom + 10, m.label, { size: SIZE.small, bold: true, color: COLOR.paperInk });
    bottom += 52;
  }
  // Room under the badge for the key letter.
  const height = Math.max(spec.minHeight ?? 0, bottom - y + pad, pad * 2 + badge + 52);
  const bg = scene.add.graphics().setDepth(-1);
  const faded = card.concededBy.length > 0 && card.playedBy === null;
  bg.fillStyle(hex(faded ? '#e4dccb' : COLOR.paper), 1).fillRoundedRect(x, y, width, height, 16);
  // A played card takes its team's colour; a picked one (solo) the accent.
  const edge = card.playedBy !== null ? TEAM_STYLE[card.playedBy % TEAM_STYLE.length]!.color : COLOR.accent;
  if (card.selected || card.playedBy !== null) bg.lineStyle(8, hex(edge), 1).strokeRoundedRect(x, y, width, height, 16);
  else bg.lineStyle(3, hex(COLOR.paperInk), 1).strokeRoundedRect(x, y, width, height, 16);
  key.setPosition(x + pad + (badge - key.width) / 2, y + height - pad - key.height);
  if (card.quote) drawSpeakerBadge(scene, x + pad + badge / 2, y + pad + badge / 2, card.quote.speaker, badge);
  else {
    // Narration: a plain page mark, no person's badge.
    bg.lineStyle(4, hex('#5c3d00'), 1).strokeRect(x + pad + 12, y + pad + 4, badge - 24, badge - 8);
    bg.lineBetween(x + pad + 20, y + pad + 22, x + pad + badge - 20, y + pad + 22).lineBetween(x + pad + 20, y + pad + 38, x + pad + badge - 20, y + pad + 38);
  }
  if (spec.onClick) {
    const zone = scene.add.zone(x, y, width, height).setOrigin(0).setName(`card:${card.id}`).setInteractive({ useHandCursor: true });
    onTap(zone, spec.onClick);
  }
  return { height };
}

function whoOf(card: CardView): string {
  return card.quote
    ? [card.quote.speaker.name, card.quote.speaker.role ?? t.kind[card.quote.speaker.kind]].filter(Boolean).join(', ')
    : `${t.narration} (${t.notASource})`;
}

/** The same card as a single row: key, the words, and who said them. */
function addEvidenceRow(scene: Phaser.Scene, spec: EvidenceCardSpec): { height: number } {
  const { x, y, width, card } = spec;
  const pad = 6;
  const key = addText(scene, x + 20, y + pad, spec.keyLabel, { size: SIZE.small, bold: true, color: COLOR.paperInk });
  // Who played or conceded it runs on after the words, not on a line of its own: a long hand in
  // rows has no room for an extra line per played card (the cards come in any order).
  const team = card.playedBy ?? card.concededBy[0];
  const names = spec.teamNames ?? [];
  const status =
    team === undefined || team === null
      ? ''
      : card.playedBy !== null
        ? t.playedBy(teamName(names, card.playedBy))
        : t.conceded(teamName(names, card.concededBy[0]!));
  const text = addText(scene, x + 64, y + pad, `“${card.text}” — ${whoOf(card)}${status ? `  ·  ${status}` : ''}`, {
    size: SIZE.small,
    color: COLOR.paperInk,
    width: width - 84,
    italic: !card.quote,
  });
  const height = text.height + pad * 2;
  const bg = scene.add.graphics().setDepth(-1);
  bg.fillStyle(hex(COLOR.paper), 1).fillRoundedRect(x, y, width, height, 12);
  const edge = card.playedBy !== null ? TEAM_STYLE[card.playedBy % TEAM_STYLE.length]!.color : COLOR.accent;
  if (card.selected || card.playedBy !== null) bg.lineStyle(8, hex(edge), 1).strokeRoundedRect(x, y, width, height, 12);
  key.setY(y + (height - key.height) / 2);
  if (spec.onClick) {
    const zone = scene.add.zone(x, y, width, height).setOrigin(0).setName(`card:${card.id}`).setInteractive({ useHandCursor: true });
    onTap(zone, spec.onClick);
  }
  return { height };
}
