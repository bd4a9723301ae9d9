/**
 * Multilingual passage search over the pre-built MiniSearch index. Runs in Node (CLI, tests, eval)
 * and in the browser (/search/); no `node:` or DOM imports, no jieba.
 *
 * ## API
 *
 * ```ts
 * import { SearchEngine } from '../search/engine';
 * const engine = SearchEngine.fromJSON(await (await fetch(`${base}search/index.json`)).text());
 * const { results, facets, total, hiddenNoise } = engine.search('가족에게 알리다', {
 *   lang: 'zh-Hans',            // or ['zh-Hans','zh-Hant']; any of: ko es zh-Hans zh-Hant en und
 *   label: 'prohibited',        // lawful | prohibited | noise
 *   tactic: 'third-party-pressure', // matches passages that use it (tactics) or name it (mentions)
 *   source: '000_….txt',
 *   includeNoise: false,        // default: noise passages are left out (counted in hiddenNoise)
 *   limit: 50,                  // results returned (facets and total count all matches)
 * });
 * results[0] = {
 *   id, score,                  // passage id (data-passage-id), ranking score
 *   tier: 'all' | 'all-with-concepts' | 'some' | 'concept-only',
 *   phrase,                     // the query occurs verbatim (folded) in the passage
 *   doc: { id, source, lang, label, tactics, mentions, text, start, end, seq, kind, heading?, copies },
 *   matches: [{ term, start, end }], // spans of doc.text to highlight (query words and concept forms)
 *   concepts: ['third-party-pressure'], // concepts through which the passage matched
 *   copies: ['…'],              // ids of duplicates collapsed into this result ("n copies")
 * }
 * facets = { label: {lawful: 3, …}, tactic: {…}, lang: {…}, source: {…} } // counts over all matches;
 *   each facet ignores its own filter, so the UI can show the alternatives; label counts include noise.
 * ```
 *
 * ## Ranking
 * Query words become groups of index terms (src/search/query.ts). A passage's tier is:
 * `all` (every word matched literally) > `all-with-concepts` (every word matched, some only through
 * a concept the query names, e.g. a Spanish passage for a Korean query) > `some` (some words) >
 * `concept-only`. Inside a tier: the exact phrase first, then BM25 (MiniSearch) with concept terms at
 * a lower boost. A quoted query puts phrase matches before everything. In the top 10 every language
 * with full matches keeps at least 2 places and the query's own language at most 6 while other
 * languages have full (concept) matches, so no language hides another. Noise is filtered unless `includeNoise`; duplicates are collapsed at index time.
 *
 * Scoring reads the serialised MiniSearch index directly (src/search/flat.ts: same BM25 as MiniSearch,
 * no `loadJS`, so the engine is ready ~10 ms after the JSON is parsed). An English query's Latin
 * words do not score in Spanish passages (false friends); such passages rank by their concepts.
 *
 * Index file: `dist-data/search/index.json` (written by `npm run search -- --build`, or by
 * `writeSearchIndex()` in src/search/write-index.ts), format `dckb-search` version INDEX_VERSION.
 */
import { FlatIndex, type FlatSubQuery, type MiniSearchJSON } from './flat';
import { analyze, hanRuns, latinPrefix, esStem, enStem } from '../analyzer/index';
import { fold } from '../text/fold';
import { conceptTerm, formNear, rawKey, wordMatches, wordSets, type CompiledConcept, type WordTerms } from './compile';
import { INDEX_FORMAT, INDEX_VERSION, type SerializedIndex, type StoredDoc } from './build';
import { isBridgeConcept } from './bridge';
import { isSinoTerm, SINO_FIELD } from './sino-korean';
import { GLOSS_FIELD, isGlossTerm } from './cognates';

/** Terms of the cross-language dictionary fields (Sino-Korean readings, English gloss stems): never literal. */
const isDictTerm = (t: string): boolean => isSinoTerm(t) || isGlossTerm(t);
import { analyzeQuery, phraseKeyFolded, type AnalyzedQuery, type QueryGroup, type QueryVocabulary } from './query';

