/**
 * Browser benchmark: Debian Chromium (playwright-core), a site served by scripts/serve.ts on
 * 127.0.0.1, a fixed query set. For each query: time from navigation start of /search/?q=… to the
 * moment an element gets data-search-status="done" (read in the page from performance.now(), so
 * Playwright's own overhead is not counted), the requests made and their bytes.
 *
 * - cold: a new browser context per query, HTTP cache disabled (CDP Network.setCacheDisabled);
 * - warm: one page, cache on; the first query warms it up and is not counted, then every query is a
 *   new navigation of the same page.
 * Bytes are what the server sent (body as encoded on the wire plus headers; scripts/serve.ts sends
 * .gz twins and gzips other text, src/site/serve.ts) and, besides, the gzip size of the same bodies, i.e. what a static host that
 * compresses text would send. Requests from Pagefind's web worker are counted (context events).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { gzipSize } from './measure';
import type { BenchQuery } from './queries';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** A query that has not shown results after this long counts as failed (default; see benchSite). */
export const DONE_TIMEOUT = 20_000;

export interface Served {
  url: string;
  dir: string;
  stop(): void;
}

/** Start `scripts/serve.ts --port 0 --dir DIR` and wait for the URL it prints. */
export function serve(dir: string): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', '0', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`serve: no URL after 30 s (${err.trim()})`));
    }, 30_000);
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], dir, stop: () => child.kill('SIGTERM') });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}): ${err.trim()}`));
    });
  });
}

export interface QueryRun {
  q: string;
  kind: string;
  mode: 'cold' | 'warm';
  /** Navigation start → data-search-status="done", ms (in the page). */
  ms: number;
  requests: number;
  bytes: number;
  gzipBytes: number;
  results: number;
  /**
   * Where the navigation's time went, from the page's Navigation and Resource Timing (ms since
   * navigation start): the HTML's last byte, DOMContentLoaded, the last byte of the last resource the
   * page itself fetched (a worker's fetches are not in the page's timeline) and of the largest one.
   */
  timeline?: { htmlEnd: number; domContentLoaded: number; lastResourceEnd: number; largestEnd: number; largest: string };
  /** Largest finished responses of this navigation: path and bytes (a timed-out run misses the unfinished ones). */
  largest: Array<{ path: string; bytes: number }>;
  error?: string;
}

export interface SiteUnderTest {
  name: string;
  served: Served;
  /** Search URL for a query, relative to served.url. */
  path(q: BenchQuery): string;
}

/**
 * Set before the page's own scripts: notes when "done" first appears (`__doneAt`) and resolves
 * `__kbDone` with that time. The harness waits on that promise over CDP (`waitDone`) rather than
 * with Playwright's waitForSelector, which evaluates Playwright's injected script (selector
 * engines) in the page at the start of the navigation: 30–90 ms of the renderer's main thread in
 * cold traces, in the middle of the measured time of both sites (a real visitor runs no such
 * script). Until 2026-12-03 19:00 UTC the bench used waitForSelector.
 */
export const INIT = `(() => {
  let done;
  window.__kbDone = new Promise((r) => (done = r));
  const mark = () => { if (window.__doneAt == null && document.querySelector('[data-search-status="done"]')) { window.__doneAt = performance.now(); done(window.__doneAt); } };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-status'] });
})();`;

/**
 * Wait until the page shows "done" (INIT's promise, awaited through CDP: nothing of the harness
 * runs in the page meanwhile); returns the page's time of it. Throws after `timeout` ms.
 */
export async function waitDone(cdp: CDPSession, timeout: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no "done" after ${timeout} ms`)), timeout)));
  try {
    for (;;) {
      const r = (await Promise.race([cdp.send('Runtime.evaluate', { expression: 'window.__kbDone', awaitPromise: true, returnByValue: true }), expired])) as { result?: { value?: unknown }; exceptionDetails?: unknown };
      // Evaluated in the document before the navigation committed its successor: ask again.
      if (typeof r.result?.value === 'number') return r.result.value;
      await Promise.race([new Promise((res) => setTimeout(res, 10)), expired]);
    }
  } finally {
    clearTimeout(timer);
  }
}

const COMPRESSED = new Set(['.pf_meta', '.pf_index', '.pf_fragment', '.pagefind', '.wasm', '.png', '.jpg', '.gz', '.br']);

class Collector {
  private pending: Array<Promise<void>> = [];
  private rows: Array<{ path: string; bytes: number; gzip: number }> = [];
  private readonly gz = new Map<string, number>();
  constructor(private readonly served: Served) {}

  reset(): void {
    this.pending = [];
    this.rows = [];
  }

  private gzipOf(path: string, bytes: number): number {
    const base = new URL(this.served.url).pathname;
    const rel = decodeURIComponent(path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, ''));
    let file = join(this.served.dir, rel);
    if (!rel || rel.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = join(file, 'index.html');
    if (!existsSync(file) || COMPRESSED.has(extname(file))) return bytes;
    let g = this.gz.get(file);
    if (g === undefined) {
      g = gzipSize(readFileSync(file));
      this.gz.set(file, g);
    }
    return Math.min(g, bytes);
  }

