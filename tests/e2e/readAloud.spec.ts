import { expect, test } from './fixture';
import { openGame, settled, stepBeats, watchPage } from './harness';

/** A stand-in for the browser's speech engine that records what it is asked to say. */
const fakeSpeech = () => {
  const said: { text: string; rate: number; voice: string | null; lang: string }[] = [];
  class Utterance {
    text: string;
    rate = 1;
    lang = '';
    voice: { name: string } | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.assign(window, { said, SpeechSynthesisUtterance: Utterance });
  // speechSynthesis is a read-only accessor on Window: replace it, do not assign it.
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak: (u: Utterance) => said.push({ text: u.text, rate: u.rate, voice: u.voice?.name ?? null, lang: u.lang }),
      cancel: () => undefined,
      getVoices: () => [{ name: 'Test Voice A' }, { name: 'Test Voice B' }],
    },
  });
};

const said = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { said: { text: string; rate: number; voice: string | null }[] }).said);

test('R reads the question and its answers; auto-read, speed and voice are settings; the reveal is read with the exact quote', async ({ page }) => {
  const watch = watchPage(page);
  await page.addInitScript(fakeSpeech);
  await openGame(page);
  // Off by default: nothing is read until asked.
  await page.locator('#speech-rate').selectOption('0.8', { force: true });
  await page.locator('#speech-voice').selectOption('Test Voice B', { force: true });
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  expect(await said(page)).toEqual([]);
  await page.keyboard.press('r');
  const [round] = await said(page);
  expect(round).toMatchObject({ rate: 0.8, voice: 'Test Voice B' });
  expect(round!.text).toMatch(/^Who did Bukele say he was willing to take into Cecot\? A: .+ B: .+/);
  // Shift+R: every new question and reveal is read as it appears.
  await page.keyboard.press('Shift+R');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  // Locked in: the reveal opens on the class's picks, and nothing is read before the verdict shows.
  await expect(page.locator('#a11y [data-beat]')).toBeAttached();
  expect(await said(page)).toHaveLength(1);
  // R at the picks says only the screen's question, never the verdict.
  await page.keyboard.press('r');
  await expect.poll(async () => (await said(page)).at(-1)?.text).toBe('What did the sources say?');
  await page.evaluate(() => (window as unknown as { said: unknown[] }).said.splice(1));
  await stepBeats(page);
  await expect.poll(async () => (await said(page)).length).toBe(2);
  expect((await said(page))[1]!.text).toContain('“We are willing to take in only convicted criminals');
  expect((await said(page))[1]!.text).toContain('Nayib Bukele, El Salvadoran President');
  // One wording per outcome: read-aloud, the DOM layer's status line and the canvas banner open with the same words and points.
  const spoken = (await said(page))[1]!.text.match(/^([^,.]+), (\+\d+ points)\./);
  expect(spoken, 'read-aloud opens with the outcome and the points').not.toBeNull();
  const [, word, points] = spoken!;
  await expect(page.locator('#a11y .verdict[role="status"]')).toHaveText(`${word}. ${points}.`);
  // Once the points have counted up.
  await settled(page);
  expect(await canvasTexts(page)).toEqual(expect.arrayContaining([word, points]));
  expect(watch.problems).toEqual([]);
});

/** Every text on the canvas's live scenes, as given (before wrapping). */
const canvasTexts = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const { game } = (
      window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): { children: { list: { type: string; text: string }[] } }[] } } } }
    ).onTheRecord;
    return game.scene.getScenes(true).flatMap((s) => s.children.list.filter((o) => o.type === 'Text').map((o) => o.text));
  });

test('where the browser has no speech, R does nothing and the game goes on', async ({ page }) => {
  const watch = watchPage(page);
  await page.addInitScript(() => {
    // Remove the engine (on Window's prototype) as browsers without speech lack it.
    delete (Window.prototype as unknown as { speechSynthesis?: unknown }).speechSynthesis;
    delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await openGame(page);
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await expect(page.locator('#a11y [data-speech]')).toContainText('cannot read aloud');
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter', 'r', 'Shift+R', 'a', 'Enter']) await page.keyboard.press(k);
  await expect(page.locator('#a11y [data-screen="reveal"]')).toBeAttached();
  expect(watch.problems).toEqual([]);
});
