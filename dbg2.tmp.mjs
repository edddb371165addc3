import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4173/');
await page.waitForSelector('html[data-ready=true]');
const st = () => page.evaluate(() => { const s = window.onTheRecord.store.getState(); return JSON.stringify({ c: s.levelCursor, sk: s.game.skipped, f: document.activeElement?.outerHTML?.slice(0,80) }); });
for (const k of ['a','+','ArrowDown','ArrowDown','Space','ArrowRight','ArrowRight','ArrowDown','ArrowDown','ArrowDown','Space']) { await page.keyboard.press(k); await page.waitForTimeout(100); console.log(k, await st()); }
await browser.close();
