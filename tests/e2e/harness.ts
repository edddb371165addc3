import { readFileSync } from 'node:fs';
import { expect, type ConsoleMessage, type Page, type Request, type Response } from './fixture';

/** The pack as data, read straight from disk: the tests' answer key never comes from game code. */
export interface RawOption {
  id: string;
  text?: string;
  verdict: 'supported' | 'partial' | 'unsupported' | 'contradicted';
  evidence?: string[];
}
export interface RawCard {
  id: string;
  relevance: 'on-point' | 'related' | 'off-topic';
  bearing: 'for' | 'against' | 'neutral';
  strength: 'strong' | 'moderate' | 'weak';
}
export interface RawRound {
  id: string;
  prompt: string;
  type: 'choice' | 'claim' | 'who' | 'multi' | 'rebuttal' | 'stronger' | 'case' | 'whoswho' | 'verdict';
  /** A stronger-source round: whose kind of word is right (expert when absent). */
  favours?: 'expert' | 'official';
  options?: RawOption[];
  quote?: string;
  quotes?: string[];
  speakers?: string[];
  stance?: 'for' | 'against';
  cards?: RawCard[];
  scale?: { id: string; verdict: RawOption['verdict'] }[];
}
export interface RawLevel {
  id: string;
  rounds: RawRound[];
}

export interface RawQuote {
  id: string;
  speaker: string;
  text: string;
}
export interface RawSpeaker {
  id: string;
  name: string;
  role?: string;
  kind: string;
}

/** A pack folder under levels/ (the CECOT pack unless named). */
export function readPack(folder = 'cecot-2025'): {
  levels: RawLevel[];
  quoteSpeaker: Map<string, string>;
  speakerKind: Map<string, string>;
  quotes: Map<string, RawQuote>;
  speakers: Map<string, RawSpeaker>;
} {
  const PACK_DIR = new URL(`../../levels/${folder}/`, import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('pack.json', PACK_DIR), 'utf8')) as { levels: string[]; quotes: RawQuote[]; speakers: RawSpeaker[] };
  const levels = manifest.levels.map((id) => JSON.parse(readFileSync(new URL(`${id}.json`, PACK_DIR), 'utf8')) as RawLevel);
  return {
    levels,
    quoteSpeaker: new Map(manifest.quotes.map((q) => [q.id, q.speaker])),
    speakerKind: new Map(manifest.speakers.map((sp) => [sp.id, sp.kind])),
    quotes: new Map(manifest.quotes.map((q) => [q.id, q])),
    speakers: new Map(manifest.speakers.map((sp) => [sp.id, sp])),
  };
}

export const isDebate = (r: RawRound) => r.type === 'case' || r.type === 'whoswho' || r.type === 'verdict';

/**
 * The test's own copy of the documented debate table (README, src/core/debateScoring.ts),
 * so the expected scores do not come from the code under test.
 */
const REL = { 'on-point': 15, related: 8, 'off-topic': 0 } as const;
const STR = { strong: 10, moderate: 5, weak: 0 } as const;
const VPTS = { supported: 100, partial: 50, unsupported: 0, contradicted: 0 } as const;

/** A strong play for a side: the two cards backing it worth the most, and the other side's heaviest card conceded. */
export function casePlan(round: RawRound, stance: 'for' | 'against', taken: readonly string[] = []) {
  const other = stance === 'for' ? 'against' : 'for';
  const worth = (c: RawCard) => (c.bearing === stance ? REL[c.relevance] + 15 + STR[c.strength] : c.bearing === 'neutral' ? REL[c.relevance] : 0);
  const play = round
    .cards!.filter((c) => !taken.includes(c.id))
    .sort((a, b) => worth(b) - worth(a))
    .slice(0, 2);
  const counters = round.cards!.filter((c) => c.bearing === other);
  const heaviest = Math.max(...counters.map((c) => REL[c.relevance] + STR[c.strength]));
  const concede = counters.find((c) => REL[c.relevance] + STR[c.strength] === heaviest && !play.includes(c))!;
  return { play, concede, score: play.reduce((n, c) => n + worth(c), 0) + 20 };
}

