/**
 * Issue 16, item 14: a pack that validates without warnings fits every screen. A generated pack
 * with every shown text at its length limit (tests/unit/longPack.ts) is dropped on the game and
 * walked at 1920×1080: the title, the setup, the question list, each question's intro, every round
 * (a choice, a claim, a who's-who, two who-said-its), every page of each reveal and scorecard and
 * the question's summary, at the standard preset and Extra large, in English and Spanish (whose
 * labels are longer). Each screen goes through checkLegible; the problems are gathered and
 * asserted once, so a run names every screen that fails. Screenshots in tests/artifacts/lengths.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixture';
import { limitPack } from '../unit/longPack';
import { dropPack } from './dropPack';
import { act, checkTexts, openWith, screenKind, textsOnEveryPage, watchPage, type Action } from './harness';

const OUT = 'tests/artifacts/lengths';
/** Screenshots only when asked (SHOTS=1): they are most of the walk's time. */
const SHOTS = !!process.env.SHOTS;
if (SHOTS) mkdirSync(OUT, { recursive: true });

/** Terminal colours in an expect message. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const debate = (move: object): Action => ({ type: 'debate', move });
const SPEAKERS = ['pell', 'okoro', 'voss', 'hale'];

test.describe.configure({ mode: 'parallel' });

for (const language of ['en', 'es'] as const) {
  for (const preset of ['standard', 'xl'] as const) {
    test(`every text at its length limit fits every screen, ${preset} text, ${language}`, async ({ page }) => {
      test.setTimeout(90_000);
      const watch = watchPage(page);
      await openWith(page, language, preset);
      await dropPack(page, 'limits.pack.json', limitPack());
      const failures: string[] = [];
      const seen: string[] = [];
      /** Every page of the screen showing, checked; the first page photographed. */
      const look = async (name: string) => {
        const kind = await screenKind(page);
        const pages = await textsOnEveryPage(page);
        pages.forEach((texts, p) => {
          try {
            checkTexts(texts, `${name} p${p + 1}`);
          } catch (e) {
            failures.push(
              `${name} p${p + 1} (${kind}): ${String((e as Error).message)
                .replace(ANSI, '')
                .split('\n')
                .filter((l) => /^\s*\+\s+"/.test(l))
                .map((l) => l.trim())
                .join(' | ')}`,
            );
          }
        });
        seen.push(`${name}:${kind}×${pages.length}`);
        if (SHOTS) await page.screenshot({ path: `${OUT}/${name}-${language}-${preset}.png` });
      };
      /** Past the screen showing (its every page) to the next one. */
      const onward = async () => {
        await page.evaluate(() => {
          const { store } = (window as unknown as { onTheRecord: { store: { getState(): { advance(): boolean; game: { phase: string } } } } }).onTheRecord;
          const phase = store.getState().game.phase;
          for (let i = 0; i < 40 && store.getState().game.phase === phase; i++) store.getState().advance();
        });
      };

      expect(await screenKind(page)).toBe('title');
      await look('title');
      await act(page, { type: 'startSession', mode: 'teams' }, { type: 'setTeamCount', count: 3 });
      expect(await screenKind(page)).toBe('setup');
      await look('setup');
      await act(page, { type: 'next' });
      expect(await screenKind(page)).toBe('levelSelect');
      await look('levels');

      for (const level of [0, 1]) {
        await act(page, { type: 'toLevelSelect' }, { type: 'openLevel', level });
        expect(await screenKind(page)).toBe('levelIntro');
        await look(`q${level + 1}-intro`);
        await act(page, { type: 'next' });
        // A choice round, then a claim (first question) or a who's-who (second), then a who-said-it.
        await look(`q${level + 1}-choice`);
        await act(page, { type: 'choose', option: 'o0' }, { type: 'confirm' });
        await look(`q${level + 1}-choice-reveal`);
        await onward();
        if (level === 0) {
          await look('q1-claim');
          await act(page, { type: 'choose', option: 'says' }, { type: 'confirm' });
          await look('q1-claim-reveal');
        } else {
          expect(await screenKind(page)).toBe('whoswho');
          await act(page, ...SPEAKERS.flatMap((s) => [debate({ kind: 'hold', quote: `${s}-w` }), debate({ kind: 'assign', speaker: s })]));
          await look('q2-whoswho-assign');
          await act(page, { type: 'confirm' }, ...SPEAKERS.map((s, i) => debate({ kind: 'sort', speaker: s, group: i % 2 ? 'expert' : 'official' })));
          await look('q2-whoswho-sort');
          await act(page, { type: 'confirm' });
          await look('q2-whoswho-scorecard');
        }
        await onward();
        await look(`q${level + 1}-who`);
        await act(page, { type: 'choose', option: 'okoro' }, { type: 'confirm' });
        await look(`q${level + 1}-who-reveal`);
        await onward();
        expect(await screenKind(page)).toBe('levelSummary');
        await look(`q${level + 1}-summary`);
      }
      expect(seen.length, seen.join(', ')).toBe(20);
      expect(failures).toEqual([]);
      expect(watch.problems).toEqual([]);
    });
  }
}
