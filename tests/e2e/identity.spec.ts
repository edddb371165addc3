/**
 * Answer tiles, outcome marks and the title's name plates (issue 17, identity), at standard and
 * Extra large, English and Spanish, on one shared page. A small pack made from the mini pack is
 * dropped once: its first round has short answers (a 2×2 of tiles), a second has long ones (a
 * list, one tile a row), then a "who said it?" round and the level summary. Every screen goes
 * through checkLegible; screens are reached through the store, never by long key walks.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from './fixture';
import { sharedWith, test } from './sharedPage';
import { act, checkLegible, screenKind, settled } from './harness';
import { dropPack } from './dropPack';

const DIR = 'tests/fixtures/mini-pack';
const LONG = [
  'The mayor said the bridge would open before the summer fair, once the town council had voted the money through',
  'The engineer said nobody should walk on the bridge until the load test on its steel has been finished',
  'The historian said people in the town have never trusted a new bridge since the old stone one fell down',
  'The newspaper said the council has not yet approved the final budget for the footbridge or its lights',
];

function tilesPack(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(`${DIR}/pack.json`, 'utf8'));
  manifest.id = 'tiles-pack';
  manifest.title = 'Tiles (test pack)';
  const bridge = JSON.parse(readFileSync(`${DIR}/the-bridge.json`, 'utf8'));
  // The claim round gives its place to a choice round with long answers.
  const opening = bridge.rounds[0];
  bridge.rounds[1] = {
    ...opening,
    id: 'long',
    prompt: 'Which of these does the article report?',
    options: opening.options.map((o: { id: string }, i: number) => ({ ...o, id: `long-${o.id}`, text: LONG[i] })),
  };
  return {
    'pack.json': JSON.stringify(manifest),
    'source.md': readFileSync(`${DIR}/source.md`, 'utf8'),
    'the-bridge.json': JSON.stringify(bridge),
    'the-budget.json': readFileSync(`${DIR}/the-budget.json`, 'utf8'),
  };
}

/** The option tiles on the Round scene: how many columns and rows they stand in. */
async function tileGrid(page: Page): Promise<{ tiles: number; columns: number; rows: number }> {
  const areas = await page.evaluate(() =>
    (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string; x: number; y: number }[] } }).onTheRecord
      .hitAreas()
      .filter((a) => a.scene === 'Round' && a.name.startsWith('option:')),
  );
  return { tiles: areas.length, columns: new Set(areas.map((a) => Math.round(a.x))).size, rows: new Set(areas.map((a) => Math.round(a.y))).size };
}

/** Picks the first option shown, locks it in and moves past the reveal. */
async function answerFirst(page: Page): Promise<void> {
  const first = await page.locator('#a11y [data-option]').first().getAttribute('data-option');
  await act(page, { type: 'choose', option: first! }, { type: 'confirm' });
  await page.evaluate(() => {
    const { store } = (window as unknown as { onTheRecord: { store: { getState(): { advance(): boolean; game: { phase: string } } } } }).onTheRecord;
    for (let i = 0; i < 10 && store.getState().game.phase === 'reveal'; i++) store.getState().advance();
  });
}

test('tiles 2×2 when short and a list when long, outcome marks and name plates, legible at standard and Extra large in English and Spanish', async ({
  sharedPages,
}) => {
  test.setTimeout(90_000);
  const page = await sharedWith(sharedPages, 'en', 'standard');
  // The built-in pack's title names the people its article quotes (canvas plates, DOM list).
  await settled(page);
  await checkLegible(page, 'title en standard');
  await expect(page.locator('#a11y [data-quoted] li').first()).toBeAttached();
  await dropPack(page, 'tiles.json', tilesPack());
  for (const [language, size] of [
    ['en', 'standard'],
    ['es', 'xl'],
    ['en', 'xl'],
    ['es', 'standard'],
  ] as const) {
    const name = `${language} ${size}`;
    await page.evaluate(() => {
      const { store } = (window as unknown as { onTheRecord: { store: { getState(): { dispatch(a: object): boolean; choosePack(id: string): boolean } } } })
        .onTheRecord;
      store.getState().dispatch({ type: 'toTitle' });
      store.getState().choosePack('tiles-pack');
    });
    await page.evaluate(
      ([l, s]) => {
        const st = (
          window as unknown as { onTheRecord: { store: { getState(): { settings: object; setLanguage(l: string): void }; setState(x: object): void } } }
        ).onTheRecord.store;
        st.getState().setLanguage(l);
        st.setState({ settings: { ...st.getState().settings, textSize: s } });
      },
      [language, size] as const,
    );
    await settled(page);
    await checkLegible(page, `title ${name}`);
    await page.evaluate(() => {
      const { store } = (window as unknown as { onTheRecord: { store: { getState(): { startSession(m: string): boolean } } } }).onTheRecord;
      if (!store.getState().startSession('solo')) store.getState().startSession('solo');
    });
    await act(page, { type: 'next' }, { type: 'next' }, { type: 'toLevelSelect' }, { type: 'openLevel', level: 0 }, { type: 'next' });
    expect(await screenKind(page), name).toBe('round');
    await settled(page);
    expect(await tileGrid(page), `${name}: short answers`).toEqual({ tiles: 4, columns: 2, rows: 2 });
    // The DOM layer names each tile by colour and shape after its letter.
    const tiles = await page.locator('#a11y [data-option]').allTextContents();
    expect(new Set(tiles.map((x) => x.split(':')[0])).size, name).toBe(4);
    for (const [i, x] of tiles.entries()) expect(x, name).toMatch(new RegExp(`^${'ABCD'[i]}\\. \\S+ \\S+: `));
    await checkLegible(page, `short round ${name}`);
    await answerFirst(page);
    await settled(page);
    expect(await tileGrid(page), `${name}: long answers`).toEqual({ tiles: 4, columns: 1, rows: 4 });
    await checkLegible(page, `long round ${name}`);
    await answerFirst(page);
    await settled(page);
    await checkLegible(page, `who said it ${name}`);
    await answerFirst(page);
    expect(await screenKind(page), name).toBe('levelSummary');
    await settled(page);
    await checkLegible(page, `level summary ${name}`);
  }
});
