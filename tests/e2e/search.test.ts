/**
 * /search/ in Chromium: a query per language, facet counts against the data, browsing by facet,
 * the URL as the whole state (back/forward, reload), keyboard navigation and result export.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countBy, facetCounts, firstCopies, launch, parseCsv, passages, searchDone, site, watchedPage } from './helpers';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true });
});
afterAll(async () => browser?.close());

const resultIds = (page: import('playwright-core').Page) => page.$$eval('#results [data-passage-id]', (els) => els.map((e) => (e as HTMLElement).dataset.passageId!));

describe('search per language', () => {
  // Fresh queries (not the fixture's sentences): an inflected or partial form of a phrase in the data.
  it.each([
    ['ko', '직장 상사에게 알리다', '직장 상사'],
    ['es', 'amenazar con cárcel', 'cárcel'],
    ['zh-Hans', '同事 领导', '同事和领导'],
    ['zh-Hant', '半夜 打電話', '半夜也不要停'],
  ])('finds the %s passage for %s and counts facets from the results', async (lang, query, needle) => {
    const all = passages();
    const target = firstCopies(all).find((p) => p.lang === lang && p.text.includes(needle));
    expect(target, `no ${lang} passage containing ${needle} in the data`).toBeDefined();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site().url}search/?q=${encodeURIComponent(query)}&noise=1`);
    await searchDone(page);
    const ids = await resultIds(page);
    expect(ids).toContain(target!.id);
    const byId = new Map(all.map((p) => [p.id, p]));
    const shown = ids.map((id) => byId.get(id)!);
    expect(shown.every(Boolean)).toBe(true);
    const total = Number(await page.getAttribute('#status', 'data-total'));
    expect(total).toBe(ids.length);
    // Every card agrees with its record, and each facet count is the count over the results.
    for (const card of await page.$$('#results .result')) {
      const p = byId.get((await card.getAttribute('data-passage-id'))!)!;
      expect(await card.getAttribute('data-label')).toBe(p.label);
      expect(await card.getAttribute('data-lang')).toBe(p.lang);
    }
    const facets = await facetCounts(page);
    expect(facets.label).toEqual(countBy(shown, (p) => p.label));
    expect(facets.lang).toEqual(countBy(shown, (p) => p.lang));
    expect(facets.source).toEqual(countBy(shown, (p) => p.source));
    expect(facets.tactic).toEqual(countBy(shown.filter((p) => p.tactics.length + p.mentions.length), (p) => [...p.tactics, ...p.mentions]));
    // The highlighted terms come from the analyser offsets and sit inside the snippet of the target.
    const marks = await page.$$eval(`[data-passage-id="${target!.id}"] mark.hit`, (m) => m.map((x) => x.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('browsing by facet without a query', () => {
  it.each(['ko', 'es', 'zh-Hans', 'zh-Hant'])('lists every distinct %s passage with facet counts equal to the data', async (lang) => {
    const unique = firstCopies();
    const inLang = unique.filter((p) => p.lang === lang);
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site().url}search/?lang=${lang}&noise=1`);
    await searchDone(page);
    expect(await resultIds(page)).toEqual(inLang.slice(0, 10).map((p) => p.id));
    expect(Number(await page.getAttribute('#status', 'data-total'))).toBe(inLang.length);
    const facets = await facetCounts(page);
    expect(facets.lang).toEqual(countBy(unique, (p) => p.lang)); // a facet ignores its own filter
    expect(facets.label).toEqual(countBy(inLang, (p) => p.label));
    expect(facets.source).toEqual(countBy(inLang, (p) => p.source));
    expect(await page.isChecked(`#facets input[name="lang"][value="${lang}"]`)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hides noise unless asked, and says how many it hid', async () => {
    const unique = firstCopies();
    const { page } = await watchedPage(context);
    await page.goto(`${site().url}search/`);
    await searchDone(page);
    const visible = unique.filter((p) => p.label !== 'noise');
    expect(Number(await page.getAttribute('#status', 'data-total'))).toBe(visible.length);
    const hidden = unique.length - visible.length;
    expect(await page.textContent('#status')).toContain(`${hidden} noise passage`);
    await page.check('#noise');
    await searchDone(page);
    expect(Number(await page.getAttribute('#status', 'data-total'))).toBe(unique.length);
    expect(page.url()).toContain('noise=1');
    await page.close();
  });
});

describe('the URL holds the state', () => {
  it('round-trips query and facets through back, forward and reload', async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site().url}search/?q=${encodeURIComponent('전화')}&noise=1`);
    await searchDone(page);
    expect(await page.inputValue('#q')).toBe('전화');
    expect(await page.isChecked('#noise')).toBe(true);
    const before = await resultIds(page);
    const langBox = page.locator('#facets input[name="lang"]').first();
    const lang = (await langBox.getAttribute('value'))!;
    await langBox.check();
    await searchDone(page);
    expect(new URL(page.url()).searchParams.getAll('lang')).toEqual([lang]);
    const filtered = await page.$$eval('#results .result', (els) => els.map((e) => (e as HTMLElement).dataset.lang));
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered)).toEqual(new Set([lang]));

    await page.goBack();
    await searchDone(page);
    expect(new URL(page.url()).searchParams.getAll('lang')).toEqual([]);
    expect(await page.isChecked(`#facets input[name="lang"][value="${lang}"]`)).toBe(false);
    expect(await resultIds(page)).toEqual(before);

    await page.goForward();
    await searchDone(page);
    expect(await page.isChecked(`#facets input[name="lang"][value="${lang}"]`)).toBe(true);

    await page.fill('#q', 'pagos');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=pagos/);
    await searchDone(page);
    const afterQuery = await resultIds(page);
    await page.reload();
    await searchDone(page);
    expect(await page.inputValue('#q')).toBe('pagos');
    expect(await resultIds(page)).toEqual(afterQuery);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters named in the URL on arrival are applied and shown checked', async () => {
    const unique = firstCopies();
    const p = unique.find((x) => x.label === 'prohibited')!;
    const tactic = p.tactics[0];
    const { page } = await watchedPage(context);
    await page.goto(`${site().url}search/?tactic=${tactic}&label=prohibited`);
    await searchDone(page);
    const expected = unique.filter((x) => x.label === 'prohibited' && (x.tactics.includes(tactic) || x.mentions.includes(tactic)));
    expect(Number(await page.getAttribute('#status', 'data-total'))).toBe(expected.length);
    expect(await page.isChecked(`#facets input[name="tactic"][value="${tactic}"]`)).toBe(true);
    expect(await page.isChecked('#facets input[name="label"][value="prohibited"]')).toBe(true);
    await page.close();
  });
});

describe('keyboard and export', () => {
  it('focuses the box with / and walks the results with the arrow keys', async () => {
    const { page } = await watchedPage(context);
    await page.goto(`${site().url}search/?noise=1`);
    await searchDone(page);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.closest('[data-passage-id]')?.getAttribute('data-passage-id'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.closest('[data-passage-id]')?.getAttribute('data-passage-id'));
    const ids = await resultIds(page);
    expect([first, second]).toEqual(ids.slice(0, 2));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.close();
  });

  it('exports the current results as CSV with a BOM and as JSONL', async () => {
    const { page } = await watchedPage(context);
    await page.goto(`${site().url}search/?noise=1`);
    await searchDone(page);
    const total = Number(await page.getAttribute('#status', 'data-total'));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows.length).toBe(total + 1);
    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.click('#export-jsonl')]);
    const records = readFileSync((await jsonl.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(rows.slice(1).map((r) => r[0]));
    // Formula-like text is neutralised in the CSV, kept verbatim in the JSONL.
    for (const r of records) {
      const row = rows.find((x) => x[0] === r.id)!;
      const cell = row[row.length - 1];
      expect(cell).toBe(/^[=+\-@\t\r]/.test(r.text) ? `'${r.text}` : r.text);
    }
    await page.close();
  });
});
