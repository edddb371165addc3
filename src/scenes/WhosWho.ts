import Phaser from 'phaser';
import type { Screen } from '../core/screens/screen';
import type { Group } from '../core/rules/debateScoring';
import type { Speaker } from '../core/pack/schema';
import { drawSpeakerBadge, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { onTap } from '../widgets/tap';
import { addText } from '../widgets/text';
import { COLOR, DESIGN, SIZE, hex } from '../platform/theme';
import { optionLetter } from '../i18n/optionLabel';
import { ScreenScene } from './ScreenScene';

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

  private speakerTile(
    x: number,
    y: number,
    w: number,
    key: string,
    sp: Speaker,
    sub: string,
    onClick: () => void,
    highlight: boolean,
  ): Phaser.GameObjects.Zone {
    const h = 112;
    panel(this, x, y, w, h, highlight ? COLOR.selected : COLOR.panel, highlight ? COLOR.focus : COLOR.inkMuted).setDepth(-1);
    addText(this, x + 20, y + 34, key, { size: SIZE.small, bold: true, color: COLOR.accent });
    // Neutral badges: their shape and colour would give the sorting away.
    drawSpeakerBadge(this, x + 100, y + h / 2, sp, 72, true);
    addText(this, x + 152, y + 12, sp.name, { size: SIZE.small, bold: true, width: w - 170, maxLines: 1 });
    addText(this, x + 152, y + 58, sub, { size: SIZE.small, color: COLOR.inkMuted, width: w - 170, maxLines: 1 });
    const zone = this.add.zone(x, y, w, h).setOrigin(0).setName(`speaker:${sp.id}`).setInteractive({ useHandCursor: true, dropZone: true });
    onTap(zone, onClick);
    return zone;
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'whoswho') return;
    const m = DESIGN.margin;
    let y = this.drawHeader(screen.header, screen.header.roundIndex);
    const prompt = addText(this, m, y, screen.prompt, { size: SIZE.question, bold: true, width: DESIGN.width - m * 2 });
    y += prompt.height + 8;
    const help = addText(this, m, y, screen.step === 'assign' ? t.whoAssign : t.whoSort, {
      size: SIZE.small,
      color: COLOR.inkMuted,
      width: DESIGN.width - m * 2,
    });
    y += help.height + 20;
    const dispatchMove = (move: Parameters<typeof this.state.dispatch>[0]) => this.state.dispatch(move);

    if (screen.step === 'assign') {
      const leftW = 1060;
      let qy = y;
      screen.quotes.forEach((q, i) => {
        const held = screen.held === q.id;
        const who = screen.speakers.find((s) => s.speaker.id === q.speaker)?.speaker.name;
        const text = addText(this, m + 84, qy + 16, `“${q.text}”`, { size: SIZE.small, bold: true, color: COLOR.paperInk, width: leftW - 110 });
        const sub = addText(this, m + 84, qy + 24 + text.height, who ? `→ ${who}` : t.noSpeakerYet, {
          size: SIZE.small,
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
      screen.speakers.forEach((s, i) => {
        const sub = s.speaker.role ?? '';
        this.speakerTile(
          rx,
          y + i * 124,
          rw,
          optionLetter(i + 1),
          s.speaker,
          sub,
          () => dispatchMove({ type: 'debate', move: { kind: 'assign', speaker: s.speaker.id } }),
          false,
        );
      });
    } else {
      // Three columns, one row per speaker: a tile moves left or right as it is sorted.
      const gap = 24;
      const colW = (DESIGN.width - m * 2 - gap * 2) / 3;
      const columns = [t.groups.expert, t.unsorted, t.groups.official];
      columns.forEach((label, c) => addText(this, m + c * (colW + gap), y, label, { size: SIZE.small, bold: true, color: COLOR.accent, width: colW }));
      screen.speakers.forEach((s, i) => {
        const c = s.group === 'expert' ? 0 : s.group === 'official' ? 2 : 1;
        const sub = s.speaker.role ?? '';
        this.speakerTile(
          m + c * (colW + gap),
          y + 60 + i * 122,
          colW,
          optionLetter(i + 1),
          s.speaker,
          sub,
          () => dispatchMove({ type: 'debate', move: { kind: 'sort', speaker: s.speaker.id, group: nextGroup(s.group) } }),
          !s.group,
        );
      });
    }
    this.footerNext(screen.step === 'assign' ? t.nextStep : t.lockIn, 'Enter', () => this.state.dispatch({ type: 'confirm' }), 'action:confirm');
  }
}
