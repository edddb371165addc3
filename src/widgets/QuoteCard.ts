import type Phaser from 'phaser';
import type { QuoteView } from '../core/screens/screen';
import { COLOR, SIZE, hex } from '../platform/theme';
import { addText } from './text';
import { drawSpeakerBadge } from './shapes';
import { t } from '../i18n/strings';
import { attribution } from '../i18n/attribution';

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

/** A quote on paper: the exact words large, then who said it, their role, and where. */
export function addQuoteCard(scene: Phaser.Scene, spec: QuoteCardSpec): { height: number } {
  const { x, y, width, view } = spec;
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
  const sub = [t.kind[view.speaker.kind], spec.reported ? t.asReported(spec.reported) : ''].filter(Boolean).join(' · ');
  const meta = addText(scene, x + pad + badge + 24, by + who.height + 4, sub, { size: small, color: '#33415c', width: width - pad * 2 - badge - 24 });
  const footer = Math.max(badge, who.height + meta.height + 4);
  const height = pad + quote.height + 20 + footer + pad;
  const bg = scene.add.graphics().setDepth(-1);
  bg.fillStyle(hex(COLOR.paper), 1).fillRoundedRect(x, y, width, height, 16);
  bg.fillStyle(hex(COLOR.accent), 1).fillRect(x, y + 16, 12, height - 32);
  drawSpeakerBadge(scene, x + pad + badge / 2, by + footer / 2, view.speaker, badge);
  return { height };
}
