/**
 * The search core alone, in Node: load the index the build wrote (search-index/), then
 * run the query set over and over. Separates the engine's cost from the page's (download, parse,
 * render). Same call as the page makes: `engine.search(q, { limit: 50 })`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SearchEngine } from '../search/engine';
import { unshard, type ShardMeta } from '../search/shards';
import { summary } from './measure';
import type { BenchQuery } from './queries';

export interface EngineBench {
  docs: number;
  /** Bytes of the serialised index (JSON). */
  indexBytes: number;
  /** The file it was read from and that file's size. */
  indexFile?: string;
  indexFileBytes?: number;
  /** JSON.parse + SearchEngine construction, ms (the index reassembled from its shard files first, not timed). */
  loadMs: number;
  /** Heap growth from loading the engine, MB. */
  heapMb: number;
  qps: number;
  rounds: number;
  perQuery: Array<{ q: string; kind: string; medianMs: number; p95Ms: number; total: number }>;
  latency: { median: number; p95: number; max: number };
}

/**
 * The serialised index a built site serves, as one object: reassembled from the sharded files in
 * search-index/ (meta.<hash>.json names the others; src/search/shards.ts), or read from the
 * single index.json / index.js of older builds.
 */
export function readSiteIndex(siteDir: string): { path: string; json: string } | null {
  const dir = join(siteDir, 'search-index');
  if (!existsSync(dir)) return null;
  const meta = readdirSync(dir).find((f) => /^meta\.[0-9a-f]+\.json$/.test(f));
  if (meta) {
    const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
    return { path: join(dir, meta), json: JSON.stringify(unshard(read(meta) as ShardMeta, read)) };
  }
  const json = join(dir, 'index.json');
  if (existsSync(json)) return { path: json, json: readFileSync(json, 'utf8') };
  const js = join(dir, 'index.js');
  if (!existsSync(js)) return null;
  const src = readFileSync(js, 'utf8');
  const at = src.indexOf('=');
  const end = src.lastIndexOf(';');
  if (at < 0 || end < at) throw new Error(`${js}: not the expected \`window.__kbSearchIndex="…";\` script`);
  return { path: js, json: JSON.parse(src.slice(at + 1, end)) as string };
}

export function benchEngine(siteDir: string, queries: BenchQuery[], budgetMs = 3_000, limit = 50): EngineBench {
  const index = readSiteIndex(siteDir);
  if (!index) throw new Error(`${siteDir}/search-index/: no meta.<hash>.json, index.json or index.js`);
  const { json, path: indexPath } = index;
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const engine = SearchEngine.fromJSON(json);
  const loadMs = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
  const times = new Map<string, number[]>(queries.map((q) => [q.q, []]));
  const totals = new Map<string, number>();
  // One untimed round so the first query does not pay for JIT warm-up alone.
  for (const q of queries) totals.set(q.q, engine.search(q.q, { limit }).total);
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs || rounds < 3) {
    for (const q of queries) {
      const t = performance.now();
      engine.search(q.q, { limit });
      times.get(q.q)!.push(performance.now() - t);
    }
    rounds++;
  }
  const elapsed = performance.now() - start;
  const all = [...times.values()].flat();
  const s = summary(all);
  return {
    docs: engine.size,
    indexBytes: Buffer.byteLength(json),
    indexFile: indexPath.split('/').slice(-2).join('/'),
    indexFileBytes: statSync(indexPath).size,
    loadMs,
    heapMb,
    qps: (rounds * queries.length) / (elapsed / 1000),
    rounds,
    perQuery: queries.map((q) => {
      const qs = summary(times.get(q.q)!);
      return { q: q.q, kind: q.kind, medianMs: qs.median, p95Ms: qs.p95, total: totals.get(q.q) ?? 0 };
    }),
    latency: { median: s.median, p95: s.p95, max: s.max },
  };
}
