import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto('http://127.0.0.1:4173/?renderer=canvas');
await page.waitForSelector('html[data-ready=true]');
const cdp = await context.newCDPSession(page);
const list = async () => {
  const out = [];
  for (const expr of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const l = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    for (const x of l.listeners) out.push(`${expr}:${x.type}:${x.scriptId}:${x.lineNumber}:${x.columnNumber}`);
  }
  return out;
};
const before = await list();
const kind = () => page.locator('#a11y [data-screen]').getAttribute('data-screen');
for (let n = 0; n < 2; n++) {
  await page.keyboard.press('2');
  for (let i = 0; i < 80 && (await kind()) !== 'final'; i++) { const k = await kind(); if (k === 'round') { await page.keyboard.press('a'); await page.keyboard.press('Enter'); } else await page.keyboard.press(k === 'title' || k === 'setup' ? 'Enter' : ' '); }
  for (const k of ['Escape', '9', '9']) await page.keyboard.press(k);
  await page.waitForSelector('#a11y [data-screen="title"]');
  const after = await list();
  const added = after.filter((x) => !before.includes(x) || after.filter(y => y === x).length > before.filter(y => y === x).length);
  console.log(n, after.length - before.length, [...new Set(added)]);
}
await browser.close();
