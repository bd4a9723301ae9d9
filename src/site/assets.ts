/**
 * Build steps for the browser side (Node only, called by scripts/build.ts before Astro runs, so the
 * pages can name the files):
 * - the search index cut into small content-hashed files (src/search/shards.ts) in search-index/:
 *   `<name>.<hash>.json` fetched over http, a `.json.gz` twin sent as it is to clients that accept
 *   gzip, and a `.js` twin — a classic script that stores the JSON text in `window.__kbData` — for
 *   file://, where fetch cannot read files;
 * - the browser scripts (src/client/*.ts) bundled as classic IIFE scripts into assets/ — classic,
 *   not modules, because Chromium refuses module scripts from file://. site.js keeps its name (every
 *   page links it); the search scripts are named by content hash (`search.<hash>.js`) and have a
 *   `.gz` twin. The search page's bootstrap (src/client/prefetch.ts) is not a file: its code is
 *   inlined in the page, with the names of the index files the page needs first compiled in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { fold, traditionalMap } from '../text/fold';
import { ZH_STOP } from '../analyzer/index';
import type { TaggedPassage } from '../records';
import { buildIndex } from '../search/build';
import { registerJieba } from '../search/jieba-node';
import { loadConcepts } from '../search/load-concepts';
import { loadCedictGlosses } from '../search/cedict-node';
import { shardIndex, type ShardMeta, type Script } from '../search/shards';

export const CLIENT_ENTRIES = { site: 'src/client/site.ts', search: 'src/client/search.ts', prefetch: 'src/client/prefetch.ts', export: 'src/client/export.ts' } as const;

/** The index files a page may fetch before its script has run (compiled into the bootstrap). */
export interface SearchIndexFiles {
  meta: string;
  vocab: Record<Script, string>;
}

/** Files of the search the pages link, relative to the site root. */
export interface SearchFiles {
  /** assets/search.<hash>.js and friends. */
  search: string;
  /** The bootstrap's code (src/client/prefetch.ts), inlined in the search page's <head>. */
  bootstrap: string;
  exportScript: string;
  /** search-index/meta.<hash>.json */
  meta: string;
  vocab: Record<Script, string>;
}

/** Hash length of published file names (hex digits of SHA-256). */
const HASH = 10;
export const contentHash = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex').slice(0, HASH);

/** Files this small are sent as they are (gzip would not pay for its header and the request's cost). */
const GZIP_MIN = 512;
function writeWithGzip(path: string, data: string | Buffer): void {
  writeFileSync(path, data);
  if (Buffer.byteLength(data) >= GZIP_MIN) writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
}

/**
 * The characters the browser may ever need to fold: every character of the passages, raw and
 * folded, of the Han index vocabulary and concept forms, and the one-character Chinese stop words.
 */
export function corpusChars(texts: Iterable<string>): Set<string> {
  const keep = new Set<string>(ZH_STOP);
  for (const t of texts) {
    for (const c of t) keep.add(c);
    for (const c of fold(t)) keep.add(c);
  }
  return keep;
}

/**
 * The Traditional → Simplified tables (opencc-js) cut down to the pairs whose Traditional or
 * Simplified side is in `keep`: folding any text made of those characters gives the same result,
 * and a query character outside them can match nothing either way. Roughly 50 KB of search.js.
 */
export function foldTablesPlugin(keep: Set<string>): Plugin {
  return {
    name: 'kb-fold-tables',
    setup(b) {
      b.onLoad({ filter: /opencc-js[\\/].*dict[\\/](TSCharacters|TWVariantsRev)\.js$/ }, (args) => {
        const src = readFileSync(args.path, 'utf8');
        const m = /export default ("(?:[^"\\]|\\.)*")/.exec(src);
        if (!m) throw new Error(`${args.path}: not the expected dictionary module`);
        return { contents: `export default ${JSON.stringify(cutDictionary(JSON.parse(m[1]) as string, keep))};`, loader: 'js' };
      });
    },
  };
}

/** An OpenCC dictionary (`from to|from to|…`) without the one-character entries that `keep` does not need. */
export function cutDictionary(dict: string, keep: Set<string>): string {
  const full = traditionalMap();
  return dict
    .split('|')
    .filter((pair) => {
      const from = pair.split(' ')[0];
      return !!from && (keep.has(from) || keep.has(full.get(from) ?? from));
    })
    .join('|');
}

