/**
 * What the screen shows, in the order it shows it. Lists are shuffled per session, so a test
 * never assumes where an answer sits: it finds the option (or card, quote, speaker) by id in
 * the DOM layer, which lists them in the screen model's order as the canvas does, and presses
 * the letter or number that the class sees beside it.
 */
import type { Page } from '@playwright/test';

export type ListAttr = 'data-option' | 'data-card' | 'data-quote-slot' | 'data-speaker' | 'data-position';

/** The ids of a list on the current screen, top to bottom. */
export async function shownIds(page: Page, attr: ListAttr = 'data-option'): Promise<string[]> {
  return page.locator(`#a11y [${attr}]`).evaluateAll((els, a) => els.map((e) => e.getAttribute(a) ?? ''), attr);
}

/** 0-based place of an id in a list on screen; throws when it is not there. */
export async function shownIndex(page: Page, id: string, attr: ListAttr = 'data-option'): Promise<number> {
  const list = await shownIds(page, attr);
  const i = list.indexOf(id);
  if (i < 0) throw new Error(`"${id}" is not on screen (${attr}: ${list.join(', ')})`);
  return i;
}

/** The letter key that picks an id on screen (A is the first). */
export async function letterFor(page: Page, id: string, attr: ListAttr = 'data-option'): Promise<string> {
  return 'abcdefgh'[await shownIndex(page, id, attr)]!;
}

/** The number key that picks an id on screen (1 is the first). */
export async function numberFor(page: Page, id: string, attr: ListAttr = 'data-option'): Promise<string> {
  return String((await shownIndex(page, id, attr)) + 1);
}
