import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto('http://127.0.0.1:4173/?renderer=canvas');
await page.waitForSelector('html[data-ready=true]');
const keys = () => page.evaluate(() => Object.keys(window.onTheRecord.game.textures.list));
const k0 = await keys();
for (const k of ['Enter', 'Enter', 'Escape', 'Escape', 'Backspace', 'Enter', 'Backspace']) { await page.keyboard.press(k); await page.waitForTimeout(150); }
const k1 = await keys();
console.log(k0.length, k1.length, k1.filter(k => !k0.includes(k)).slice(0, 10));
console.log('running', await page.evaluate(() => window.onTheRecord.game.loop.running));
await page.waitForTimeout(1500);
console.log('running later', await page.evaluate(() => window.onTheRecord.game.loop.running));
await browser.close();
