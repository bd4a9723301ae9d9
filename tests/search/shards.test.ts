import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fixtureIndex } from './fixture';
import { SearchEngine, type SearchOptions, type SearchResponse } from '../../src/search/engine';
import { buildIndex, type SerializedIndex } from '../../src/search/build';
import { bigramBucket, bigramFile, groupFile, hanBigrams, phraseBigrams, wordBigrams, queryScripts, rangeShard, separator, shardIndex, ShardedIndex, unshard, type BigramsFile, type PostingsFile, type ShardMeta } from '../../src/search/shards';
import { readPassages, PASSAGES_PATH } from '../../src/search/write-index';
import { registerJieba } from '../../src/search/jieba-node';
import { loadConcepts } from '../../src/search/load-concepts';
import { loadCedictGlosses } from '../../src/search/cedict-node';
import { readQueries } from '../../src/eval/search';
import { BENCH_QUERIES } from '../../src/bench/queries';
import type { MiniSearchJSON } from '../../src/search/flat';
import { phraseKey } from '../../src/search/query';
import { fold } from '../../src/text/fold';

const hash = (content: string) => createHash('sha256').update(content).digest('hex').slice(0, 10);

function shard(index: SerializedIndex, o = {}) {
  const { metaName, files } = shardIndex(index, hash, o);
  const reads: string[] = [];
  const load = async (f: string) => {
    reads.push(f);
    const json = files.get(f);
    if (json === undefined) throw new Error(`no file ${f}`);
    return JSON.parse(json);
  };
  const meta = JSON.parse(files.get(metaName)!) as ShardMeta;
  return { metaName, meta, files, reads, open: () => ShardedIndex.open(metaName, load) };
}

/** What a page shows of a response: ids in order, tiers, phrase flags, highlights, totals and facets. */
const view = (r: SearchResponse) => ({
  ids: r.results.map((h) => h.id),
  detail: r.results.map((h) => [h.tier, h.phrase, h.score, h.concepts, h.copies, h.matches, h.doc.text]),
  total: r.total,
  facets: r.facets,
  hiddenNoise: r.hiddenNoise,
  analysis: r.analysis,
});

