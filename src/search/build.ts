/**
 * Builds the serialised search index from tagged passages (dist-data/passages.jsonl records).
 * Pure: analysis uses src/analyzer as configured by the caller (register jieba first in Node, see
 * src/search/jieba-node.ts; without it Chinese falls back to bigrams). Duplicates (`duplicateOf`)
 * are folded into their first copy, which lists them in `copies`.
 */
import MiniSearch from 'minisearch';
import { analyze, hasChineseSegmenter } from '../analyzer/index';
import type { Lang, TaggedPassage } from '../records';
import type { ConceptFile } from './concepts';
import { compileConcepts, conceptsInText, conceptTerm, hanText, wordSets, type CompiledConcept } from './compile';
import { buildBridge, type Bridge, type GlossLookup } from './bridge';
import { hanjaReading, readableWords, SINO_FIELD, sinoTerm, type HanjaReading } from './sino-korean';
import { cognateOfTerm, cognateStems, GLOSS_FIELD, glossTerm } from './cognates';

export const INDEX_FORMAT = 'dckb-search';
/** Bump when the analyzer, the concept matching or the file layout changes. */
export const INDEX_VERSION = 6;
export const TERM_SEP = '\u0001';

/** What the index keeps of a passage, for display, filters and highlighting. */
export interface StoredDoc {
  id: string;
  source: string;
  lang: Lang;
  label: TaggedPassage['label'];
  tactics: string[];
  mentions: string[];
  text: string;
  start: number;
  end: number;
  seq: number;
  kind: string;
  heading?: string;
  /** Ids of the other copies of this passage (duplicates collapsed into this one). */
  copies: string[];
}

export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  builtAt: string;
  /** How Chinese was segmented at index time (`jieba` or `bigram`). */
  segmenter: string;
  docs: StoredDoc[];
  /** Han, Hangul and Latin index terms, for query-side maximum matching and substring expansion. */
  vocabulary: { han: string[]; hangul: string[]; latin: string[]; /** Latin terms of Spanish passages (tells a Spanish query from an English one). */ es: string[] };
  concepts: CompiledConcept[];
  /** English → Chinese word bridge (src/search/bridge.ts); absent when built without one (`--no-bridge`). */
  bridge?: Bridge;
  minisearch: unknown;
}

/** Fields of the MiniSearch documents: analysed terms joined by TERM_SEP. */
export const MINISEARCH_OPTIONS = {
  fields: ['text', 'concepts', SINO_FIELD, GLOSS_FIELD],
  idField: 'id',
  tokenize: (s: string) => (s ? s.split(TERM_SEP) : []),
  processTerm: (t: string) => t,
};

/** Weight of a tactic the tagger gave the passage, in concept-term frequency. */
const TAG_WEIGHT = { tactics: 4, mentions: 2 } as const;
/** Cap on form hits counted per concept. */
const MAX_FORM_HITS = 3;

type PassageLike = Pick<TaggedPassage, 'id' | 'source' | 'lang' | 'label' | 'tactics' | 'mentions' | 'text' | 'start' | 'end'> &
  Partial<Pick<TaggedPassage, 'seq' | 'kind' | 'heading' | 'duplicateOf'>>;

export interface BuildOptions {
  /** CC-CEDICT glosses: the English → Chinese bridge (and the dictionary check of the Sino-Korean one). */
  bridge?: GlossLookup;
  /**
   * Hangul readings of Han words: the Sino-Korean bridge (src/search/sino-korean.ts); needs `bridge`.
   * Default: the registered table (src/search/hanja-node.ts, registered with the CC-CEDICT lookup); false: none.
   */
  hanja?: HanjaReading | false;
}

