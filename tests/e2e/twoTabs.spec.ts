import { expect, test, type Page } from './fixture';
import { openGame, screenKind, watchPage } from './harness';

const SAVE_KEY = 'on-the-record:save';

/** The rounds answered, as `level/round`, in this page's store. */
const answered = (page: Page) =>
  page.evaluate(() => {
    const s = (
      window as unknown as { onTheRecord: { store: { getState(): { game: { records: Record<string, Record<string, unknown>> } } } } }
    ).onTheRecord.store.getState();
    return Object.entries(s.game.records).flatMap(([level, rounds]) => Object.keys(rounds).map((round) => `${level}/${round}`));
  });

/** The rounds answered in the save in storage (shared by both tabs). */
const answeredInSave = (page: Page) =>
  page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as { game: { records: Record<string, Record<string, unknown>> } } | null;
    return Object.entries(saved?.game.records ?? {}).flatMap(([level, rounds]) => Object.keys(rounds).map((round) => `${level}/${round}`));
  }, SAVE_KEY);

/** How many times this page has written the save since it loaded. */
const writes = (page: Page) => page.evaluate(() => (window as unknown as { saveWrites: number }).saveWrites);

/** From a question's reveal: on to the next question, and answer it with `letter`. */
async function answerNext(page: Page, letter: string) {
  while ((await screenKind(page)) === 'reveal') await page.keyboard.press('Space');
  expect(await screenKind(page)).toBe('round');
  await page.keyboard.press(letter);
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('reveal');
}

async function reopen(page: Page) {
  await page.waitForSelector('html[data-ready="true"]');
  if (await page.locator('#a11y [data-overlay="resume"]').count()) await page.keyboard.press('Enter');
}

test('two tabs: the second says the game is open elsewhere, takes over on request, and no answer is lost', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  // Every write of the save, counted per page.
  await context.addInitScript((key) => {
    const w = window as unknown as { saveWrites: number };
    w.saveWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === key) w.saveWrites++;
      return setItem.call(this, k, v);
    };
  }, SAVE_KEY);
  const one = await context.newPage();
  const two = await context.newPage();
  const watchOne = watchPage(one);
  const watchTwo = watchPage(two);

  // Tab 1 holds the session and answers the first question.
  await openGame(one);
  await expect(one.locator('html')).toHaveAttribute('data-tab', 'owner');
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'a', 'Enter']) await one.keyboard.press(k);
  expect(await screenKind(one)).toBe('reveal');
  const first = await answered(one);
  expect(first).toHaveLength(1);
  expect(await answeredInSave(one)).toEqual(first);

  // Tab 2 opens on the same game: it says so, and nothing done there is saved.
  await two.goto('/?renderer=canvas');
  await two.waitForSelector('html[data-ready="true"]');
  await expect(two.locator('html')).toHaveAttribute('data-tab', 'elsewhere');
  const notice = two.locator('dialog.tab-dialog[data-tab="elsewhere"]');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alertdialog');
  await expect(notice.locator('h2')).toHaveText('The game is open in another tab');
  await expect(two.getByRole('alertdialog', { name: 'The game is open in another tab' })).toBeVisible();
  await expect(notice.locator('#tab-dialog-text')).toBeFocused();
  // The keys of the game behind it do nothing, Esc does not close it, and Enter or Space (the
  // teacher's "continue") do not take the game over by accident.
  for (const k of ['Enter', ' ', 'Escape', 'Escape', 'n', 'n']) await two.keyboard.press(k);
  await expect(notice).toBeVisible();
  await expect(two.locator('html')).toHaveAttribute('data-tab', 'elsewhere');
  await two.keyboard.press('Tab');
  await expect(notice.locator('[data-action="take-over"]')).toBeFocused();
  await two.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(await writes(two)).toBe(0);
  expect(await answeredInSave(two)).toEqual(first);

  // Tab 2 takes over (from the keyboard): it reloads and carries on from tab 1's answer.
  await two.keyboard.press('Enter');
  await expect(two.locator('html')).toHaveAttribute('data-tab', 'owner');
  await reopen(two);
  expect(await answered(two)).toEqual(first);
  expect(await screenKind(two)).toBe('reveal');

  // Tab 1 is told, and writes nothing more.
  const lost = one.locator('dialog.tab-dialog[data-tab="lost"]');
  await expect(lost).toBeVisible();
  await expect(one.locator('html')).toHaveAttribute('data-tab', 'lost');
  await expect(lost.locator('[data-action="take-over"]')).toHaveText('Take the game back here');
  const before = await writes(one);

  // Tab 2 answers the next question.
  await answerNext(two, 'b');
  const both = await answered(two);
  expect(both).toHaveLength(2);
  expect(both).toEqual(expect.arrayContaining(first));
  expect(await answeredInSave(two)).toEqual(both);

  // Tab 1 acts again (the game's keys, a move in its store, the page being left): the save keeps
  // both answers; Enter and Space there do not take the game back either.
  for (const k of ['ArrowRight', 'c', 'n', 'Escape', 't', 'Enter', ' ']) await one.keyboard.press(k);
  await expect(lost).toBeVisible();
  await one.evaluate(() => {
    const store = (window as unknown as { onTheRecord: { store: { getState(): { dispatch(a: object): void } } } }).onTheRecord.store;
    store.getState().dispatch({ type: 'openMenu' });
    store.getState().dispatch({ type: 'toTitle' });
    window.dispatchEvent(new Event('pagehide'));
  });
  expect(await writes(one)).toBe(before);
  expect(await answeredInSave(one)).toEqual(both);

  // Both reloaded: tab 2 still holds the game, tab 1 says it is open elsewhere; nothing lost.
  await one.reload();
  await one.waitForSelector('html[data-ready="true"]');
  await expect(one.locator('html')).toHaveAttribute('data-tab', 'elsewhere');
  expect(await answered(one)).toEqual(both);
  await two.reload();
  await reopen(two);
  await expect(two.locator('html')).toHaveAttribute('data-tab', 'owner');
  expect(await answered(two)).toEqual(both);
  expect(await answeredInSave(two)).toEqual(both);

  expect([...watchOne.problems, ...watchTwo.problems].filter((p) => !/requestfailed: .*favicon/.test(p))).toEqual([]);
  await context.close();
});