export function verdictPlan(round: RawRound) {
  const spot = round.scale!.find((p) => p.verdict === 'supported')!;
  const worth = (c: RawCard) => (c.bearing === 'for' && c.relevance !== 'off-topic' ? 10 + STR[c.strength] : 0);
  const cards = [...round.cards!].sort((a, b) => worth(b) - worth(a)).slice(0, 3);
  return { spot, cards, score: (40 * VPTS[spot.verdict]) / 100 + cards.reduce((n, c) => n + worth(c), 0) };
}

/**
 * The ids of the options that agree with the experts in a round. Ids, never places: the game
 * shuffles every list, so a test finds an option on screen by id (see shown.ts).
 */
export function bestIds(round: RawRound, quoteSpeaker: Map<string, string>, speakerKind: Map<string, string> = readPack().speakerKind): string[] {
  if (round.type === 'who') return [quoteSpeaker.get(round.quote!)!];
  if (round.type === 'stronger') return round.speakers!.filter((s) => speakerKind.get(s) === (round.favours ?? 'expert'));
  return round.options!.flatMap((o) => (o.verdict === 'supported' ? [o.id] : []));
}

/** Every option id of an answer-picking round (speakers, for "who said it?"). */
export function optionIds(round: RawRound): string[] {
  return round.type === 'who' || round.type === 'stronger' ? round.speakers! : round.options!.map((o) => o.id);
}

/**
 * Console errors, failed requests and requests to any other origin, collected for a test to assert on.
 * `stop` takes the listeners off again (a page reused by the next test, see sharedPage.ts).
 */
export function watchPage(page: Page, origin = 'http://127.0.0.1:4173') {
  const problems: string[] = [];
  const foreign: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  };
  const onPageError = (e: Error) => problems.push(`pageerror: ${e.message}`);
  const onRequest = (r: Request) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  };
  const onRequestFailed = (r: Request) => problems.push(`requestfailed: ${r.url()}`);
  const onResponse = (r: Response) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  const stop = () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('request', onRequest);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  };
  return { problems, foreign, stop };
}

/** Opens the game; a fresh browser starts on the title (a seeded save may start elsewhere). */
export async function openGame(page: Page, query = '?renderer=canvas', startsOn: string = 'title'): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator(`#a11y [data-screen="${startsOn}"]`)).toBeAttached();
}

/** Opens the game seeded (every list in one order) in a language at a text preset. */
export async function openWith(page: Page, language: 'en' | 'es', textSize: 'standard' | 'large' | 'xl'): Promise<void> {
  await openGame(page, '?renderer=canvas&seed=7');
  await showIn(page, language, textSize);
}

/** The language and text preset of a page on the title, set as a teacher's saved settings would be. */
export async function showIn(page: Page, language: 'en' | 'es', textSize: 'standard' | 'large' | 'xl'): Promise<void> {
  await page.evaluate(
    ([language, textSize]) => {
      const store = (
        window as unknown as { onTheRecord: { store: { getState(): { settings: object; setLanguage(l: string): void }; setState(s: object): void } } }
      ).onTheRecord.store;
      store.getState().setLanguage(language);
      store.setState({ settings: { ...store.getState().settings, textSize } });
    },
    [language, textSize] as const,
  );
  await expect(page.locator('html')).toHaveAttribute('data-text-size', textSize);
}

export async function screenKind(page: Page): Promise<string | null> {
  return page.locator('#a11y [data-screen]').getAttribute('data-screen');
}

/** Waits until the canvas shows the scene for this screen, with its controls in place. */
export async function sceneReady(page: Page, scene: string, control: string): Promise<void> {
  await page.waitForFunction(
    ([s, c]) => {
      const otr = (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string }[] } }).onTheRecord;
      return otr.hitAreas().some((a) => a.scene === s && a.name === c);
    },
    [scene, control] as const,
  );
}

