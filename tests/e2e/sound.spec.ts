import { expect, test, type Page } from './fixture';
import { act, openGame, screenKind } from './harness';
import { CUE_SOUNDS } from '../../src/services/soundSet';
import type { Cue } from '../../src/services/soundCues';

/**
 * The Web Audio graph, spied on: every audio context made, and every oscillator and noise
 * source started (by pitch), in order. Nothing here waits on time: a cue is known by its notes.
 */
async function spyOnAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard = { contexts: 0, started: [] as (number | 'noise')[] };
    (window as unknown as { heard: typeof heard }).heard = heard;
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        heard.contexts += 1;
      }
    };
    const osc = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      heard.started.push(Math.round(this.frequency.value));
      return osc.call(this, when);
    };
    const src = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (this: AudioBufferSourceNode, ...args: [number?, number?, number?]) {
      heard.started.push('noise');
      return src.apply(this, args);
    };
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: { contexts: number; started: (number | 'noise')[] } }).heard);

/** The cues in the order the graph started them, read by each cue's notes. */
function cuesIn(started: (number | 'noise')[]): Cue[] {
  const cues: Cue[] = [];
  let i = 0;
  while (i < started.length) {
    const match = (Object.entries(CUE_SOUNDS) as [Cue, (typeof CUE_SOUNDS)[Cue]][]).find(([, sound]) => {
      const notes: (number | 'noise')[] = sound.notes.map((n) => Math.round(n.f));
      if (sound.noise) notes.push('noise');
      return notes.every((f, k) => started[i + k] === f);
    });
    if (!match) throw new Error(`no cue starts with ${String(started[i])} at ${i}: ${JSON.stringify(started)}`);
    cues.push(match[0]);
    i += match[1].notes.length + (match[1].noise ? 1 : 0);
  }
  return cues;
}

const outcomeCue = (page: Page) =>
  page.evaluate(() => {
    const { store } = (
      window as unknown as {
        onTheRecord: {
          store: {
            getState(): {
              pack: { levels: { id: string; rounds: { id: string }[] }[] };
              game: { level: number; round: number; records: Record<string, Record<string, { score: number }>> };
            };
          };
        };
      }
    ).onTheRecord;
    const { pack, game } = store.getState();
    const level = pack.levels[game.level]!;
    const score = game.records[level.id]![level.rounds[game.round]!.id]!.score;
    return score >= 100 ? 'right' : score > 0 ? 'partly' : 'notRight';
  });

test('sound is silent until M turns it on, then the graph plays pick, lock-in, stamp with the outcome, and the podium', async ({ page }) => {
  await spyOnAudio(page);
  await openGame(page, '?renderer=canvas&seed=7');
  // Teams, to reach a podium; play the first round with sound off (the default).
  await page.keyboard.press('t');
  for (let i = 0; i < 10 && (await screenKind(page)) !== 'round'; i++) await page.keyboard.press((await screenKind(page)) === 'setup' ? 'Enter' : 'Space');
  expect(await screenKind(page)).toBe('round');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await expect.poll(() => screenKind(page)).toBe('reveal');
  for (let i = 0; i < 8 && (await screenKind(page)) !== 'round'; i++) await page.keyboard.press('Space');
  expect(await heard(page), 'nothing made, nothing played, while sound is off').toEqual({ contexts: 0, started: [] });

  expect(await screenKind(page)).toBe('round');
  await page.keyboard.press('m');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await expect.poll(() => screenKind(page)).toBe('reveal');
  // The picks first: nothing of the verdict yet, so no stamp.
  expect(cuesIn((await heard(page)).started)).toEqual(['pick', 'lockIn']);
  await page.keyboard.press('Space');
  const outcome = await outcomeCue(page);
  await expect.poll(async () => cuesIn((await heard(page)).started)).toEqual(['pick', 'lockIn', 'stamp', outcome]);

  // The bell: the session ends, and the results open on the podium with its fanfare.
  await act(page, { type: 'openMenu' }, { type: 'endSession' });
  for (let i = 0; i < 4 && (await screenKind(page)) !== 'final'; i++) await page.keyboard.press('Space');
  expect(await screenKind(page)).toBe('final');
  await expect.poll(async () => cuesIn((await heard(page)).started).at(-1)).toBe('podium');
  expect((await heard(page)).contexts, 'one audio context for the whole lesson').toBe(1);
});
