/**
 * axe-core (WCAG 2.0/2.1 A and AA) finds nothing on each page type, in light and dark colour
 * schemes; the run also writes a screenshot of each page type to tests/e2e/screenshots/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/site/data';
import { axe, launch, passages, screenshot, searchDone, site, watchedPage } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

function pageTypes(): Array<[string, string]> {
  const all = passages();
  const p = all.find((x) => x.label === 'prohibited' && x.citations.length) ?? all[0];
  const code = p.tactics[0] ?? 'third-party-pressure';
  const query = p.text.split(/\s+/).slice(0, 2).join(' ');
  return [
    ['home', ''],
    ['search', `search/?q=${encodeURIComponent(query)}&noise=1`],
    ['passage', `passage/${p.id}/`],
    ['source', `source/${slugify(p.source)}/`],
    ['tactic', `tactic/${code}/`],
    ['tactics', 'tactic/'],
    ['sources', 'source/'],
    ['methodology', 'methodology/'],
  ];
}

describe.each(['light', 'dark'] as const)('accessibility in the %s scheme', (scheme) => {
  it.each(pageTypes())('%s page has no WCAG A/AA violations', async (name, path) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1200, height: 900 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(site().url + path);
    if (name === 'search') {
      await searchDone(page);
      expect(await page.locator('#results .result').count()).toBeGreaterThan(0);
    }
    const violations = await axe(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    if (scheme === 'light') await screenshot(page, name);
    if (scheme === 'dark' && (name === 'passage' || name === 'search')) await screenshot(page, `${name}-dark`);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('small screens', () => {
  it('search and passage pages fit a phone without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true });
    const { page } = await watchedPage(context);
    for (const [name, path] of pageTypes().filter(([n]) => n === 'search' || n === 'passage' || n === 'source')) {
      await page.goto(site().url + path);
      if (name === 'search') await searchDone(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      if (name === 'search') await screenshot(page, 'search-phone');
    }
    await context.close();
  });
});

describe('print and colour scheme', () => {
  it('prints a passage or tactic page without navigation, keeping the text, evidence and law', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context);
    for (const [name, path] of pageTypes().filter(([n]) => n === 'passage' || n === 'tactic')) {
      await page.goto(site().url + path);
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('header.site-header'), name).toBe(false);
      expect(await page.isVisible('footer.site-footer'), name).toBe(false);
      expect(await page.isVisible(name === 'passage' ? '.why' : 'table.grounding'), name).toBe(true);
      expect(await page.locator('mark.ev').first().isVisible(), name).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  });

  it('follows prefers-color-scheme', async () => {
    const bg = async (scheme: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(site().url);
      const color = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await context.close();
      return color.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    };
    expect(await bg('light')).toBeGreaterThan(600);
    expect(await bg('dark')).toBeLessThan(150);
  });
});