export type { StoredDoc, SerializedIndex } from './build';
export type { AnalyzedQuery } from './query';

export type MatchTier = 'all' | 'all-with-concepts' | 'some' | 'concept-only';
const TIER_RANK: Record<MatchTier, number> = { all: 3, 'all-with-concepts': 2, some: 1, 'concept-only': 0 };

export interface SearchOptions {
  lang?: string | string[];
  label?: string | string[];
  tactic?: string | string[];
  source?: string | string[];
  includeNoise?: boolean;
  /** Results returned with highlights (default 50); `total` and facets count all matches. */
  limit?: number;
}

export interface MatchSpan {
  term: string;
  start: number;
  end: number;
}

export interface SearchHit {
  id: string;
  score: number;
  tier: MatchTier;
  phrase: boolean;
  doc: StoredDoc;
  matches: MatchSpan[];
  concepts: string[];
  copies: string[];
}

export type FacetCounts = Record<string, number>;
export interface Facets {
  label: FacetCounts;
  tactic: FacetCounts;
  lang: FacetCounts;
  source: FacetCounts;
}

export interface SearchResponse {
  query: string;
  /** How the query was understood: words with their index terms, and the concepts it names. */
  analysis: { lang: AnalyzedQuery['lang']; words: Array<{ surface: string; terms: string[] }>; concepts: string[] };
  results: SearchHit[];
  total: number;
  facets: Facets;
  /** Matches left out because they are noise (0 when includeNoise). */
  hiddenNoise: number;
}

/**
 * In a browser, build the lazily made tables (the Traditional → Simplified map behind `fold`, the
 * stemmers' code paths) in a task of their own right after the page script has started the index
 * download, so the first query does not pay for them once the index has arrived.
 */
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  setTimeout(() => {
    fold('債務人 錄音 Ｃａｌｌ');
    esStem('llamadas');
    enStem('calling');
  }, 0);
}

/** Defaults in one place. */
export const DEFAULT_SEARCH = {
  limit: 50,
  /** Boost of a concept term relative to a query word. */
  conceptBoost: 0.5,
  /** Concepts of generic words of the genre (debtor, collection): a little weight, little more. */
  broadConceptBoost: 0.05,
  /** A concept met only inside a longer form of another (`family` in "call the family"). */
  innerConceptBoost: 0.2,
  /** A concept an English word names only through the dictionary bridge (`harass` → 骚扰 → harassment). */
  bridgedConceptBoost: 0.35,
  /** BM25 length normalisation of the concept field (0: none; text keeps MiniSearch's 0.7). */
  conceptLengthNorm: 0.5,
  /** Fuzzy edit fraction (at most one edit) for Latin words of ≥ 6 letters not in the index; never for Han or Hangul. */
  latinFuzzy: 0.2,
  /** Top-N window and the places the query's own language may take in it while others have full matches. */
  diversityWindow: 10,
  ownLanguageCap: 6,
  /** Places in that window kept for each language that has full matches. */
  minPerLanguage: 2,
  /** A language with no full match keeps one place for a partial match covering this share of the query (0: off). */
  partialCoverage: 0.5,
  /**
   * Concept centrality, for passages that meet some query word only through a concept (where dozens
   * of passages otherwise tie on a concept term): a passage the tagger gave the concept's tactic code
   * (`tactics`; `mentions` count half) gains this share of its score ...
   */
  centralBoost: 0.5,
  /** ... and at equal evidence a short passage outranks a long one: score × (average text length / length)^this
   * (off: 0.1–0.4 cost blind2 english and concept recall in tuning). */
  conceptDensity: 0,
  /** Partial matches: words weigh by specificity (log inverse share of matches)^this; 0 = all words alike. */
  specificCoverage: 1,
  /** Ties of tier and coverage: a score is divided by (its language's best score in that tier)^this (0: raw BM25 across languages). */
  languageNormalisation: 0.5,
} as const;

/** Ranking knobs (defaults above), for tuning and tests. */
export type SearchTuning = { [K in Exclude<keyof typeof DEFAULT_SEARCH, 'limit'>]?: number };

