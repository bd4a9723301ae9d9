/**
 * The search index split into small files, so that /search/ downloads only what a query needs
 * (issue 5 and 7: the single index file was 0.8 MB at 1× and 56 MB at 100×, all of it before the
 * first result). MiniSearch still builds the index (src/search/build.ts); `shardIndex` cuts the
 * serialised result into:
 *
 * - `meta`: BM25 statistics, a compact table of every passage's metadata (language, label, source,
 *   tactics, mentions, field lengths — enough for filters, facets and scoring), the concepts
 *   without their forms, and the names of all other files;
 * - `vocab-han`, `vocab-hangul`, `vocab-latin`: the index vocabulary per script, with every
 *   concept's forms in the languages of that script (zh; ko; es and en), loaded only for the scripts the query is written in (query analysis is maximum matching
 *   and substring expansion against the vocabulary, concept detection against the forms);
 * - `concept-<k>`: one concept's forms in every language, loaded to highlight the results that
 *   matched through it;
 * - `postings-<k>`: posting lists in term order, cut by size (meta lists where each file starts), so
 *   a word's forms and sub-words, and the concept terms, mostly share a file; loaded for the query's
 *   analysed terms, their fuzzy neighbours and its concept terms;
 * - `texts-<k>`: passage texts and display fields in reading order, loaded for the passages whose
 *   text may hold the query phrase (those matched by a query word) and for the results shown;
 * - `bigrams-<k>`: Han character pairs and word pairs → the passages holding them, loaded (one or two
 *   files) with the postings of a multi-word or Han phrase, so that passages that cannot hold the
 *   phrase need no text to tell.
 *
 * `ShardedIndex` (browser and Node; the file loader is injected) loads what a query needs and runs
 * the unchanged `SearchEngine` over it: the same BM25 statistics, the same postings in the same
 * order, so results are identical to the single-file index (tests/search/shards.test.ts).
 * File names carry a content hash (`postings-3.1a2b3c4d5e.json`), so hosts may cache them forever.
 */
import { INDEX_FORMAT, INDEX_VERSION, type SerializedIndex, type StoredDoc } from './build';
import type { CompiledConcept } from './compile';
import { literalMatch, SearchEngine, type AnalyzedQuery, type SearchHit, type SearchOptions, type SearchResponse } from './engine';
import { oneEditApart, type MiniSearchJSON } from './flat';
import { bridgeKey, phraseKeyFolded } from './query';
import { fold } from '../text/fold';
import type { Bridge } from './bridge';

export const SHARD_FORMAT = 'dckb-shards';
export const SHARD_VERSION = 3;

import { queryScripts, rangeShard, type Script } from './shard-keys';

export { queryScripts, rangeShard, type Script };
type Postings = Record<string, Record<string, number>>;
export const SCRIPTS: Script[] = ['han', 'hangul', 'latin'];

export interface ShardMeta {
  format: typeof SHARD_FORMAT;
  shardVersion: number;
  /** INDEX_VERSION of the index these files were cut from. */
  version: number;
  builtAt: string;
  segmenter: string;
  documentCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /**
   * Passage metadata, one entry per indexed passage in MiniSearch's short-id (reading) order. Ids
   * are in the text files; here each passage has the rank of its id in sorted order, enough to
   * break ties in the same order as the ids do (6 bytes per passage less to load for every query).
   */
  docs: {
    rank: number[];
    lang: number[];
    label: number[];
    source: number[];
    tactics: number[][];
    mentions: number[][];
    /**
     * Field lengths for BM25, one column per field id (`fieldLength[f][i]`: passage i's length in
     * field f). By column, not by passage, the runs of zeros (noise passages have no dictionary
     * fields) and similar values compress better (10×: 20.5 → 19.5 KB gzip).
     */
    fieldLength: number[][];
  };
  dict: { lang: string[]; label: string[]; source: string[]; tactic: string[] };
  /** Concepts with empty forms (`zh`, `ko`, `es`, `en`); the forms are in the files below. */
  concepts: CompiledConcept[];
  /**
   * The files of a group (postings, texts, concepts, bridge, bigrams) share one hash: file k of group
   * `g` is `g-<k>.<hash>.json` (`groupFile`), so meta lists the hash, not every name (at 10× the
   * names were 7 of meta's 38 KB gzip, loaded by every query).
   */
  files: {
    /** Per script: its vocabulary and its concept forms, in one file (a query always needs both). */
    vocab: Record<Script, string>;
    /**
     * Where each postings file starts (the first is ''): a term lives in the last file whose start
     * is ≤ it. A start is the shortest prefix of the file's first term that sorts after the previous
     * file's last term, so every index term finds the same file as with whole first terms.
     */
    postingsFrom: string[];
    /** Hash of the concept files: one per concept (same order as `concepts`), its forms in every language. */
    concepts: string;
    /** Hash of the postings files. */
    postings: string;
    /** Text fragments: the group's hash, and the number of passages in each fragment, in order. */
    texts: { hash: string; counts: number[] };
    /**
     * The English → Chinese dictionary bridge (src/search/bridge.ts), when the index has one, cut
     * by English stem like the postings (`from`: first stem of each file): an English query loads
     * the files of its words' stems, with its postings, and then the postings of the Chinese terms
     * its words reach; no other query loads any.
     */
    bridge?: { from: string[]; hash: string };
    /**
     * Bigram table (`BigramsFile`): which passages have two Han characters, or two words without
     * Han, side by side in their phrase key. A passage holding a phrase holds each of its adjacent
     * character pairs (Han phrase: a substring of the key) or word pairs (other phrases: whole words
     * of the key), so a passage missing one cannot hold the phrase and needs no text to tell (a
     * multi-word query at 10× otherwise loaded the texts of dozens of passages that match its words
     * somewhere, over several rounds). `n` files; a bigram lives in file `bigramBucket(bigram, n)`.
     */
    bigrams?: { n: number; hash: string };
    /**
     * Every file above but meta in one download, for a returning visitor's local copy of a small
     * index (src/client/store.ts): a JSON array of [name, JSON text] pairs. Written only when the
     * files' JSON text is at most `ShardOptions.bundleChars` in all.
     */
    bundle?: string;
  };
}

