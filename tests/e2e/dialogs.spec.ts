/**
 * The three dialogs over the game (renaming a team, a pack's problems, recovery) are the
 * browser's modal <dialog>: the game behind is inert, Tab stays inside, keys pressed there
 * are not game keys, Esc closes (but not recovery), and focus goes back where it was.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixture';
import { openGame, screenKind, watchPage } from './harness';

const state = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { onTheRecord: { store: { getState(): { help: boolean; settings: { sound: boolean } } } } }).onTheRecord.store.getState();
    return { help: s.help, sound: s.settings.sound };
  });

/** Is the focus inside the open dialog, and can anything behind it take the focus? */
const focusTrapped = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]')!;
    const inside = dialog.contains(document.activeElement);
    const behind = document.querySelector<HTMLElement>('#a11y button')!;
    const was = document.activeElement;
    behind.focus();
    const stolen = document.activeElement === behind;
    (was as HTMLElement | null)?.focus();
    return { modal: dialog.matches(':modal'), inside, stolen };
  });

test('rename and pack dialogs are modal: inert game behind, Tab stays in, keys are theirs, Esc closes and gives the focus back', async ({ page }) => {
  const watch = watchPage(page);
  await openGame(page);
  await page.keyboard.press('a');
  expect(await screenKind(page)).toBe('setup');
  // From the DOM layer's own rename button, so there is a focus to go back to.
  await page.locator('#a11y [data-rename="1"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.rename-dialog #team-name')).toBeFocused();
  expect(await focusTrapped(page)).toEqual({ modal: true, inside: true, stolen: false });
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !document.querySelector('#a11y')!.contains(document.activeElement)), `Tab ${i + 1}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.locator('.rename-dialog')).toHaveCount(0);
  await expect(page.locator('#a11y [data-rename="1"]')).toBeFocused();
  // Esc went to the dialog, not to the game: no menu opened behind it.
  expect(await screenKind(page)).toBe('setup');
  await expect(page.locator('#a11y [data-overlay="menu"]')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  expect(await screenKind(page)).toBe('title');
  await page.setInputFiles('#pack-file', {
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: readFileSync(new URL('../fixtures/bad-packs/quote-not-verbatim.json', import.meta.url)),
  });
  const box = page.locator('.pack-dialog[data-kind="errors"]');
  await expect(box.locator('button')).toBeFocused();
  expect(await focusTrapped(page)).toEqual({ modal: true, inside: true, stolen: false });
  // M (sound) and ? (help) are game keys: not while the dialog is open.
  const before = await state(page);
  for (const k of ['m', '?', 'ArrowDown']) await page.keyboard.press(k);
  expect(await state(page)).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(page.locator('.pack-dialog')).toHaveCount(0);
  // With it gone, the same key is the game's again.
  await page.keyboard.press('m');
  expect((await state(page)).sound).toBe(!before.sound);
  expect(watch.problems).toEqual([]);
});

test('the recovery dialog is modal and stays until one of its two ways out is taken', async ({ page }) => {
  await openGame(page);
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('boom');
    }),
  );
  const dialog = page.locator('.recovery[role="alertdialog"]');
  await expect(dialog.locator('[data-action="recover-again"]')).toBeFocused();
  expect(await focusTrapped(page)).toEqual({ modal: true, inside: true, stolen: false });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  expect(await screenKind(page)).toBe('title');
  await expect(page.locator('#a11y [data-overlay="menu"]')).toHaveCount(0);
});