describe('sharded index: layout', () => {
  const index = fixtureIndex();
  const s = shard(index, { postingsBytes: 256, textBytes: 200 });
  const meta = JSON.parse(s.files.get(s.metaName)!) as ShardMeta;

  it('puts every index term in the shard its range names, once, with its postings', () => {
    const ms = index.minisearch as MiniSearchJSON;
    const postings = meta.files.postingsFrom.map((_, k) => groupFile('postings', meta.files.postings, k));
    expect(postings.length).toBeGreaterThan(1);
    expect([...s.files.keys()].filter((n) => n.startsWith('postings-')).length).toBe(postings.length);
    const seen = new Map<string, unknown>();
    postings.forEach((f, k) => {
      for (const [term, , p] of JSON.parse(s.files.get(f)!) as PostingsFile) {
        expect(rangeShard(term, meta.files.postingsFrom), term).toBe(k);
        expect(seen.has(term)).toBe(false);
        seen.set(term, p);
      }
    });
    expect(seen.size).toBe(ms.index.length);
    for (const [t, p] of ms.index) expect(seen.get(t)).toEqual(p);
  });

  it('names files by content hash and keeps every passage text in exactly one fragment', () => {
    const groups = new Map<string, string[]>();
    for (const [name, json] of s.files) {
      const m = /^([a-z-]+?)(?:-(\d+))?\.([0-9a-f]{10})\.json$/.exec(name)!;
      expect(m, name).not.toBeNull();
      if (['postings', 'texts', 'concept', 'bridge', 'bigrams'].includes(m[1])) groups.set(m[1], [...(groups.get(m[1]) ?? []), name]);
      else expect(m[3], name).toBe(hash(json));
    }
    // A group's files share the hash of the group's content, in order.
    for (const [prefix, names] of groups) {
      const ordered = names.sort((a, b) => Number(a.split(/[-.]/)[1]) - Number(b.split(/[-.]/)[1]));
      const h = hash(ordered.map((n) => s.files.get(n)!).join('\n'));
      for (const n of ordered) expect(n.endsWith(`.${h}.json`), `${prefix}: ${n}`).toBe(true);
    }
    const texts0 = meta.files.texts.counts.map((_, c) => groupFile('texts', meta.files.texts.hash, c));
    expect(texts0.length).toBeGreaterThan(1);
    expect([...s.files.keys()].filter((n) => n.startsWith('texts-')).length).toBe(texts0.length);
    const rows = texts0.flatMap((f, c) => {
      const r = JSON.parse(s.files.get(f)!) as unknown[][];
      expect(r.length).toBe(meta.files.texts.counts[c]);
      return r;
    });
    expect(rows.map((r) => r[0])).toEqual(index.docs.map((d) => d.id));
    const texts = rows.map((r) => r[1]);
    expect(texts).toEqual(index.docs.map((d) => d.text));
  });

  it('bundles every file but meta, text for text, for a small index only', () => {
    expect(meta.files.bundle).toBeDefined();
    const bundled = JSON.parse(s.files.get(meta.files.bundle!)!) as Array<[string, string]>;
    const others = [...s.files].filter(([name]) => name !== s.metaName && name !== meta.files.bundle);
    expect(new Map(bundled)).toEqual(new Map(others));
    const big = shardIndex(index, hash, { postingsBytes: 256, textBytes: 200, bundleChars: 1000 });
    const bigMeta = JSON.parse(big.files.get(big.metaName)!) as ShardMeta;
    expect(bigMeta.files.bundle).toBeUndefined();
    expect([...big.files.keys()].some((n) => n.startsWith('bundle.'))).toBe(false);
  });

  it('gives the single-file index back (unshard)', () => {
    const back = unshard(meta, (f) => JSON.parse(s.files.get(f)!));
    const ms = index.minisearch as MiniSearchJSON;
    expect(back.docs).toEqual(index.docs);
    expect(back.vocabulary).toEqual(index.vocabulary);
    expect(back.concepts).toEqual(index.concepts.map((c) => ({ ...c, gloss: '' })));
    const bms = back.minisearch as MiniSearchJSON;
    expect(bms.index).toEqual(ms.index);
    expect(bms.documentIds).toEqual(ms.documentIds);
    expect(bms.fieldLength).toEqual(ms.fieldLength);
    expect(bms.averageFieldLength).toEqual(ms.averageFieldLength);
  });

  it('finds the range of any term, known or not', () => {
    const from = ['', 'b', 'd', '가'];
    expect(rangeShard('a', from)).toBe(0);
    expect(rangeShard('b', from)).toBe(1);
    expect(rangeShard('c', from)).toBe(1);
    expect(rangeShard('zz', from)).toBe(2);
    expect(rangeShard('가족', from)).toBe(3);
    expect(rangeShard('', from)).toBe(0);
    expect(rangeShard('x', [''])).toBe(0);
  });

  it('starts a postings file at the shortest prefix of its first term that sorts after the last term before it', () => {
    expect(separator('e:among', 'e:arous')).toBe('e:ar');
    expect(separator('c:debt', 'c:debtor')).toBe('c:debto');
    expect(separator('abc', 'b')).toBe('b');
    expect(separator('债务人', '债权')).toBe('债权');
    expect(separator('a\u{20000}', 'a\u{20001}x')).toBe('a\u{20001}');
  });

  it('reads the scripts of a query', () => {
    expect(queryScripts('가족에게 연락')).toEqual(['hangul']);
    expect(queryScripts('催收員')).toEqual(['han']);
    expect(queryScripts('deudor moroso')).toEqual(['latin']);
    expect(queryScripts('"逾期客户" sms')).toEqual(['han', 'latin']);
    // Quotation marks make no word: a quoted Han phrase needs the Han vocabulary only.
    expect(queryScripts('"逾期客户"')).toEqual(['han']);
    expect(queryScripts('「上門催收」')).toEqual(['han']);
    expect(queryScripts('"연체 고객"')).toEqual(['hangul']);
    expect(queryScripts('"逾期客户" 2024')).toEqual(['han', 'latin']);
  });

  it('names every script the Unicode script properties would (a superset: never one too few)', () => {
    const exact = (q: string) => {
      const out: string[] = [];
      if (/[\p{Script=Han}\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029]/u.test(q)) out.push('han');
      if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\uffa0-\uffdc]/.test(q)) out.push('hangul');
      // Anything but punctuation and symbols (the analyser's words are letters and digits), or a
      // character that folds into a letter or digit.
      if (/[^\p{Script=Han}\p{Script=Hangul}\s\p{P}\p{S}]/u.test(q) || /[\p{L}\p{N}]/u.test(fold(q).replace(/[\p{Script=Han}\p{Script=Hangul}]/gu, ''))) out.push('latin');
      return out;
    };
    // Every BMP character alone, and a few astral ones (extension B, emoji).
    const chars = [...Array.from({ length: 0xd800 }, (_, i) => String.fromCharCode(i)), ...Array.from({ length: 0x10000 - 0xe000 }, (_, i) => String.fromCharCode(0xe000 + i)), '𠀀', '𪜀', '😀'];
    for (const c of chars) {
      const got = queryScripts(c);
      for (const s of exact(c)) expect(got, `U+${c.codePointAt(0)!.toString(16)}`).toContain(s);
    }
    for (const q of BENCH_QUERIES.map((b) => b.q)) expect(queryScripts(q)).toEqual(exact(q));
  });
});

