import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto('http://127.0.0.1:4173/?renderer=canvas');
await page.waitForSelector('html[data-ready=true]');
const report = () => page.evaluate(() => {
  const g = window.onTheRecord.game;
  const live = new Set();
  for (const s of g.scene.scenes) for (const o of s.children.list) if (o.texture) live.add(o.texture.key);
  const keys = Object.keys(g.textures.list).filter((k) => /^[0-9a-f-]{36}$/.test(k));
  const orphans = keys.filter((k) => !live.has(k));
  return { total: keys.length, orphans: orphans.length, active: g.scene.getScenes(true).map(s => s.scene.key).join(',') };
});
const kind = () => page.locator('#a11y [data-screen]').getAttribute('data-screen');
for (let n = 0; n < 2; n++) {
  await page.keyboard.press('2');
  for (let i = 0; i < 80 && (await kind()) !== 'final'; i++) {
    const k = await kind();
    if (k === 'round') { await page.keyboard.press('a'); await page.keyboard.press('Enter'); }
    else await page.keyboard.press(k === 'title' || k === 'setup' ? 'Enter' : ' ');
  }
  console.log('final', await report());
  for (const k of ['Escape', '9', '9']) { await page.keyboard.press(k); await page.waitForTimeout(200); }
  await page.waitForTimeout(300);
  console.log('title', await report());
}
await browser.close();
