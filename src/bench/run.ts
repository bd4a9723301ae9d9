/**
 * The whole benchmark, step by step (scripts/bench.ts is the CLI):
 *
 *   corpora (1× = content/sources, N× generated) → ingest (measured) → floors → profile (largest
 *   scale) → build (measured) → index sizes + default Pagefind baseline → browser (site vs Pagefind,
 *   cold and warm) → search core in Node → results.json (+ REPORT.md from src/bench/report.ts)
 *
 * Each step is bounded (timeouts) and a step that fails is recorded with its error, so one broken
 * stage never loses the numbers of the others. Runs are sequential: the machine has 2 cores.
 */
import { execSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TaggedPassage } from '../records';
import { benchSites, chromiumVersion, launchChromium, serve, type QueryRun } from './browser';
import { benchEngine, readSiteIndex, type EngineBench } from './engine';
import { generateCorpus } from './generate';
import { buildPagefindSite, readJsonl } from './pagefind';
import {
  benchBuild,
  benchIngest,
  indexFloor,
  ingestFloor,
  profileIngest,
  benchUntagged,
  type BuildRun,
  type Floor,
  type IndexFloor,
  type IngestRun,
  type ProfileSummary,
  type UntaggedRun,
} from './pipeline';
import { BENCH_QUERIES, LARGE_QUERIES, QUICK_QUERIES, type BenchQuery } from './queries';
import { groupSizes, pagefindGroup, siteSearchSizes, type SizeRow } from './sizes';

export type Step = 'ingest' | 'profile' | 'build' | 'sizes' | 'browser' | 'engine';
export const STEPS: Step[] = ['ingest', 'profile', 'build', 'sizes', 'browser', 'engine'];

export interface BenchOptions {
  scales: number[];
  quick: boolean;
  /** Scratch folder for corpora, ingest output, sites (bench/out/, gitignored). */
  work: string;
  skip: Step[];
  queries: BenchQuery[];
  /** Scales at which the browser step runs (default: every built scale). */
  browserScales?: number[];
  log: (line: string) => void;
}

type Stripped<T> = Omit<T, 'stdout' | 'stderr'>;

export interface Machine {
  date: string;
  nproc: number;
  cpu: string;
  memGb: number;
  freeGb: number;
  loadavg: number[];
  node: string;
  chromium: string;
  packages: Record<string, string>;
  commit: string;
}

export interface ScaleResult {
  scale: number;
  corpus: { dir: string; synthetic: boolean; files: number; chars: number; bytes: number; genMs: number };
  ingest?: Stripped<IngestRun> & { error?: string };
  floor?: Floor;
  /** The same pipeline with an identity tagger: what everything but tagging costs. */
  untagged?: Stripped<UntaggedRun>;
  build?: Stripped<BuildRun> & { error?: string };
  indexFloor?: IndexFloor;
  sizes?: { docs: number; site: SizeRow[]; sitePagefind: SizeRow[]; baseline: SizeRow[]; baselineRecords: number; baselineMs: number };
  /** queries: the set used at this scale; timeoutMs: when a navigation counts as failed. */
  browser?: { site: QueryRun[]; pagefind: QueryRun[]; queries?: BenchQuery[]; timeoutMs?: number };
  engine?: EngineBench;
  errors: string[];
}

export interface BenchResults {
  quick: boolean;
  machine: Machine;
  queries: BenchQuery[];
  scales: ScaleResult[];
  profile?: { scale: number } & Omit<ProfileSummary, 'run'> & { wallMs: number; stages: Record<string, number> };
  totalMs: number;
  /** Load average when the run ended (the start is in machine.loadavg). */
  loadEnd: number[];
  /** Later partial runs merged into these results (`--merge`). */
  merged?: Array<{ date: string; commit: string; steps: Step[]; scales: number[]; loadavg: number[]; loadEnd: number[] }>;
}

function pkgVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export async function machine(skipBrowser: boolean): Promise<Machine> {
  let chromium = 'not used';
  if (!skipBrowser) chromium = await chromiumVersion().catch((e: Error) => `unavailable (${e.message.split('\n')[0]})`);
  let commit = '?';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim() + (execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() ? ' (+ uncommitted changes)' : '');
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    memGb: totalmem() / 1024 ** 3,
    freeGb: freemem() / 1024 ** 3,
    loadavg: loadavg(),
    node: process.version,
    chromium,
    packages: Object.fromEntries(['astro', 'pagefind', 'minisearch', 'jieba-wasm', 'opencc-js', 'playwright-core', 'tsx'].map((p) => [p, pkgVersion(p)])),
    commit,
  };
}

const strip = <T extends { stdout: string; stderr: string }>(r: T): Stripped<T> => {
  const { stdout: _o, stderr: _e, ...rest } = r;
  return rest;
};
const lastLine = (s: string) => s.trim().split('\n').filter(Boolean).slice(-3).join(' | ').slice(0, 400);