/**
 * Does a passage match a query word literally? Through the word itself or its stems; for a known
 * Chinese word met only through its sub-words, those must cover the word, save one character of a
 * word of four or more (`爆通讯录` segmented as 爆/通讯录 counts, `第三方` met only by `第三` does not).
 */
export function literalMatch(g: QueryGroup, matched: Set<string>): boolean {
  let any = false;
  for (const t of g.terms.keys()) {
    if (!matched.has(t) || g.bridged?.has(t) || isDictTerm(t)) continue;
    if (g.script !== 'han' || g.core.size === 0 || g.core.has(t)) return true;
    any = true;
  }
  if (!any) return false;
  const covered = new Array<boolean>(g.surface.length).fill(false);
  for (const t of g.terms.keys()) {
    if (!matched.has(t)) continue;
    for (let i = g.surface.indexOf(t); i >= 0; i = g.surface.indexOf(t, i + 1)) covered.fill(true, i, i + t.length);
  }
  const missing = covered.filter((c) => !c).length;
  return missing === 0 || (missing === 1 && g.surface.length >= 4);
}

const bucket = (lang: string): string => (lang.startsWith('zh') ? 'zh' : lang);
const asList = (v: string | string[] | undefined): string[] | null => (v === undefined || v === '' ? null : Array.isArray(v) ? (v.length ? v : null) : [v]);

export class SearchEngine {
  readonly index: SerializedIndex;
  private readonly ms: FlatIndex;
  private readonly docs = new Map<string, StoredDoc>();
  private readonly vocab: QueryVocabulary;
  private readonly latin: Set<string>;
  private readonly concepts: Map<string, CompiledConcept>;
  private readonly phraseCache = new Map<string, string>();
  /** Text-field length (analysed terms) per passage id, and its average: the concept density signal. */
  private readonly textLength = new Map<string, number>();
  private readonly avgTextLength: number;

  constructor(index: SerializedIndex) {
    if (index.format !== INDEX_FORMAT) throw new Error(`not a search index (format ${String(index.format)})`);
    if (index.version !== INDEX_VERSION)
      throw new Error(`search index version ${index.version}, this engine reads ${INDEX_VERSION}: rebuild it (npm run search -- --build)`);
    this.index = index;
    this.ms = new FlatIndex(index.minisearch as MiniSearchJSON);
    for (const d of index.docs) this.docs.set(d.id, d);
    this.latin = new Set(index.vocabulary.latin);
    this.vocab = { han: new Set(index.vocabulary.han), hanList: index.vocabulary.han, hangul: index.vocabulary.hangul, es: new Set(index.vocabulary.es), ...(index.bridge ? { bridge: index.bridge } : {}) };
    this.concepts = new Map(index.concepts.map((c) => [c.id, c]));
    const ms = index.minisearch as MiniSearchJSON;
    const tf = ms.fieldIds.text;
    for (const [short, id] of Object.entries(ms.documentIds)) this.textLength.set(String(id), ms.fieldLength[short]?.[tf] ?? 0);
    this.avgTextLength = ms.averageFieldLength[tf] || 1;
  }

  /**
   * How central the query's concepts are to a passage that meets the query (partly) through them:
   * the share of its specific matched concepts the tagger coded on it (`tactics` 1, `mentions` ½),
   * and its length against the average (shorter = denser, at equal evidence). Returns the factor
   * applied to its score; 1 when no concept decides the match. Reads only what both the whole index
   * and the sharded one hold (tactic codes, field lengths), so both rank alike.
   */
  centrality(doc: StoredDoc, matchedConcepts: AnalyzedQuery['concepts'], opts: { centralBoost: number; conceptDensity: number }): number {
    const specific = matchedConcepts.filter((c) => !c.broad && !c.inner);
    if (!specific.length) return 1;
    let coded = 0;
    for (const c of specific) coded += doc.tactics.includes(c.id) ? 1 : doc.mentions.includes(c.id) ? 0.5 : 0;
    const len = Math.max(this.textLength.get(doc.id) ?? this.avgTextLength, 8);
    return (1 + (opts.centralBoost * coded) / specific.length) * Math.pow(this.avgTextLength / len, opts.conceptDensity);
  }

