/**
 * Node side of the search index: reads dist-data/passages.jsonl, analyses it with jieba and the
 * domain dictionary, writes dist-data/search/index.json (the file /search/ fetches), and loads it
 * back for the CLI, tests and the evaluation.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TaggedPassage } from '../records';
import { registerJieba } from './jieba-node';
import { loadConcepts } from './load-concepts';
import { loadCedictGlosses } from './cedict-node';
import { buildIndex, INDEX_VERSION, type SerializedIndex } from './build';
import { SearchEngine } from './engine';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PASSAGES_PATH = resolve(ROOT, 'dist-data/passages.jsonl');
export const INDEX_PATH = resolve(ROOT, 'dist-data/search/index.json');

/** Parse passages.jsonl; a bad line throws an error naming the file and line. */
export function readPassages(path = PASSAGES_PATH): TaggedPassage[] {
  if (!existsSync(path)) throw new Error(`${path} not found: run \`npm run ingest\` first`);
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: TaggedPassage[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = TaggedPassage.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    out.push(parsed.data);
  });
  return out;
}

/** Build the index from passages.jsonl with jieba; write it atomically; return it with timings. */
export function writeSearchIndex(
  options: { passages?: string; out?: string; /** false: no English → Chinese bridge (to compare). */ bridge?: boolean } = {},
): { index: SerializedIndex; path: string; bytes: number; ms: number } {
  const t0 = performance.now();
  registerJieba();
  const index = buildIndex(readPassages(options.passages), loadConcepts(), { bridge: options.bridge === false ? undefined : loadCedictGlosses() });
  const path = options.out ?? INDEX_PATH;
  mkdirSync(dirname(path), { recursive: true });
  const json = JSON.stringify(index);
  writeFileSync(`${path}.tmp`, json);
  renameSync(`${path}.tmp`, path);
  return { index, path, bytes: Buffer.byteLength(json), ms: performance.now() - t0 };
}

/** True when the index is missing or older than passages.jsonl or the concept lexicon. */
export function indexIsStale(index = INDEX_PATH, passages = PASSAGES_PATH): boolean {
  if (!existsSync(index)) return true;
  const t = statSync(index).mtimeMs;
  const concepts = fileURLToPath(new URL('../../content/lexicon/concepts.yml', import.meta.url));
  return [passages, concepts].some((p) => existsSync(p) && statSync(p).mtimeMs > t);
}

/** Load the engine, rebuilding the index first when it is stale. */
export function loadEngine(options: { index?: string; passages?: string; rebuild?: boolean } = {}): SearchEngine {
  const index = options.index ?? INDEX_PATH;
  if (options.rebuild || indexIsStale(index, options.passages ?? PASSAGES_PATH)) {
    writeSearchIndex({ passages: options.passages, out: index });
  }
  const data = JSON.parse(readFileSync(index, 'utf8')) as SerializedIndex;
  if (data.version !== INDEX_VERSION) {
    // Written by an older engine: rebuild rather than fail.
    return new SearchEngine(writeSearchIndex({ passages: options.passages, out: index }).index);
  }
  return new SearchEngine(data);
}