export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const t0 = performance.now();
  const work = resolve(o.work);
  mkdirSync(work, { recursive: true });
  const skip = new Set(o.skip);
  const m = await machine(skip.has('browser'));
  o.log(`bench: ${m.nproc} cores, ${m.memGb.toFixed(1)} GB, node ${m.node}, chromium ${m.chromium}; scales ${o.scales.join(', ')}×`);
  const scales: ScaleResult[] = [];
  const largest = Math.max(...o.scales);
  let profile: BenchResults['profile'];

  for (const scale of o.scales) {
    const r: ScaleResult = { scale, corpus: { dir: '', synthetic: scale !== 1, files: 0, chars: 0, bytes: 0, genMs: 0 }, errors: [] };
    scales.push(r);
    // 1× is the corpus as it is; larger scales are generated.
    const g0 = performance.now();
    const corpus = scale === 1 ? resolve('content/sources') : generateCorpus({ scale, outDir: join(work, `corpus-${scale}x`) }).dir;
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    const floor = ingestFloor(corpus);
    r.corpus = { dir: corpus, synthetic: scale !== 1, files: files.length, chars: floor.chars, bytes: floor.bytes, genMs: scale === 1 ? 0 : performance.now() - g0 };
    r.floor = floor;
    o.log(`bench ${scale}×: corpus ${files.length} files, ${(floor.chars / 1e6).toFixed(2)} M chars`);
    const data = join(work, `data-${scale}x`);
    const site = join(work, `site-${scale}x`);

    if (!skip.has('ingest')) {
      const ing = await benchIngest(corpus, data, { timeoutMs: 15 * 60_000 });
      r.ingest = { ...strip(ing), ...(ing.code > 1 ? { error: lastLine(ing.stderr) } : {}) };
      o.log(`bench ${scale}×: ingest ${(ing.wallMs / 1000).toFixed(1)} s, peak ${ing.peakMb.toFixed(0)} MB, ${ing.passages} passages${ing.code > 1 ? ` (exit ${ing.code})` : ''}`);
      if (ing.code > 1) r.errors.push(`ingest exit ${ing.code}: ${lastLine(ing.stderr)}`);
      const un = await benchUntagged(corpus, { timeoutMs: 15 * 60_000 });
      if (un.code === 0) r.untagged = strip(un);
      else r.errors.push(`untagged ingest exit ${un.code}: ${lastLine(un.stderr)}`);
    }
    if (!skip.has('profile') && scale === largest && !skip.has('ingest')) {
      try {
        const p = await profileIngest(corpus, join(work, `data-${scale}x-prof`), join(work, `prof-${scale}x`), { timeoutMs: 15 * 60_000 });
        profile = { scale, totalMs: p.totalMs, functions: p.functions, files: p.files, wallMs: p.run.wallMs, stages: p.run.stages };
        o.log(`bench ${scale}×: profiled (${p.functions[0]?.fn} ${(p.functions[0]?.share * 100).toFixed(0)}% self)`);
      } catch (e) {
        r.errors.push(`profile: ${(e as Error).message}`);
      }
    }
    const passagesPath = join(data, 'passages.jsonl');
    if (!existsSync(passagesPath)) continue;
    const passages = readJsonl<TaggedPassage>(passagesPath);

    if (!skip.has('build')) {
      if (!existsSync('scripts/build.ts')) r.errors.push('build: scripts/build.ts does not exist yet');
      else {
        const b = await benchBuild(data, site, { sourcesDir: corpus, timeoutMs: 30 * 60_000 });
        r.build = { ...strip(b), ...(b.code ? { error: lastLine(b.stderr) } : {}) };
        o.log(`bench ${scale}×: build ${(b.wallMs / 1000).toFixed(1)} s, peak ${b.peakMb.toFixed(0)} MB, ${b.pages} pages${b.code ? ` (exit ${b.code}: ${lastLine(b.stderr)})` : ''}`);
        if (b.code) r.errors.push(`build exit ${b.code}: ${lastLine(b.stderr)}`);
      }
      try {
        r.indexFloor = await indexFloor(passages);
      } catch (e) {
        r.errors.push(`index floor: ${(e as Error).message}`);
      }
    }
    const built = existsSync(join(site, 'search', 'index.html')) && !r.build?.error && !(skip.has('build') && !existsSync(join(site, 'search-index')));
    const pfDir = join(work, `pagefind-${scale}x`);
    let baseline: { records: number; ms: number } | null = null;
    if ((!skip.has('sizes') || !skip.has('browser')) && built) {
      try {
        const pf = await buildPagefindSite(passages, pfDir);
        baseline = { records: pf.records, ms: pf.ms };
      } catch (e) {
        r.errors.push(`pagefind baseline: ${(e as Error).message}`);
      }
    }
    if (!skip.has('sizes') && built) {
      let docs = 0;
      try {
        const idx = readSiteIndex(site);
        docs = idx ? ((JSON.parse(idx.json) as { docs?: unknown[] }).docs?.length ?? 0) : 0;
      } catch (e) {
        r.errors.push(`sizes: ${(e as Error).message}`);
      }
      r.sizes = {
        docs,
        site: siteSearchSizes(site),
        sitePagefind: groupSizes(join(site, 'pagefind'), pagefindGroup),
        baseline: baseline ? groupSizes(join(pfDir, 'pagefind'), pagefindGroup) : [],
        baselineRecords: baseline?.records ?? 0,
        baselineMs: baseline?.ms ?? 0,
      };
    }
    const browserHere = o.browserScales ? o.browserScales.includes(scale) : true;
    if (!skip.has('browser') && built && baseline && browserHere) {
      const a = await serve(site).catch((e: Error) => (r.errors.push(`serve site: ${e.message}`), null));
      const b = await serve(pfDir).catch((e: Error) => (r.errors.push(`serve pagefind: ${e.message}`), null));
      let browser: Awaited<ReturnType<typeof launchChromium>> | null = null;
      try {
        if (a && b) {
          browser = await launchChromium();
          // Beyond 10× one cold navigation of a single-file index can take a minute: fewer queries, longer limit.
          const large = scale > 10 && !o.quick;
          const queries = large ? LARGE_QUERIES : o.queries;
          const timeoutMs = large ? 240_000 : 20_000;
          // Interleaved per query (benchSites), so load changes on this shared box fall on both alike.
          const [siteRuns, pfRuns] = await benchSites(
            browser,
            [
              { name: 'site', served: a, path: (q) => `search/?q=${encodeURIComponent(q.q)}` },
              { name: 'pagefind', served: b, path: (q) => `search/?q=${encodeURIComponent(q.q)}&pl=${q.page}` },
            ],
            queries,
            timeoutMs,
          );
          r.browser = { site: siteRuns, pagefind: pfRuns, queries, timeoutMs };
          o.log(`bench ${scale}×: browser ${siteRuns.length + pfRuns.length} navigations`);
        }
      } catch (e) {
        r.errors.push(`browser: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await browser?.close();
        a?.stop();
        b?.stop();
      }
    }
    if (!skip.has('engine') && built) {
      try {
        r.engine = benchEngine(site, o.queries, o.quick ? 500 : 3_000);
        o.log(`bench ${scale}×: engine ${r.engine.qps.toFixed(0)} queries/s, load ${r.engine.loadMs.toFixed(0)} ms`);
      } catch (e) {
        r.errors.push(`engine: ${(e as Error).message}`);
      }
    }
  }
  return { quick: o.quick, machine: m, queries: o.queries, scales, profile, totalMs: performance.now() - t0, loadEnd: loadavg() };
}

export const defaultBenchOptions = (quick: boolean): Omit<BenchOptions, 'log'> => ({
  scales: quick ? [1] : [1, 10, 100],
  quick,
  work: 'bench/out',
  skip: [],
  queries: quick ? QUICK_QUERIES : BENCH_QUERIES,
});

/**
 * Merge a partial run into earlier results: the steps that ran replace their old numbers (and old
 * errors of those steps), everything else stays. Used by `npm run bench -- --merge`.
 */
export function mergeResults(old: BenchResults, fresh: BenchResults, ran: Step[]): BenchResults {
  const keysOf: Record<Step, Array<keyof ScaleResult>> = {
    ingest: ['ingest', 'untagged', 'floor'],
    profile: [],
    build: ['build', 'indexFloor'],
    sizes: ['sizes'],
    browser: ['browser'],
    engine: ['engine'],
  };
  const scales = old.scales.map((s) => ({ ...s }));
  for (const f of fresh.scales) {
    const i = scales.findIndex((s) => s.scale === f.scale);
    if (i < 0) {
      scales.push(f);
      continue;
    }
    const merged: ScaleResult = { ...scales[i] };
    for (const step of ran) for (const k of keysOf[step]) if (f[k] !== undefined) (merged as unknown as Record<string, unknown>)[k] = f[k];
    merged.errors = [...scales[i].errors.filter((e) => !ran.some((st) => e.startsWith(st))), ...f.errors];
    scales[i] = merged;
  }
  scales.sort((a, b) => a.scale - b.scale);
  return {
    ...old,
    scales,
    profile: ran.includes('profile') && fresh.profile ? fresh.profile : old.profile,
    totalMs: old.totalMs + fresh.totalMs,
    loadEnd: old.loadEnd,
    merged: [
      ...(old.merged ?? []),
      { date: fresh.machine.date, commit: fresh.machine.commit, steps: ran, scales: fresh.scales.map((x) => x.scale), loadavg: fresh.machine.loadavg, loadEnd: fresh.loadEnd },
    ],
  };
}
