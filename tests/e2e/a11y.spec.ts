import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from './fixture';
import { bestIds, menuEntry, openGame, optionIds, readPack, screenKind, watchPage, throughReveal } from './harness';
import { letterFor } from './shown';

/** Moves focus with Tab (or Shift+Tab) until it is on `selector`; nothing but those two keys. */
async function tabTo(page: Page, selector: string, backwards = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function axe(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${where}: ${v.id}`)).toEqual([]);
}

test('a whole pack played with Tab, Shift+Tab, Enter and Space on the DOM layer alone, with a visible focus ring', async ({ page }) => {
  test.setTimeout(180_000);
  const watch = watchPage(page);
  await openGame(page);
  await tabTo(page, '#a11y [data-pack="kestrel-bay-ferry"]');
  await page.keyboard.press('Enter');
  // The layer shows itself while it has the focus, and the focused control has a thick ring.
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = document.getElementById('a11y')!.getBoundingClientRect();
    return { outline: getComputedStyle(el).outlineWidth, height: box.height };
  });
  expect(ring.outline).toBe('6px');
  expect(ring.height).toBeGreaterThan(40);
  await tabTo(page, '#a11y [data-action="next"]');
  await page.keyboard.press('Enter');
  expect(await screenKind(page)).toBe('setup');
  await tabTo(page, '#a11y [data-action="next"]');
  await page.keyboard.press(' ');
  let rounds = 0;
  // The answer key from the pack on disk; each answer is reached by Tab through the order on screen.
  const practice = readPack('kestrel-bay-ferry');
  const key = practice.levels.flatMap((l) => l.rounds);
  for (let i = 0; i < 60 && (await screenKind(page)) !== 'final'; i++) {
    if ((await screenKind(page)) === 'round') {
      const round = key[rounds]!;
      const best = bestIds(round, practice.quoteSpeaker);
      const wrong = optionIds(round).find((id) => !best.includes(id))!;
      if (round.type !== 'multi') {
        // Pick a wrong answer, think better of it, then pick the sources' answer.
        await tabTo(page, `#a11y [data-option="${wrong}"]`);
        await page.keyboard.press(' ');
      }
      for (const id of best) {
        await tabTo(page, `#a11y [data-option="${id}"]`, true);
        await page.keyboard.press(' ');
      }
      await expect(page.locator('#a11y [data-option][aria-pressed="true"]')).toHaveCount(best.length);
      await tabTo(page, '#a11y [data-action="confirm"]');
      await page.keyboard.press('Enter');
      expect(await screenKind(page)).toBe('reveal');
      rounds++;
    } else {
      await tabTo(page, '#a11y [data-action="next"]');
      await page.keyboard.press('Enter');
    }
  }
  expect(await screenKind(page)).toBe('final');
  expect(rounds).toBe(key.length);
  // Every answer agreed with the sources: the whole pack's maximum.
  await expect(page.locator('#a11y [data-total]')).toHaveAttribute('data-total', String(key.length * 100));
  expect(watch.problems).toEqual([]);
});

test('the live region carries a round, then its reveal: the verdict, the exact quote and who said it', async ({ page }) => {
  await openGame(page);
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  const live = page.locator('#a11y[aria-live="polite"]');
  // The answer key comes from the pack on disk; the best answer is found on screen by id.
  const { levels, quotes, speakers } = readPack();
  const first = levels[0]!.rounds[0]!;
  const best = first.options!.find((o) => o.verdict === 'supported')!;
  const quote = quotes.get(best.evidence![0]!)!;
  const speaker = speakers.get(quote.speaker)!;
  await expect(live).toContainText(first.prompt);
  await page.keyboard.press(await letterFor(page, best.id));
  await page.keyboard.press('Enter');
  await throughReveal(page);
  await expect(live.locator('.verdict[role="status"]')).toHaveText(/^Right\. \+100 points\.$/);
  await expect(live.locator('figure.quote blockquote').first()).toContainText(quote.text);
  await expect(live.locator('figure.quote figcaption').first()).toContainText([speaker.name, speaker.role].filter(Boolean).join(', '));
});

