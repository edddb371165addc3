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
  const sample = orphans.slice(0, 5).map((k) => { const t = g.textures.list[k]; const c = t.source[0].image; return `${c.width}x${c.height}`; });
  return { total: keys.length, live: keys.length - orphans.length, orphans: orphans.length, sample, scenes: g.scene.scenes.map(s => `${s.scene.key}:${s.sys.settings.status}:${s.children.list.length}`).join(' ') };
});
console.log(await report());
for (const k of ['Enter', 'Enter']) { await page.keyboard.press(k); await page.waitForTimeout(300); }
console.log(await report());
for (const k of ['Backspace', 'Backspace']) { await page.keyboard.press(k); await page.waitForTimeout(300); }
console.log(await report());
await browser.close();
