/** Shared pieces of the e2e tests: the browser, pages that record errors, the data under test. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { SourceSummary, TaggedPassage } from '../../src/records';
import { CHROMIUM } from './global-setup';

export const site = () => inject('site');

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Watched {
  page: Page;
  /** Uncaught errors, console errors (CSP violations among them) and failed or 4xx/5xx requests. */
  problems: string[];
}

export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  // ERR_ABORTED is a request cut short by the next navigation, not a failure of the site.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  return { page, problems };
}

/** Wait until the search page says it is done (results or "no results"). */
export async function searchDone(page: Page): Promise<void> {
  await page.waitForSelector('[data-search-status="done"]', { timeout: 30_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export function passages(): TaggedPassage[] {
  return readFileSync(join(site().dataDir, 'passages.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => TaggedPassage.parse(JSON.parse(l)));
}

export function sources(): SourceSummary[] {
  return SourceSummary.array().parse(JSON.parse(readFileSync(join(site().dataDir, 'sources.json'), 'utf8')));
}

/** Passages the search shows (a duplicate is folded into its first copy). */
export function firstCopies(all = passages()): TaggedPassage[] {
  const ids = new Set(all.map((p) => p.id));
  return all.filter((p) => !(p.duplicateOf && ids.has(p.duplicateOf)));
}

export function countBy<T>(items: T[], key: (t: T) => string | string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of items) for (const k of new Set([key(it)].flat())) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/** Facet counts as the search page shows them: {facet: {value: count}}. */
export async function facetCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  for (const more of await page.$$('#facets button[aria-expanded="false"]')) await more.click();
  return page.$$eval('#facets fieldset', (sets) => {
    const out: Record<string, Record<string, number>> = {};
    for (const fs of sets) {
      const key = (fs as HTMLElement).dataset.facet!;
      out[key] = {};
      for (const li of fs.querySelectorAll('li')) {
        const input = li.querySelector('input')!;
        const n = Number(li.querySelector('.count')!.textContent);
        if (n > 0) out[key][input.value] = n;
      }
    }
    return out;
  });
}

export { parseCsv } from './csv';

export const AXE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe-core WCAG 2.0/2.1 A and AA rules on the current page. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: an injected <script> would (rightly) be blocked by the CSP.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}