/** Postings file: [term, ordinal in the MiniSearch index, postings by field id]. */
export type PostingsFile = Array<[string, number, Postings]>;
/** Texts file: [id, text, start, end, seq, kind, heading, copies (ids of collapsed duplicates)] per passage. */
export type TextsFile = Array<[string, string, number, number, number, string, string | null, string[]?]>;
/** Bigram → positions of the passages holding it, ascending, as gaps (first: the position itself). */
export type BigramsFile = Record<string, number[]>;
/** A script's index vocabulary (`es`: the Spanish passages' Latin terms) and its concept forms. */
export type VocabFile = { terms: string[]; es?: string[]; forms?: ConceptFormsFile };
type FormLang = 'zh' | 'ko' | 'es' | 'en';
const FORM_LANGS: FormLang[] = ['zh', 'ko', 'es', 'en'];
/** Concept forms a script's queries are matched against. */
export const SCRIPT_FORMS: Record<Script, FormLang[]> = { han: ['zh'], hangul: ['ko'], latin: ['es', 'en'] };
/** Forms by language; per script, an array per language aligned with `meta.concepts`; per concept, one entry. */
export type ConceptFormsFile = Partial<Record<FormLang, unknown[]>>;
export type ConceptFile = Pick<CompiledConcept, FormLang>;

export interface ShardOptions {
  /** Raw bytes aimed at per postings file (default 4 KB). */
  postingsBytes?: number;
  /** Raw bytes aimed at per text fragment (default 1.5 KB: a few passages). */
  textBytes?: number;
  /** Raw bytes aimed at per bridge file (default 2 KB). */
  bridgeBytes?: number;
  /** Raw bytes aimed at per bigram file, on average (default 4 KB). */
  bigramBytes?: number;
  /** false: no bigram table (to compare; the page then checks phrases on texts alone). */
  bigrams?: boolean;
  /**
   * Largest index (JSON characters of every file but meta) that also gets a bundle file (default
   * 2 M: well under the 5 M characters a browser's localStorage holds for a site; the index is 1 M at 1×,
   * 5.4 M at 10×).
   */
  bundleChars?: number;
}

/** Logical files (name without hash → JSON value); `hashName` gives the published names. */
export interface ShardSet {
  meta: ShardMeta;
  files: Map<string, unknown>;
}

const utf8 = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
};

/**
 * Cut a serialised index into shard files, named `<logical>.<hash>.json`. `hash(content)` is the
 * caller's content hash (the build uses SHA-256): a file's own content for meta, vocabularies and
 * concept forms; for the many postings, text and concept files, the content of the whole group,
 * so that their names share one hash (the list of names in meta then compresses to a few bytes a
 * name) and still change whenever any file of the group does.
 */
