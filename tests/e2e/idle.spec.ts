import { expect, test, type Page } from './fixture';
import { act, openGame, readPack } from './harness';

/** Whether Phaser's render loop is running. */
const loop = (page: Page) =>
  page.evaluate(() => (window as unknown as { onTheRecord: { game: { loop: { running: boolean } } } }).onTheRecord.game.loop.running);
// What the screen shows, as composited (a WebGL canvas's own buffer is gone once shown).
const picture = async (page: Page) => (await page.locator('#game canvas').screenshot({ scale: 'css' })).toString('base64');

for (const renderer of ['canvas', 'webgl']) {
  test(`${renderer}: the render loop sleeps while nothing changes, and a key wakes it to draw the next screen`, async ({ page }) => {
    await openGame(page, `?renderer=${renderer}`);
    // Asleep a moment after the title has drawn, and still asleep later.
    await expect.poll(() => loop(page)).toBe(false);
    await page.waitForTimeout(500);
    expect(await loop(page)).toBe(false);
    const title = await picture(page);

    await page.keyboard.press('Enter'); // to the class setup
    await expect(page.locator('#a11y [data-screen="setup"]')).toHaveCount(1);
    // The new screen reaches the canvas, then the loop sleeps again.
    await expect.poll(() => picture(page)).not.toBe(title);
    await expect.poll(() => loop(page)).toBe(false);
    const setup = await picture(page);

    // A change on the same screen (a question ticked out) is drawn too.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    await expect.poll(() => picture(page)).not.toBe(setup);
    await expect.poll(() => loop(page)).toBe(false);
  });
}

/**
 * Installed in the page: every animation frame notes whether something moves (a tween, a
 * timeline, a camera fading in) and whether Phaser's loop runs, so a test can see when the
 * last animation ended and what the loop did after it.
 */
function recordFrames(): void {
  const w = window as unknown as {
    onTheRecord: { game: { loop: { running: boolean }; scene: { getScenes(active: boolean): PhaserScene[] } } };
    __idleFrames: { moving: boolean; running: boolean }[];
  };
  interface PhaserScene {
    sys: { tweens?: { getTweens(): unknown[] }; events: { _events?: Record<string, unknown> } };
    cameras: { main: { alpha: number } };
  }
  const game = w.onTheRecord.game;
  // A Phaser timeline listens to its scene's 'update' with itself as the context.
  const timeline = (s: PhaserScene) => {
    const l = s.sys.events._events?.update as { context?: { events?: unknown; paused?: boolean; complete?: boolean } } | undefined;
    return (Array.isArray(l) ? l : l ? [l] : []).some((e) => Array.isArray(e.context?.events) && e.context?.paused === false && e.context?.complete === false);
  };
  const moving = () => game.scene.getScenes(true).some((s) => (s.sys.tweens?.getTweens().length ?? 0) > 0 || timeline(s) || s.cameras.main.alpha < 1);
  w.__idleFrames = [];
  const tick = () => {
    w.__idleFrames.push({ moving: moving(), running: game.loop.running });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const frames = (page: Page) => page.evaluate(() => (window as unknown as { __idleFrames: { moving: boolean; running: boolean }[] }).__idleFrames);

/**
 * After the last animation on screen ends, the loop is asleep within a few frames, and stays
 * asleep: `from` is the frame count before the change, so only this change's frames are read.
 */
async function sleepsAfterMotion(page: Page, from: number, what: string): Promise<number> {
  // The motion ran (a change that animates nothing would prove nothing), then ended.
  await expect.poll(async () => (await frames(page)).slice(from).some((f) => f.moving), { message: `${what}: something moved` }).toBe(true);
  await expect.poll(async () => (await frames(page)).at(-1)!.moving, { message: `${what}: the motion ended` }).toBe(false);
  // Half a second on (about 30 frames), read back what the loop did after the last moving frame.
  await page.waitForTimeout(500);
  const after = (await frames(page)).slice(from);
  const last = after.length - 1 - [...after].reverse().findIndex((f) => f.moving);
  const rest = after.slice(last + 1);
  const asleepAt = rest.findIndex((f) => !f.running);
  expect(asleepAt, `${what}: the loop slept after the last animation`).toBeGreaterThanOrEqual(0);
  expect(asleepAt, `${what}: frames from the last animation to the loop's sleep`).toBeLessThanOrEqual(4);
  expect(
    rest.slice(asleepAt).every((f) => !f.running && !f.moving),
    `${what}: asleep from then on`,
  ).toBe(true);
  expect(rest.length - asleepAt, `${what}: watched long enough`).toBeGreaterThan(10);
  return after.length + from;
}

interface Store {
  getState(): { dispatch(a: object): boolean; advance(): boolean; game: { phase: string } };
}
/** Space, as the store takes it (a key while something moves would skip it: this test waits for the motion to end). */
const advance = (page: Page) => page.evaluate(() => (window as unknown as { onTheRecord: { store: Store } }).onTheRecord.store.getState().advance());

test('canvas: once a reveal’s stamp has landed and a new screen has faded in, the loop sleeps within a few frames and stays asleep', async ({ page }) => {
  await openGame(page, '?renderer=canvas&seed=7');
  // To the first question through the store (the keys would take the same steps, slower).
  const phase = await page.evaluate(() => {
    const { store } = (window as unknown as { onTheRecord: { store: Store } }).onTheRecord;
    for (let i = 0; i < 10 && store.getState().game.phase !== 'round'; i++) store.getState().dispatch({ type: 'next' });
    return store.getState().game.phase;
  });
  expect(phase).toBe('round');
  await page.evaluate(recordFrames);
  await expect.poll(async () => (await frames(page)).at(-1)?.moving).toBe(false);
  const option = readPack().levels[0]!.rounds[0]!.options![0]!.id;

  // Locked in: the reveal comes in at its first beat (the class's pick).
  let seen = (await frames(page)).length;
  await act(page, { type: 'choose', option }, { type: 'confirm' });
  await expect(page.locator('#a11y [data-screen="reveal"]')).toHaveCount(1);
  seen = await sleepsAfterMotion(page, seen, 'the reveal’s entrance');
  // Space twice: the verdict stamp lands, then the evidence and the points.
  for (const beat of ['the verdict stamp', 'the evidence']) {
    await advance(page);
    seen = await sleepsAfterMotion(page, seen, beat);
  }
  // Space again: the next question comes in.
  await advance(page);
  await expect(page.locator('#a11y [data-screen="round"]')).toHaveCount(1);
  await sleepsAfterMotion(page, seen, 'the next question’s entrance');
});
