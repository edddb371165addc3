import { expect, type Page } from './fixture';
import { makeBundle } from '../../src/core/pack/bundle';

/** Drops a pack bundle on the page, as a teacher drags a file onto the game, and closes the "Loaded" dialog. */
export async function dropPack(page: Page, name: string, files: Record<string, string>): Promise<void> {
  const text = makeBundle(files);
  await page.evaluate(
    ([fileName, data]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([data], fileName, { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    },
    [name, text] as const,
  );
  await expect(page.locator('.pack-dialog[data-kind="done"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.pack-dialog')).toHaveCount(0);
}
