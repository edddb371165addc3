import type { Screen } from '../core/screens/screen';
import { addButton, buttonWidth } from '../widgets/Button';
import { drawNamePlate, panel } from '../widgets/shapes';
import { t } from '../i18n/strings';
import { addText, shrinkToFit } from '../widgets/text';
import { COLOR, DESIGN, MIN_TEXT, SIZE, hex } from '../platform/theme';
import type { PackLoader } from '../services/packLoader';
import type { Mode } from '../core/rules/stateSchema';
import { ScreenScene } from './ScreenScene';
import { addReadArticleButton } from '../widgets/ReadArticleButton';
import { drawPackTabs } from '../widgets/PackTabs';

/** Where the pack's clipping left off: its panel's left and width, and the first free line. */
interface Clipping {
  px: number;
  pw: number;
  y: number;
}

export class Title extends ScreenScene {
  constructor() {
    super('Title');
  }

  override create(): void {
    super.create();
    this.watch(
      (s) => [s.pack.manifest.id, s.packs.map((p) => p.manifest.id), s.loadedPackIds, s.confirmNewSession],
      () => this.draw(),
    );
  }

  protected render(screen: Screen): void {
    if (screen.kind !== 'title') return;
    const cx = DESIGN.width / 2;
    // The ways to play first: what sits above them keeps clear of the row (it grows up when a label wraps).
    const playTop = this.drawPlayRow(screen);
    // A press stamp: the game's mark.
    const stamp = this.add.graphics();
    stamp.lineStyle(10, hex(COLOR.accent), 1).strokeRoundedRect(cx - 560, 112, 1120, 146, 24);
    addText(this, cx, 185, t.gameTitle.toUpperCase(), { size: SIZE.hero, bold: true, color: COLOR.accent, letterSpacing: 8 }).setOrigin(0.5);
    // With several packs the stamp's tagline gives its room to the pack chooser.
    const packs = this.state.packs;
    const many = packs.length > 1;
    const asking = this.state.confirmNewSession;
    const loader = this.registry.get('packLoader') as PackLoader | undefined;
    // A loaded pack on show can be removed: its button takes the top left.
    const removable = !!loader && this.state.loadedPackIds.includes(this.state.pack.manifest.id);
    if (asking) {
      // Starting again would clear the session under way: said in the warning colour where the
      // pack and its article were (neither can change while the question is open).
      const ask = shrinkToFit(t.newSessionAsk(t.startKey[asking]), 1700, 4, { size: SIZE.body, bold: true }, MIN_TEXT);
      addText(this, cx, 380, ask.text, { size: ask.size, bold: true, color: COLOR.highlight, align: 'center' }).setOrigin(0.5, 0);
    } else {
      // A long pack title steps down (never under the floor) until the panel and the pack tabs stand clear of the ways to play.
      // The article's summary and the people it quotes give way first (both stay in the DOM layer), then the type steps down.
      // The clipping is drawn once per size: only what is under it changes between tries (and a
      // try stops as soon as it runs past the row), since every text drawn in vain delays the title.
      const sizes = [SIZE.question, SIZE.body, SIZE.small, MIN_TEXT].filter((z, i, all) => z >= MIN_TEXT && all.indexOf(z) === i);
      const below = [
        { summary: true, plates: true },
        { summary: false, plates: true },
        { summary: false, plates: false },
      ];
      const limit = playTop - 16;
      const dropSince = (kept: Set<Phaser.GameObjects.GameObject>) => {
        for (const child of [...this.children.list]) if (!kept.has(child)) child.destroy();
      };
      tries: for (const [i, size] of sizes.entries()) {
        const beforeClipping = new Set(this.children.list);
        const clipping = this.drawClipping(screen, size);
        for (const [k, attempt] of below.entries()) {
          const last = i === sizes.length - 1 && k === below.length - 1;
          const before = new Set(this.children.list);
          if (this.drawUnderClipping(screen, clipping, attempt, playTop, !last) <= limit || last) break tries;
          dropSince(before);
        }
        dropSince(beforeClipping);
      }
    }

    // Opening a pack from disk, top right; a loaded pack on show can be removed (top left).
    if (loader) {
      const open = addButton(this, {
        x: DESIGN.width - 40,
        y: 20,
        height: 72,
        anchor: 'right',
        label: t.openPack,
        hint: 'L',
        name: 'action:open-pack',
        onClick: () => loader.openPicker(),
      });
      // The other interface language, named in itself.
      const other = this.state.settings.language === 'en' ? 'es' : 'en';
      const language = addButton(this, {
        x: DESIGN.width - 60 - open.width,
        y: 20,
        height: 72,
        anchor: 'right',
        label: t.language,
        hint: 'E',
        name: 'action:language',
        onClick: () => this.state.setLanguage(other),
      });
      if (removable) {
        // It takes what the two on the right leave (its key name goes first, then its type shrinks or wraps).
        const room = DESIGN.width - 60 - open.width - 20 - language.width - 24 - 40;
        addButton(this, {
          x: 40,
          y: 20,
          height: 72,
          width: Math.min(room, buttonWidth(t.removePack, 'Del')),
          label: t.removePack,
          hint: buttonWidth(t.removePack, 'Del') <= room ? 'Del' : undefined,
          name: 'action:remove-pack',
          onClick: () => void loader.removeCurrent(),
        });
      }
    }

    // The keys, on one line that fits the width (smaller type first, never under the floor).
    const keys = shrinkToFit(
      many ? `${t.keysTitle} · ${t.packKeys(packs.length)}` : t.keysTitle,
      DESIGN.width - 2 * DESIGN.margin,
      1,
      { size: SIZE.small },
      MIN_TEXT,
    );
    addText(this, cx, DESIGN.height - 24, keys.text, { size: keys.size, color: COLOR.inkMuted, align: 'center' }).setOrigin(0.5, 1);
  }

