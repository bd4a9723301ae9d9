/**
 * Ingest and build benchmarks: each runs the real CLI (`scripts/ingest.ts`, `scripts/build.ts`) as a
 * child process, measured by src/bench/measure.ts, and parses the stage times the CLI prints.
 * `profileIngest` reruns the ingest under `node --cpu-prof` and summarises the hottest functions;
 * `ingestFloor` measures what no pipeline can avoid: reading and decoding the bytes, and folding them.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../text/fold';
import { dirTotal, runMeasured, summariseProfile, type ProfileEntry, type RunResult } from './measure';

/** `node --import tsx` directly: no npx/npm wrapper processes in the measurement. */
const NODE = process.execPath;
const TSX = ['--import', 'tsx'];

export interface IngestRun extends RunResult {
  sources: number;
  passages: number;
  duplicates: string;
  stages: Record<string, number>;
}

function parseStages(stderr: string): Record<string, number> {
  const line = /stages \(ms\):\s*(.*)/.exec(stderr)?.[1] ?? '';
  const out: Record<string, number> = {};
  for (const part of line.split('·')) {
    const m = /^\s*(\S+)\s+([\d.]+)/.exec(part);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

export async function benchIngest(sourcesDir: string, outDir: string, options: { timeoutMs?: number; nodeArgs?: string[] } = {}): Promise<IngestRun> {
  rmSync(outDir, { recursive: true, force: true });
  const r = await runMeasured(NODE, [...(options.nodeArgs ?? []), ...TSX, 'scripts/ingest.ts', '--sources', sourcesDir, '--out', outDir], {
    timeoutMs: options.timeoutMs,
  });
  const head = /ingest: (\d+) source\(s\), (\d+) passages/.exec(r.stderr);
  return {
    ...r,
    sources: Number(head?.[1] ?? 0),
    passages: Number(head?.[2] ?? 0),
    duplicates: /duplicates: (.*)/.exec(r.stderr)?.[1]?.trim() ?? '',
    stages: parseStages(r.stderr),
  };
}

export interface ProfileSummary {
  totalMs: number;
  functions: ProfileEntry[];
  files: ProfileEntry[];
  run: IngestRun;
}

/** Ingest once more under the V8 sampling profiler; summarise self time per function and per file. */
export async function profileIngest(sourcesDir: string, outDir: string, profDir: string, options: { timeoutMs?: number } = {}): Promise<ProfileSummary> {
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const run = await benchIngest(sourcesDir, outDir, { ...options, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir] });
  const prof = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
  if (!prof.length) throw new Error(`no CPU profile written in ${profDir} (ingest exit ${run.code})`);
  return { ...summariseProfile(join(profDir, prof[0]), 15), run };
}

export interface Floor {
  chars: number;
  bytes: number;
  /** readFileSync + strict UTF-8 decode of every source. */
  readDecodeMs: number;
  /** fold() over every source (the pipeline's one pass that every later stage relies on). */
  foldMs: number;
  /** One regular-expression scan over the text (sentence ends), a floor for any rule matching. */
  scanMs: number;
  /** Sentence ends found by that scan. */
  sentenceEnds: number;
}

/** What reading the corpus costs at minimum, in this process. */
export function ingestFloor(sourcesDir: string): Floor {
  const files = readdirSync(sourcesDir).filter((f) => /\.(txt|md|text|markdown|html?)$/i.test(f)).sort();
  const dec = new TextDecoder('utf-8', { fatal: true });
  let t0 = performance.now();
  const texts: string[] = [];
  let bytes = 0;
  for (const f of files) {
    const buf = readFileSync(join(sourcesDir, f));
    bytes += buf.length;
    texts.push(dec.decode(buf));
  }
  const readDecodeMs = performance.now() - t0;
  t0 = performance.now();
  let n = 0;
  for (const t of texts) n += fold(t).length;
  const foldMs = performance.now() - t0;
  t0 = performance.now();
  let k = 0;
  for (const t of texts) for (const _ of t.matchAll(/[。！？!?；;]/g)) k++;
  const scanMs = performance.now() - t0;
  return { chars: n, bytes, readDecodeMs, foldMs, scanMs, sentenceEnds: k };
}

export interface BuildRun extends RunResult {
  pages: number;
  outFiles: number;
  outBytes: number;
  /** Lines of the build log that give its own timings (astro, pagefind, index). */
  log: string[];
}

/** `scripts/build.ts --data DIR --out DIR`, measured; the output folder's file count and size. */
export async function benchBuild(
  dataDir: string,
  outDir: string,
  options: { sourcesDir?: string; timeoutMs?: number; extraArgs?: string[] } = {},
): Promise<BuildRun> {
  const args = [...TSX, 'scripts/build.ts', '--data', dataDir, '--out', outDir, ...(options.sourcesDir ? ['--sources', options.sourcesDir] : []), ...(options.extraArgs ?? [])];
  const r = await runMeasured(NODE, args, { timeoutMs: options.timeoutMs, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const all = `${r.stdout}\n${r.stderr}`;
  // Astro prints "N page(s) built in Xs".
  const pages = Number(/(\d+) page\(s\) built/.exec(all)?.[1] ?? 0);
  const log = all
    .split('\n')
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .filter((l) => /page\(s\) built|pagefind:|^build:|error|Error/.test(l))
    .slice(-12);
  const t = dirTotal(outDir);
  return { ...r, pages, outFiles: t.files, outBytes: t.bytes, log };
}

export interface IndexFloor {
  passages: number;
  zhChars: number;
  /** jieba (search mode, domain dictionary) over the folded Chinese passages alone, ms. */
  jiebaMs: number;
  /** The whole analyzer (fold, segment, stem, bigrams) over every indexed passage, ms. */
  analyzeMs: number;
}

/** What the search-index step of the build costs at minimum: segmenting and analysing the text. */
export async function indexFloor(passages: Array<{ text: string; lang: string; duplicateOf?: string }>): Promise<IndexFloor> {
  const { registerJieba, jiebaCut } = await import('../search/jieba-node');
  const { analyze } = await import('../analyzer/index');
  registerJieba();
  jiebaCut('预热'); // the dictionary loads lazily on the first cut
  const canon = passages.filter((p) => !p.duplicateOf);
  const zh = canon.filter((p) => p.lang.startsWith('zh'));
  let t0 = performance.now();
  let zhChars = 0;
  for (const p of zh) {
    const f = fold(p.text);
    zhChars += f.length;
    jiebaCut(f);
  }
  const jiebaMs = performance.now() - t0;
  t0 = performance.now();
  for (const p of canon) analyze(p.text, p.lang as Parameters<typeof analyze>[1]);
  const analyzeMs = performance.now() - t0;
  return { passages: canon.length, zhChars, jiebaMs, analyzeMs };
}

export interface UntaggedRun extends RunResult {
  passages: number;
  stages: Record<string, number>;
}

/** The ingest without its tagger (src/bench/ingest-untagged.ts), measured like the real one. */
export async function benchUntagged(sourcesDir: string, options: { timeoutMs?: number } = {}): Promise<UntaggedRun> {
  const r = await runMeasured(NODE, [...TSX, 'src/bench/ingest-untagged.ts', sourcesDir], { timeoutMs: options.timeoutMs });
  let parsed: { passages: number; timings: Record<string, number> } = { passages: 0, timings: {} };
  try {
    parsed = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
  } catch {
    // left empty: the run failed, its exit code says so
  }
  return { ...r, passages: parsed.passages ?? 0, stages: parsed.timings ?? {} };
}