test('the live region is patched, not rebuilt: timer ticks change no node in it, a pick keeps the heading and the focus', async ({ page }) => {
  await page.clock.install();
  await openGame(page);
  await menuEntry(page, /Settings/);
  await menuEntry(page, /Round timer/); // off → 20 s
  await page.keyboard.press('Escape');
  for (const k of ['Enter', 'Enter', 'Enter', 'Enter', 'Enter']) await page.keyboard.press(k);
  await expect(page.locator('#timer-status')).toHaveText('Timer started: 20 seconds.');
  await expect(page.locator('#time-left [data-clock]')).toHaveAttribute('data-clock', '20');
  // Every mutation inside #a11y from here on, and the heading and first answer tagged as objects.
  await page.evaluate(() => {
    const w = window as unknown as { mutations: string[] };
    const root = document.getElementById('a11y')!;
    w.mutations = [];
    new MutationObserver((list) => w.mutations.push(...list.map((m) => `${m.type} ${(m.target as Element).nodeName ?? '#text'}`))).observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    Object.assign(root.querySelector('h1')!, { kept: true });
    const first = root.querySelector<HTMLButtonElement>('[data-option]')!;
    Object.assign(first, { kept: true });
    first.focus();
  });
  const mutations = () => page.evaluate(() => (window as unknown as { mutations: string[] }).mutations.splice(0));
  // Twelve seconds of ticking: the box beside the layer counts down, the status region says "10 seconds left".
  for (let i = 0; i < 12; i++) await page.clock.runFor(1_000);
  await expect(page.locator('#time-left [data-clock]')).toHaveAttribute('data-clock', '8');
  await expect(page.locator('#timer-status')).toHaveText('10 seconds left.');
  await expect(page.locator('#time-left')).toHaveAttribute('aria-live', 'off');
  await expect(page.locator('#a11y [data-action="confirm"]')).toHaveAttribute('aria-describedby', 'time-left');
  expect(await mutations()).toEqual([]);
  // Choosing the focused answer patches it (aria-pressed) and leaves the heading and the focus where they were.
  await page.keyboard.press(' ');
  await expect(page.locator('#a11y [data-option][aria-pressed="true"]')).toHaveCount(1);
  const kept = await page.evaluate(() => {
    const root = document.getElementById('a11y')!;
    const has = (el: Element | null) => (el as unknown as { kept?: boolean } | null)?.kept === true;
    return { heading: has(root.querySelector('h1')), answer: has(root.querySelector('[data-option]')), focus: has(document.activeElement) };
  });
  expect(kept).toEqual({ heading: true, answer: true, focus: true });
  expect(await mutations()).toContain('attributes BUTTON');
});

test('with reduced motion asked for, nothing on any screen moves: the game uses no motion at all', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openGame(page);
  // Motion would be a tween (the build leaves Phaser's tween system out altogether) or a camera
  // effect (fade, flash, shake, pan, zoom) running on any scene.
  const moving = () =>
    page.evaluate(() => {
      type Effect = { isRunning: boolean };
      type Scene = { tweens?: { getTweens(): unknown[] }; cameras: { cameras: Record<string, Effect | unknown>[] } };
      const { game } = (window as unknown as { onTheRecord: { game: { scene: { getScenes(a: boolean): Scene[] } } } }).onTheRecord;
      const effects = ['fadeEffect', 'flashEffect', 'shakeEffect', 'panEffect', 'zoomEffect', 'rotateToEffect'];
      return game.scene.getScenes(true).reduce((n, s) => {
        const running = s.cameras.cameras.flatMap((c) => effects.map((e) => c[e] as Effect | undefined)).filter((e) => e?.isRunning).length;
        return n + (s.tweens?.getTweens().length ?? 0) + running;
      }, 0);
    });
  for (const k of ['t', 'Enter', 'Enter', 'Enter', 'Enter', 'a', 'Enter', 'Escape', 'Escape', '?']) {
    await page.keyboard.press(k);
    await page.waitForTimeout(20);
    expect(await moving(), `after ${k}`).toBe(0);
  }
});

test('axe: the setup screen, the pack dialogs and the recovery dialog have no serious or critical violations', async ({ page }) => {
  await openGame(page);
  await page.keyboard.press('a');
  await axe(page, 'setup');
  await page.keyboard.press('2'); // rename team B
  await expect(page.locator('.rename-dialog #team-name')).toBeFocused();
  await axe(page, 'rename dialog');
  await page.keyboard.press('Escape');
  await expect(page.locator('.rename-dialog')).toHaveCount(0);
  await page.keyboard.press('Escape'); // the menu over the setup
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  expect(await screenKind(page)).toBe('title');
  await page.setInputFiles('#pack-file', {
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: readFileSync(new URL('../fixtures/bad-packs/quote-not-verbatim.json', import.meta.url)),
  });
  await expect(page.locator('.pack-dialog')).toBeAttached();
  await axe(page, 'pack problems');
  await page.keyboard.press('Escape');
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('boom');
    }),
  );
  await expect(page.locator('.recovery')).toBeAttached();
  await axe(page, 'recovery');
});
