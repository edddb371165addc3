/**
 * A level summary's recap pages where long prompts and answers would run into the footer
 * (issue 16, item 14), and only there: at the standard preset, in English and Spanish, the shipped
 * packs' recaps stay on one page but the one of four long claims; the pack at every length limit pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { initialState } from '../../src/core/rules/game';
import { recapOf } from '../../src/core/screens/recap';
import type { Screen } from '../../src/core/screens/screen';
import type { Pack } from '../../src/core/pack/schema';
import { loadPack } from '../../src/core/pack/validate';
import { pageCount, setRevealPaging, summaryPage } from '../../src/state/view';
import { setLanguage } from '../../src/i18n/strings';
import { loadValidPack, ROOT } from './helpers';
import { limitPack } from './longPack';

type Summary = Extract<Screen, { kind: 'levelSummary' }>;

/** A question's summary as screenOf gives it in solo play (the recap does not depend on the answers). */
function summaryOf(pack: Pack, level: number): Summary {
  const l = pack.levels[level]!;
  return {
    kind: 'levelSummary',
    question: l.question,
    recap: recapOf(pack, initialState(), level),
    board: null,
    teams: null,
    isLast: false,
    score: 0,
    max: 0,
  } as unknown as Summary;
}

afterEach(() => {
  setLanguage('en');
  setRevealPaging('standard');
});

describe('level summary pages', () => {
  for (const language of ['en', 'es'] as const) {
    it(`the shipped packs keep each recap on one page at the standard preset but the four-round one (${language})`, () => {
      setLanguage(language);
      for (const folder of ['cecot-2025', 'kestrel-bay-ferry']) {
        const pack = loadValidPack(join(ROOT, 'levels', folder));
        // "Whose word counts?": four claims with their prompts end below the room above the footer (measured: 955 px of 930), so two pages.
        pack.levels.forEach((l, i) => expect(pageCount(summaryOf(pack, i)), `${folder} ${l.id}`).toBe(l.id === 'whose-word' ? 2 : 1));
      }
    });
  }

  it('a recap of rounds at their length limits pages, every round on exactly one page', () => {
    const r = loadPack(limitPack());
    if (!r.ok) throw new Error('the limit pack loads');
    for (const preset of ['standard', 'xl'] as const) {
      setRevealPaging(preset);
      const screen = summaryOf(r.pack, 0);
      const pages = pageCount(screen);
      expect(pages, preset).toBeGreaterThan(1);
      const shown = Array.from({ length: pages }, (_, p) => summaryPage(screen, p)).flatMap((p) => (p.kind === 'recap' ? p.items.map((i) => i.roundId) : []));
      expect(shown, preset).toEqual(screen.recap.map((i) => i.roundId));
    }
  });
});
