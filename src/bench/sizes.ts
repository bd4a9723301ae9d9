/**
 * Sizes of the search bundles a build emits: the site's own index (search-index/, the file the
 * /search/ page loads, plus its runtime assets/search.js) and Pagefind bundles (the site's page
 * index and the default baseline), grouped into shards/kinds, raw and gzip/brotli (node:zlib,
 * maximum levels). Pagefind's .pf_* and wasm files are gzip-compressed already: counted as they are.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliSize, gzipSize } from './measure';

export interface SizeRow {
  group: string;
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

const PRECOMPRESSED = new Set(['.pf_meta', '.pf_index', '.pf_fragment', '.pagefind', '.wasm']);

function walk(dir: string, base = dir, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, base, out);
    else out.push(relative(base, p));
  }
  return out;
}

/** Sizes of the files under `dir`, summed per group (`groupOf(rel)`; null leaves a file out). */
export function groupSizes(dir: string, groupOf: (rel: string) => string | null): SizeRow[] {
  const rows = new Map<string, SizeRow>();
  for (const rel of walk(dir)) {
    const group = groupOf(rel);
    if (!group) continue;
    const buf = readFileSync(join(dir, rel));
    const pre = PRECOMPRESSED.has(extname(rel));
    const row = rows.get(group) ?? { group, files: 0, raw: 0, gzip: 0, brotli: 0 };
    row.files++;
    row.raw += buf.length;
    row.gzip += pre ? buf.length : gzipSize(buf);
    row.brotli += pre ? buf.length : brotliSize(buf);
    rows.set(group, row);
  }
  return [...rows.values()];
}

export function total(rows: SizeRow[], group = 'total'): SizeRow {
  return rows.reduce((t, r) => ({ group, files: t.files + r.files, raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { group, files: 0, raw: 0, gzip: 0, brotli: 0 });
}

/** Pagefind bundle files by kind: fragments, index chunks, meta, wasm, the JS/CSS runtime. */
export function pagefindGroup(rel: string): string | null {
  if (rel.startsWith('fragment/')) return 'fragments (.pf_fragment)';
  if (rel.startsWith('index/')) return 'index chunks (.pf_index)';
  if (rel.endsWith('.pf_meta')) return 'meta (.pf_meta)';
  if (rel.startsWith('wasm.')) return 'wasm (per language)';
  if (/^pagefind(-worker)?\.js$/.test(rel) || rel === 'pagefind-entry.json') return 'runtime (pagefind.js, worker, entry)';
  return null; // the optional UIs (pagefind-ui.js, component UI, highlight) are not needed to search
}

/** Group of a file of the site's search (search-index/ and assets/), by role; null leaves it out. */
export function siteGroup(rel: string): string | null {
  if (rel.startsWith('search-index/')) {
    const f = rel.slice('search-index/'.length);
    if (f.endsWith('.gz')) return 'search-index/*.json.gz (pre-compressed twins, sent instead when the client accepts gzip)';
    if (f.endsWith('.js')) return f === 'index.js' ? 'search-index/index.js' : 'search-index/*.js (file:// twins, not loaded over http)';
    if (f.startsWith('meta.')) return 'search-index/meta.*.json (loaded by every query)';
    if (/^concept-\d/.test(f)) return 'search-index/concept-*.json (one per concept; loaded for the concepts the query names)';
    if (f.startsWith('vocab-')) return 'search-index/vocab-*.json (vocabulary and concept forms per script; loaded for the scripts of the query)';
    if (f.startsWith('postings-')) return 'search-index/postings-*.json (loaded for the terms of the query)';
    if (f.startsWith('texts-')) return 'search-index/texts-*.json (loaded for ranked and shown passages)';
    if (f.startsWith('bridge-')) return 'search-index/bridge-*.json (English → Chinese dictionary bridge; loaded for English queries)';
    if (f.startsWith('bigrams-')) return 'search-index/bigrams-*.json (Han bigram → passages; loaded for a Han phrase, one or two files)';
    if (f.startsWith('bundle.')) return 'search-index/bundle.*.json (every file but meta, small indexes only; fetched once by a returning visitor for its local copy)';
    return `search-index/${f}`;
  }
  if (rel.startsWith('assets/')) {
    const f = rel.slice('assets/'.length);
    if (f.endsWith('.js.gz')) return /^(search|prefetch|export)\./.test(f) ? 'assets/*.js.gz (pre-compressed twins of the scripts)' : null;
    if (/^search(\.[0-9a-f]+)?\.js$/.test(f)) return 'assets/search.js (runtime)';
    if (/^prefetch(\.[0-9a-f]+)?\.js$/.test(f)) return 'assets/prefetch.js (starts the first index downloads; inlined in the search page since 2026-12-03 19:00 UTC)';
    if (/^export(\.[0-9a-f]+)?\.js$/.test(f)) return 'assets/export.js (CSV export, loaded on the first export)';
  }
  return null;
}

/** The site's search: every file of search-index/ (grouped by role), and the scripts of /search/. */
export function siteSearchSizes(outDir: string): SizeRow[] {
  const rows = groupSizes(join(outDir, 'search-index'), (rel) => siteGroup(`search-index/${rel}`));
  const runtime = groupSizes(join(outDir, 'assets'), (rel) => siteGroup(`assets/${rel}`));
  return [...rows, ...runtime];
}
