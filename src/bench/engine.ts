/**
 * The search core alone, in Node: load the index the build wrote (search-index/index.json), then
 * run the query set over and over. Separates the engine's cost from the page's (download, parse,
 * render). Same call as the page makes: `engine.search(q, { limit: 50 })`.
 */
import { readFileSync, statSync } from 'node:fs';
import { SearchEngine } from '../search/engine';
import { summary } from './measure';
import type { BenchQuery } from './queries';

export interface EngineBench {
  docs: number;
  indexBytes: number;
  /** JSON.parse + SearchEngine construction (MiniSearch.loadJS), ms. */
  loadMs: number;
  /** Heap growth from loading the engine, MB. */
  heapMb: number;
  qps: number;
  rounds: number;
  perQuery: Array<{ q: string; kind: string; medianMs: number; p95Ms: number; total: number }>;
  latency: { median: number; p95: number; max: number };
}

export function benchEngine(indexPath: string, queries: BenchQuery[], budgetMs = 3_000, limit = 50): EngineBench {
  const json = readFileSync(indexPath, 'utf8');
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
    indexBytes: statSync(indexPath).size,
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