describe('sharded index: loads only what a query needs', () => {
  const index = fixtureIndex();
  let s: ReturnType<typeof shard>;
  let meta: ShardMeta;
  beforeAll(() => {
    s = shard(index, { postingsBytes: 256, textBytes: 200, bridgeBytes: 256 });
    meta = JSON.parse(s.files.get(s.metaName)!) as ShardMeta;
  });

  it('a Korean query loads the Korean vocabulary, the shards of its terms and the texts it shows, nothing else', async () => {
    const sharded = await s.open();
    const res = await sharded.search('가족에게 알리다', { limit: 3 });
    expect(res.results.length).toBeGreaterThan(0);
    const loaded = [...sharded.loaded];
    expect(loaded).toContain(meta.files.vocab.hangul);
    expect(loaded).not.toContain(meta.files.vocab.han);
    expect(loaded).not.toContain(meta.files.vocab.latin);
    // Concepts are loaded whole (every language) only when the query names them, for highlighting.
    expect(loaded.filter((f) => f.startsWith('concept-') && !f.startsWith('concept-forms')).length).toBeLessThanOrEqual(res.analysis.concepts.length);
    const postings = loaded.filter((f) => f.startsWith('postings-'));
    expect(postings.length).toBeGreaterThan(0);
    expect(postings.length).toBeLessThan(meta.files.postingsFrom.length);
    const texts = loaded.filter((f) => f.startsWith('texts-'));
    expect(texts.length).toBeLessThan(meta.files.texts.counts.length);
    for (const h of res.results) expect(h.doc.text).toBe(index.docs.find((d) => d.id === h.id)!.text);
    // Each file is fetched once, however many queries need it.
    await sharded.search('가족에게 알리다', { limit: 3 });
    expect(new Set(s.reads).size).toBe(s.reads.length);
  });

  it('loads the texts of the results it shows, not of every passage that may hold the phrase', async () => {
    // One passage a fragment: each text loaded is one passage.
    const one = shard(index, { postingsBytes: 256, textBytes: 1 });
    const full = new SearchEngine(index);
    for (const q of ['calling the family', '上門催收', '가족에게 알리다', '催收员 visit 가족']) {
      const sharded = await one.open();
      const res = await sharded.search(q, { limit: 1 });
      expect(res.total, q).toBeGreaterThan(2);
      expect([...sharded.loaded].filter((f) => f.startsWith('texts-')).length, q).toBe(res.results.length);
      expect(view(res), q).toEqual(view(full.search(q, { limit: 1 })));
    }
  });

  it('loads the dictionary bridge for an English query only, and ranks its Chinese terms as the single index does', async () => {
    const bridge = meta.files.bridge!;
    const bridgeFiles = bridge.from.map((_, k) => groupFile('bridge', bridge.hash, k));
    expect(bridgeFiles.length).toBeGreaterThan(1);
    const bridgeLoaded = (x: ShardedIndex) => [...x.loaded].filter((f) => bridgeFiles.includes(f));
    for (const q of ['가족에게 알리다', '上門催收', 'amenazar con demandar']) {
      const sharded = await s.open();
      await sharded.search(q, { limit: 3 });
      expect(bridgeLoaded(sharded), q).toEqual([]);
    }
    const sharded = await s.open();
    const res = await sharded.search('appointment', { limit: 5 });
    // Only the file holding the word's stem.
    expect(bridgeLoaded(sharded)).toEqual([bridgeFiles[rangeShard('appoint', bridge.from)]]);
    // 预约 (`to make an appointment`) is no concept form: only the bridge reaches this passage.
    expect(res.results.map((h) => h.id)).toContain('hans-phrase-a');
    expect(view(res)).toEqual(view(new SearchEngine(index).search('appointment', { limit: 5 })));
  });

  it('refuses an index of another version', () => {
    expect(() => new ShardedIndex({ ...meta, version: meta.version + 1 }, async () => null)).toThrow(/version/);
  });
});