export function buildIndex(passages: PassageLike[], conceptFile: ConceptFile, options: BuildOptions = {}): SerializedIndex {
  const concepts = compileConcepts(conceptFile);
  const ids = new Set(passages.map((p) => p.id));
  const copies = new Map<string, string[]>();
  for (const p of passages) {
    if (p.duplicateOf && ids.has(p.duplicateOf)) {
      const list = copies.get(p.duplicateOf) ?? [];
      list.push(p.id);
      copies.set(p.duplicateOf, list);
    }
  }
  const ms = new MiniSearch<{ id: string; text: string; concepts: string; sino: string; gloss: string }>(MINISEARCH_OPTIONS);
  const han = new Set<string>();
  const hangul = new Set<string>();
  const latin = new Set<string>();
  const es = new Set<string>();
  const docs: StoredDoc[] = [];
  // Analysed first, added once the Sino-Korean pairs (which need every passage's terms) are known.
  const analysed: Array<{ id: string; terms: string[]; cterms: string[]; noise: boolean; es?: string }> = [];
  const hanDocs = new Map<string, Set<number>>();
  const hangulDocs = new Map<string, Set<number>>();
  const note = (map: Map<string, Set<number>>, t: string, d: number) => {
    let set = map.get(t);
    if (!set) map.set(t, (set = new Set()));
    set.add(d);
  };
  for (const p of passages) {
    if (p.duplicateOf && ids.has(p.duplicateOf)) continue;
    // English and undetermined passages also get Spanish stems: language identification of short
    // Latin-script passages is unreliable, and a Spanish query must still find them.
    const tokens =
      p.lang === 'en' || p.lang === 'und'
        ? [...analyze(p.text, p.lang), ...analyze(p.text, 'es').filter((t) => !/\p{Script=Han}|[\uac00-\ud7a3]/u.test(t.term))].sort(
            (a, b) => a.start - b.start || a.end - b.end,
          )
        : analyze(p.text, p.lang);
    const terms = tokens.map((t) => t.term);
    const termSet = new Set(terms);
    for (const t of termSet) {
      if (/\p{Script=Han}/u.test(t)) (han.add(t), note(hanDocs, t, analysed.length));
      else if (/[\uac00-\ud7a3]/.test(t)) (hangul.add(t), note(hangulDocs, t, analysed.length));
      else {
        latin.add(t);
        if (p.lang === 'es') es.add(t);
      }
    }
    const cterms: string[] = [];
    const found = conceptsInText(concepts, wordSets(tokens, p.text), hanText(p.text), p.lang);
    const weight = new Map<string, number>();
    for (const [id, n] of found) weight.set(id, Math.min(n, MAX_FORM_HITS));
    for (const code of p.tactics) weight.set(code, (weight.get(code) ?? 0) + TAG_WEIGHT.tactics);
    for (const code of p.mentions) weight.set(code, (weight.get(code) ?? 0) + TAG_WEIGHT.mentions);
    for (const [id, n] of weight) for (let i = 0; i < n; i++) cterms.push(conceptTerm(id));
    analysed.push({ id: p.id, terms, cterms, noise: p.label === 'noise', ...(p.lang === 'es' ? { es: p.text } : {}) });
    docs.push({
      id: p.id,
      source: p.source,
      lang: p.lang,
      label: p.label,
      tactics: [...p.tactics],
      mentions: [...p.mentions],
      text: p.text,
      start: p.start,
      end: p.end,
      seq: p.seq ?? 0,
      kind: p.kind ?? 'text',
      ...(p.heading ? { heading: p.heading } : {}),
      copies: copies.get(p.id) ?? [],
    });
  }
  // Sino-Korean bridge: a Chinese passage carries the readings of its readable words, a Korean one
  // the Chinese word of each of its terms that is such a reading (each once).
  const sino = analysed.map(() => new Set<string>());
  const readAs = new Map<string, string[]>();
  /** Every readable Chinese word's reading (a Korean query word may be one no Korean passage uses). */
  const readingOf = new Map<string, string>();
  const reading = options.hanja === false ? null : (options.hanja ?? hanjaReading());
  if (reading && options.bridge) {
    const lookup = options.bridge;
    for (const { han: h, hangul: r } of readableWords({ han: hanDocs, reading, isWord: (w) => lookup(w).length > 0 })) {
      readingOf.set(h, r);
      for (const d of hanDocs.get(h)!) sino[d].add(sinoTerm(r));
      for (const d of hangulDocs.get(r) ?? []) sino[d].add(sinoTerm(h));
      if (hangulDocs.has(r)) readAs.set(h, [r]);
    }
  }
  // Gloss field (src/search/cognates.ts): the English stems of the CC-CEDICT glosses of a passage's
  // Chinese words (and of the Chinese words its Korean terms read), as the bridge has them.
  const bridge = options.bridge ? buildBridge([...han].sort(), options.bridge, concepts) : undefined;
  const gloss = analysed.map(() => new Set<string>());
  if (bridge)
    for (const [stem, terms] of Object.entries(bridge)) {
      for (const t of terms) {
        for (const d of hanDocs.get(t) ?? []) gloss[d].add(glossTerm(stem));
        for (const r of readAs.get(t) ?? []) for (const d of hangulDocs.get(r) ?? []) gloss[d].add(glossTerm(stem));
      }
    }
  // A Spanish passage: the Chinese words its words' English cognates gloss, and (for a Korean
  // query) the Sino-Korean readings of those words, as a Chinese passage holding them carries.
  if (bridge)
    analysed.forEach((a, d) => {
      if (!a.es) return;
      for (const m of a.es.matchAll(/\p{Script=Latin}{5,}/gu))
        for (const stem of cognateStems(m[0]))
          for (const t of bridge[stem] ?? []) {
            if (t.startsWith('c:')) continue;
            gloss[d].add(cognateOfTerm(t));
            const r = readingOf.get(t);
            if (r) sino[d].add(sinoTerm(r));
          }
    });
  // Noise passages (hidden unless asked for) get no dictionary terms: they are a third of the
  // passages, and these fields' postings would outweigh the text's (measured: 0.51 MB → 0.31 MB).
  const dict = (set: Set<string>, a: (typeof analysed)[number]) => (a.noise ? '' : [...set].sort().join(TERM_SEP));
  analysed.forEach((a, d) =>
    ms.add({ id: a.id, text: a.terms.join(TERM_SEP), concepts: a.cterms.join(TERM_SEP), sino: dict(sino[d], a), gloss: dict(gloss[d], a) }),
  );
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    // From the build's environment, never the clock, so two builds are byte-identical.
    builtAt: (typeof process !== 'undefined' && process.env?.KB_BUILD_DATE) || 'unknown',
    segmenter: hasChineseSegmenter() ? 'jieba' : 'bigram',
    docs,
    vocabulary: { han: [...han].sort(), hangul: [...hangul].sort(), latin: [...latin].sort(), es: [...es].sort() },
    concepts,
    ...(bridge ? { bridge } : {}),
    minisearch: ms.toJSON(),
  };
}