  /**
   * The pack's title at `titleSize` (when it is the only pack) and the article as a clipping: its
   * headline, which asks the lesson's question, and who published it. Returns where the rest goes.
   */
  private drawClipping(screen: Extract<Screen, { kind: 'title' }>, titleSize: number): Clipping {
    const packs = this.state.packs;
    const many = packs.length > 1;

    // Several packs at the larger presets: the panel takes more of the width, so it stays short enough to leave the tabs room above the ways to play.
    const px = many && SIZE.small > MIN_TEXT ? DESIGN.margin + 32 : 200;
    const pw = DESIGN.width - px * 2;
    const src = screen.source;
    // The pack's title heads the page when it is the only one (with several, its tab below names it).
    let y = 276;
    if (!many) {
      const title = addText(this, px, y, screen.packTitle, { size: titleSize, bold: true, width: pw });
      y += title.height + 12;
    }
    // The article as a press clipping: its headline (the question the lesson asks) large, in the page's ink.
    const clipTop = y;
    const article = addText(this, px + 72, y + 22, src.title, { size: Math.max(MIN_TEXT, titleSize - 4), bold: true, color: COLOR.paperInk, width: pw - 144 });
    y = article.y + article.height + 8;
    const from = addText(this, px + 72, y, t.fromArticle(src.outlet, src.author, src.date), { size: SIZE.small, color: '#1c2a44', width: pw - 144 - 40 });
    y += from.height;
    // The whole article, for the projector: on the source line's right, or (when the larger
    // presets leave no room there) under it, on the clipping.
    const beside = px + pw - 64 - buttonWidth(t.article, 'S') >= from.x + from.width + 24;
    if (beside) {
      // What follows starts under the button as well as the line.
      y = Math.max(y, from.y - 4 + 72);
      addReadArticleButton(this, {
        right: px + pw - 64,
        left: from.x + from.width + 24,
        y: from.y - 4,
        height: 72,
        onClick: () => this.state.dispatch({ type: 'readArticle' }),
      });
    } else {
      // No room beside the source line (the larger presets): under it, on the clipping.
      addButton(this, {
        x: from.x,
        y: y + 12,
        height: 72,
        label: buttonWidth(t.readArticle, 'S') <= pw - 144 ? t.readArticle : t.article,
        hint: 'S',
        name: 'action:read-article',
        onClick: () => this.state.dispatch({ type: 'readArticle' }),
      });
      y += 12 + 72;
    }
    // The clipping's paper, with a rule down its left edge like a cutting pasted in.
    const clip = panel(this, px, clipTop, pw, y + 22 - clipTop, COLOR.paper, COLOR.paperInk).setDepth(-1);
    clip.fillStyle(hex(COLOR.accentFill), 1).fillRect(px + 18, clipTop + 16, 14, y + 22 - clipTop - 32);
    return { px, pw, y: y + 22 };
  }

