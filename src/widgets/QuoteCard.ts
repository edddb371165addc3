import type Phaser from 'phaser';
import type { QuoteView } from '../core/screens/screen';
import { COLOR, SIZE, hex } from '../platform/theme';
import { addText } from './text';
import { drawSpeakerBadge } from './shapes';
import { t } from '../i18n/strings';
import { attribution, quoteKind } from '../i18n/attribution';

export interface QuoteCardSpec {
  x: number;
  y: number;
  width: number;
  view: QuoteView;
  /** "as reported in Feb 2025": the game scores against what was said then. */
  reported?: string;
  quoteSize?: number;
  /** The attribution's size (the preset's small size unless a crowded screen needs less). */
  textSize?: number;
}

/**
 * A quote as a press clipping: paper cut with a zigzag edge top and bottom and a folded corner,
 * the exact words large, then the attribution line: a name plate with the initials badge, who
 * said it, their role and where, their kind. `parts` are its objects, for an entrance.
 */
export function addQuoteCard(scene: Phaser.Scene, spec: QuoteCardSpec): { height: number; parts: Phaser.GameObjects.GameObject[] } {
  const { x, y, width, view } = spec;
  const first = scene.children.list.length;
  const pad = 32;
  const badge = 96;
  const quote = addText(scene, x + pad + 8, y + pad, `“${view.quote.text}”`, {
    size: spec.quoteSize ?? 48,
    color: COLOR.paperInk,
    width: width - pad * 2 - 8,
    bold: true,
  });
  const by = y + pad + quote.height + 20;
  const small = spec.textSize ?? SIZE.small;
  const who = addText(scene, x + pad + badge + 24, by, attribution(view), {
    size: small,
    bold: true,
    color: COLOR.paperInk,
    width: width - pad * 2 - badge - 24,
  });
  const sub = [quoteKind(view), spec.reported ? t.asReported(spec.reported) : ''].filter(Boolean).join(' · ');
  const meta = addText(scene, x + pad + badge + 24, by + who.height + 4, sub, { size: small, color: '#33415c', width: width - pad * 2 - badge - 24 });
  const footer = Math.max(badge, who.height + meta.height + 4);
  const height = pad + quote.height + 20 + footer + pad;
  const bg = scene.add.graphics().setDepth(-1);
  bg.fillStyle(hex(COLOR.paper), 1).fillPoints(clippingOutline(x, y, width, height) as Phaser.Math.Vector2[], true);
  // The folded corner, and the press-gold rule down the cut's left side.
  const fold = 34;
  bg.fillStyle(hex(COLOR.paperInk), 0.16).fillTriangle(x + width - fold, y + 12, x + width, y + 12 + fold, x + width - fold, y + 12 + fold);
  bg.fillStyle(hex(COLOR.accent), 1).fillRect(x, y + 22, 12, height - 44);
  // The name plate under the attribution line, with the initials badge at its start.
  bg.fillStyle(hex(COLOR.paperInk), 0.08).fillRoundedRect(x + pad - 8, by - 8, width - pad * 2 + 16, footer + 16, 12);
  bg.lineStyle(2, hex(COLOR.paperInk), 0.35).strokeRoundedRect(x + pad - 8, by - 8, width - pad * 2 + 16, footer + 16, 12);
  drawSpeakerBadge(scene, x + pad + badge / 2, by + footer / 2, view.speaker, badge);
  return { height, parts: scene.children.list.slice(first) };
}

/** The clipping's outline: straight sides, a zigzag cut along the top and the bottom (inside the box), a corner folded off. */
function clippingOutline(x: number, y: number, width: number, height: number): { x: number; y: number }[] {
  const tooth = 12;
  const depth = 10;
  const fold = 34;
  const points: { x: number; y: number }[] = [];
  const teeth = Math.max(2, Math.round((width - fold) / (tooth * 2)));
  const step = (width - fold) / teeth;
  for (let i = 0; i <= teeth; i++) {
    points.push({ x: x + i * step, y: y + (i % 2 === 0 ? depth : 0) + 2 });
  }
  points.push({ x: x + width, y: y + 12 + fold });
  const bottomTeeth = Math.max(2, Math.round(width / (tooth * 2)));
  const bottomStep = width / bottomTeeth;
  for (let i = bottomTeeth; i >= 0; i--) points.push({ x: x + i * bottomStep, y: y + height - (i % 2 === 0 ? depth : 0) - 2 });
  return points;
}