export function shardIndex(index: SerializedIndex, hash: (content: string) => string, options: ShardOptions = {}): { metaName: string; files: Map<string, string> } {
  const ms = index.minisearch as MiniSearchJSON & { nextId?: number };
  const out = new Map<string, string>();
  const put = (logical: string, value: unknown): string => {
    const json = JSON.stringify(value);
    const n = `${logical}.${hash(json)}.json`;
    out.set(n, json);
    return n;
  };
  /** Writes a group's files (`groupFile` names them); returns the group's hash. */
  const putGroup = (prefix: string, values: unknown[]): string => {
    const jsons = values.map((v) => JSON.stringify(v));
    const h = hash(jsons.join('\n'));
    jsons.forEach((json, i) => out.set(groupFile(prefix, h, i), json));
    return h;
  };
  // Short ids must be the docs' positions (MiniSearch numbers documents as they are added).
  index.docs.forEach((d, i) => {
    if (ms.documentIds[String(i)] !== d.id) throw new Error(`shardIndex: MiniSearch id ${i} is ${ms.documentIds[String(i)]}, expected ${d.id}`);
  });
  if (Object.keys(ms.documentIds).length !== index.docs.length) throw new Error('shardIndex: documents and MiniSearch ids differ');

  // Postings in term order, cut by size.
  const target = options.postingsBytes ?? 4 * 1024;
  const byTerm = ms.index.map(([term, p], ordinal) => [term, ordinal, p] as [string, number, Postings]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const buckets: PostingsFile[] = [];
  const postingsFrom: string[] = [];
  let size = Infinity;
  for (const e of byTerm) {
    if (size >= target) {
      buckets.push([]);
      postingsFrom.push(buckets.length === 1 ? '' : e[0]);
      size = 0;
    }
    buckets[buckets.length - 1].push(e);
    size += utf8(e[0]) + JSON.stringify(e[2]).length + 8;
  }
  if (!buckets.length) (buckets.push([]), postingsFrom.push(''));
  for (let k = 1; k < buckets.length; k++) postingsFrom[k] = separator(buckets[k - 1][buckets[k - 1].length - 1][0], postingsFrom[k]);
  const postings = putGroup('postings', buckets);

  // Texts in reading order, cut by size.
  const textTarget = options.textBytes ?? 1536;
  const textChunks: Array<{ rows: TextsFile; from: number }> = [];
  let chunk: TextsFile = [];
  let from = 0;
  let bytes = 0;
  const flush = (next: number) => {
    if (!chunk.length) return;
    textChunks.push({ rows: chunk, from });
    chunk = [];
    bytes = 0;
    from = next;
  };
  index.docs.forEach((d, i) => {
    chunk.push(d.copies.length ? [d.id, d.text, d.start, d.end, d.seq, d.kind, d.heading ?? null, d.copies] : [d.id, d.text, d.start, d.end, d.seq, d.kind, d.heading ?? null]);
    bytes += utf8(d.text) + 40;
    if (bytes >= textTarget) flush(i + 1);
  });
  flush(index.docs.length);
  const texts: ShardMeta['files']['texts'] = { hash: putGroup('texts', textChunks.map((c) => c.rows)), counts: textChunks.map((c) => c.rows.length) };

  // A script's vocabulary and concept forms travel in one file: a query always needs both (one
  // request less per script of the query).
  const forms = (script: Script): ConceptFormsFile => Object.fromEntries(SCRIPT_FORMS[script].map((l) => [l, index.concepts.map((c) => c[l])]));
  const vocab = {
    han: put('vocab-han', { terms: index.vocabulary.han, forms: forms('han') } satisfies VocabFile),
    hangul: put('vocab-hangul', { terms: index.vocabulary.hangul, forms: forms('hangul') } satisfies VocabFile),
    latin: put('vocab-latin', { terms: index.vocabulary.latin, es: index.vocabulary.es, forms: forms('latin') } satisfies VocabFile),
  };
  const conceptFiles = putGroup('concept', index.concepts.map((c) => ({ zh: c.zh, ko: c.ko, es: c.es, en: c.en }) satisfies ConceptFile));

  const dict = { lang: [] as string[], label: [] as string[], source: [] as string[], tactic: [] as string[] };
  const code = (list: string[], v: string) => {
    let i = list.indexOf(v);
    if (i < 0) i = list.push(v) - 1;
    return i;
  };
  const sorted = index.docs.map((d, i) => [d.id, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const rank = new Array<number>(index.docs.length);
  sorted.forEach(([, i], r) => (rank[i] = r));
  const fields = Object.keys(ms.fieldIds).length;
  const docs: ShardMeta['docs'] = { rank, lang: [], label: [], source: [], tactics: [], mentions: [], fieldLength: Array.from({ length: fields }, () => []) };
  index.docs.forEach((d, i) => {
    docs.lang.push(code(dict.lang, d.lang));
    docs.label.push(code(dict.label, d.label));
    docs.source.push(code(dict.source, d.source));
    docs.tactics.push(d.tactics.map((t) => code(dict.tactic, t)));
    docs.mentions.push(d.mentions.map((t) => code(dict.tactic, t)));
    const lengths = ms.fieldLength[String(i)];
    docs.fieldLength.forEach((column, f) => column.push(lengths[f] ?? 0));
  });
  const meta: ShardMeta = {
    format: SHARD_FORMAT,
    shardVersion: SHARD_VERSION,
    version: index.version,
    builtAt: index.builtAt,
    segmenter: index.segmenter,
    documentCount: ms.documentCount,
    fieldIds: ms.fieldIds,
    averageFieldLength: ms.averageFieldLength,
    docs,
    dict,
    // The search reads a concept's id, breadth and forms; its gloss is for people (the lexicon).
    concepts: index.concepts.map((c) => ({ ...c, gloss: '', zh: [], ko: [], es: [], en: [] })),
    files: { vocab, postingsFrom, concepts: conceptFiles, postings, texts },
  };
  if (index.bridge) {
    // Cut by size like the postings (about 2 KB raw a file: a query's few stems need a few files).
    const bridgeTarget = options.bridgeBytes ?? 2048;
    const parts: Bridge[] = [];
    const from: string[] = [];
    let n = Infinity;
    for (const [stem, terms] of Object.entries(index.bridge).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (n >= bridgeTarget) (parts.push({}), from.push(parts.length === 1 ? '' : stem), (n = 0));
      parts[parts.length - 1][stem] = terms;
      n += utf8(stem) + terms.reduce((k, t) => k + utf8(t) + 3, 6);
    }
    if (!parts.length) (parts.push({}), from.push(''));
    meta.files.bridge = { from, hash: putGroup('bridge', parts) };
  }
  const bigrams = options.bigrams === false ? new Map<string, number[]>() : bigramIndex(index.docs.map((d) => d.text));
  if (bigrams.size) {
    // Hashed into files (sorted within each, so the output is stable), not cut by range: meta then
    // carries a file count, not the first bigram of every file.
    const entries = [...bigrams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([bg, at]) => [bg, at.map((p, k) => (k ? p - at[k - 1] : p))] as const);
    const bytes = entries.reduce((n, [bg, gaps]) => n + utf8(bg) + 6 + gaps.reduce((k, g) => k + String(g).length + 1, 0), 0);
    const n = Math.max(1, Math.round(bytes / (options.bigramBytes ?? 4096)));
    const parts: BigramsFile[] = Array.from({ length: n }, () => ({}));
    for (const [bg, gaps] of entries) parts[bigramBucket(bg, n)][bg] = gaps;
    meta.files.bigrams = { n, hash: putGroup('bigrams', parts) };
  }
  const chars = [...out.values()].reduce((n, json) => n + json.length, 0);
  if (chars <= (options.bundleChars ?? 2_000_000)) meta.files.bundle = put('bundle', [...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const metaName = put('meta', meta);
  return { metaName, files: out };
}

/**
 * The shortest prefix of `first` (whole code points) that sorts after `prev` (`prev` < `first`):
 * the start of a postings file whose first term is `first`, after a file ending with `prev`.
 */
export function separator(prev: string, first: string): string {
  let end = 0;
  for (const cp of first) {
    end += cp.length;
    if (first.slice(0, end) > prev) return first.slice(0, end);
  }
  return first;
}

/** Published name of file k of a group of files (postings, texts, concept, bridge, bigrams). */
export const groupFile = (group: string, hash: string, k: number): string => `${group}-${k}.${hash}.json`;
/** Published name of the k-th bigram file. */
export const bigramFile = (table: { hash: string }, k: number): string => groupFile('bigrams', table.hash, k);

/** The bigram file of a bigram (FNV-1a over its UTF-16 code units, modulo the file count). */
export function bigramBucket(bigram: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bigram.length; i++) h = Math.imul(h ^ bigram.charCodeAt(i), 0x01000193);
  return (h >>> 0) % n;
}

const HAN = /\p{Script=Han}/u;

/**
 * The text a phrase is looked for in, as the engine builds it (SearchEngine.hasPhrase: the NFC
 * form when it keeps the length, folded, then `phraseKeyFolded`).
 */
export function phraseText(text: string): string {
  const nfc = text.normalize('NFC');
  return phraseKeyFolded(fold(nfc.length === text.length ? nfc : text));
}

/** Pairs of Han characters side by side in a phrase key (by code point). */
export function hanBigrams(key: string): Set<string> {
  const out = new Set<string>();
  const cps = [...key];
  for (let i = 0; i + 1 < cps.length; i++) if (HAN.test(cps[i]) && HAN.test(cps[i + 1])) out.add(cps[i] + cps[i + 1]);
  return out;
}

/** Pairs of words (space-separated in a phrase key) side by side, neither holding a Han character: `a b`. */
export function wordBigrams(key: string): Set<string> {
  const out = new Set<string>();
  const words = key.split(' ');
  for (let i = 0; i + 1 < words.length; i++) if (words[i] && words[i + 1] && !HAN.test(words[i]) && !HAN.test(words[i + 1])) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/**
 * The bigrams a passage holding this phrase must hold: a phrase with Han is looked for as a
 * substring of the key (its Han character pairs), any other as whole words (its word pairs).
 */
export function phraseBigrams(phrase: string): Set<string> {
  return HAN.test(phrase) ? hanBigrams(phrase) : wordBigrams(phrase);
}

/** Bigram (Han character pair or word pair) → ascending positions of the passages whose phrase key holds it. */
export function bigramIndex(texts: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  texts.forEach((t, i) => {
    const key = phraseText(t);
    for (const bg of [...hanBigrams(key), ...wordBigrams(key)]) {
      const at = index.get(bg);
      if (at) at.push(i);
      else index.set(bg, [i]);
    }
  });
  return index;
}

/** Reads one published file (its name as listed in meta) and returns the parsed JSON. */
export type ShardLoader = ((file: string) => Promise<unknown>) & {
  /** Is this file at hand without a request (a local copy)? Such texts are read rather than guessed at. */
  local?: (file: string) => boolean;
};

const mark = (name: string) => (typeof performance !== 'undefined' && performance.mark ? performance.mark(name) : undefined);
const conceptTermOf = (id: string) => `c:${id}`;

/**
 * A sharded index being loaded on demand. `search()` loads what the query needs and answers with
 * `SearchEngine`'s own results. `loaded` lists every file fetched so far (tests check it).
 */
export class ShardedIndex {
  readonly meta: ShardMeta;
  /** Every passage; `text` is '' until its fragment is loaded. */
  readonly docs: StoredDoc[];
  readonly loaded = new Set<string>();
  private readonly load: ShardLoader;
  /** Folder of the meta file (with its slash): the other files live beside it. */
  private readonly dir: string;
  private readonly vocab: Partial<Record<Script, VocabFile>> = {};
  private readonly postings = new Map<string, [number, Postings]>();
  private readonly textsLoaded = new Set<number>();
  private readonly postingsLoaded = new Set<number>();
  /** The concepts, their forms filled in as files arrive (the engines hold these objects). */
  private readonly concepts: CompiledConcept[];
  private readonly conceptAt = new Map<string, number>();
  private readonly formsLoaded = new Set<FormLang>();
  private readonly conceptsLoaded = new Set<number>();
  private readonly pending = new Map<string, Promise<unknown>>();
  /** Stand-in ids (the rank of the real id, fixed width, so they sort as the real ids do) by position. */
  private readonly keys: string[];
  private readonly keyAt = new Map<string, number>();
  /** The passages as the ranking engine sees them: stand-in ids, texts as loaded. */
  private readonly rankDocs: StoredDoc[];
  private readonly docAt = new Map<StoredDoc, number>();
  private latinSet: Set<string> | null = null;
  private hanTerms: Set<string> | null = null;
  /**
   * The bridge entries loaded so far. One object for the index's life, so the engines built over it
   * see entries that arrive later (an English query's analysis is not rebuilt for them); empty, it
   * reaches nothing, as no bridge does.
   */
  private readonly bridge: Bridge | null;
  private readonly bridgeLoaded = new Set<number>();
  /** Han bigrams loaded so far: passage positions holding each (a bigram missing from its loaded file: none). */
  private readonly bigramAt = new Map<string, Set<number>>();
  private readonly bigramsLoaded = new Set<number>();
  private engineCache: { key: string; engine: SearchEngine } | null = null;
  private readonly fieldLength: Record<string, number[]>;

  constructor(meta: ShardMeta, load: ShardLoader, dir = '') {
    if (meta.format !== SHARD_FORMAT || meta.shardVersion !== SHARD_VERSION) throw new Error(`not a sharded search index (format ${String(meta.format)})`);
    if (meta.version !== INDEX_VERSION) throw new Error(`search index version ${meta.version}, this engine reads ${INDEX_VERSION}: rebuild the site`);
    this.meta = meta;
    this.load = load;
    this.dir = dir;
    const { docs: t, dict } = meta;
    const width = Math.max(1, (t.rank.length - 1).toString(36).length);
    this.keys = t.rank.map((r) => r.toString(36).padStart(width, '0'));
    this.keys.forEach((k, i) => this.keyAt.set(k, i));
    this.concepts = meta.concepts.map((c, i) => (this.conceptAt.set(c.id, i), { ...c, zh: [], ko: [], es: [], en: [] }));
    this.docs = t.rank.map((_, i) => ({
      id: '',
      source: dict.source[t.source[i]],
      lang: dict.lang[t.lang[i]] as StoredDoc['lang'],
      label: dict.label[t.label[i]] as StoredDoc['label'],
      tactics: t.tactics[i].map((k) => dict.tactic[k]),
      mentions: t.mentions[i].map((k) => dict.tactic[k]),
      text: '',
      start: 0,
      end: 0,
      seq: 0,
      kind: 'text',
      copies: [],
    }));
    this.docs.forEach((d, i) => this.docAt.set(d, i));
    let from = 0;
    this.textStarts = meta.files.texts.counts.map((n) => ((from += n), from - n));
    this.bridge = meta.files.bridge ? {} : null;
    this.rankDocs = this.docs.map((d, i) => ({ ...d, id: this.keys[i] }));
    // MiniSearch's shape (by passage short id, an array by field id) from meta's columns.
    this.fieldLength = t.rank.map((_, i) => t.fieldLength.map((column) => column[i])) as unknown as Record<string, number[]>;
  }

  static async open(metaFile: string, load: ShardLoader): Promise<ShardedIndex> {
    const s = new ShardedIndex((await load(metaFile)) as ShardMeta, load, metaFile.slice(0, metaFile.lastIndexOf('/') + 1));
    s.loaded.add(metaFile);
    return s;
  }

  /** Load a file named in meta (once, however many callers ask for it). */
  private fetch(name: string): Promise<unknown> {
    const file = this.dir + name;
    let p = this.pending.get(file);
    if (!p) {
      p = this.load(file).then((v) => (this.loaded.add(file), v));
      this.pending.set(file, p);
      p.catch(() => this.pending.delete(file));
    }
    return p;
  }

  /** Load the vocabularies and concept forms of the given scripts. */
  async loadVocab(scripts: Script[]): Promise<void> {
    await Promise.all(
      scripts.map(async (s) => {
        if (this.vocab[s] && SCRIPT_FORMS[s].every((l) => this.formsLoaded.has(l))) return;
        const file = (await this.fetch(this.meta.files.vocab[s])) as VocabFile;
        this.vocab[s] ??= file;
        for (const l of SCRIPT_FORMS[s]) {
          if (this.formsLoaded.has(l)) continue;
          const list = file.forms?.[l] ?? [];
          this.concepts.forEach((c, i) => ((c as unknown as Record<FormLang, unknown>)[l] = list[i] ?? []));
          this.formsLoaded.add(l);
        }
      }),
    );
  }

  /** Are all forms of concept `i` loaded? */
  private complete(i: number): boolean {
    return this.conceptsLoaded.has(i) || FORM_LANGS.every((l) => this.formsLoaded.has(l));
  }

  /** Load every form of these concepts (by id). */
  async loadConcepts(ids: Iterable<string>): Promise<void> {
    const want = new Set<number>();
    for (const id of ids) {
      const i = this.conceptAt.get(id);
      if (i !== undefined && !this.complete(i)) want.add(i);
    }
    await Promise.all(
      [...want].map(async (i) => {
        const f = (await this.fetch(groupFile('concept', this.meta.files.concepts, i))) as ConceptFile;
        Object.assign(this.concepts[i], { zh: f.zh, ko: f.ko, es: f.es, en: f.en });
        this.conceptsLoaded.add(i);
      }),
    );
  }

  /** Load the postings of these index terms. */
  async loadTerms(terms: Iterable<string>): Promise<void> {
    const shards = new Set<number>();
    for (const t of terms) shards.add(rangeShard(t, this.meta.files.postingsFrom));
    await Promise.all(
      [...shards].map(async (k) => {
        if (this.postingsLoaded.has(k)) return;
        const list = (await this.fetch(groupFile('postings', this.meta.files.postings, k))) as PostingsFile;
        if (this.postingsLoaded.has(k)) return;
        for (const [term, ordinal, p] of list) this.postings.set(term, [ordinal, p]);
        this.postingsLoaded.add(k);
      }),
    );
  }

  /** Load the entries of these bigrams (no-op for an index without a bigram table). */
  async loadBigrams(bigrams: Iterable<string>): Promise<void> {
    const table = this.meta.files.bigrams;
    if (!table) return;
    const files = new Set<number>();
    for (const bg of bigrams) files.add(bigramBucket(bg, table.n));
    await Promise.all(
      [...files].map(async (k) => {
        if (this.bigramsLoaded.has(k)) return;
        const part = (await this.fetch(bigramFile(table, k))) as BigramsFile;
        if (this.bigramsLoaded.has(k)) return;
        for (const [bg, gaps] of Object.entries(part)) {
          const at = new Set<number>();
          let p = 0;
          gaps.forEach((g, i) => at.add((p = i ? p + g : g)));
          this.bigramAt.set(bg, at);
        }
        this.bigramsLoaded.add(k);
      }),
    );
  }

  /**
   * The bigrams of a phrase worth loading, at most two (two small files, found by hash). Han: the
   * character pairs that are not index terms themselves — a pair that is a word (逾期, 客户) is
   * common and filters little, while one spanning two words (期客 in 逾期客户) is rare and filters
   * nearly every passage that lacks the phrase. Words: the longest word pairs (`llamar a` and
   * `a la` name far more passages than `la familia`). Checking fewer bigrams than the phrase has
   * only lets more passages through to the text check: never a wrong answer.
   */
  private bigramsToLoad(phrase: string): string[] {
    const pairs = phrase && this.meta.files.bigrams ? phraseBigrams(phrase) : null;
    if (!pairs?.size) return [];
    if (!HAN.test(phrase)) return [...pairs].sort((a, b) => b.length - a.length).slice(0, 2);
    if (!this.vocab.han) return [];
    const words = (this.hanTerms ??= new Set(this.vocab.han.terms));
    return [...pairs].filter((bg) => !words.has(bg)).slice(0, 2);
  }

  /**
   * Can passage `i` hold a phrase with these Han bigrams? False only when the bigram table says a
   * bigram is missing from it; true when it holds them all or the table (or a file) is not loaded.
   */
  private mayHold(i: number, bigrams: string[]): boolean {
    const table = this.meta.files.bigrams;
    if (!table) return true;
    for (const bg of bigrams) {
      if (!this.bigramsLoaded.has(bigramBucket(bg, table.n))) continue;
      if (!this.bigramAt.get(bg)?.has(i)) return false;
    }
    return true;
  }

  /** Load the texts (and ids) of these passages of `docs`. */
  async loadDocs(docs: Iterable<StoredDoc>): Promise<void> {
    const at: number[] = [];
    for (const d of docs) {
      const i = this.docAt.get(d);
      if (i !== undefined) at.push(i);
    }
    await this.loadTexts(at);
  }

  /** Load the texts (and ids) of the passages at these positions. */
  async loadTexts(positions: Iterable<number>): Promise<void> {
    const chunks = new Set<number>();
    for (const i of positions) {
      if (this.docs[i]?.id) continue;
      const chunk = rangeShard(i, this.textStarts);
      if (!this.textsLoaded.has(chunk)) chunks.add(chunk);
    }
    await Promise.all([...chunks].map((c) => this.loadChunk(c)));
  }

  /** First passage position of each text fragment. */
  readonly textStarts: number[];

  /** Published name of text fragment `c`. */
  textFile(c: number): string {
    return groupFile('texts', this.meta.files.texts.hash, c);
  }

  /** Load one text fragment. */
  private async loadChunk(c: number): Promise<void> {
    const file = this.textFile(c);
    const from = this.textStarts[c];
    const rows = (await this.fetch(file)) as TextsFile;
    if (this.textsLoaded.has(c)) return;
    rows.forEach(([id, text, start, end, seq, kind, heading, copies = []], k) => {
      const d = this.docs[from + k];
      Object.assign(d, { id, text, start, end, seq, kind, copies });
      if (heading !== null) d.heading = heading;
      Object.assign(this.rankDocs[from + k], { text, start, end, seq, kind, copies });
    });
    this.textsLoaded.add(c);
  }

  /** An engine for query analysis: the vocabularies loaded so far (rebuilt when one arrives). */
  engine(): SearchEngine {
    const key = `${Object.keys(this.vocab).sort().join()}|${[...this.formsLoaded].sort().join()}`;
    if (this.engineCache?.key === key) return this.engineCache.engine;
    const engine = this.build(this.docs, false);
    this.engineCache = { key, engine };
    return engine;
  }

  /** A SearchEngine over these passages, the vocabularies loaded so far and (optionally) the postings. */
  private build(docs: StoredDoc[], withPostings: boolean): SearchEngine {
    const entries = withPostings ? [...this.postings].sort((a, b) => a[1][0] - b[1][0]).map(([t, [, p]]) => [t, p] as [string, Postings]) : [];
    const minisearch: MiniSearchJSON = {
      documentCount: this.meta.documentCount,
      documentIds: this.keys as unknown as Record<string, string>,
      fieldIds: this.meta.fieldIds,
      fieldLength: this.fieldLength,
      averageFieldLength: this.meta.averageFieldLength,
      index: entries,
      serializationVersion: 2,
    };
    const latin = this.vocab.latin;
    return new SearchEngine({
      format: INDEX_FORMAT,
      version: this.meta.version,
      builtAt: this.meta.builtAt,
      segmenter: this.meta.segmenter,
      docs,
      vocabulary: { han: this.vocab.han?.terms ?? [], hangul: this.vocab.hangul?.terms ?? [], latin: latin?.terms ?? [], es: latin?.es ?? [] },
      concepts: this.concepts,
      ...(this.bridge ? { bridge: this.bridge } : {}),
      minisearch,
    });
  }

  /** Index terms one edit away from an unknown Latin word (the engine's fuzzy matching). */
  private neighbours(term: string): string[] {
    const v = this.vocab.latin;
    if (!v || !/^[\p{Script=Latin}]{6,}$/u.test(term)) return [];
    this.latinSet ??= new Set(v.terms);
    if (this.latinSet.has(term)) return [];
    return v.terms.filter((t) => oneEditApart(term, t));
  }

  /**
   * Everything a query needs before it can be ranked but the passage texts: vocabularies and
   * postings. Returns the passages to rank with: a passage whose text is not loaded stands in with
   * '' (its text is never read while ranking but for the phrase), or, when the phrase is a single
   * Han index term the passage holds, with the phrase itself (a passage holding the term holds the
   * phrase: Han index terms are pieces of the folded text); and `open`, the passages whose phrase
   * is unknown until their text is here (the engine checks it only in passages that match a query
   * word literally).
   */
  private async prepare(q: string): Promise<{ aq: AnalyzedQuery; docs: StoredDoc[]; open: Set<number> }> {
    await this.loadVocab(queryScripts(q));
    mark('kb:vocab');
    let aq = this.engine().analyze(q);
    mark('kb:analysed');
    const termsOf = (a: AnalyzedQuery) => {
      const out = new Set<string>();
      for (const g of a.groups) for (const t of g.terms.keys()) out.add(t);
      return out;
    };
    let terms = termsOf(aq);
    const near = new Map<string, string[]>();
    for (const t of terms) near.set(t, this.neighbours(t));
    const concepts = aq.concepts.map((c) => conceptTermOf(c.id));
    // Only postings here: ranking reads no concept forms beyond the query's scripts. The forms of
    // the concepts the results matched through (for their highlights) come with the result texts,
    // so this round is the 3–5 postings files (one wave over 6 connections) instead of 6–9.
    // An English query also needs the dictionary bridge (fetched alongside), and then the postings
    // of the Chinese terms its words reach; no other query ever loads it.
    const bridge = this.meta.files.bridge;
    const bridgeFiles = new Set<number>();
    if (aq.lang === 'en' && bridge) for (const g of aq.groups) if (g.script === 'latin') bridgeFiles.add(rangeShard(bridgeKey(g), bridge.from));
    // Bigrams of the phrase (alongside the postings): a passage missing one needs no text.
    const bigrams = this.bigramsToLoad(aq.phrase);
    await Promise.all([
      this.loadTerms([...terms, ...[...near.values()].flat(), ...concepts]),
      this.loadBigrams(bigrams),
      ...[...bridgeFiles].map(async (k) => {
        if (this.bridgeLoaded.has(k)) return;
        const part = (await this.fetch(groupFile('bridge', bridge!.hash, k))) as Bridge;
        if (this.bridgeLoaded.has(k)) return;
        Object.assign(this.bridge!, part);
        this.bridgeLoaded.add(k);
      }),
    ]);
    if (bridgeFiles.size) {
      aq = this.engine().analyze(q);
      const more = termsOf(aq);
      const extra = [...more].filter((t) => !terms.has(t));
      terms = more;
      for (const t of extra) near.set(t, this.neighbours(t));
      await this.loadTerms([...extra, ...extra.flatMap((t) => near.get(t) ?? [])]);
    }
    mark('kb:postings');

    // Query terms each passage matched in its text (a fuzzy neighbour counts as its query term).
    const textField = String(this.meta.fieldIds.text);
    const matched = new Map<number, Set<string>>();
    const add = (source: string, term: string) => {
      const p = this.postings.get(term)?.[1][textField];
      if (!p) return;
      for (const k of Object.keys(p)) {
        const i = Number(k);
        let m = matched.get(i);
        if (!m) matched.set(i, (m = new Set()));
        m.add(source);
      }
    };
    for (const t of terms) {
      add(t, t);
      for (const nb of near.get(t) ?? []) add(t, nb);
    }
    const stand = new Map<number, string>();
    const open = new Set<number>();
    if (aq.phrase) {
      const hanTerm = /^\p{Script=Han}+$/u.test(aq.phrase) && this.postings.has(aq.phrase) ? aq.phrase : null;
      for (const [i, m] of matched) {
        if (this.docs[i].id || !aq.groups.some((g) => literalMatch(g, m))) continue;
        // Known not to hold the phrase: ranks with its '' stand-in text, as it would with its own.
        if (!this.mayHold(i, bigrams)) continue;
        if (hanTerm && m.has(hanTerm) && this.holdsTerm(i, hanTerm)) stand.set(i, hanTerm);
        else open.add(i);
      }
      // Texts at hand without a request (a returning visitor's copy) are read now: one ranking then.
      const local = this.load.local;
      if (local && open.size) {
        const at = new Map<number, boolean>();
        const here = (c: number) => at.get(c) ?? (at.set(c, local(this.dir + this.textFile(c))), at.get(c)!);
        await this.loadTexts([...open].filter((i) => here(rangeShard(i, this.textStarts))));
      }
    }
    const docs = stand.size ? this.rankDocs.map((d, i) => (stand.has(i) ? { ...d, text: stand.get(i)! } : d)) : this.rankDocs;
    return { aq, docs, open };
  }

  /**
   * Rank, loading texts only where the phrase can change the first results. A passage whose phrase
   * is unknown stands in with the phrase itself, i.e. ranks as high as it can (its key — quoted
   * phrase, tier, coverage, phrase, score — only drops once its text shows no phrase). When every
   * result shown has its text, the ranking is the one all texts would give: each unknown passage,
   * even at its best, ranks below them, and neither the order among the others nor the language
   * balance of the first places (which picks, in order, the first passage a language may take)
   * depends on where it falls. Otherwise the texts of the results shown are loaded (the page shows
   * them anyway) and the ranking is made again: usually one round of texts serves the phrase and
   * the page, instead of one for the phrase and one for the results (`催收電話` at 1×: 36 text
   * files for the phrase, then the results'; now 10).
   */
  private async rank(q: string, options: SearchOptions, aq: AnalyzedQuery, base: StoredDoc[], open: Set<number>): Promise<SearchResponse> {
    for (;;) {
      for (const i of open) if (this.docs[i].id) open.delete(i);
      const docs = open.size ? base.map((d, i) => (open.has(i) ? { ...d, text: aq.phrase } : d)) : base;
      // A fresh engine per ranking: it caches folded texts, and some texts here are stand-ins.
      const res = this.build(docs, true).search(q, options);
      const at = res.results.map((h) => this.keyAt.get(h.id)!);
      if (!at.some((i) => open.has(i))) return res;
      // With the forms of the concepts they matched through (their highlights need them).
      await Promise.all([this.loadTexts(at), this.loadConcepts(res.results.flatMap((h) => h.concepts))]);
    }
  }

  /** Does passage `i` have `term` in its text field? */
  private holdsTerm(i: number, term: string): boolean {
    return !!this.postings.get(term)?.[1][String(this.meta.fieldIds.text)]?.[String(i)];
  }

  /** Search: load what the query needs, rank, then load and highlight the texts of the results. */
  async search(q: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const { aq, docs, open } = await this.prepare(q);
    const res = await this.rank(q, options, aq, docs, open);
    mark('kb:searched');
    // The results' own passages (real ids, loaded texts). Highlights made from a stand-in or missing
    // text, or with some forms of a matched concept missing, are made again once those are here.
    const redo: SearchHit[] = [];
    const at = res.results.map((h) => this.keyAt.get(h.id)!);
    res.results.forEach((h, k) => {
      const real = this.docs[at[k]];
      if (!real.id || h.doc !== this.rankDocs[at[k]] || h.concepts.some((id) => !this.complete(this.conceptAt.get(id) ?? -1))) redo.push(h);
      h.doc = real;
    });
    // Each result is highlighted as soon as its own text fragment and concept files are here, while
    // the others still download (the analysis engine highlights: it holds these passages and
    // the current vocabularies and concepts, and reads a passage's text only when highlighting it).
    const again = new Set(redo);
    await Promise.all(
      res.results.map(async (h, k) => {
        if (!again.has(h)) return this.loadTexts([at[k]]);
        await Promise.all([this.loadTexts([at[k]]), this.loadConcepts(h.concepts)]);
        h.matches = this.engine().highlight(h.doc, aq, h.concepts);
      }),
    );
    for (const h of res.results) {
      h.id = h.doc.id;
      h.copies = h.doc.copies;
    }
    mark('kb:highlighted');
    return res;
  }
}

/** The single-file index again, from its shard files (`read(name)` returns a file's JSON value). */
export function unshard(meta: ShardMeta, read: (name: string) => unknown): SerializedIndex {
  const s = new ShardedIndex(meta, async () => null);
  const docs = s.docs;
  meta.files.texts.counts.forEach((_, c) => {
    const from = s.textStarts[c];
    (read(s.textFile(c)) as TextsFile).forEach(([id, text, start, end, seq, kind, heading, copies = []], k) => {
      Object.assign(docs[from + k], { id, text, start, end, seq, kind, copies });
      if (heading !== null) docs[from + k].heading = heading;
    });
  });
  const entries: Array<[number, string, Postings]> = [];
  meta.files.postingsFrom.forEach((_, k) => {
    for (const [t, ord, p] of read(groupFile('postings', meta.files.postings, k)) as PostingsFile) entries.push([ord, t, p]);
  });
  entries.sort((a, b) => a[0] - b[0]);
  const han = read(meta.files.vocab.han) as VocabFile;
  const hangul = read(meta.files.vocab.hangul) as VocabFile;
  const latin = read(meta.files.vocab.latin) as VocabFile;
  const concepts = meta.concepts.map((c, i) => {
    const f = read(groupFile('concept', meta.files.concepts, i)) as ConceptFile;
    return { ...c, zh: f.zh, ko: f.ko, es: f.es, en: f.en };
  });
  return {
    format: INDEX_FORMAT,
    version: meta.version,
    builtAt: meta.builtAt,
    segmenter: meta.segmenter,
    docs: docs.map(({ id, source, lang, label, tactics, mentions, text, start, end, seq, kind, heading, copies }) => ({
      id, source, lang, label, tactics, mentions, text, start, end, seq, kind, ...(heading !== undefined ? { heading } : {}), copies,
    })),
    vocabulary: { han: han.terms, hangul: hangul.terms, latin: latin.terms, es: latin.es ?? [] },
    concepts,
    ...(meta.files.bridge ? { bridge: Object.assign({}, ...meta.files.bridge.from.map((_, k) => read(groupFile('bridge', meta.files.bridge!.hash, k)) as Bridge)) as Bridge } : {}),
    minisearch: {
      documentCount: meta.documentCount,
      documentIds: Object.fromEntries(docs.map((d, i) => [String(i), d.id])),
      fieldIds: meta.fieldIds,
      fieldLength: Object.fromEntries(meta.docs.rank.map((_, i) => [String(i), meta.docs.fieldLength.map((column) => column[i])])),
      averageFieldLength: meta.averageFieldLength,
      index: entries.map(([, t, p]) => [t, p]),
      serializationVersion: 2,
    } satisfies MiniSearchJSON,
  };
}