let corpus: SerializedIndex | null = null;
function corpusIndex(): SerializedIndex {
  registerJieba();
  return (corpus ??= buildIndex(readPassages(), loadConcepts(), { bridge: loadCedictGlosses() }));
}

/** Same ids, order, tiers, scores, highlights, totals and facets as the single-file engine. */
async function expectSame(index: SerializedIndex, queries: string[], options: SearchOptions[], shardOptions = {}) {
  const full = new SearchEngine(index);
  const s = shard(index, shardOptions);
  // Awaiting loaders that resolve at once never yields to the event loop: let vitest's worker
  // answer its RPC between queries (minutes of CPU at a stretch time it out on a loaded machine).
  const breathe = () => new Promise((r) => setTimeout(r, 0));
  for (const q of queries)
    for (const o of options) {
      await breathe();
      // A fresh sharded index per query: what a cold page sees.
      const sharded = await s.open();
      expect(view(await sharded.search(q, o)), `${q} ${JSON.stringify(o)}`).toEqual(view(full.search(q, o)));
    }
  // One index for every query in turn: what a page sees as the user types on.
  const sharded = await s.open();
  for (const q of queries) {
    await breathe();
    expect(view(await sharded.search(q, options[0])), q).toEqual(view(full.search(q, options[0])));
  }
}

describe('sharded index: same results as the single-file index', () => {
  it('on the fixture passages', async () => {
    const queries = ['가족에게 알리다', '방문했어요', 'amenazar', 'llamadas', '債權人', '上門催收', '"上门催收"', 'harassment', 'calling the family', 'appointment', 'court battery', 'zzqx', 'amenazr', '催收员 visit 가족'];
    await expectSame(fixtureIndex(), queries, [{}, { limit: 2 }, { includeNoise: true }, { lang: 'ko' }, { label: 'prohibited', tactic: 'third-party-pressure' }], {
      postingsBytes: 256,
      textBytes: 200,
      bridgeBytes: 256,
    });
  });

  it.skipIf(!existsSync(PASSAGES_PATH))('on the corpus, for every judged and benchmark query', async () => {
    const index = corpusIndex();
    const queries = [...new Set([...readQueries().map((q) => q.query), ...BENCH_QUERIES.map((q) => q.q)])];
    await expectSame(index, queries, [{ limit: 20 }, { limit: 10, includeNoise: true, lang: ['es', 'ko'] }]);
  }, 600_000);

  it.skipIf(!existsSync(PASSAGES_PATH))('on the corpus, with the first 10 or 3 results (phrase texts loaded only where they can change them)', async () => {
    const index = corpusIndex();
    const queries = [...new Set([...readQueries().map((q) => q.query), ...BENCH_QUERIES.map((q) => q.q)])];
    await expectSame(index, queries, [{ limit: 10 }, { limit: 3, label: 'lawful' }], {});
  }, 600_000);
});

