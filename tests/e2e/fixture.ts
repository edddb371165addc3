/**
 * Playwright's `test`, for a game whose DOM layer follows the canvas a frame later
 * (src/a11y/afterPaint.ts): after every key, click, fill or evaluate a test makes, it waits
 * until the DOM layer has caught up, so what a test reads next is the screen its input made,
 * as a screen reader hears it a frame after the class sees it. Every page of every context
 * follows the DOM this way, the default page and the ones a test opens itself.
 */
import { test as base, type BrowserContext, type Locator, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Browser, ConsoleMessage, Page, Request, Response } from '@playwright/test';

const evaluateAsIs = new WeakMap<Page, Page['evaluate']>();

/** Until the DOM layer shows the store's state (at once where the page is not the game). */
export async function domSettled(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const evaluate = evaluateAsIs.get(page) ?? page.evaluate.bind(page);
  await evaluate(() => (window as unknown as { onTheRecord?: { domSettled?(): Promise<void> } }).onTheRecord?.domSettled?.()).catch((e: Error) => {
    // An input that closed or reloaded the page has nothing left to wait for.
    if (!page.isClosed() && !/destroyed|navigat|closed/i.test(e.message)) throw e;
  });
}

type Method = (...args: never[]) => Promise<unknown>;

function waitAfter(target: object, names: readonly string[], pageOf: (self: object) => Page): void {
  for (const name of names) {
    const own = target as Record<string, Method>;
    const original = own[name]!;
    own[name] = async function (this: object, ...args: never[]) {
      const result = await original.apply(this, args);
      await domSettled(pageOf(this));
      return result;
    } as Method;
  }
}

const following = new WeakSet<Page>();

export function followDom(page: Page): Page {
  if (following.has(page)) return page;
  following.add(page);
  waitAfter(page.keyboard, ['press', 'type', 'down', 'up', 'insertText'], () => page);
  waitAfter(page.mouse, ['click', 'dblclick', 'up', 'wheel'], () => page);
  evaluateAsIs.set(page, page.evaluate.bind(page));
  waitAfter(page, ['evaluate'], () => page);
  const locator = Object.getPrototypeOf(page.locator('body')) as Locator & { followsDom?: true };
  if (!locator.followsDom) {
    waitAfter(
      locator,
      ['click', 'dblclick', 'press', 'pressSequentially', 'fill', 'check', 'uncheck', 'tap', 'dispatchEvent', 'selectOption', 'setInputFiles', 'evaluate'],
      (self) => (self as Locator).page(),
    );
    locator.followsDom = true;
  }
  return page;
}

const watched = new WeakSet<BrowserContext>();

/** Pages a page opens itself (window.open: the studio's "Play this question now") follow the DOM too. */
function followPopups(context: BrowserContext): void {
  if (watched.has(context)) return;
  watched.add(context);
  context.on('page', (page) => followDom(page));
}

/** Every page any context opens follows the DOM (the prototype is shared: contexts a test or a worker fixture makes itself too). */
function followContexts(context: BrowserContext): void {
  for (const page of context.pages()) followDom(page);
  const proto = Object.getPrototypeOf(context) as BrowserContext & { followsDom?: true };
  if (proto.followsDom) return;
  const newPage = proto.newPage;
  proto.newPage = async function (this: BrowserContext) {
    followPopups(this);
    return followDom(await newPage.call(this));
  };
  proto.followsDom = true;
}

export const test = base.extend<{ page: Page }, { followsDom: void }>({
  // First in every worker, before any page (the shared pages of sharedPage.ts included) is opened.
  followsDom: [
    async ({ browser }, use) => {
      const context = await browser.newContext();
      followContexts(context);
      await context.close();
      await use();
    },
    { scope: 'worker', auto: true },
  ],
  page: async ({ page }, use) => {
    followPopups(page.context());
    await use(followDom(page));
  },
});