export async function writeClientAssets(
  outDir: string,
  root = process.cwd(),
  index?: SearchIndexFiles,
  chars?: Set<string>,
): Promise<{ bytes: Record<string, number>; names: Record<Exclude<keyof typeof CLIENT_ENTRIES, 'prefetch'>, string>; bootstrap: string }> {
  const common: BuildOptions = {
    absWorkingDir: root,
    outdir: join(outDir, 'assets'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    // KB_MINIFY=0 keeps names readable (profiling the page: src/bench/trace.ts).
    minify: process.env.KB_MINIFY !== '0',
    legalComments: 'none',
    metafile: true,
    write: false,
    // The Node build of csv-stringify uses Buffer; its browser build carries what it needs.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    logLevel: 'warning',
    define: { __KB_SEARCH_INDEX__: JSON.stringify(index ?? null) },
    plugins: chars ? [foldTablesPlugin(chars)] : [],
  };
  const { site, ...hashed } = CLIENT_ENTRIES;
  const results = await Promise.all([build({ ...common, entryPoints: { site } }), build({ ...common, entryPoints: hashed })]);
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  const bytes: Record<string, number> = {};
  const names = {} as Record<Exclude<keyof typeof CLIENT_ENTRIES, 'prefetch'>, string>;
  let bootstrap = '';
  for (const r of results)
    for (const f of r.outputFiles ?? []) {
      const entry = f.path.replace(/^.*[\\/]/, '').replace(/\.js$/, '') as keyof typeof CLIENT_ENTRIES;
      if (entry === 'prefetch') {
        // Inlined in the page (its CSP names the code's hash): no file, no request.
        bootstrap = f.text.trim();
        bytes['inline bootstrap'] = Buffer.byteLength(bootstrap);
        continue;
      }
      // Chromium's explicit compile hint: compile every function of search.js while the script
      // streams in, off the main thread, instead of lazily on the main thread at its first call
      // (nearly all of it runs for the first query).
      const contents = entry === 'search' ? Buffer.concat([Buffer.from('//# allFunctionsCalledOnLoad\n'), Buffer.from(f.contents)]) : Buffer.from(f.contents);
      const name = entry === 'site' ? 'site.js' : `${entry}.${contentHash(contents)}.js`;
      if (entry === 'site') writeFileSync(join(outDir, 'assets', name), contents);
      else writeWithGzip(join(outDir, 'assets', name), contents);
      names[entry] = name;
      bytes[`assets/${name}`] = contents.byteLength;
    }
  if (/<\/script/i.test(bootstrap)) throw new Error('the bootstrap script cannot be inlined: it contains "</script"');
  return { bytes, names, bootstrap };
}

/** A classic script that stores the given JSON text, unchanged, as `window.__kbData[name]`. */
export function dataScript(name: string, json: string): string {
  return `(window.__kbData=window.__kbData||{})['${name}']='${json.replace(/[\\']/g, '\\$&')}';\n`;
}

export interface IndexStats {
  docs: number;
  /** Bytes of all index files (the .json forms). */
  bytes: number;
  files: number;
  ms: number;
  meta: string;
  vocab: Record<Script, string>;
  /** Characters of the passages, vocabulary and concepts (for `foldTablesPlugin`). */
  chars: Set<string>;
}

export function writeSearchIndex(outDir: string, passages: TaggedPassage[]): IndexStats {
  const t0 = performance.now();
  registerJieba();
  const index = buildIndex(passages, loadConcepts(), { bridge: loadCedictGlosses() });
  const dir = join(outDir, 'search-index');
  mkdirSync(dir, { recursive: true });
  const num = (v: string | undefined) => (v && Number(v) > 0 ? Number(v) : undefined);
  const { metaName, files } = shardIndex(index, contentHash, {
    postingsBytes: num(process.env.KB_INDEX_POSTINGS_BYTES),
    textBytes: num(process.env.KB_INDEX_TEXT_BYTES),
  });
  let bytes = 0;
  for (const [name, json] of files) {
    // Served over http(s): fetched and parsed by the browser's JSON parser (or its .gz twin).
    writeWithGzip(join(dir, name), json);
    // From file:// (no fetch): a classic script holding the JSON text in a single-quoted literal,
    // parsed with JSON.parse. Only \ and ' need escaping there (JSON text has no raw line breaks;
    // U+2028/9 are legal in string literals).
    // (Not for the bundle: only a returning visitor's page over http(s) fetches it, src/client/store.ts.)
    if (!name.startsWith('bundle.')) writeFileSync(join(dir, name.replace(/\.json$/, '.js')), dataScript(name, json));
    bytes += Buffer.byteLength(json);
  }
  const meta = JSON.parse(files.get(metaName)!) as ShardMeta;
  const chars = corpusChars([...passages.map((p) => p.text), ...index.vocabulary.han, ...index.concepts.flatMap((c) => c.zh)]);
  return { docs: index.docs.length, bytes, files: files.size, ms: performance.now() - t0, meta: `search-index/${metaName}`, vocab: inDir(meta.files.vocab), chars };
}

const inDir = (v: Record<Script, string>): Record<Script, string> => ({ han: `search-index/${v.han}`, hangul: `search-index/${v.hangul}`, latin: `search-index/${v.latin}` });
