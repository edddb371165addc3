/**
 * Answer tiles (platform/theme TILE_STYLE): each shown option gets a colour, a shape and its
 * letter by its place on screen; the style says nothing about the answer. The progress pips'
 * marks and the title's name plates come from the screen model.
 */
import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';
import { deltaE, type Deficiency } from './colourVision';
import { PALETTES, TEAM_STYLE, TILE_STYLE, tileStyle } from '../../src/platform/theme';
import { CATALOGS } from '../../src/i18n/strings';
import { pickKind } from '../../src/core/rounds/registry';
import { orderedRound } from '../../src/core/rules/roundAt';
import { initialState } from '../../src/core/rules/game';
import { mostQuoted, screenOf, type Screen } from '../../src/core/screens/screen';
import { A, CECOT_DIR, MINI_PACK_DIR, loadValidPack, run } from './helpers';

const cecot = loadValidPack(CECOT_DIR);
const mini = loadValidPack(MINI_PACK_DIR);

describe('tile styles', () => {
  it('four to six styles, every one its own colour, shape and name, and as many as the most options a round can have', () => {
    expect(TILE_STYLE.length).toBeGreaterThanOrEqual(4);
    expect(TILE_STYLE.length).toBeLessThanOrEqual(6);
    for (const key of ['color', 'shape', 'id'] as const) expect(new Set(TILE_STYLE.map((s) => s[key])).size, key).toBe(TILE_STYLE.length);
    const most = Math.max(...cecot.levels.flatMap((l) => l.rounds.map((r) => pickKind(r)?.options(cecot, r).length ?? 0)));
    expect(TILE_STYLE.length).toBeGreaterThanOrEqual(most);
  });

  it('the text and the letter on a tile are at least 7:1 on its colour, the same in both themes', () => {
    // The tiles' pairs do not depend on the theme (a tile is drawn the same on either page).
    for (const s of TILE_STYLE) expect(contrast(s.ink, s.color), s.id).toBeGreaterThanOrEqual(7);
    // The picked ring is the theme's focus colour, outside the tile: 3:1 on the page (a non-text contrast).
    for (const P of Object.values(PALETTES)) expect(contrast(P.focus, P.background)).toBeGreaterThanOrEqual(3);
  });

  it('no tile repeats a team badge (colour and shape), as team badges sit on tiles', () => {
    for (const tile of TILE_STYLE)
      expect(
        TEAM_STYLE.some((team) => team.color === tile.color && team.shape === tile.shape),
        tile.id,
      ).toBe(false);
  });

  for (const d of [null, 'protanopia', 'deuteranopia', 'tritanopia'] as (Deficiency | null)[]) {
    it(`the tile colours stay apart (${d ?? 'typical vision'})`, () => {
      const cs = TILE_STYLE.map((s) => s.color);
      let min = Infinity;
      cs.forEach((a, i) => cs.slice(i + 1).forEach((b) => (min = Math.min(min, deltaE(a, b, d)))));
      expect(min).toBeGreaterThanOrEqual(20);
    });
  }

  it('both catalogues name every tile, each name different', () => {
    for (const [lang, cat] of Object.entries(CATALOGS)) {
      const names = TILE_STYLE.map((s) => cat.tileName[s.id]);
      expect(
        names.every((n) => typeof n === 'string' && n.length > 0),
        lang,
      ).toBe(true);
      expect(new Set(names).size, lang).toBe(TILE_STYLE.length);
    }
  });

  it('a style goes by place alone: the supported answer and a pack position each get more than one style over sessions', () => {
    const bestStyles = new Set<string>();
    let shuffledRounds = 0;
    for (const level of cecot.levels)
      for (const raw of level.rounds) {
        if (!pickKind(raw)) continue;
        const firstPackOption = new Set<string>();
        for (let seed = 1; seed <= 40; seed++) {
          const round = orderedRound(raw, seed, level.id);
          const options = pickKind(round)!.options(cecot, round);
          options.forEach((o, i) => {
            if (o.verdict === 'supported') bestStyles.add(tileStyle(i + 1).id);
          });
          const first = pickKind(raw)!.options(cecot, raw)[0]!.id;
          firstPackOption.add(tileStyle(options.findIndex((o) => o.id === first) + 1).id);
        }
        if (firstPackOption.size > 1) shuffledRounds++;
      }
    expect(bestStyles.size).toBeGreaterThanOrEqual(4);
    expect(shuffledRounds).toBeGreaterThan(10);
  });

  it('styles cycle past the last one', () => {
    expect(tileStyle(1)).toBe(TILE_STYLE[0]);
    expect(tileStyle(TILE_STYLE.length + 1)).toBe(TILE_STYLE[0]);
  });
});

describe('progress pips come from the screen model', () => {
  const header = (s: Parameters<typeof screenOf>[1]) => {
    const screen = screenOf(mini, s) as Extract<Screen, { header: unknown }>;
    return (screen as { header: { outcomes: unknown[]; roundCount: number } }).header;
  };
  const atOpening = () => run(mini, initialState(), [A.next, A.next, A.next, A.next]);

  it('no marks before anything is answered; then the answered round carries how it went', () => {
    const s = atOpening();
    const h = header(s);
    expect(h.outcomes).toEqual(Array(h.roundCount).fill(null));
    expect(header(run(mini, s, [A.choose('summer'), A.confirm])).outcomes[0]).toBe('right');
    expect(header(run(mini, s, [A.choose('this-year'), A.confirm])).outcomes[0]).toBe('partly');
    const wrong = header(run(mini, s, [A.choose('never'), A.confirm, A.next]));
    expect(wrong.outcomes[0]).toBe('wrong');
    expect(wrong.outcomes.slice(1).every((o) => o === null)).toBe(true);
  });
});

describe('the title names the people the article quotes', () => {
  it('the most quoted first, at most four, each of them quoted', () => {
    const title = screenOf(cecot, initialState()) as Extract<Screen, { kind: 'title' }>;
    expect(title.kind).toBe('title');
    const count = (id: string) => cecot.manifest.quotes.filter((q) => q.speaker === id).length;
    const quoted = cecot.manifest.speakers.filter((sp) => count(sp.id) > 0 && sp.id !== 'the-week');
    expect(title.speakers.length).toBe(Math.min(4, quoted.length));
    const counts = title.speakers.map((sp) => count(sp.id));
    expect(counts.every((c) => c > 0)).toBe(true);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(mostQuoted(cecot, 2)).toEqual(title.speakers.slice(0, 2));
  });

  it('never names the outlet that published the article, however often its own words are quoted', () => {
    const week = cecot.manifest.speakers.find((sp) => sp.id === 'the-week')!;
    expect(week).toMatchObject({ name: 'The Week', kind: 'outlet' });
    // Quote The Week more than anyone: it still is not one of the people the article quotes.
    const many = {
      ...cecot,
      manifest: {
        ...cecot.manifest,
        quotes: [...cecot.manifest.quotes, ...Array.from({ length: 9 }, (_, i) => ({ id: `w${i}`, speaker: 'the-week', text: 'x' }))],
      },
    };
    expect(mostQuoted(many, 10).map((sp) => sp.id)).not.toContain('the-week');
    expect(mostQuoted(many, 10).length).toBeGreaterThan(3);
  });
});
