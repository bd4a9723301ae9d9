/**
 * Reading pages in Chromium: a passage page shows its evidence and citations, the source reader
 * covers the whole source, tactic pages and the home matrix agree with the data, and a hostile
 * passage (HTML, event handler, javascript: URL, Markdown) stays text everywhere.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSource } from '../../src/pipeline/read';
import { slugify } from '../../src/site/data';
import { firstCopies, launch, passages, searchDone, site, sources, watchedPage } from './helpers';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => browser?.close());

/** Text of a rendered passage and, per character, the tactic code of the mark covering it. */
async function markedText(page: Page, selector: string): Promise<{ text: string; codes: Array<string | null> }> {
  return page.$eval(selector, (root) => {
    let text = '';
    const codes: Array<string | null> = [];
    const walk = (node: Node, code: string | null) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const t = node.textContent ?? '';
        text += t;
        for (let i = 0; i < t.length; i++) codes.push(code);
        return;
      }
      const el = node as HTMLElement;
      if (el.matches('sup.ev-code, .sr-only')) return;
      const here = el.matches('mark.ev') ? el.dataset.code ?? null : code;
      el.childNodes.forEach((c) => walk(c, here));
    };
    walk(root, null);
    return { text, codes };
  });
}

describe('passage pages', () => {
  it('shows each prohibited passage with its evidence marked and its citations listed', async () => {
    const prohibited = passages().filter((p) => p.label === 'prohibited').slice(0, 6);
    expect(prohibited.length).toBeGreaterThan(0);
    const { page, problems } = await watchedPage(context);
    for (const p of prohibited) {
      await page.goto(`${site().url}passage/${p.id}/`);
      expect(await page.getAttribute('article', 'data-passage-id')).toBe(p.id);
      const { text, codes } = await markedText(page, 'article .passage-text');
      expect(text).toBe(p.text);
      expect(await page.getAttribute('article .passage-text', 'lang')).toBe(p.lang);
      for (const e of p.evidence.filter((x) => x.role === 'tactic')) {
        for (let i = e.start; i < e.end; i++) expect(codes[i], `${p.id} char ${i} of cue ${e.cue}`).not.toBeNull();
        expect(codes.slice(e.start, e.end)).toContain(e.code);
      }
      const why = await page.textContent('.why');
      for (const e of p.evidence) expect(why).toContain(e.cue);
      for (const c of p.citations) {
        const table = await page.textContent(`table.citations[data-code="${c.code}"]`);
        expect(table).toContain(c.provision);
      }
      for (const t of p.tactics) expect(await page.locator(`.passage-meta a[href$="tactic/${t}/"]`).count()).toBe(1);
      expect(await page.getAttribute('a:text("Read it in context")', 'href')).toMatch(new RegExp(`source/${slugify(p.source)}/#p-${p.id}$`));
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('links to the previous and next passage of the same source, and to copies', async () => {
    const all = passages();
    const { page } = await watchedPage(context);
    for (const s of sources()) {
      const list = all.filter((p) => p.source === s.source).sort((a, b) => a.seq - b.seq);
      const mid = list[Math.floor(list.length / 2)];
      const i = list.indexOf(mid);
      await page.goto(`${site().url}passage/${mid.id}/`);
      if (i > 0) expect(await page.getAttribute('a[rel="prev"]', 'href')).toContain(list[i - 1].id);
      if (i < list.length - 1) expect(await page.getAttribute('a[rel="next"]', 'href')).toContain(list[i + 1].id);
    }
    const dup = all.find((p) => p.duplicateOf);
    if (dup) {
      await page.goto(`${site().url}passage/${dup.duplicateOf}/`);
      expect(await page.locator(`#dup-h ~ ul a[href*="${dup.id}"]`).count()).toBe(1);
      await page.goto(`${site().url}passage/${dup.id}/`);
      expect(await page.locator(`a[href*="${dup.duplicateOf}"]`).count()).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('source readers', () => {
  it.each(sources().map((s) => [s.source]))('%s: passages and dropped spans tile the whole text', async (file) => {
    const s = sources().find((x) => x.source === file)!;
    const text = readSource(join(site().sourcesDir, file)).doc.text;
    const mine = passages().filter((p) => p.source === file);
    const { page, problems } = await watchedPage(context);
    await page.goto(`${site().url}source/${slugify(file)}/`);
    const parts = await page.$$eval('.reader [data-start]', (els) =>
      els.map((e) => ({
        start: Number((e as HTMLElement).dataset.start),
        end: Number((e as HTMLElement).dataset.end),
        kind: e.classList.contains('p-text') ? 'passage' : 'dropped',
        text: [...e.childNodes].filter((n) => !(n instanceof HTMLElement && n.classList.contains('sr-only'))).map((n) => n.textContent).join(''),
      })),
    );
    let at = 0;
    for (const part of parts) {
      expect(part.start, `gap or overlap before ${part.start}`).toBe(at);
      at = part.end;
      if (part.kind === 'passage' || /^\s*$/.test(text.slice(part.start, part.end))) expect(part.text).toBe(text.slice(part.start, part.end));
      else expect(part.text.length).toBeGreaterThan(0);
    }
    expect(at).toBe(text.length);
    expect(parts.filter((p) => p.kind === 'passage').length).toBe(mine.length);
    expect(parts.filter((p) => p.kind === 'dropped').length).toBeGreaterThanOrEqual(s.dropped.length);
    for (const p of mine) {
      expect(await page.getAttribute(`#p-${p.id}`, 'data-label')).toBe(p.label);
      expect(await page.getAttribute(`#p-${p.id} .p-text`, 'lang')).toBe(p.lang);
    }
    expect(await page.locator('.minimap a').count()).toBe(mine.length);
    expect(await page.textContent('.facts')).toContain(s.sha256);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('tactic pages and the home matrix', () => {
  it('counts each tactic per language column as the data does', async () => {
    const unique = firstCopies();
    const used = [...new Set(unique.flatMap((p) => p.tactics))];
    expect(used.length).toBeGreaterThan(0);
    const { page } = await watchedPage(context);
    for (const code of used) {
      await page.goto(`${site().url}tactic/${code}/`);
      const cols = await page.$$eval('[data-lang-column]', (els) => els.map((e) => [(e as HTMLElement).dataset.langColumn!, Number((e as HTMLElement).dataset.count)] as const));
      for (const [col, n] of cols) {
        const expected = unique.filter((p) => p.tactics.includes(code) && (col === 'zh' ? p.lang.startsWith('zh') : p.lang === col)).length;
        expect(n, `${code} ${col}`).toBe(expected);
      }
      expect(await page.locator('table.grounding tbody tr').count()).toBeGreaterThan(0);
      const shown = await page.$$eval('.examples li[data-passage-id]', (els) => els.map((e) => (e as HTMLElement).dataset.passageId!));
      for (const id of shown) expect(unique.find((p) => p.id === id)?.tactics).toContain(code);
    }
    await page.close();
  });

  it('every matrix number opens a search with that many results', async () => {
    const { page } = await watchedPage(context);
    await page.goto(site().url);
    const cells = await page.$$eval('a[data-matrix-count]', (as) => as.map((a) => [(a as HTMLAnchorElement).href, Number((a as HTMLElement).dataset.matrixCount)] as const));
    expect(cells.length).toBeGreaterThan(0);
    for (const [href, n] of cells) {
      await page.goto(href);
      await searchDone(page);
      expect(Number(await page.getAttribute('#status', 'data-total')), href).toBe(n);
    }
    await page.close();
  });
});

describe('hostile text', () => {
  it('never runs script or creates elements from passage text', async () => {
    const hostile = passages().filter((p) => /<script|onerror|javascript:/i.test(p.text));
    expect(hostile.length).toBeGreaterThan(0);
    const { page, problems } = await watchedPage(context);
    for (const p of hostile) {
      for (const url of [`passage/${p.id}/`, `source/${slugify(p.source)}/`, `search/?q=${encodeURIComponent(p.text.split(/\s+/).slice(0, 3).join(' '))}&noise=1`]) {
        await page.goto(site().url + url);
        if (url.startsWith('search')) await searchDone(page);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.locator('a[href^="javascript:"], [onerror]').count()).toBe(0);
        expect(await page.locator('body').textContent()).toContain('<script>');
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