  /**
   * Under the clipping: the summary, the fiction note, the people the article quotes as name
   * plates, and, with several packs, their tabs. Returns the bottom; with `stopEarly`, one that is
   * past the ways to play (at `playTop`) already returns before the rest is drawn.
   */
  private drawUnderClipping(
    screen: Extract<Screen, { kind: 'title' }>,
    { px, pw, y: top }: Clipping,
    attempt: { summary: boolean; plates: boolean },
    playTop: number,
    stopEarly: boolean,
  ): number {
    const packs = this.state.packs;
    const many = packs.length > 1;
    let y = top;
    if (attempt.summary) {
      const summary = addText(this, px, y + 16, screen.summary, { size: SIZE.small, color: COLOR.ink, width: pw });
      y = summary.y + summary.height;
      if (stopEarly && y > playTop - 16) return y;
    }
    if (screen.fiction) {
      // A made-up story says so, before anyone takes it for news.
      const note = addText(this, px, y + 12, t.fiction, { size: SIZE.small, bold: true, color: COLOR.highlight, width: pw });
      y += note.height + 12;
    }
    let bottom = y;
    if (attempt.plates && screen.speakers.length > 0) {
      // The people the article quotes, as name plates: as many as fit a row at this preset.
      const label = addText(this, px, bottom + 8, t.quotedInArticle, { size: SIZE.small, bold: true, color: COLOR.accent });
      const gap = 20;
      const count = Math.min(screen.speakers.length, SIZE.small > MIN_TEXT ? 2 : 3);
      const plateW = (pw - gap * (count - 1)) / count;
      const plateY = label.y + label.height + 4;
      let tallest = 0;
      screen.speakers.slice(0, count).forEach((sp, i) => {
        tallest = Math.max(tallest, drawNamePlate(this, px + i * (plateW + gap), plateY, plateW, sp));
      });
      bottom = plateY + tallest;
    }

    if (many) bottom = drawPackTabs(this, { packs, chosen: this.state.pack, px, pw, top: bottom, playTop, choose: (id) => this.state.choosePack(id) });
    return bottom;
  }

  /** The ways to play (and Continue), centred as one row above the keys line; returns the row's top. */
  private drawPlayRow(screen: Extract<Screen, { kind: 'title' }>): number {
    const cx = DESIGN.width / 2;
    const start = (mode: Mode) => () => this.state.startSession(mode);
    // Three ways to play, centred as one row.
    // A session under way can be continued (first in the row); erasing the device's data lives in the menu's settings.
    const resume =
      screen.progress === 'unfinished'
        ? [{ label: t.continueSession, hint: 'C', name: 'action:continue', run: () => this.state.dispatch({ type: 'toLevelSelect' }) }]
        : [];
    const choices = [
      ...resume,
      { label: t.playSolo, hint: 'Enter', name: 'action:next', run: start('solo') },
      { label: t.playTeams, hint: 'T', name: 'action:teams', run: start('teams') },
      { label: t.playAll, hint: 'A', name: 'action:all', run: start('all') },
    ];
    // At the larger presets the row may not fit: the buttons share the width (a label shrinks, then wraps).
    const natural = choices.map((c) => buttonWidth(c.label, c.hint));
    const room = DESIGN.width - 2 * DESIGN.margin - 24 * (choices.length - 1);
    const widths = natural.reduce((n, w) => n + w, 0) <= room ? natural : natural.map(() => Math.floor(room / choices.length));
    let x = cx - (widths.reduce((n, w) => n + w, 0) + 24 * (choices.length - 1)) / 2;
    let top = 880;
    choices.forEach((c, i) => {
      // A label that wraps to two lines grows the button upwards: the keys line below stays clear.
      const b = addButton(this, { x, y: 880, width: widths[i], label: c.label, hint: c.hint, primary: i === 0, name: c.name, grow: 'up', onClick: c.run });
      top = Math.min(top, 880 + 96 - b.height);
      x += widths[i]! + 24;
    });
    return top;
  }
}