  static fromJSON(json: string | SerializedIndex): SearchEngine {
    return new SearchEngine(typeof json === 'string' ? (JSON.parse(json) as SerializedIndex) : json);
  }

  get size(): number {
    return this.docs.size;
  }

  doc(id: string): StoredDoc | undefined {
    return this.docs.get(id);
  }

  /** How a query is understood (groups of terms, concepts), without searching. */
  analyze(query: string): AnalyzedQuery {
    return analyzeQuery(query, this.vocab, this.index.concepts);
  }

  search(query: string, options: SearchOptions & SearchTuning = {}): SearchResponse {
    const opts = { ...DEFAULT_SEARCH, ...options };
    const aq = this.analyze(query);
    const empty: SearchResponse = {
      query,
      analysis: this.describe(aq),
      results: [],
      total: 0,
      facets: { label: {}, tactic: {}, lang: {}, source: {} },
      hiddenNoise: 0,
    };
    if (aq.groups.length === 0) return empty;

    // Term weights: a word's terms (max over groups), concept terms at a lower boost; Sino-Korean
    // bridge terms live in a field of their own.
    const textWeight = new Map<string, number>();
    const sinoWeight = new Map<string, number>();
    const glossWeight = new Map<string, number>();
    for (const g of aq.groups)
      for (const [t, w] of g.terms) {
        const m = isSinoTerm(t) ? sinoWeight : isGlossTerm(t) ? glossWeight : textWeight;
        m.set(t, Math.max(w, m.get(t) ?? 0));
      }
    const conceptWeight = new Map<string, number>();
    for (const c of aq.concepts)
      conceptWeight.set(conceptTerm(c.id), c.inner ? opts.innerConceptBoost : c.broad ? opts.broadConceptBoost : c.bridged ? opts.bridgedConceptBoost : opts.conceptBoost);

    const queries: FlatSubQuery[] = [];
    if (textWeight.size)
      queries.push({
        terms: [...textWeight.keys()],
        fields: ['text'],
        boostTerm: (t: string) => textWeight.get(t) ?? 1,
        fuzzy: (t: string) => /^[\p{Script=Latin}]{6,}$/u.test(t) && !this.latin.has(t) && opts.latinFuzzy > 0,
      });
    if (sinoWeight.size)
      queries.push({ terms: [...sinoWeight.keys()], fields: [SINO_FIELD], boostTerm: (t: string) => sinoWeight.get(t) ?? 1 });
    if (glossWeight.size)
      queries.push({ terms: [...glossWeight.keys()], fields: [GLOSS_FIELD], boostTerm: (t: string) => glossWeight.get(t) ?? 1 });
    if (conceptWeight.size)
      queries.push({
        terms: [...conceptWeight.keys()],
        fields: ['concepts'],
        boostTerm: (t: string) => conceptWeight.get(t) ?? 1,
        // A passage's concept strength does not fade because it carries other concepts too.
        b: opts.conceptLengthNorm,
      });
    if (!queries.length) return empty;
    const raw = this.ms.search(queries);

    // Groups that can match at all (some term in the index) or that a specific concept covers.
    // An English query's Latin words cannot match Spanish passages (see latinOk below): a word
    // found only among Spanish terms is no word the query can be required to match literally.
    const esOnly = (g: QueryGroup, t: string) => aq.lang === 'en' && g.script === 'latin' && (this.vocab.es?.has(t) ?? false);
    // Bridged terms are index terms by construction (the bridge is built from the Han vocabulary),
    // which the sharded index does not load for an English query.
    const matchable = aq.groups.map((g) => [...g.terms.keys()].some((t) => (g.bridged?.has(t) || (isDictTerm(t) ? this.ms.has(t) : this.hasTerm(t))) && !esOnly(g, t)));
    // A word a specific concept covers is covered only through a specific one: `还款能力` names
    // ability-to-pay (specific) and repayment (broad), and a passage about repaying in general does
    // not answer it. Broad concepts cover the words only they cover (generic words of the genre).
    const coveredBy = aq.groups.map(() => [] as string[]);
    const specificAt = aq.groups.map((_, i) => aq.concepts.some((c) => !c.broad && c.covers.includes(i)));
    for (const c of aq.concepts) for (const i of c.covers) if (!c.broad || !specificAt[i]) coveredBy[i].push(conceptTerm(c.id));
    // Concepts met inside a longer form ("amenazar" and "demandar" inside "amenazar con demandar"):
    // a passage naming them all is no full match, but covers those words among partial matches.
    const partlyBy = aq.groups.map(() => [] as string[]);
    for (const c of aq.concepts) if (c.inner) for (const i of c.parts ?? []) partlyBy[i].push(conceptTerm(c.id));
    const relevant = aq.groups.map((_, i) => matchable[i] || coveredBy[i].length > 0);
    // Words a full match needs: generic words of the genre (covered only by broad concepts) are
    // optional, unless they are all the query has.
    const generic = aq.generic ?? aq.groups.map(() => false);
    let required = relevant.map((r, i) => r && !generic[i]);
    if (!required.some(Boolean)) required = relevant;
    const nRelevant = required.filter(Boolean).length;

    // (The word's own terms: what it reaches through the bridge is no false friend.)
    const latinTerms = new Set(aq.groups.filter((g) => g.script === 'latin').flatMap((g) => [...g.terms.keys()].filter((t) => !g.bridged?.has(t) && !isDictTerm(t))));
    // An English query's words found in a Spanish passage are false friends (`firm` / `firmaron`);
    // the reverse is kept, as short Spanish passages are sometimes identified as English.
    const latinOkFor = (doc: StoredDoc) => !(aq.lang === 'en' && doc.lang === 'es');
    const isLit = (i: number, matched: Set<string>, latinOk: boolean) => (aq.groups[i].script !== 'latin' || latinOk) && literalMatch(aq.groups[i], matched);
    // Chinese terms the word reaches through the bridge (its concept entries act as query concepts, if at all).
    const bridgedAt = aq.groups.map((g) => [...(g.bridged ? [...g.bridged].filter((t) => !isBridgeConcept(t)) : []), ...(g.sino ?? [])]);
    const isCov = (i: number, matched: Set<string>, lit: boolean) => lit || coveredBy[i].some((t) => matched.has(t)) || bridgedAt[i].some((t) => matched.has(t));
    // Specificity of each required word: how few of the matching passages meet it (literally or
    // through a concept). Among partial matches a passage meeting the query's distinctive word
    // ("分期" in 分期偿还欠款) ranks above one meeting only its common ones (偿还, 欠款). Counted over
    // the matches themselves, so the sharded index (same postings) weighs words alike.
    const df = aq.groups.map(() => 0);
    if (opts.specificCoverage > 0)
      for (const r of raw) {
        const doc = this.docs.get(String(r.id));
        if (!doc) continue;
        const matched = new Set(r.queryTerms);
        const ok = latinOkFor(doc);
        aq.groups.forEach((_, i) => {
          if (required[i] && isCov(i, matched, isLit(i, matched, ok))) df[i]++;
        });
      }
    const n = Math.max(this.docs.size, 1);
    const wordWeight = aq.groups.map((_, i) => (required[i] ? Math.pow(Math.log(1 + n / (1 + df[i])), opts.specificCoverage) : 0));
    const totalWeight = wordWeight.reduce((a, b) => a + b, 0) || 1;
    const meanWeight = nRelevant > 0 ? totalWeight / nRelevant : 1;
    const scored: Array<SearchHit & { rank: number[] }> = [];
    for (const r of raw) {
      const doc = this.docs.get(String(r.id));
      if (!doc) continue;
      const matched = new Set(r.queryTerms);
      let literal = 0;
      let covered = 0;
      let extra = 0;
      let partly = 0;
      let weighted = 0;
      const latinOk = latinOkFor(doc);
      aq.groups.forEach((g, i) => {
        if (!relevant[i]) return;
        const lit = isLit(i, matched, latinOk);
        const cov = isCov(i, matched, lit);
        if (!required[i]) {
          if (cov) extra++;
          return;
        }
        if (lit) literal++;
        if (cov) (covered++, (weighted += wordWeight[i]));
        else if (partlyBy[i].some((t) => matched.has(t))) (partly++, (weighted += wordWeight[i]));
      });
      // Score without the English query's Latin words in a Spanish passage (false friends), so that
      // such a passage ranks by its concepts like any other passage in another language.
      let score = r.score;
      if (!latinOk && latinTerms.size) {
        let sum = 0;
        let n = 0;
        for (const [t, v] of r.parts) if (!latinTerms.has(t)) (sum += v), n++;
        score = sum * (n || 1);
      }
      // Partial matches rank by the share of required words they cover, literally or through a
      // concept the query names (a passage meeting two of three words only through concepts ranks
      // above one meeting a single word literally); generic words only break ties.
      const tier: MatchTier =
        nRelevant > 0 && literal === nRelevant
          ? 'all'
          : nRelevant > 0 && covered === nRelevant
            ? 'all-with-concepts'
            : covered > 0 || partly > 0 || extra > 0
              ? 'some'
              : 'concept-only';
      const coverage = nRelevant > 0 ? (weighted + (extra * meanWeight) / (aq.groups.length + 1)) / totalWeight : 0;
      // A passage that matched no query word literally cannot hold the phrase: skip folding it.
      const phrase = literal > 0 && this.hasPhrase(doc, aq.phrase);
      const matchedConcepts = aq.concepts.filter((c) => matched.has(conceptTerm(c.id)));
      const concepts = matchedConcepts.map((c) => c.id);
      // Passages that need a concept to meet the query: rank by how central the concept is to them.
      if (tier !== 'all' && covered > literal) score *= this.centrality(doc, matchedConcepts, opts);
      else if (tier === 'concept-only') score *= this.centrality(doc, matchedConcepts, opts);
      scored.push({
        id: doc.id,
        score,
        tier,
        phrase,
        doc,
        matches: [],
        concepts,
        copies: doc.copies,
        rank: [aq.quoted && phrase ? 1 : 0, TIER_RANK[tier], coverage, phrase ? 1 : 0, score],
      });
    }
    // BM25 scores of different languages are not comparable: a Chinese passage meeting a Korean query
    // through concepts scores a tenth of a Korean one meeting the same words literally. Where tier and
    // coverage tie, each score is divided by (the best score of its language in its tier)^this, so
    // languages meet halfway; order within a language is unchanged.
    if (opts.languageNormalisation > 0) {
      const key = (h: (typeof scored)[number]) => `${bucket(h.doc.lang)}|${h.tier}`;
      const best = new Map<string, number>();
      for (const h of scored) best.set(key(h), Math.max(best.get(key(h)) ?? 0, h.score));
      for (const h of scored) h.rank[4] = h.score / Math.pow(best.get(key(h)) || 1, opts.languageNormalisation);
    }
    scored.sort((a, b) => {
      for (let k = 0; k < a.rank.length; k++) if (a.rank[k] !== b.rank[k]) return b.rank[k] - a.rank[k];
      return a.id < b.id ? -1 : 1;
    });

    // Filters, noise and facets (each facet ignores its own filter).
    const filters = {
      lang: asList(opts.lang),
      label: asList(opts.label),
      tactic: asList(opts.tactic),
      source: asList(opts.source),
    };
    const pass = (d: StoredDoc, skip?: keyof typeof filters): boolean =>
      (skip === 'lang' || !filters.lang || filters.lang.includes(d.lang)) &&
      (skip === 'label' || !filters.label || filters.label.includes(d.label)) &&
      (skip === 'tactic' || !filters.tactic || filters.tactic.some((t) => d.tactics.includes(t) || d.mentions.includes(t))) &&
      (skip === 'source' || !filters.source || filters.source.includes(d.source));
    const showNoise = opts.includeNoise || (filters.label?.includes('noise') ?? false);
    const visible = (d: StoredDoc) => showNoise || d.label !== 'noise';
    const facets: Facets = { label: {}, tactic: {}, lang: {}, source: {} };
    const inc = (f: FacetCounts, k: string) => (f[k] = (f[k] ?? 0) + 1);
    let hiddenNoise = 0;
    const kept: typeof scored = [];
    for (const h of scored) {
      const d = h.doc;
      if (pass(d, 'label')) inc(facets.label, d.label);
      if (!visible(d)) {
        if (pass(d)) hiddenNoise++;
        continue;
      }
      if (pass(d, 'lang')) inc(facets.lang, d.lang);
      if (pass(d, 'source')) inc(facets.source, d.source);
      if (pass(d, 'tactic')) for (const t of new Set([...d.tactics, ...d.mentions])) inc(facets.tactic, t);
      if (pass(d)) kept.push(h);
    }

    const ranked = this.diversify(kept, aq, opts.diversityWindow, opts.ownLanguageCap, opts.minPerLanguage, opts.partialCoverage);
    const results = ranked.slice(0, opts.limit).map(({ rank: _rank, ...hit }) => ({ ...hit, matches: this.highlight(hit.doc, aq, hit.concepts) }));
    return { query, analysis: this.describe(aq), results, total: kept.length, facets, hiddenNoise };
  }

