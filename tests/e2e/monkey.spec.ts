import { expect, test } from './fixture';
import { mulberry32, openGame, watchPage } from './harness';

const KEYS = [
  'Enter',
  ' ',
  'ArrowRight',
  'ArrowLeft',
  'ArrowUp',
  'ArrowDown',
  'PageDown',
  'PageUp',
  'Backspace',
  'Escape',
  'Tab',
  '?',
  '.',
  '+',
  '-',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'x',
  'u',
  'n',
  's',
  't',
  'p',
  'o',
  'v',
  'w',
  'm',
  'Delete',
];

test('a monkey: 5,000 random clicks and key presses across every screen, no errors, and a usable game at the end', async ({ page }) => {
  // 5,000 actions, made inside the page (below): about 2 minutes here (114 s with the machine loaded; 204 s sent one by one).
  test.setTimeout(330_000);
  const watch = watchPage(page);
  // Printing would open a dialog; the monkey may press P on the results.
  // A file chooser likewise (the events below are not a user's: Chromium warns that it cannot show one).
  await page.addInitScript(() => {
    window.print = () => undefined;
    const click = HTMLInputElement.prototype.click;
    HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
      if (this.type !== 'file') click.call(this);
    };
  });
  // Erasing the data reloads the page, which cancels any chunk still loading (net::ERR_ABORTED):
  // the browser stopping a request for the page it leaves, not a request that failed.
  const aborted = new Set<string>();
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText === 'net::ERR_ABORTED') aborted.add(`requestfailed: ${r.url()}`);
  });
  await openGame(page);
  const seed = Number(process.env.MONKEY_SEED ?? 20261127);
  const box = (await page.locator('#game canvas').boundingBox())!;
  // The events are drawn here from the seeded sequence (the same draws, in the same order, as
  // when each was sent by its own Playwright call) and made inside the page in batches: one round
  // trip per key or click made 5,000 events cost 3.5-4 minutes. Each event that changed the store
  // is followed by an animation frame, so the screen it leads to is started and drawn (and every
  // tenth event is, whatever it did). A page's event is not a trusted one, so what the browser does by itself for a real key
  // or click is done here too: Tab moves the focus (inside an open modal dialog), Enter and Space
  // press a focused button, Esc closes a modal dialog, a key types into a text field, a click
  // focuses what it lands on. Errors are collected by watchPage as before. The page may reload
  // itself (erasing the data does): the count of events made is kept in sessionStorage, so the
  // run goes on from the next one once the game is up again.
  const random = mulberry32(seed);
  type Event = { key: string } | { x: number; y: number };
  const events: Event[] = Array.from({ length: 5000 }, () =>
    random() < 0.55 ? { key: KEYS[Math.floor(random() * KEYS.length)]! } : { x: box.x + random() * box.width, y: box.y + random() * box.height },
  );
  let reloads = 0;
  const reloaded = async (e: unknown) => {
    if (!/context was destroyed|navigat/i.test(String(e))) throw e;
    reloads++;
    expect(reloads, 'the page reloads now and then, not over and over').toBeLessThan(50);
    await page.waitForSelector('html[data-ready="true"]');
  };
  const BATCH = 250;
  let next = 0;
  let stalls = 0;
  while (next < events.length) {
    try {
      await page.evaluate(
        async ({ events, from }) => {
          const frame = () => new Promise((r) => requestAnimationFrame(r));
          const codeOf = (key: string) =>
            /^[a-z]$/.test(key)
              ? `Key${key.toUpperCase()}`
              : /^[0-9]$/.test(key)
                ? `Digit${key}`
                : (({ ' ': 'Space', '?': 'Slash', '.': 'Period', '+': 'Equal', '-': 'Minus' } as Record<string, string>)[key] ?? key);
          const focusable = () => {
            const scope: ParentNode = document.querySelector('dialog[open]') ?? document;
            return [...scope.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])')].filter(
              (e) => !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0 && !e.closest('[inert]'),
            );
          };
          const press = (key: string) => {
            const target = (document.activeElement as HTMLElement | null) ?? document.body;
            const init = { key, code: codeOf(key), bubbles: true, cancelable: true, composed: true };
            const down = new KeyboardEvent('keydown', init);
            target.dispatchEvent(down);
            if (!down.defaultPrevented) {
              const field = target.closest('input, textarea') as HTMLInputElement | null;
              const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
              if (key === 'Tab') {
                const list = focusable();
                if (list.length > 0) list[(list.indexOf(target) + 1) % list.length]!.focus();
              } else if (key === 'Escape' && dialog) {
                if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
              } else if (field && key.length === 1) {
                field.value += key;
                field.dispatchEvent(new Event('input', { bubbles: true }));
              } else if (field && (key === 'Backspace' || key === 'Delete')) {
                field.value = field.value.slice(0, key === 'Backspace' ? -1 : field.value.length);
                field.dispatchEvent(new Event('input', { bubbles: true }));
              } else if (field && key === 'Enter') field.form?.requestSubmit();
              else if (key === 'Enter' && target.closest('button, a[href]')) (target.closest('button, a[href]') as HTMLElement).click();
            }
            const up = new KeyboardEvent('keyup', init);
            target.dispatchEvent(up);
            if (key === ' ' && !down.defaultPrevented && !up.defaultPrevented && target.closest('button')) (target.closest('button') as HTMLElement).click();
          };
          const click = (x: number, y: number) => {
            const target = document.elementFromPoint(x, y) ?? document.body;
            const at = { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true, button: 0, view: window };
            target.dispatchEvent(new MouseEvent('mousemove', { ...at, buttons: 0 }));
            target.dispatchEvent(new PointerEvent('pointerdown', { ...at, buttons: 1, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
            const down = new MouseEvent('mousedown', { ...at, buttons: 1 });
            target.dispatchEvent(down);
            const focus = (target as HTMLElement).closest?.<HTMLElement>('button, a[href], input, select, textarea, [tabindex]');
            if (!down.defaultPrevented) (focus ?? (document.activeElement as HTMLElement | null))?.[focus ? 'focus' : 'blur']();
            target.dispatchEvent(new PointerEvent('pointerup', { ...at, buttons: 0, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
            target.dispatchEvent(new MouseEvent('mouseup', { ...at, buttons: 0 }));
            target.dispatchEvent(new MouseEvent('click', { ...at, buttons: 0, detail: 1 }));
          };
          const store = () => (window as unknown as { onTheRecord?: { store: { getState(): object } } }).onTheRecord?.store.getState();
          for (const [n, event] of events.entries()) {
            const i = from + n;
            const before = store();
            if ('key' in event) press(event.key);
            else click(event.x, event.y);
            sessionStorage.setItem('monkey:next', String(i + 1));
            if (i % 50 === 0) {
              const seen = JSON.parse(sessionStorage.getItem('monkey:seen') ?? '[]') as string[];
              seen.push(document.querySelector('#a11y [data-screen]')?.getAttribute('data-screen') ?? '?');
              sessionStorage.setItem('monkey:seen', JSON.stringify(seen));
            }
            // A frame after every event that changed the game (its screen is started and drawn), and every tenth anyway.
            if (store() !== before || i % 10 === 0) await frame();
          }
        },
        { events: events.slice(next, next + BATCH), from: next },
      );
    } catch (e) {
      await reloaded(e);
    }
    let done = 0;
    for (let tries = 0; tries < 5 && done === 0; tries++)
      done = await page.evaluate(() => Number(sessionStorage.getItem('monkey:next') ?? 0)).catch(async (e: unknown) => (await reloaded(e), 0));
    // A batch started as the page was leaving makes nothing: it is sent again, a few times at most.
    stalls = done > next ? 0 : stalls + 1;
    expect(stalls, 'events go on being made').toBeLessThan(10);
    next = Math.max(next, done);
  }
  const seen = new Set(await page.evaluate(() => JSON.parse(sessionStorage.getItem('monkey:seen') ?? '[]') as string[]));
  // Close whatever is open (a dialog, the menu, the article), then the game still answers keys.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Escape');
  await page.locator('.rename-dialog, .pack-dialog').evaluateAll((els) => els.forEach((e) => e.remove()));
  await expect(page.locator('#a11y [data-screen]')).toBeAttached();
  await expect(page.locator('#game canvas')).toBeVisible();
  const before = await page.evaluate(() =>
    JSON.stringify((window as unknown as { onTheRecord: { store: { getState(): { game: unknown } } } }).onTheRecord.store.getState().game),
  );
  expect(before.length).toBeGreaterThan(10);
  expect(seen.size, `screens visited: ${[...seen].join(', ')}`).toBeGreaterThanOrEqual(5);
  expect(
    watch.problems.filter((p) => !(reloads > 0 && aborted.has(p))),
    `seed ${seed}`,
  ).toEqual([]);
  expect(watch.foreign).toEqual([]);
});
