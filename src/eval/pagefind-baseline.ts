/**
 * Pagefind-default baseline for the search eval: every canonical passage becomes a custom record
 * (lower-case language codes: ko, es, zh-cn, zh-tw, en), Pagefind writes its bundle to a temporary
 * folder served on 127.0.0.1, and each query runs in Debian Chromium on a page whose `<html lang>`
 * is the query's language, which is how Pagefind picks its index out of the box.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, extname } from 'node:path';
import type { TaggedPassage } from '../records';
import { hanScriptVotes } from '../text/fold';
import { judge, type JudgedQuery, type QueryOutcome } from './search';

const PF_LANG: Record<string, string> = { ko: 'ko', es: 'es', 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw', en: 'en', und: 'en' };
const CHROMIUM = '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

/** The page language Pagefind would see for a query typed in that language. */
export function queryPageLang(q: string): string {
  if (/[\uac00-\ud7a3]/.test(q)) return 'ko';
  if (/\p{Script=Han}/u.test(q)) {
    const v = hanScriptVotes(q);
    return v.hant > v.hans ? 'zh-tw' : 'zh-cn';
  }
  return /[ñáéíóú¿¡]|\b(de|la|el|los|las|con|por|para|que|del|y)\b/i.test(q) ? 'es' : 'en';
}

function serve(dir: string): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const lang = /^\/(\w[\w-]*)\.html$/.exec(url.pathname)?.[1];
    if (lang) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body><script type="module">
        window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); window.pfReady = true;</script></body></html>`);
      return;
    }
    const file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })));
}

export async function pagefindBaseline(queries: JudgedQuery[], passages: TaggedPassage[]): Promise<QueryOutcome[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found`);
  const pagefind = await import('pagefind');
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'pf-baseline-'));
  const byId = new Map(passages.map((p) => [p.id, p]));
  const copies = new Map<string, TaggedPassage[]>();
  for (const p of passages) if (p.duplicateOf && byId.has(p.duplicateOf)) copies.set(p.duplicateOf, [...(copies.get(p.duplicateOf) ?? []), p]);
  let server: Server | null = null;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (const p of passages) {
      if (p.duplicateOf && byId.has(p.duplicateOf)) continue;
      await index.addCustomRecord({ url: `/p/${p.id}/`, content: p.text, language: PF_LANG[p.lang] ?? 'en', meta: { title: p.id } });
    }
    await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    await pagefind.close();
    const s = await serve(dir);
    server = s.server;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage();
    let current = '';
    const out: QueryOutcome[] = [];
    for (const q of queries) {
      const lang = queryPageLang(q.query);
      if (lang !== current) {
        await page.goto(`http://127.0.0.1:${s.port}/${lang}.html`);
        await page.waitForFunction('window.pfReady === true', null, { timeout: 30_000 });
        current = lang;
      }
      const urls = await page.evaluate(async (query: string) => {
        const w = window as unknown as { pf: { search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }> } };
        const r = await w.pf.search(query);
        const top = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        return top.map((d) => d.url);
      }, q.query);
      const ranked = urls
        .map((u) => byId.get(/\/p\/([^/]+)\//.exec(u)?.[1] ?? ''))
        .filter((p): p is TaggedPassage => !!p)
        .map((p) => ({ id: p.id, label: p.label, members: [p, ...(copies.get(p.id) ?? [])] }));
      out.push(judge(q, ranked));
    }
    return out;
  } finally {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