/** Clicks a named control on the canvas, at its centre, as a mouse would. */
export async function clickControl(page: Page, scene: string, name: string): Promise<void> {
  await sceneReady(page, scene, name);
  const area = await page.evaluate(
    ([s, n]) => {
      const otr = (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string; x: number; y: number; width: number; height: number }[] } })
        .onTheRecord;
      return otr.hitAreas().find((a) => a.scene === s && a.name === n)!;
    },
    [scene, name] as const,
  );
  const box = (await page.locator('#game canvas').boundingBox())!;
  const k = box.width / 1920;
  // Press and release as a hand does, a moment apart, rather than in the same instant.
  await page.mouse.click(box.x + (area.x + area.width / 2) * k, box.y + (area.y + area.height / 2) * k, { delay: 40 });
}

/** Team play of a case round: sides alternate A, B, A, B, each taking its best card left; then each concedes. */
export function teamCasePlan(round: RawRound) {
  const REL_ = { 'on-point': 15, related: 8, 'off-topic': 0 } as const;
  const STR_ = { strong: 10, moderate: 5, weak: 0 } as const;
  const stances = [round.stance ?? 'for', (round.stance ?? 'for') === 'for' ? 'against' : 'for'] as const;
  const worth = (c: RawCard, stance: string) =>
    c.bearing === stance ? REL_[c.relevance] + 15 + STR_[c.strength] : c.bearing === 'neutral' ? REL_[c.relevance] : 0;
  const order: { team: 0 | 1; card: RawCard }[] = [];
  for (let i = 0; i < 4; i++) {
    const team = (i % 2) as 0 | 1;
    const left = round.cards!.filter((c) => !order.some((o) => o.card === c));
    order.push({ team, card: left.sort((a, b) => worth(b, stances[team]) - worth(a, stances[team]))[0]! });
  }
  const concede = ([0, 1] as const).map((team) => {
    const counters = round.cards!.filter((c) => c.bearing === stances[1 - team]);
    const heaviest = Math.max(...counters.map((c) => REL_[c.relevance] + STR_[c.strength]));
    const mine = order.filter((o) => o.team === team).map((o) => o.card);
    const pick = counters.find((c) => REL_[c.relevance] + STR_[c.strength] === heaviest && !mine.includes(c)) ?? null;
    return { card: pick, points: pick ? 20 : 0 };
  });
  const scores = ([0, 1] as const).map(
    (team) => order.filter((o) => o.team === team).reduce((n, o) => n + worth(o.card, stances[team]), 0) + concede[team]!.points,
  );
  return { order, concede, scores: scores as [number, number], stances };
}

export interface TextReport {
  scene: string;
  text: string;
  size: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Waits until the game has drawn the state it was given: a change wakes the render loop at the
 * next animation frame (platform/idleLoop), the director's scene starts in that step, and the loop
 * sleeps again once the frames after the last change are rendered. (This was a fixed 250 ms wait,
 * paid on every screen looked at.)
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { game } = (window as unknown as { onTheRecord: { game: { loop: { running: boolean } } } }).onTheRecord;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    await frame();
    await frame();
    for (let i = 0; i < 300 && game.loop.running; i++) await frame();
  });
}

/** Every Text on the canvas, in design pixels, as the scenes laid it out. */
export async function textsOnCanvas(page: Page): Promise<TextReport[]> {
  await settled(page);
  return page.evaluate(() => {
    const { game } = (
      window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): { scene: { key: string }; children: { list: unknown[] } }[] } } } }
    ).onTheRecord;
    return game.scene.getScenes(true).flatMap((s) =>
      (
        s.children.list as {
          type: string;
          text: string;
          style: { fontSize: string };
          getBounds(): { left: number; top: number; right: number; bottom: number };
        }[]
      )
        .filter((o) => o.type === 'Text' && o.text.trim() !== '')
        .map((o) => {
          const b = o.getBounds();
          return {
            scene: s.scene.key,
            text: o.text.slice(0, 40),
            size: Number.parseFloat(o.style.fontSize),
            left: b.left,
            top: b.top,
            right: b.right,
            bottom: b.bottom,
          };
        }),
    );
  });
}

