/**
 * `npm run build [-- --base /kb/] [--out DIR] [--data DIR] [--sources DIR] [--passage-pages all|signal|auto] [--quiet]`
 *
 * Builds the static site from the ingest output: Astro pages (+ Pagefind at astro:build:done),
 * then the browser scripts and the MiniSearch index. Links are relative, so the same dist/ works
 * at the domain root, under --base, and opened from a folder (file://). Exit 0 on success, 1 on
 * a usage or data error (one line, no stack trace).
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { assertReplaceable, BUILD_MARKER } from '../src/site/outdir';
import { execFileSync } from 'node:child_process';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string', default: process.env.KB_BASE ?? '/' },
      out: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' },
      data: { type: 'string', default: process.env.KB_DATA_DIR ?? 'dist-data' },
      sources: { type: 'string', default: process.env.KB_SOURCES_DIR ?? 'content/sources' },
      'passage-pages': { type: 'string', default: process.env.KB_PASSAGE_PAGES ?? 'auto' },
      quiet: { type: 'boolean', default: false },
    },
  });
  let base = values.base!;
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  const outDir = resolve(values.out!);
  // Vite reads these from the environment; a parent process (vitest, another vite) may have set
  // them for itself, and BASE_URL in particular would override --base inside the pages.
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[k];
  Object.assign(process.env, {
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    KB_BASE: base,
    KB_OUT_DIR: outDir,
    KB_DATA_DIR: resolve(values.data!),
    KB_SOURCES_DIR: values.sources!.split(':').map((p) => resolve(p)).join(':'),
    KB_PASSAGE_PAGES: values['passage-pages'],
    KB_BUILD_VERSION: (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
    KB_BUILD_COMMIT: process.env.KB_BUILD_COMMIT ?? gitCommit(),
    // Never the clock: the same commit builds the same bytes (SOURCE_DATE_EPOCH convention).
    KB_BUILD_DATE: process.env.KB_BUILD_DATE ?? buildDate(),
  });
  const log = (line: string) => values.quiet || process.stderr.write(`${line}\n`);
  const t0 = performance.now();

  // Load and validate the data first, so a bad input fails in one line before Astro starts.
  const { loadSiteData } = await import('../src/site/data');
  const data = loadSiteData();
  log(`build: ${data.passages.length} passages, ${data.sources.length} sources, passage pages: ${data.policy}`);

  assertReplaceable(outDir, process.cwd());
  // The search index and the browser scripts first, into a staging folder: their file names carry
  // a content hash, and the pages (built next) link them by name (KB_SEARCH_FILES).
  const staging = mkdtempSync(join(tmpdir(), 'kb-build-'));
  try {
    const { writeClientAssets, writeSearchIndex } = await import('../src/site/assets');
    const index = writeSearchIndex(staging, data.passages);
    const assets = await writeClientAssets(staging, process.cwd(), { meta: index.meta, vocab: index.vocab }, index.chars);
    const files = {
      search: assets.names.search,
      bootstrap: assets.bootstrap,
      exportScript: assets.names.export,
      meta: index.meta,
      vocab: index.vocab,
    };
    process.env.KB_SEARCH_FILES = JSON.stringify(files);
    const t1 = performance.now();

    rmSync(outDir, { recursive: true, force: true });
    const { build } = await import('astro');
    await build({ root: process.cwd(), base, outDir, logLevel: values.quiet ? 'warn' : 'info' });
    const t2 = performance.now();

    cpSync(staging, outDir, { recursive: true });
    writeFileSync(join(outDir, BUILD_MARKER), 'Built by `npm run build`; this folder is emptied on the next build.\n');
    // Astro may leave server modules (content-assets.mjs, content-modules.mjs, manifest_*.mjs) at the
    // top of outDir of a static build; the site never loads them.
    for (const f of readdirSync(outDir)) if (f.endsWith('.mjs')) rmSync(resolve(outDir, f), { force: true });
    log(`build: scripts ${Object.entries(assets.bytes).map(([f, b]) => `${f.split('/').pop()} ${(b / 1024).toFixed(0)} KB`).join(', ')}`);
    log(`build: search index ${index.docs} docs, ${index.files} files, ${(index.bytes / 1024 / 1024).toFixed(2)} MB in ${(index.ms / 1000).toFixed(1)}s (scripts + index ${((t1 - t0) / 1000).toFixed(1)}s, astro + pagefind ${((t2 - t1) / 1000).toFixed(1)}s)`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const t3 = performance.now();
  log(`build: done in ${((t3 - t0) / 1000).toFixed(1)}s → ${outDir}`);
  return 0;
}

/** SOURCE_DATE_EPOCH if set, else the date of the last commit, else `unknown`. */
function buildDate(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (Number.isFinite(epoch) && epoch > 0) return new Date(epoch * 1000).toISOString().slice(0, 10);
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    process.stderr.write(`build: ${e.message.split('\n')[0]}${e.cause ? ` (${String((e.cause as Error).message ?? e.cause).split('\n')[0]})` : ''}\n`);
    process.exitCode = 1;
  },
);
