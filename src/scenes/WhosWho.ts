import Phaser from 'phaser';
import type { Screen } from '../core/screens/screen';
import type { Group } from '../core/rules/debateScoring';
import type { Speaker } from '../core/pack/schema';
import { drawSpeakerBadge, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { onTap } from '../widgets/tap';
import { addText, shrinkToFit } from '../widgets/text';
import { COLOR, DESIGN, MIN_TEXT, SIZE, hex } from '../platform/theme';
import { optionLetter } from '../i18n/optionLabel';
import { FOOTER_Y, ScreenScene } from './ScreenScene';

/** The next group for a speaker, cycling with each press or click. */
export function nextGroup(g: Group | null): Group {
  return g === 'expert' ? 'official' : 'expert';
}

/** Who's who: drag (or pick, then press a letter) each quote onto its speaker; then sort the speakers. */
export class WhosWho extends ScreenScene {
  constructor() {
    super('WhosWho');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => s.game.draft,
      () => this.draw(),
    );
    // Dropping a dragged quote on a speaker picks that quote up and assigns it, both on the drop:
    // picking it up when the drag starts would redraw the screen under the pointer (any quote
    // but the highlighted one changes the draft) and lose the drag.
    this.input.on('drop', (_p: unknown, obj: Phaser.GameObjects.Zone, target: Phaser.GameObjects.Zone) => {
      if (!target.name.startsWith('speaker:') || !obj.name.startsWith('quote:')) return;
      this.state.dispatch({ type: 'debate', move: { kind: 'hold', quote: obj.name.slice('quote:'.length) } });
      this.state.dispatch({ type: 'debate', move: { kind: 'assign', speaker: target.name.slice('speaker:'.length) } });
    });
  }

  /**
   * A speaker's tile: key, neutral badge, name and role. The role is the clue of the sort, so
   * it is never cut: it wraps to a second line, then shrinks towards the floor, then takes
   * more lines; the tile grows to hold it. Returns the zone and the tile's height.
   */
  private speakerTile(
    x: number,
    y: number,
    w: number,
    key: string,
    sp: Speaker,
    sub: string,
    onClick: () => void,
    highlight: boolean,
    size: number,
    compact: boolean,
  ): { zone: Phaser.GameObjects.Zone; height: number } {
    // Compact (the last resort of a crowded screen): no badge, so the role has the room.
    const tx = x + (compact ? 64 : 152);
    const textW = x + w - 18 - tx;
    const name = shrinkToFit(sp.name, textW, 1, { size, bold: true }, MIN_TEXT);
    const nameText = addText(this, tx, y + 12, name.text, { size: name.size, bold: true });
    let h = nameText.height + 24;
    if (sub) {
      const role = shrinkToFit(sub, textW, 2, { size }, MIN_TEXT);
      const roleText = addText(this, tx, y + 12 + nameText.height + 2, role.text, { size: role.size, color: COLOR.inkMuted });
      h += roleText.height + 2;
    }
    h = Math.max(compact ? 96 : 112, h);
    panel(this, x, y, w, h, highlight ? COLOR.selected : COLOR.panel, highlight ? COLOR.focus : COLOR.inkMuted).setDepth(-1);
    addText(this, x + 20, y + h / 2 - 22, key, { size, bold: true, color: COLOR.accent });
    // Neutral badges: their shape and colour would give the sorting away.
    if (!compact) drawSpeakerBadge(this, x + 100, y + h / 2, sp, 72, true);
    const zone = this.add.zone(x, y, w, h).setOrigin(0).setName(`speaker:${sp.id}`).setInteractive({ useHandCursor: true, dropZone: true });
    onTap(zone, onClick);
    return { zone, height: h };
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'whoswho') return;
    const m = DESIGN.margin;
    let y = this.drawHeader(screen.header, screen.header.roundIndex);
    // The step's quotes and tiles at the preset's sizes, or smaller (never under the floor) until
    // they stand clear of the footer: the tiles' text first, then the prompt and its help line.
    const top = y;
    const tile = [SIZE.small, SIZE.small - 3, SIZE.small - 6, MIN_TEXT].map((z) => Math.max(MIN_TEXT, z)).filter((z, i, all) => all.indexOf(z) === i);
    const sizes: { prompt: number; help: number; tile: number; compact?: boolean }[] = [
      ...tile.map((z) => ({ prompt: SIZE.question, help: SIZE.small, tile: z })),
      { prompt: SIZE.question, help: SIZE.small, tile: MIN_TEXT, compact: true },
      { prompt: Math.max(SIZE.body, SIZE.question - 12), help: MIN_TEXT, tile: MIN_TEXT, compact: true },
      { prompt: MIN_TEXT + 8, help: MIN_TEXT, tile: MIN_TEXT, compact: true },
    ];
    for (const [i, size] of sizes.entries()) {
      const before = new Set(this.children.list);
      y = top;
      const prompt = addText(this, m, y, screen.prompt, { size: size.prompt, bold: true, width: DESIGN.width - m * 2 });
      y += prompt.height + 8;
      const help = addText(this, m, y, screen.step === 'assign' ? t.whoAssign : t.whoSort, {
        size: size.help,
        color: COLOR.inkMuted,
        width: DESIGN.width - m * 2,
      });
      y += help.height + 20;
      const bottom = this.drawStep(screen, y, size.tile, !!size.compact);
      if (bottom <= FOOTER_Y - 12 || i === sizes.length - 1) break;
      for (const child of [...this.children.list]) if (!before.has(child)) child.destroy();
    }
    this.footerNext(screen.step === 'assign' ? t.nextStep : t.lockIn, 'Enter', () => this.state.dispatch({ type: 'confirm' }), 'action:confirm');
  }

  /** The quotes and speakers (assign) or the three columns (sort), text at `size`; returns the bottom. */
  private drawStep(screen: Extract<Screen, { kind: 'whoswho' }>, y: number, size: number, compact: boolean): number {
    const rowGap = compact ? 6 : 12;
    const m = DESIGN.margin;
    const dispatchMove = (move: Parameters<typeof this.state.dispatch>[0]) => this.state.dispatch(move);
    if (screen.step === 'assign') {
      const leftW = 1060;
      let qy = y;
      screen.quotes.forEach((q, i) => {
        const held = screen.held === q.id;
        const who = screen.speakers.find((s) => s.speaker.id === q.speaker)?.speaker.name;
        const text = addText(this, m + 84, qy + 16, `“${q.text}”`, { size, bold: true, color: COLOR.paperInk, width: leftW - 110 });
        const sub = addText(this, m + 84, qy + 24 + text.height, who ? `→ ${who}` : t.noSpeakerYet, {
          size,
          color: who ? '#1c2a44' : '#5c3d00',
          bold: !!who,
        });
        const h = text.height + sub.height + 40;
        const g = panel(this, m, qy, leftW, h, COLOR.paper, held ? COLOR.accent : undefined).setDepth(-1);
        if (held) g.lineStyle(8, hex(COLOR.accent), 1).strokeRoundedRect(m, qy, leftW, h, 18);
        addText(this, m + 24, qy + 16, String(i + 1), { size: SIZE.body, bold: true, color: COLOR.paperInk });
        const zone = this.add.zone(m, qy, leftW, h).setOrigin(0).setName(`quote:${q.id}`).setInteractive({ useHandCursor: true, draggable: true });
        onTap(zone, () => dispatchMove({ type: 'debate', move: { kind: 'hold', quote: q.id } }));
        qy += h + 16;
      });
      const rx = m + leftW + 32;
      const rw = DESIGN.width - m - rx;
      let sy = y;
      screen.speakers.forEach((s, i) => {
        const assign = () => dispatchMove({ type: 'debate', move: { kind: 'assign', speaker: s.speaker.id } });
        sy += this.speakerTile(rx, sy, rw, optionLetter(i + 1), s.speaker, s.speaker.role ?? '', assign, false, size, compact).height + rowGap;
      });
      return Math.max(qy - 16, sy - rowGap);
    }
    // Three columns, one row per speaker: a tile moves left or right as it is sorted.
    const gap = 24;
    const colW = (DESIGN.width - m * 2 - gap * 2) / 3;
    const columns = [t.groups.expert, t.unsorted, t.groups.official];
    const heads = columns.map((label, c) => addText(this, m + c * (colW + gap), y, label, { size, bold: true, color: COLOR.accent, width: colW }));
    let sy = y + Math.max(...heads.map((h) => h.height)) + 14;
    screen.speakers.forEach((s, i) => {
      const c = s.group === 'expert' ? 0 : s.group === 'official' ? 2 : 1;
      const sort = () => dispatchMove({ type: 'debate', move: { kind: 'sort', speaker: s.speaker.id, group: nextGroup(s.group) } });
      sy +=
        this.speakerTile(m + c * (colW + gap), sy, colW, optionLetter(i + 1), s.speaker, s.speaker.role ?? '', sort, !s.group, size, compact).height + rowGap;
    });
    return sy - rowGap;
  }
}