/**
 * Every page of the screen showing (the final results, say; a pick reveal's beats, then its pages), turned by the store in one go, and
 * the texts each page's redraw put on the canvas, in full (the scenes redraw as the page changes). Cheap:
 * no waiting per page, so a test can check dozens of pages.
 */
export async function textsOnEveryPage(page: Page): Promise<TextReport[][]> {
  await settled(page);
  return page.evaluate(() => {
    const { game, store } = (
      window as unknown as {
        onTheRecord: {
          game: { scene: { getScenes(a: boolean): { scene: { key: string }; children: { list: unknown[] } }[] } };
          store: {
            getState(): { page: number; beat: number; settings: { motion: string }; setPage(p: number): void; setBeat(b: number): void };
            setState(s: object): void;
          };
        };
      }
    ).onTheRecord;
    const read = () =>
      game.scene.getScenes(true).flatMap((s) =>
        (
          s.children.list as {
            type: string;
            text: string;
            style: { fontSize: string };
            getBounds(): { left: number; top: number; right: number; bottom: number };
          }[]
        )
          .filter((o) => o.type === 'Text' && o.text.trim() !== '')
          .map((o) => {
            const b = o.getBounds();
            return { scene: s.scene.key, text: o.text, size: Number.parseFloat(o.style.fontSize), left: b.left, top: b.top, right: b.right, bottom: b.bottom };
          }),
      );
    const s = () => store.getState();
    const start = s().page;
    const startBeat = s().beat;
    // Each page drawn in its end state: motion off while they are turned (a clipping slides in on a page change).
    const motion = s().settings.motion;
    store.setState({ settings: { ...s().settings, motion: 'reduced' } });
    const pages = [];
    // A pick reveal's beats (the picks, the verdict) come first, then its pages at the whole reveal.
    if (document.querySelector('#a11y [data-screen="reveal"]')) {
      for (const b of [0, 1]) {
        s().setBeat(b);
        pages.push(read());
      }
      s().setBeat(2);
    }
    for (let p = 0; p < 200; p++) {
      s().setPage(p);
      if (s().page !== p) break;
      pages.push(read());
    }
    s().setPage(start);
    s().setBeat(startBeat);
    store.setState({ settings: { ...s().settings, motion } });
    return pages;
  });
}

export async function checkLegible(page: Page, name: string): Promise<void> {
  checkTexts(await textsOnCanvas(page), name);
}

/** The legibility check over texts already read off the canvas (see `textsOnCanvas`, or a page's own read of many pages at once). */
export function checkTexts(texts: readonly TextReport[], name: string): void {
  expect(texts.length, `${name}: some text on the canvas`).toBeGreaterThan(0);
  // Gathered first and asserted once: an expect per text and edge took seconds a screen.
  const problems: string[] = [];
  for (const t of texts) {
    if (!(t.size >= 36)) problems.push(`"${t.text}" is ${t.size} px, under 36`);
    // Inside the 1920×1080 design with a safe margin for overscanned projectors.
    if (!(t.left >= 32)) problems.push(`"${t.text}" left edge ${t.left} < 32`);
    if (!(t.top >= 20)) problems.push(`"${t.text}" top edge ${t.top} < 20`);
    if (!(t.right <= 1920 - 32)) problems.push(`"${t.text}" right edge ${t.right} > ${1920 - 32}`);
    if (!(t.bottom <= 1080 - 20)) problems.push(`"${t.text}" bottom edge ${t.bottom} > ${1080 - 20}`);
  }
  expect(problems, `${name}: text too small or outside the safe area`).toEqual([]);
  // No two texts of one screen collide (a card running into the footer, say).
  const overlaps = texts.flatMap((a, i) =>
    texts
      .slice(i + 1)
      .filter(
        (b) => a.scene === b.scene && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2,
      )
      .map((b) => `"${a.text}" × "${b.text}"`),
  );
  expect(overlaps, `${name}: overlapping text`).toEqual([]);
}