describe('sharded index: the phrase stand-in', () => {
  it.skipIf(!existsSync(PASSAGES_PATH))('every Han index term of a passage is a piece of its phrase key (so a passage holding the term holds that phrase)', () => {
    const index = corpusIndex();
    const ms = index.minisearch as MiniSearchJSON;
    const text = String(ms.fieldIds.text);
    const keys = index.docs.map((d) => phraseKey(d.text));
    let checked = 0;
    for (const [term, p] of ms.index) {
      if (!/^\p{Script=Han}+$/u.test(term) || !p[text]) continue;
      for (const k of Object.keys(p[text])) {
        expect(keys[Number(k)].includes(term), `${term} in ${index.docs[Number(k)].id}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);

  it('lists under each Han bigram exactly the passages whose phrase key holds it, in the file its range names', () => {
    const index = fixtureIndex();
    const s = shard(index, { bigramBytes: 64 });
    const meta = JSON.parse(s.files.get(s.metaName)!) as ShardMeta;
    const table = meta.files.bigrams!;
    expect(table.n).toBeGreaterThan(1);
    expect([...s.files.keys()].filter((n) => n.startsWith('bigrams-')).length).toBe(table.n);
    const listed = new Map<string, number[]>();
    Array.from({ length: table.n }, (_, k) => bigramFile(table, k)).forEach((f, k) => {
      for (const [bg, gaps] of Object.entries(JSON.parse(s.files.get(f)!) as BigramsFile)) {
        expect(bigramBucket(bg, table.n), bg).toBe(k);
        let p = 0;
        listed.set(bg, gaps.map((g, i) => (p = i ? p + g : g)));
      }
    });
    const keys = index.docs.map((d) => phraseKey(d.text));
    const all = new Set(keys.flatMap((k) => [...hanBigrams(k), ...wordBigrams(k)]));
    expect([...all].some((bg) => bg.includes(' '))).toBe(true);
    expect(new Set(listed.keys())).toEqual(all);
    // Han pairs as substrings, word pairs as whole words (how the engine looks for each phrase).
    for (const bg of all) expect(listed.get(bg), bg).toEqual(keys.flatMap((k, i) => ((bg.includes(' ') ? ` ${k} `.includes(` ${bg} `) : k.includes(bg)) ? [i] : [])));
    expect(hanBigrams('上门 催收 app 債')).toEqual(new Set(['上门', '催收']));
    expect(wordBigrams('llamar a la familia 催收 app x')).toEqual(new Set(['llamar a', 'a la', 'la familia', 'app x']));
    expect(phraseBigrams('연체 고객')).toEqual(new Set(['연체 고객']));
    expect(phraseBigrams('上门催收')).toEqual(new Set(['上门', '门催', '催收']));
  });

  it.skipIf(!existsSync(PASSAGES_PATH))('loads no text of a passage missing a bigram of the phrase but the results it shows', async () => {
    const index = corpusIndex();
    const keys = index.docs.map((d) => phraseKey(d.text));
    const byId = new Map(index.docs.map((d, i) => [d.id, i]));
    const full = new SearchEngine(index);
    const texts = (x: ShardedIndex) => [...x.loaded].filter((f) => f.startsWith('texts-')).length;
    // One passage a text file: each text loaded is one passage.
    // Long synchronous steps starve vitest's worker RPC on a loaded machine: yield between them.
    const breathe = () => new Promise((r) => setTimeout(r, 0));
    const withTable = shard(index, { textBytes: 1 });
    await breathe();
    const without = shard(index, { textBytes: 1, bigrams: false });
    let fewer = 0;
    for (const q of ['"逾期客户"', '上门催收', '催收電話', '还款期限', '연체 고객', 'llamar a la familia', '"amenazar con demandar"']) {
      await breathe();
      const a = await withTable.open();
      const res = await a.search(q, { limit: 10 });
      expect(view(res), q).toEqual(view(full.search(q, { limit: 10 })));
      const shown = new Set(res.results.map((h) => byId.get(h.id)!));
      // The bigrams of the phrase whose file the page loaded (it picks the ones that filter best).
      const table = withTable.meta.files.bigrams!;
      const files = new Set([...a.loaded].filter((f) => f.startsWith('bigrams-')));
      const bigrams = [...phraseBigrams(phraseKey(q))].filter((bg) => files.has(bigramFile(table, bigramBucket(bg, table.n))));
      expect(bigrams.length, q).toBeGreaterThan(0);
      for (const f of a.loaded) {
        if (!f.startsWith('texts-')) continue;
        const i = Number(/^texts-(\d+)\./.exec(f)![1]);
        expect(shown.has(i) || bigrams.every((bg) => ` ${keys[i]} `.includes(bg.includes(' ') ? ` ${bg} ` : bg)), `${q}: text of passage ${i}`).toBe(true);
      }
      await breathe();
      const b = await without.open();
      await b.search(q, { limit: 10 });
      expect(texts(a), q).toBeLessThanOrEqual(texts(b));
      if (texts(a) < texts(b)) fewer++;
    }
    expect(fewer).toBeGreaterThan(0);
  }, 120_000);

  it('loads no text to rank a one-word Han query whose word is an index term', async () => {
    const s = shard(fixtureIndex(), { postingsBytes: 256, textBytes: 1 });
    const sharded = await s.open();
    await sharded.search('催收员', { limit: 0 });
    expect([...sharded.loaded].filter((f) => f.startsWith('texts-'))).toEqual([]);
  });
});
