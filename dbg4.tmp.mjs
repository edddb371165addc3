import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext();
const page = await context.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('requestfailed', r => console.log('failed', r.url(), r.failure()?.errorText));
await page.goto('http://127.0.0.1:4173/?renderer=canvas');
await page.waitForSelector('html[data-ready=true]');
await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20000 });
console.log('controlled; caches:', await page.evaluate(async () => { const k = await caches.keys(); const c = await caches.open(k[0]); return [k, (await c.keys()).map(r => r.url)]; }));
await context.setOffline(true);
try { await page.reload({ timeout: 8000 }); } catch (e) { console.log('reload error', e.message.slice(0, 200)); }
await page.waitForTimeout(2000);
console.log('url', page.url(), 'ready', await page.evaluate(() => document.documentElement.dataset.ready), (await page.content()).slice(0, 300));
await browser.close();
