/**
 * Hosting: the --base /kb/ build works under /kb/, every internal href and src in the built
 * folders resolves (fragments included), no page loads anything from another host, and reading
 * and searching work from file:// without a server.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstCopies, launch, passages, searchDone, site, watchedPage } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind') out.push(...htmlFiles(path));
    } else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return ids.get(file)!;
}

/** Every href/src in every page: a missing file, folder index or fragment id is reported. */
function brokenLinks(dir: string, base: string): { checked: number; broken: string[] } {
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const pageUrl = new URL(`http://site${base}${relative(dir, file).split(sep).join('/')}`);
    for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const raw = m[1].replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:|blob:)/.test(raw)) continue;
      checked++;
      const url = new URL(raw, pageUrl);
      if (url.host !== 'site' || !url.pathname.startsWith(base)) {
        broken.push(`${relative(dir, file)}: ${raw} leaves the site`);
        continue;
      }
      let target = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        broken.push(`${relative(dir, file)}: ${raw}`);
        continue;
      }
      const frag = decodeURIComponent(url.hash.slice(1));
      if (frag && target.endsWith('.html') && !idsOf(target).has(frag)) broken.push(`${relative(dir, file)}: ${raw} (no id ${frag})`);
    }
  }
  return { checked, broken };
}

describe('internal links', () => {
  it.each([
    ['root build', () => site().dir, '/'],
    ['/kb/ build', () => site().subDir, '/kb/'],
  ] as const)('every href and src in the %s resolves', (_name, dir, base) => {
    const { checked, broken } = brokenLinks(dir(), base);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('no page, stylesheet or script refers to another host', () => {
    for (const dir of [site().dir, site().subDir]) {
      for (const file of htmlFiles(dir)) {
        const html = readFileSync(file, 'utf8');
        expect(html, file).not.toMatch(/<(?:link|script|img|iframe|source)[^>]+(?:href|src)="(?:https?:)?\/\//);
      }
      for (const name of readdirSync(join(dir, 'assets'))) {
        const text = readFileSync(join(dir, 'assets', name), 'utf8');
        expect(text, name).not.toMatch(/url\((["']?)(?:https?:)?\/\//);
        expect(text, name).not.toMatch(/@import/);
      }
    }
  });

  it('pages carry a CSP that allows no inline script but the search bootstrap, by its hash', () => {
    let bootstraps = 0;
    for (const file of htmlFiles(site().dir)) {
      const html = readFileSync(file, 'utf8');
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      const sources = scriptSrc.split(' ');
      expect(sources[0], file).toBe("'self'");
      // Nothing that would allow any inline script or code from elsewhere.
      for (const s of sources.slice(1)) expect(s, file).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
      // Attribute values may legitimately hold "<script>" as text (a passage in a description):
      // blanked, keeping their length, so that positions in `markup` are positions in `html`.
      const markup = html.replace(/="[^"]*"/g, (v) => `="${' '.repeat(v.length - 3)}"`);
      const scripts = [...markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/dg)];
      const inline: string[] = [];
      for (const m of scripts) {
        if (/\ssrc=/.test(m[1])) expect(m[2].trim(), file).toBe('');
        // The code as served (blanking attribute-like `="…"` altered it in `markup`).
        else inline.push(html.slice(...m.indices![2]));
      }
      // Each inline script is allowed by exactly its own hash, and every hash allows one of them.
      const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
      expect(hashes.sort(), file).toEqual(sources.slice(1).sort());
      if (relative(site().dir, file).split(sep)[0] === 'search') {
        expect(inline, file).toHaveLength(1);
        bootstraps++;
      } else expect(inline, file).toEqual([]);
      expect(scripts.length, file).toBeGreaterThan(0);
    }
    expect(bootstraps).toBe(1);
  });
});

describe('sub-path build', () => {
  it('reads and searches under /kb/ with every request staying under /kb/', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const p = passages().find((x) => x.label === 'prohibited')!;
    await page.goto(site().subUrl);
    await page.click('nav.site-nav a:text("Search")');
    await page.waitForURL(/\/kb\/search\/$/);
    await page.fill('#q', p.text.split(/\s+/).slice(0, 2).join(' '));
    await page.press('#q', 'Enter');
    await searchDone(page);
    expect(await page.locator('#results .result').count()).toBeGreaterThan(0);
    await page.goto(`${site().subUrl}passage/${p.id}/`);
    expect(await page.getAttribute('article', 'data-passage-id')).toBe(p.id);
    await page.click('a:text("Read it in context")');
    await page.waitForURL(new RegExp(`/kb/source/.+#p-${p.id}$`));
    const origin = new URL(site().subUrl).origin;
    for (const r of requests) expect(r.startsWith(`${origin}/kb/`), r).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('opened from a folder (file://)', () => {
  it('navigates, searches and opens a passage without a server', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    const root = pathToFileURL(join(site().dir, 'index.html')).href;
    await page.goto(root);
    await page.click('nav.site-nav a:text("Search")');
    await page.waitForURL(/search\/index\.html/);
    const p = passages().find((x) => x.label === 'prohibited')!;
    await page.fill('#q', p.text.split(/\s+/).slice(0, 2).join(' '));
    await page.press('#q', 'Enter');
    await searchDone(page);
    expect(Number(await page.getAttribute('#status', 'data-total'))).toBeGreaterThan(0);
    await page.locator('#results .result a.title').first().click();
    await page.waitForURL(/passage\/[^/]+\/index\.html$/);
    expect(await page.locator('article[data-passage-id] .passage-text').count()).toBe(1);
    await page.click('nav.site-nav a:text("Tactics")');
    await page.waitForURL(/tactic\/index\.html$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads a search URL with filters straight from disk', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    const url = `${pathToFileURL(join(site().dir, 'search', 'index.html')).href}?lang=es&noise=1`;
    await page.goto(url);
    await searchDone(page);
    const langs = await page.$$eval('#results .result', (els) => els.map((e) => (e as HTMLElement).dataset.lang));
    expect(Number(await page.getAttribute('#status', 'data-total'))).toBe(firstCopies().filter((p) => p.lang === 'es').length);
    expect(langs.length).toBeGreaterThan(0);
    expect(new Set(langs)).toEqual(new Set(['es']));
    expect(problems).toEqual([]);
    await context.close();
  });
});

