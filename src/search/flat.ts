/**
 * Query-time reader of a serialised MiniSearch index (`MiniSearch#toJSON()`, serialization
 * version 2) that scores straight from the plain object, without `MiniSearch.loadJS`.
 *
 * Why: `loadJS` rebuilds a radix tree and a `Map` per posting list from the whole index before
 * the first query can run (0.35–0.55 s for this corpus on the shared 2-core machine, the largest
 * single cost between the index download and the first result on /search/). The engine only ever
 * asks for exact index terms (its query analysis already expanded words into index terms), plus a
 * one-edit fuzzy match for unknown Latin words, so a term → posting-list lookup is all it needs.
 *
 * Scoring is MiniSearch 7's, reproduced exactly: BM25+ (k 1.2, b 0.7, d 0.5) per term and field,
 * times the term's boost, fuzzy matches weighted `0.45 · len / (len + distance)`, sub-queries
 * combined with OR (scores added), and the final score multiplied by the number of distinct query
 * terms matched. MiniSearch still builds the index (src/search/build.ts); tests/search/flat.test.ts
 * checks that both give the same results.
 */

/** The fields of `MiniSearch#toJSON()` this reader uses. */
export interface MiniSearchJSON {
  documentCount: number;
  documentIds: Record<string, string>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  index: Array<[string, Record<string, Record<string, number>>]>;
  serializationVersion: number;
}

export interface FlatSubQuery {
  /** Index terms (already analysed). */
  terms: string[];
  fields: string[];
  boostTerm?: (term: string) => number;
  /** Allow one-edit matches for this term (MiniSearch `fuzzy` with `maxFuzzy: 1`). */
  fuzzy?: (term: string) => boolean;
  /** BM25 length normalisation for these fields (MiniSearch's 0.7 when absent). */
  b?: number;
}

export interface FlatResult {
  id: string;
  score: number;
  /** Query terms that matched (MiniSearch `queryTerms`). */
  queryTerms: string[];
  /** Each matched query term's share of the score before the quality factor (sums to score / queryTerms.length). */
  parts: Map<string, number>;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const FUZZY_WEIGHT = 0.45;

/** True when `a` and `b` differ by exactly one insertion, deletion or substitution. */
export function oneEditApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1 || a === b) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class FlatIndex {
  private readonly postings: Map<string, Record<string, Record<string, number>>>;
  private readonly js: MiniSearchJSON;

  constructor(js: MiniSearchJSON) {
    if (js.serializationVersion !== 2) throw new Error(`MiniSearch serialization version ${js.serializationVersion} is not supported (2 expected)`);
    this.js = js;
    this.postings = new Map(js.index);
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Index terms one edit away from `term` (a linear scan; only used for rare unknown Latin words). */
  private near(term: string): string[] {
    const out: string[] = [];
    for (const t of this.postings.keys()) if (oneEditApart(term, t)) out.push(t);
    return out;
  }

  search(queries: FlatSubQuery[]): FlatResult[] {
    const acc = new Map<string, { score: number; terms: string[]; parts: Map<string, number> }>();
    const { documentCount, documentIds, fieldIds, fieldLength, averageFieldLength } = this.js;
    const add = (sourceTerm: string, derived: string, weight: number, fields: string[], b: number) => {
      const data = this.postings.get(derived);
      if (!data) return;
      for (const field of fields) {
        const fieldId = fieldIds[field];
        const freqs = data[fieldId];
        if (!freqs) continue;
        const docs = Object.keys(freqs);
        const idf = Math.log(1 + (documentCount - docs.length + 0.5) / (docs.length + 0.5));
        const avg = averageFieldLength[fieldId];
        for (const doc of docs) {
          const tf = freqs[doc];
          const len = fieldLength[doc][fieldId];
          const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - b + (b * len) / avg)));
          const r = acc.get(doc);
          if (r) {
            r.score += weight * raw;
            if (!r.terms.includes(sourceTerm)) r.terms.push(sourceTerm);
            r.parts.set(sourceTerm, (r.parts.get(sourceTerm) ?? 0) + weight * raw);
          } else acc.set(doc, { score: weight * raw, terms: [sourceTerm], parts: new Map([[sourceTerm, weight * raw]]) });
        }
      }
    };
    for (const q of queries) {
      for (const term of new Set(q.terms)) {
        if (!term) continue;
        const boost = q.boostTerm ? q.boostTerm(term) : 1;
        const b = q.b ?? BM25.b;
        add(term, term, boost, q.fields, b);
        if (q.fuzzy?.(term)) for (const t of this.near(term)) add(term, t, boost * ((FUZZY_WEIGHT * t.length) / (t.length + 1)), q.fields, b);
      }
    }
    const out: FlatResult[] = [];
    for (const [doc, r] of acc) out.push({ id: documentIds[doc], score: r.score * (r.terms.length || 1), queryTerms: r.terms, parts: r.parts });
    return out.sort((a, b) => b.score - a.score);
  }
}
