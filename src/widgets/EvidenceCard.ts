import type Phaser from 'phaser';
import type { CardView } from '../core/screens/debateScreen';
import { drawSpeakerBadge, drawTeamBadge } from './shapes';
import { t } from '../i18n/strings';
import { onTap } from './tap';
import { addText, oneLine } from './text';
import { markLabel } from '../i18n/cardMarks';
import { nameAndRole } from '../i18n/attribution';
import { COLOR, SIZE, TEAM_STYLE, hex } from '../platform/theme';

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
  /** A row's type size (the preset's small size unless a long hand needs the floor). */
  rowSize?: number;
  /** The class's team names, for "played by …". */
  teamNames?: readonly string[];
}

/** The team that played a card, if a team did (solo play names none), and whether it was played at all. */
function playedOf(card: CardView): { played: boolean; team: number | null } {
  const m = card.marks.find((x) => x.kind === 'played');
  return { played: !!m, team: m?.team ?? null };
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
  for (const m of card.marks) {
    // A team's badge beside its name; solo play has no team, so the word stands alone.
    const lx = m.team === null ? tx : tx + 52;
    if (m.team !== null) drawTeamBadge(scene, tx + 20, bottom + 30, m.team, 40);
    const o = { size: SIZE.small, bold: true } as const;
    addText(scene, lx, bottom + 10, oneLine(markLabel(m, spec.teamNames ?? []), x + width - pad - lx, o), { ...o, color: COLOR.paperInk });
    bottom += 52;
  }
  // Room under the badge for the key letter.
  const height = Math.max(spec.minHeight ?? 0, bottom - y + pad, pad * 2 + badge + 52);
  const bg = scene.add.graphics().setDepth(-1);
  const played = playedOf(card);
  const faded = card.marks.length > 0 && !played.played;
  bg.fillStyle(hex(faded ? '#e4dccb' : COLOR.paper), 1).fillRoundedRect(x, y, width, height, 16);
  // A card a team played takes its team's colour; one picked or played solo, the accent.
  const edge = played.team !== null ? TEAM_STYLE[played.team % TEAM_STYLE.length]!.color : COLOR.accent;
  if (card.selected || played.played) bg.lineStyle(8, hex(edge), 1).strokeRoundedRect(x, y, width, height, 16);
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
  // The name and role; the badge's shape and colour say the kind (with the kind in words too, a
  // hand of long roles outgrew the Extra large screen).
  return card.quote ? nameAndRole(card.quote.speaker, true) : `${t.narration} (${t.notASource})`;
}

/** The same card as a single row: key, the words, and who said them. */
function addEvidenceRow(scene: Phaser.Scene, spec: EvidenceCardSpec): { height: number } {
  const { x, y, width, card } = spec;
  const pad = 6;
  const size = spec.rowSize ?? SIZE.small;
  const key = addText(scene, x + 20, y + pad, spec.keyLabel, { size, bold: true, color: COLOR.paperInk });
  // What happened to it runs on after the words, not on a line of its own: a long hand in rows
  // has no room for an extra line per played card. One word at most ("Conceded" over "Played";
  // the border in the playing team's colour says it was played), so the room kept stays short.
  const mark = card.marks.find((m) => m.kind === 'conceded') ?? card.marks[0];
  const status = mark ? markLabel({ ...mark, team: null }, []) : '';
  const text = addText(scene, x + 64, y + pad, `“${card.text}” — ${whoOf(card)}${status ? `  ·  ${status}` : ''}`, {
    size,
    color: COLOR.paperInk,
    width: width - 84,
    italic: !card.quote,
  });
  const height = Math.max(spec.minHeight ?? 0, text.height + pad * 2);
  text.setY(y + (height - text.height) / 2);
  const bg = scene.add.graphics().setDepth(-1);
  const played = playedOf(card);
  bg.fillStyle(hex(card.marks.length > 0 && !played.played ? '#e4dccb' : COLOR.paper), 1).fillRoundedRect(x, y, width, height, 12);
  const edge = played.team !== null ? TEAM_STYLE[played.team % TEAM_STYLE.length]!.color : COLOR.accent;
  if (card.selected || played.played) bg.lineStyle(8, hex(edge), 1).strokeRoundedRect(x, y, width, height, 12);
  key.setY(y + (height - key.height) / 2);
  if (spec.onClick) {
    const zone = scene.add.zone(x, y, width, height).setOrigin(0).setName(`card:${card.id}`).setInteractive({ useHandCursor: true });
    onTap(zone, spec.onClick);
  }
  return { height };
}
