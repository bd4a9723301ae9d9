import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
const errs = [];
p.on('console', (m) => { if (m.type() === 'error') errs.push(m.text()); });
p.on('pageerror', (e) => errs.push(String(e)));
const urls = process.argv.slice(2);
for (const [i, u] of urls.entries()) {
  await p.goto('http://127.0.0.1:4390' + u, { waitUntil: 'networkidle' });
  if (u.startsWith('/search')) await p.waitForSelector('[data-search-status="done"]', { timeout: 5000 }).catch(() => errs.push('no done ' + u));
  await p.screenshot({ path: `/work/probe/shot${i}.png`, fullPage: false });
  console.log(u, await p.title());
}
console.log('errors', errs);
await b.close();
