import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { QueryWordsFile } from '../../src/search/query-words';
import { loadQueryWords, queryWordsModule, QUERY_WORDS_MODULE } from '../../src/search/load-query-words';
import { analyzeQuery } from '../../src/search/query';
import { compileConcepts } from '../../src/search/compile';
import { loadConcepts } from '../../src/search/load-concepts';

const file = loadQueryWords();

describe('content/lexicon/query-words.yml', () => {
  it('is what the browser reads: the generated module matches the YAML (regenerate with `npx tsx src/search/load-query-words.ts --write`)', () => {
    expect(readFileSync(QUERY_WORDS_MODULE, 'utf8')).toBe(queryWordsModule(file));
  });

  it('has stop words for Chinese and Korean and light words for every query language', () => {
    for (const words of [file.stop['zh-Hans'], file.stop.ko, file.light.en, file.light.es, file.light.ko, file.light['zh-Hans']]) expect(words.length).toBeGreaterThan(5);
  });
});

describe('query word schema', () => {
  const ok = { version: 1, stop: { 'zh-Hans': ['我'], ko: ['왜'] }, light: { en: ['using'], es: ['usando'], ko: ['방법'], 'zh-Hans': ['方法'] } };
  it('accepts a minimal file', () => {
    expect(QueryWordsFile.safeParse(ok).success).toBe(true);
  });
  it.each([
    ['a duplicate word', { ...ok, light: { ...ok.light, en: ['using', 'using'] } }, /duplicate word using/],
    ['an accented or capitalised Latin word (never met: queries compare lower case, accent-free)', { ...ok, light: { ...ok.light, es: ['través'] } }, /not a es word/],
    ['a word in the wrong script', { ...ok, stop: { ...ok.stop, ko: ['我'] } }, /not a ko word/],
    ['an unknown list', { ...ok, light: { ...ok.light, fr: ['utiliser'] } }, /Unrecognized key/],
  ])('rejects %s', (_name, data, message) => {
    const r = QueryWordsFile.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });
});

describe('the lists in query analysis', () => {
  const concepts = compileConcepts(loadConcepts());
  const vocab = { han: new Set(['他们', '威胁', '家人', '寻找', '弱点']), hanList: ['他们', '威胁', '家人', '寻找', '弱点'], hangul: [] };
  it('drops a listed function word unless the query has nothing else', () => {
    expect(analyzeQuery('他们威胁家人', vocab, concepts).groups.map((g) => g.surface)).toEqual(['威胁', '家人']);
    expect(analyzeQuery('他们', vocab, concepts).groups.map((g) => g.surface)).toEqual(['他们']);
  });
  it('drops English and Spanish query function words the index keeps, but not negations', () => {
    const latin = { ...vocab, han: new Set<string>(), hanList: [] };
    expect(analyzeQuery('why the debtor must still pay', latin, concepts).groups.map((g) => g.surface)).toEqual(['debtor', 'pay']);
    expect(analyzeQuery("debtor won't pay", latin, concepts).groups.map((g) => g.surface)).toEqual(['debtor', "won't", 'pay']);
    expect(analyzeQuery('llamar después de cada pago', latin, concepts).groups.map((g) => g.surface)).toEqual(['llamar', 'pago']);
  });
  it('keeps a light word but makes it optional (generic) when no specific concept covers it', () => {
    const aq = analyzeQuery('寻找弱点', vocab, [...concepts]);
    expect(aq.groups.map((g) => g.surface)).toEqual(['寻找', '弱点']);
    expect(aq.generic[0]).toBe(true);
    const en = analyzeQuery('using the press', { ...vocab, han: new Set(), hanList: [] }, concepts);
    expect(en.groups[0].surface).toBe('using');
    expect(en.generic[0]).toBe(true);
  });
});