/** The centre of a named control in page coordinates, once its scene shows it. */
export async function controlCentre(page: Page, scene: string, name: string): Promise<{ cx: number; cy: number }> {
  await sceneReady(page, scene, name);
  const a = await page.evaluate(
    ([s, n]) =>
      (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string; x: number; y: number; width: number; height: number }[] } }).onTheRecord
        .hitAreas()
        .find((h) => h.scene === s && h.name === n)!,
    [scene, name] as const,
  );
  const box = (await page.locator('#game canvas').boundingBox())!;
  const k = box.width / 1920;
  return { cx: box.x + (a.x + a.width / 2) * k, cy: box.y + (a.y + a.height / 2) * k };
}

/** A small seeded generator, so a random browser test can be replayed exactly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A pick reveal just locked in comes in at its first beat (the class's picks), then the verdict
 * (core/screens/revealBeats.ts): this steps it on to the whole reveal (the explanation, the
 * quotes, the points) as Space does, and waits for it to be drawn. Nothing on any other screen.
 */
export async function throughReveal(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { store } = (
      window as unknown as { onTheRecord: { store: { getState(): { beat: number; game: { phase: string; overlay: unknown }; advance(): boolean } } } }
    ).onTheRecord;
    const s = () => store.getState();
    for (let i = 0; i < 4 && s().game.phase === 'reveal' && !s().game.overlay && s().beat < 2; i++) s().advance();
  });
  await expect(page.locator('#a11y [data-beat]')).toHaveCount(0);
  await settled(page);
}

/**
 * Steps a pick reveal's beats (the picks, the verdict) as a teacher does, with a key press or a
 * click on Next each, until the whole reveal shows; each step must change the beat.
 */
export async function stepBeats(page: Page, by: 'key' | 'click' = 'key'): Promise<void> {
  const beat = async () =>
    (await page.locator('#a11y [data-beat]').count()) > 0 ? await page.locator('#a11y [data-beat]').getAttribute('data-beat') : 'whole';
  for (let i = 0; i < 3 && (await beat()) !== 'whole'; i++) {
    const before = await beat();
    if (by === 'key') await page.keyboard.press('Space');
    else await clickControl(page, 'Reveal', 'action:next');
    await expect.poll(beat).not.toBe(before);
  }
}

/** Plays on by keyboard, the first answer in every round, until the screen `until` is up. */
export async function playFirstAnswers(page: Page, until: 'final' | 'levelSummary'): Promise<void> {
  // A pick reveal takes three presses (its beats) before its pages.
  for (let i = 0; i < 200 && (await screenKind(page)) !== until; i++) {
    const kind = await screenKind(page);
    if (kind === 'round') {
      await page.keyboard.press('a');
      await page.keyboard.press('Enter');
    } else await page.keyboard.press(kind === 'title' || kind === 'setup' ? 'Enter' : 'Space');
  }
  expect(await screenKind(page)).toBe(until);
}

/** Presses the Esc menu's entry whose label matches, by its number key (numbers move as entries come and go); opens the menu first if needed. */
export async function menuEntry(page: Page, label: RegExp): Promise<void> {
  if (!(await page.locator('#a11y [data-menu]').count())) await page.keyboard.press('Escape');
  const item = page.locator('#a11y [data-menu]').filter({ hasText: label });
  await expect(item).toHaveCount(1);
  await page.keyboard.press(String(Number(await item.getAttribute('data-menu')) + 1));
}

export type Action = Record<string, unknown> & { type: string };

/** Dispatches each action in turn through the game's store; every one must be taken (a refused one means a walk is off course). */
export async function act(page: Page, ...actions: Action[]): Promise<void> {
  const refused = await page.evaluate((list) => {
    const { store } = (window as unknown as { onTheRecord: { store: { getState(): { dispatch(a: unknown): boolean } } } }).onTheRecord;
    return list.filter((a) => !store.getState().dispatch(a)).map((a) => JSON.stringify(a));
  }, actions);
  expect(refused, 'every action taken').toEqual([]);
}
