import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The pack as data, read straight from disk: the tests' answer key never comes from game code. */
export interface RawOption {
  id: string;
  verdict: 'supported' | 'partial' | 'unsupported' | 'contradicted';
}
export interface RawRound {
  id: string;
  type: 'choice' | 'claim' | 'who' | 'multi';
  options?: RawOption[];
  quote?: string;
  speakers?: string[];
}
export interface RawLevel {
  id: string;
  rounds: RawRound[];
}

const PACK_DIR = new URL('../../levels/cecot-2025/', import.meta.url);

export function readPack(): { levels: RawLevel[]; quoteSpeaker: Map<string, string> } {
  const manifest = JSON.parse(readFileSync(new URL('pack.json', PACK_DIR), 'utf8')) as {
    levels: string[];
    quotes: { id: string; speaker: string }[];
  };
  const levels = manifest.levels.map((id) => JSON.parse(readFileSync(new URL(`${id}.json`, PACK_DIR), 'utf8')) as RawLevel);
  return { levels, quoteSpeaker: new Map(manifest.quotes.map((q) => [q.id, q.speaker])) };
}

/** 0-based indices of the options that agree with the experts in a round. */
export function bestIndices(round: RawRound, quoteSpeaker: Map<string, string>): number[] {
  if (round.type === 'who') return [round.speakers!.indexOf(quoteSpeaker.get(round.quote!)!)];
  return round.options!.flatMap((o, i) => (o.verdict === 'supported' ? [i] : []));
}

/** Console errors, failed requests and requests to any other origin, collected for a test to assert on. */
export function watchPage(page: Page, origin = 'http://127.0.0.1:4173') {
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { problems, foreign };
}

export async function openGame(page: Page, query = '?renderer=canvas'): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('#a11y [data-screen="title"]')).toBeAttached();
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
      const otr = (window as unknown as { onTheRecord: { hitAreas(): { scene: string; name: string; x: number; y: number; width: number; height: number }[] } }).onTheRecord;
      return otr.hitAreas().find((a) => a.scene === s && a.name === n)!;
    },
    [scene, name] as const,
  );
  const box = (await page.locator('#game canvas').boundingBox())!;
  const k = box.width / 1920;
  await page.mouse.click(box.x + (area.x + area.width / 2) * k, box.y + (area.y + area.height / 2) * k);
}