  onFinished = (req: Request) => {
    this.pending.push(
      req.sizes().then(
        (s) => {
          const url = new URL(req.url());
          if (!url.protocol.startsWith('http')) return;
          const body = Math.max(0, s.responseBodySize);
          const bytes = body + Math.max(0, s.responseHeadersSize);
          // A body served from the cache has size 0: nothing crossed the network for it.
          const gzip = body ? this.gzipOf(url.pathname, body) + Math.max(0, s.responseHeadersSize) : bytes;
          this.rows.push({ path: url.pathname, bytes, gzip });
        },
        () => {},
      ),
    );
  };

  async totals(): Promise<{ requests: number; bytes: number; gzipBytes: number; largest: Array<{ path: string; bytes: number }> }> {
    await Promise.all(this.pending);
    return {
      requests: this.rows.length,
      bytes: this.rows.reduce((n, r) => n + r.bytes, 0),
      gzipBytes: this.rows.reduce((n, r) => n + r.gzip, 0),
      largest: [...this.rows].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map(({ path, bytes }) => ({ path, bytes })),
    };
  }
}

type Timeline = NonNullable<QueryRun['timeline']>;

async function measureOne(page: Page, cdp: CDPSession, collector: Collector, url: string, timeout: number): Promise<{ ms: number; results: number; error?: string; timeline?: Timeline }> {
  collector.reset();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    const ms = await waitDone(cdp, timeout);
    // Let late requests (lazy chunks, images) finish so they are counted with this query.
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    const results = await page.locator('[data-passage-id]').count();
    const timeline = await page.evaluate((doneAt: number) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.responseEnd <= doneAt);
      const largest = res.reduce<PerformanceResourceTiming | null>((a, r) => (!a || r.encodedBodySize > a.encodedBodySize ? r : a), null);
      return {
        htmlEnd: nav?.responseEnd ?? 0,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
        lastResourceEnd: Math.max(0, ...res.map((r) => r.responseEnd)),
        largestEnd: largest?.responseEnd ?? 0,
        largest: largest ? new URL(largest.name).pathname : '',
      };
    }, ms);
    return { ms, results, timeline };
  } catch (e) {
    return { ms: timeout, results: 0, error: (e as Error).message.split('\n')[0] };
  }
}

async function newContext(browser: Browser, collector: Collector): Promise<BrowserContext> {
  const ctx = await browser.newContext();
  await ctx.addInitScript(INIT);
  ctx.on('requestfinished', collector.onFinished);
  return ctx;
}

/**
 * Run every query cold, then warm, against several sites, interleaved: each query goes to every
 * site in turn (cold: a fresh context each; warm: one warmed page per site), so a change of load on
 * this shared machine falls on all sites alike. (Before 2026-12-03 11:50 UTC one site ran all its
 * navigations, then the next: a load spike of a minute could double one site's median alone.)
 * Returns the runs of each site, in query order, cold first.
 */
export async function benchSites(browser: Browser, sites: SiteUnderTest[], queries: BenchQuery[], timeout = DONE_TIMEOUT): Promise<QueryRun[][]> {
  const out: QueryRun[][] = sites.map(() => []);
  const collectors = sites.map((s) => new Collector(s.served));
  const full = (i: number, q: BenchQuery) => new URL(sites[i].path(q), sites[i].served.url).href;
  for (const q of queries)
    for (let i = 0; i < sites.length; i++) {
      const ctx = await newContext(browser, collectors[i]);
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const r = await measureOne(page, cdp, collectors[i], full(i, q), timeout);
      out[i].push({ q: q.q, kind: q.kind, mode: 'cold', ...r, ...(await collectors[i].totals()) });
      await ctx.close();
    }
  const pages: Array<{ page: Page; cdp: CDPSession }> = [];
  for (let i = 0; i < sites.length; i++) {
    const ctx = await newContext(browser, collectors[i]);
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await measureOne(page, cdp, collectors[i], full(i, queries[0]), timeout);
    pages.push({ page, cdp });
  }
  for (const q of queries)
    for (let i = 0; i < sites.length; i++) {
      const r = await measureOne(pages[i].page, pages[i].cdp, collectors[i], full(i, q), timeout);
      out[i].push({ q: q.q, kind: q.kind, mode: 'warm', ...r, ...(await collectors[i].totals()) });
    }
  for (const p of pages) await p.page.context().close();
  return out;
}

/** Run every query cold, then warm, against one site. */
export async function benchSite(browser: Browser, site: SiteUnderTest, queries: BenchQuery[], timeout = DONE_TIMEOUT): Promise<QueryRun[]> {
  return (await benchSites(browser, [site], queries, timeout))[0];
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function chromiumVersion(): Promise<string> {
  const b = await launchChromium();
  try {
    return b.version();
  } finally {
    await b.close();
  }
}