  /** Spans of `doc.text` that match the query's words or the forms of the given concepts. */
  highlight(doc: StoredDoc, aq: AnalyzedQuery, conceptIds: string[]): MatchSpan[] {
    const terms = new Set<string>();
    for (const g of aq.groups) for (const t of g.terms.keys()) terms.add(t);
    const concepts = conceptIds.map((id) => this.concepts.get(id)).filter((c): c is CompiledConcept => !!c);
    const folded = this.folded(doc);
    const han = concepts.length ? hanRuns(folded).map((r) => r.text).join('|') : '';
    const zhForms = new Set<string>();
    for (const c of concepts) for (const f of c.zh) if (han.includes(f)) zhForms.add(f);
    const hanVocab = new Set<string>([...zhForms, ...[...terms].filter((t) => /\p{Script=Han}/u.test(t))]);
    // Latin words are stemmed only when they may yield a wanted term (a query term or a term of a
    // form of the matched concepts); ^prefix and =word patterns are compared without their mark.
    const latinPrefixes = new Set<string>();
    const wanted = (t: string) => {
      const bare = t.startsWith('^') || t.startsWith('=') ? t.slice(1) : t;
      if (/^[\p{Script=Latin}\p{N}]/u.test(bare)) latinPrefixes.add(latinPrefix(bare));
    };
    for (const t of terms) wanted(t);
    for (const c of concepts) for (const l of ['es', 'en'] as const) for (const form of c[l]) for (const w of form) w.forEach(wanted);
    const tokens = analyze(doc.text, doc.lang, { hanWords: hanVocab, latinPrefixes, folded });
    // Non-Han words (tokens sharing a span) with their terms and raw key, built only when concept
    // forms are to be marked: the raw key folds each word again, the costliest part of highlighting.
    const patterns: WordTerms[] = [];
    const wordAt = new Map<string, Set<string>>();
    if (concepts.length) {
      const words = wordSets(tokens, doc.text);
      let k = -1;
      let last = '';
      for (const t of tokens) {
        if (/\p{Script=Han}/u.test(t.term)) continue;
        const key = `${t.start}:${t.end}`;
        if (key !== last) (k++, (last = key));
        wordAt.set(key, words[k]);
      }
      const latin: Array<'es' | 'en'> = doc.lang === 'es' ? ['es'] : doc.lang === 'en' || doc.lang === 'und' ? ['es', 'en'] : [];
      for (const c of concepts) for (const l of ['ko', ...latin] as const) for (const form of c[l]) if (formNear(form, words)) patterns.push(...form);
    }
    const spans: MatchSpan[] = [];
    for (const t of tokens) {
      const hit =
        terms.has(t.term) ||
        zhForms.has(t.term) ||
        (patterns.length > 0 && !/\p{Script=Han}/u.test(t.term) && patterns.some((w) => wordMatches(w, wordAt.get(`${t.start}:${t.end}`) ?? new Set([t.term]))));
      if (!hit) continue;
      if (spans.some((s) => s.start === t.start && s.end === t.end)) continue;
      spans.push({ term: t.term, start: t.start, end: t.end });
    }
    return spans;
  }

