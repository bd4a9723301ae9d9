/**
 * The peer for the browser benchmark: a DEFAULT Pagefind index over the same passages the site
 * indexes (duplicates collapsed into their first copy, as the site's index does), built with the
 * Node API (createIndex → addCustomRecord with the lower-case language code → writeFiles), plus a
 * tiny page at /search/?q=… that loads /pagefind/pagefind.js, runs the query, renders the top
 * results with data-passage-id and sets data-search-status="done" — the same contract as the site.
 *
 * Pagefind keeps one index per language and picks it from `<html lang>`; the page takes that
 * language from `&pl=` (computed by the bench from the query's script, src/eval/pagefind-baseline.ts
 * `queryPageLang`), which is how a default Pagefind page in the query's language behaves.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggedPassage } from '../records';

export const PF_LANG: Record<string, string> = { ko: 'ko', es: 'es', 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw', en: 'en', und: 'en' };
/** Results whose fragments the page loads and renders (Pagefind's own UI shows 5 at first). */
export const PF_RESULTS = 10;

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Pagefind baseline</title></head>
<body>
<p id="status" data-search-status="idle"></p>
<ol id="results"></ol>
<script type="module">
const params = new URLSearchParams(location.search);
const q = params.get('q') || '';
const lang = params.get('pl');
if (lang) document.documentElement.lang = lang;
const status = document.getElementById('status');
try {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const r = await pf.search(q);
  const top = await Promise.all(r.results.slice(0, ${PF_RESULTS}).map((x) => x.data()));
  const ol = document.getElementById('results');
  for (const d of top) {
    const li = document.createElement('li');
    li.dataset.passageId = d.meta.id;
    li.innerHTML = '<a href="' + d.url + '">' + d.meta.id + '</a> <p>' + d.excerpt + '</p>';
    ol.append(li);
  }
  status.textContent = top.length ? r.results.length + ' results' : 'No results';
} catch (e) {
  status.textContent = 'error: ' + e;
}
status.dataset.searchStatus = 'done';
</script>
</body></html>
`;

export interface PagefindSite {
  dir: string;
  records: number;
  ms: number;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Build the default Pagefind bundle over `passages` into `dir` (emptied first). */
export async function buildPagefindSite(passages: TaggedPassage[], dir: string): Promise<PagefindSite> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'search', 'index.html'), PAGE);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Pagefind baseline</title><a href="search/">search</a>');
  const t0 = performance.now();
  const pagefind = await import('pagefind');
  const ids = new Set(passages.map((p) => p.id));
  let records = 0;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (const p of passages) {
      if (p.duplicateOf && ids.has(p.duplicateOf)) continue;
      const r = await index.addCustomRecord({ url: `/p/${p.id}/`, content: p.text, language: PF_LANG[p.lang] ?? 'en', meta: { id: p.id } });
      if (r.errors.length) throw new Error(`pagefind: ${r.errors[0]}`);
      records++;
    }
    const w = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (w.errors.length) throw new Error(`pagefind: ${w.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return { dir, records, ms: performance.now() - t0 };
}
