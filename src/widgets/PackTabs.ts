import type Phaser from 'phaser';
import type { Pack } from '../core/pack/schema';
import { t } from '../i18n/strings';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { listPage, PACK_TABS_PER_PAGE } from '../state/listPages';
import { panel } from './shapes';
import { onTap } from './tap';
import { addText, fitText, lineWidth } from './text';

interface PackTabs {
  packs: readonly Pack[];
  chosen: Pack;
  /** The row's left and width (the pack panel's), and the bottom of what is above it. */
  px: number;
  pw: number;
  top: number;
  /** The top of the ways to play below: a tab takes two lines only where they stand clear of it. */
  playTop: number;
  choose: (id: string) => void;
}

/**
 * The title's pack tabs: one per pack, keyed 1–9 (and ↑ ↓ through them all); the chosen one is
 * highlighted. A long title takes a second line (every tab then grows with it) and only past
 * that ends in "…". More packs than a row holds: the row shows the chosen pack's page
 * (state/listPages.ts) and ends in a tab to the next page. Returns the row's bottom.
 */
export function drawPackTabs(scene: Phaser.Scene, o: PackTabs): number {
  const cx = DESIGN.width / 2;
  const gap = 20;
  const shown = listPage(o.packs.length, PACK_TABS_PER_PAGE, o.packs.indexOf(o.chosen));
  const onPage = o.packs.slice(shown.from, shown.to);
  const pagerStyle = { size: SIZE.small, bold: true };
  const pagerLabel = `${t.pageOf(shown.page + 1, shown.pages)} →`;
  const pagerW = shown.pages > 1 ? lineWidth(pagerLabel, pagerStyle) + 40 + gap : 0;
  const slots = shown.pages > 1 ? PACK_TABS_PER_PAGE : onPage.length;
  const tabW = Math.min(740, (o.pw - pagerW - gap * (slots - 1)) / slots);
  const tabY = o.top + 24;
  // Two lines only where they stand clear of the ways to play below.
  const lines = tabY + 124 <= o.playTop - 16 ? 2 : 1;
  const labels = onPage.map((p, k) => {
    const style = { size: SIZE.small, bold: p === o.chosen };
    return {
      style,
      text: fitText(`${shown.from + k + 1}. ${p.manifest.fiction ? `${t.fictionShort}: ` : ''}${p.manifest.title}`, tabW - 40, lines, style),
    };
  });
  const tabH = labels.some((l) => l.text.includes('\n')) ? 124 : 80;
  let tx = shown.pages > 1 ? o.px : cx - (tabW * onPage.length + gap * (onPage.length - 1)) / 2;
  onPage.forEach((p, k) => {
    const chosen = p === o.chosen;
    const g = panel(scene, tx, tabY, tabW, tabH, chosen ? COLOR.selected : COLOR.panel, chosen ? COLOR.focus : COLOR.inkMuted);
    if (chosen) g.lineStyle(6, hex(COLOR.focus), 1).strokeRoundedRect(tx, tabY, tabW, tabH, 18);
    const label = labels[k]!;
    const text = addText(scene, tx + 20, tabY, label.text, label.style);
    text.setY(Math.round(tabY + (tabH - text.height) / 2));
    const zone = scene.add.zone(tx, tabY, tabW, tabH).setOrigin(0).setName(`pack:${p.manifest.id}`).setInteractive({ useHandCursor: true });
    onTap(zone, () => o.choose(p.manifest.id));
    tx += tabW + gap;
  });
  if (shown.pages > 1) {
    // The next page's first pack (after the last page, the first page's).
    const nextPack = o.packs[shown.to < o.packs.length ? shown.to : 0]!;
    const w = pagerW - gap;
    const x = o.px + o.pw - w;
    panel(scene, x, tabY, w, tabH, COLOR.panel, COLOR.accent);
    addText(scene, x + 20, tabY, pagerLabel, { ...pagerStyle, color: COLOR.accent }).setY(Math.round(tabY + (tabH - SIZE.small * 1.25) / 2));
    const zone = scene.add.zone(x, tabY, w, tabH).setOrigin(0).setName('action:packs-next').setInteractive({ useHandCursor: true });
    onTap(zone, () => o.choose(nextPack.manifest.id));
  }
  return tabY + tabH;
}
