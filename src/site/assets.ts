/**
 * Build steps after Astro has written the pages (Node only, called by scripts/build.ts):
 * - bundle the browser scripts (src/client/*.ts) as classic IIFE scripts into assets/ — classic,
 *   not modules, because Chromium refuses module scripts from file://;
 * - write the search index as search-index/index.js, a classic script that sets a global (so it
 *   loads from file:// too, where fetch cannot read files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TaggedPassage } from '../records';
import { buildIndex } from '../search/build';
import { registerJieba } from '../search/jieba-node';
import { loadConcepts } from '../search/load-concepts';

export const CLIENT_ENTRIES = { site: 'src/client/site.ts', search: 'src/client/search.ts' } as const;

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
  // A string literal parsed with JSON.parse at run time is faster than a large object literal.
  writeFileSync(join(dir, 'index.js'), `window.__kbSearchIndex=${JSON.stringify(json)};\n`);
  return { docs: index.docs.length, bytes: Buffer.byteLength(json), ms: performance.now() - t0 };
}
