import { describe, it, expect } from 'vitest';
import MiniSearch from 'minisearch';
import { FlatIndex, oneEditApart, type MiniSearchJSON } from '../../src/search/flat';
import { findWords } from '../../src/analyzer/index';

const SEP = '\u0001';
const OPTIONS = { fields: ['text', 'concepts'], idField: 'id', tokenize: (s: string) => (s ? s.split(SEP) : []), processTerm: (t: string) => t };
const DOCS = [
  { id: 'a', text: ['cobrador', 'llam', 'famili', 'llam'].join(SEP), concepts: ['c:third-party-pressure', 'c:third-party-pressure'].join(SEP) },
  { id: 'b', text: ['催收', '家人', '电话', '催收', '催收'].join(SEP), concepts: 'c:third-party-pressure' },
  { id: 'c', text: ['방문', '고객', '집'].join(SEP), concepts: 'c:home-visit' },
  { id: 'd', text: ['visit', 'debtor', 'employer', 'threaten'].join(SEP), concepts: '' },
  { id: 'e', text: ['employers', 'plan', 'payment', 'plan'].join(SEP), concepts: 'c:payment-plan' },
];

function both(text: string[], concepts: string[], fuzzy: (t: string) => boolean = () => false) {
  const ms = new MiniSearch(OPTIONS);
  ms.addAll(DOCS);
  const boost = (t: string) => (t.startsWith('c:') ? 0.5 : t.length % 2 ? 1 : 0.6);
  const queries: Array<Record<string, unknown>> = [];
  if (text.length) queries.push({ queries: [text.join(SEP)], fields: ['text'], boostTerm: boost, fuzzy: (t: string) => (fuzzy(t) ? 0.2 : false), maxFuzzy: 1 });
  if (concepts.length) queries.push({ queries: [concepts.join(SEP)], fields: ['concepts'], boostTerm: boost });
  const expected = ms.search({ combineWith: 'OR', queries } as never).map((r) => ({ id: r.id, score: r.score, queryTerms: [...r.queryTerms].sort() }));
  const flat = new FlatIndex(JSON.parse(JSON.stringify(ms)) as MiniSearchJSON);
  const actual = flat
    .search([
      ...(text.length ? [{ terms: text, fields: ['text'], boostTerm: boost, fuzzy }] : []),
      ...(concepts.length ? [{ terms: concepts, fields: ['concepts'], boostTerm: boost }] : []),
    ])
    .map((r) => ({ ...r, queryTerms: [...r.queryTerms].sort() }));
  return { expected, actual };
}

describe('FlatIndex: MiniSearch scoring without loadJS', () => {
  it.each([
    ['several literal terms', ['催收', '家人', 'llam'], []],
    ['terms and a concept', ['famili', '방문'], ['c:third-party-pressure', 'c:home-visit']],
    ['concepts only', [], ['c:payment-plan', 'c:third-party-pressure']],
    ['a term in no document', ['nothing-here', '集'], []],
  ])('gives the scores and matched terms MiniSearch gives (%s)', (_name, text, concepts) => {
    const { expected, actual } = both(text as string[], concepts as string[]);
    expect(actual.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const e of expected) {
      const a = actual.find((r) => r.id === e.id)!;
      expect(a.score).toBeCloseTo(e.score, 10);
      expect(a.queryTerms).toEqual(e.queryTerms);
    }
  });

  it('matches an unknown word one edit away when fuzzy, as MiniSearch does', () => {
    const { expected, actual } = both(['employerz', 'plam'], [], (t) => t.length >= 6);
    expect(actual.map((r) => r.id).sort()).toEqual(['d', 'e']);
    expect(actual.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const e of expected) expect(actual.find((r) => r.id === e.id)!.score).toBeCloseTo(e.score, 10);
  });

  it('refuses an index serialised in another format', () => {
    expect(() => new FlatIndex({ serializationVersion: 1 } as MiniSearchJSON)).toThrow(/version/);
  });
});

describe('oneEditApart and findWords', () => {
  it.each([
    ['amenaza', 'amenazas', true],
    ['amenaza', 'amenaxa', true],
    ['amenaza', 'menaza', true],
    ['amenaza', 'amenaza', false],
    ['amenaza', 'amenazado', false],
    ['llamar', 'llenar', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
    expect(oneEditApart(b, a)).toBe(expected);
  });

  it('marks the longest of overlapping words, leftmost first, and every occurrence', () => {
    const pieces = findWords('他说暴力催收和催收电话都不行', ['催收', '暴力催收', '电话']);
    expect(pieces.map((p) => p.word)).toEqual(['暴力催收', '催收', '电话']);
    expect(pieces.map((p) => [p.start, p.end])).toEqual([[2, 6], [7, 9], [9, 11]]);
  });
});
