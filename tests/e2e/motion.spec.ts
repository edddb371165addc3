import { expect, test, type Browser, type Page } from './fixture';
import { openGame, screenKind, settled, textsOnCanvas } from './harness';

/** How many animations the page has started, and whether a tween or timeline is running now. */
const motion = (page: Page) =>
  page.evaluate(() => {
    const otr = (
      window as unknown as {
        onTheRecord: {
          motion(): { started: number; reduced: boolean };
          game: { scene: { getScenes(a: boolean): { tweens: { getTweens(): unknown[] } }[] } };
        };
      }
    ).onTheRecord;
    return { ...otr.motion(), running: otr.game.scene.getScenes(true).reduce((n, s) => n + s.tweens.getTweens().length, 0) };
  });

/** The keys of a short walk: title → setup → … → a round, an answer, its reveal beats, the next round. */
async function walk(page: Page, visit: (step: number) => Promise<void>): Promise<void> {
  await visit(0);
  for (let step = 1; step <= 12; step++) {
    const kind = await screenKind(page);
    if (kind === 'round') {
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
    } else await page.keyboard.press(kind === 'title' || kind === 'setup' ? 'Enter' : 'Space');
    await visit(step);
  }
}

async function pageWith(browser: Browser, reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
  const context = await browser.newContext({ reducedMotion, viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await openGame(page, '?renderer=canvas&seed=7');
  return page;
}

test('with reduced motion no tween runs, and every screen of the walk ends as it does with motion on', async ({ browser }) => {
  const moving = await pageWith(browser, 'no-preference');
  const still = await pageWith(browser, 'reduce');
  const seen: { kind: string | null; texts: string }[] = [];
  const shape = async (page: Page) =>
    JSON.stringify((await textsOnCanvas(page)).map((t) => [t.scene, t.text, Math.round(t.left), Math.round(t.top), Math.round(t.right), Math.round(t.bottom)]));
  await walk(moving, async () => {
    seen.push({ kind: await screenKind(moving), texts: await shape(moving) });
  });
  expect((await motion(moving)).started, 'the walk animates with motion on').toBeGreaterThan(5);
  let i = 0;
  await walk(still, async () => {
    const m = await motion(still);
    expect(m.reduced).toBe(true);
    expect(m.started, 'no animation starts').toBe(0);
    expect(m.running, 'no tween runs').toBe(0);
    const want = seen[i++]!;
    expect(await screenKind(still)).toBe(want.kind);
    expect(await shape(still), `the ${want.kind} screen's final picture`).toBe(want.texts);
  });
  // The menu's setting overrides the device either way.
  await still.evaluate(() => {
    const { store } = (window as unknown as { onTheRecord: { store: { getState(): { settings: object }; setState(s: object): void } } }).onTheRecord;
    store.setState({ settings: { ...store.getState().settings, motion: 'full' } });
  });
  expect((await motion(still)).reduced).toBe(false);
  await moving.evaluate(() => {
    const { store } = (window as unknown as { onTheRecord: { store: { getState(): { settings: object }; setState(s: object): void } } }).onTheRecord;
    store.setState({ settings: { ...store.getState().settings, motion: 'reduced' } });
  });
  expect((await motion(moving)).reduced).toBe(true);
  await moving.context().close();
  await still.context().close();
});

test('a key pressed while a screen animates skips it at once and still acts, on the screen it was pressed on', async ({ browser }) => {
  const page = await pageWith(browser, 'no-preference');
  await settled(page);
  // In the page, so no round trip lets an entrance finish first: each key starts the next screen's
  // entrance, and the next key comes in the first frame where it is moving.
  const presses = await page.evaluate(async () => {
    const otr = (
      window as unknown as {
        onTheRecord: {
          game: { scene: { getScenes(a: boolean): { tweens: { getTweens(): unknown[] } }[] } };
          store: { getState(): { game: { phase: string } } };
        };
      }
    ).onTheRecord;
    const running = () => otr.game.scene.getScenes(true).reduce((k, s) => k + s.tweens.getTweens().length, 0);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const screen = () => document.querySelector('#a11y [data-screen]')?.getAttribute('data-screen') ?? '';
    const out: { screen: string; during: number; after: number; from: string; to: string }[] = [];
    // Registered after the game's skip, on the way down: sees what is left moving once the skip has
    // run and before the key is handled (the next screen's own entrance starts after that).
    let atKey = -1;
    window.addEventListener('keydown', () => (atKey = running()), { capture: true });
    for (let n = 0; n < 5; n++) {
      if (n > 0) for (let i = 0; i < 60 && running() === 0; i++) await frame();
      const during = running();
      const from = otr.store.getState().game.phase;
      const shown = screen();
      // At the page's body, as a real key press is (the window sees it on the way down first).
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: shown === 'title' || shown === 'setup' ? 'Enter' : ' ', bubbles: true }));
      out.push({ screen: shown, during, after: atKey, from, to: otr.store.getState().game.phase });
      // Let the director start the next scene (its entrance is what the next key lands on).
      await frame();
    }
    return out;
  });
  for (const [n, p] of presses.entries()) {
    expect(p.to, `key ${n} on ${p.screen} moved the game on`).not.toBe(p.from);
    if (n === 0) continue;
    expect(p.during, `key ${n}: an entrance was running when it came`).toBeGreaterThan(0);
    expect(p.after, `key ${n}: it ended every animation at once, before it was handled`).toBe(0);
  }
  // Every key landed on the screen it was pressed on: five presses, five screens on.
  expect(new Set(presses.map((p) => p.from)).size).toBe(presses.length);
  await page.context().close();
});