  private hasTerm(t: string): boolean {
    if (/\p{Script=Han}/u.test(t)) return this.vocab.han.has(t);
    if (/[\uac00-\ud7a3]/.test(t)) return this.hangulSet().has(t);
    return this.latin.has(t);
  }

  private hangulCache: Set<string> | null = null;
  private hangulSet(): Set<string> {
    return (this.hangulCache ??= new Set(this.vocab.hangul));
  }

  private foldCache = new Map<string, string>();
  /** `fold(doc.text)`, computed once per passage (highlighting and phrase checks both need it). */
  private folded(doc: StoredDoc): string {
    let f = this.foldCache.get(doc.id);
    if (f === undefined) {
      const nfc = doc.text.normalize('NFC');
      f = fold(nfc.length === doc.text.length ? nfc : doc.text);
      this.foldCache.set(doc.id, f);
    }
    return f;
  }

  private hasPhrase(doc: StoredDoc, phrase: string): boolean {
    if (!phrase) return false;
    let key = this.phraseCache.get(doc.id);
    if (key === undefined) {
      key = ` ${phraseKeyFolded(this.folded(doc))} `;
      this.phraseCache.set(doc.id, key);
    }
    return /\p{Script=Han}/u.test(phrase) ? key.includes(phrase) : key.includes(` ${phrase} `);
  }

