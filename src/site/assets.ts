/**
 * Build steps after Astro has written the pages (Node only, called by scripts/build.ts):
 * - bundle the browser scripts (src/client/*.ts) as classic IIFE scripts into assets/ — classic,
 *   not modules, because Chromium refuses module scripts from file://;
 * - write the search index twice: search-index/index.json (fetched over http) and
 *   search-index/index.js, a classic script that sets a global, for file:// where fetch fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { TaggedPassage } from '../records';
import { buildIndex } from '../search/build';
import { registerJieba } from '../search/jieba-node';
import { loadConcepts } from '../search/load-concepts';

export const CLIENT_ENTRIES = { site: 'src/client/site.ts', search: 'src/client/search.ts', prefetch: 'src/client/prefetch.ts' } as const;

export async function writeClientAssets(outDir: string, root = process.cwd()): Promise<Record<string, number>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: CLIENT_ENTRIES,
    outdir: join(outDir, 'assets'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    metafile: true,
    // The Node build of csv-stringify uses Buffer; its browser build carries what it needs.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    logLevel: 'warning',
  });
  return Object.fromEntries(Object.entries(result.metafile.outputs).map(([file, o]) => [file, o.bytes]));
}

/** A classic script that sets `window.__kbSearchIndex` to the given JSON text, unchanged. */
export function indexScript(json: string): string {
  return `window.__kbSearchIndex='${json.replace(/[\\']/g, '\\$&')}';\n`;
}

export interface IndexStats {
  docs: number;
  bytes: number;
  ms: number;
}

export function writeSearchIndex(outDir: string, passages: TaggedPassage[]): IndexStats {
  const t0 = performance.now();
  registerJieba();
  const index = buildIndex(passages, loadConcepts());
  const json = JSON.stringify(index);
  const dir = join(outDir, 'search-index');
  mkdirSync(dir, { recursive: true });
  // Served over http(s): fetched and parsed by the browser's JSON parser.
  writeFileSync(join(dir, 'index.json'), json);
  // Pre-compressed copy for hosts (and scripts/serve.ts) that send .gz files as they are.
  writeFileSync(join(dir, 'index.json.gz'), gzipSync(json, { level: 6 }));
  // From file:// (no fetch): a classic script holding the JSON text in a single-quoted literal,
  // parsed with JSON.parse (faster than an object literal). Only \ and ' need escaping there
  // (JSON text has no raw line breaks; U+2028/9 are legal in string literals), so the file stays
  // the size of the JSON instead of growing by a third with escaped double quotes.
  writeFileSync(join(dir, 'index.js'), indexScript(json));
  return { docs: index.docs.length, bytes: Buffer.byteLength(json), ms: performance.now() - t0 };
}