  /**
   * Language balance in the first `window` places: every language with full matches (tier `all`
   * or `all-with-concepts`) gets at least `minPerLanguage` of them, and the query's own language
   * takes at most `cap` while other languages still have full matches. Order is otherwise kept.
   */
  private diversify<T extends SearchHit & { rank: number[] }>(hits: T[], aq: AnalyzedQuery, window: number, cap: number, minPerLanguage: number, partialCoverage: number): T[] {
    const own = aq.lang;
    const isFull = (h: T) => h.tier === 'all' || h.tier === 'all-with-concepts';
    // A language without full matches still gets one place for its best partial match that covers
    // at least `partialCoverage` of the query (a Chinese passage meeting two of three words of a
    // Korean query is worth more than the Korean query language's eighth full match).
    const fullLangs = new Set(hits.filter(isFull).map((h) => bucket(h.doc.lang)));
    const strongPartial = (h: T) => partialCoverage > 0 && h.tier === 'some' && h.rank[2] >= partialCoverage && !fullLangs.has(bucket(h.doc.lang));
    const full = (h: T) => isFull(h) || strongPartial(h);
    const need = new Map<string, number>();
    for (const h of hits) if (full(h)) need.set(bucket(h.doc.lang), Math.min(isFull(h) ? minPerLanguage : 1, (need.get(bucket(h.doc.lang)) ?? 0) + 1));
    if (need.size < 2) return hits;
    const taken = new Map<string, number>();
    const out: T[] = [];
    const rest = [...hits];
    while (out.length < window && rest.length) {
      const slots = window - out.length;
      let unmet = 0;
      for (const [b, n] of need) unmet += Math.max(0, n - (taken.get(b) ?? 0));
      const othersLeft = rest.some((h) => full(h) && bucket(h.doc.lang) !== own);
      let i = rest.findIndex((h) => {
        const b = bucket(h.doc.lang);
        if (b === own && (taken.get(b) ?? 0) >= cap && othersLeft) return false;
        if (unmet >= slots && !(full(h) && (taken.get(b) ?? 0) < (need.get(b) ?? 0))) return false;
        return true;
      });
      if (i < 0) i = 0;
      const [h] = rest.splice(i, 1);
      taken.set(bucket(h.doc.lang), (taken.get(bucket(h.doc.lang)) ?? 0) + 1);
      out.push(h);
    }
    return out.concat(rest);
  }

  private describe(aq: AnalyzedQuery): SearchResponse['analysis'] {
    return {
      lang: aq.lang,
      words: aq.groups.map((g) => ({ surface: g.surface, terms: [...g.terms.keys()] })),
      concepts: aq.concepts.map((c) => c.id),
    };
  }
}
