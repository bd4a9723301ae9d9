import { describe, it, expect } from 'vitest';
import { englishCognates, cognateStems, glossTerm } from '../../src/search/cognates';
import { buildIndex } from '../../src/search/build';
import { SearchEngine } from '../../src/search/engine';
import { registerJieba } from '../../src/search/jieba-node';
import { loadHanjaReading } from '../../src/search/hanja-node';
import { passageMaker } from './fixture';

describe('Spanish → English cognates', () => {
  it('rewrites regular suffixes and the es- prefix, plural or not', () => {
    expect(englishCognates('militares')).toContain('military');
    expect(englishCognates('información')).toContain('information');
    expect(englishCognates('identidad')).toContain('identity');
    expect(englishCognates('estrategia')).toContain('strategy');
    expect(englishCognates('evaluar')).toContain('evaluate');
    expect(englishCognates('servicios')).toContain('service');
    // A word with no regular ending stays as it is; short words yield nothing.
    expect(englishCognates('moral')).toEqual(['moral']);
    expect(englishCognates('con')).toEqual([]);
  });

  it('lets a Spanish word reach a Chinese passage through the gloss of a word it is a cognate of, as a concept-like match', () => {
    registerJieba();
    const mk = passageMaker();
    const passages = [mk('zh-war', 'zh-Hans', '催款也讲兵法。'), mk('zh-other', 'zh-Hans', '客户按时还款。'), mk('es-lit', 'es', 'Tácticas militares para cobrar.')];
    const file = { version: 1, segmentation: [], concepts: [] } as never;
    const lookup = (w: string) => (w === '兵法' ? ['art of war', 'military strategy and tactics'] : []);
    const engine = new SearchEngine(buildIndex(passages, file, { bridge: lookup, hanja: false }));
    expect(cognateStems('militares').map(glossTerm)).toContain('e:militari');
    const res = engine.search('militares');
    expect(res.results.map((r) => [r.id, r.tier])).toEqual([
      ['es-lit', 'all'],
      ['zh-war', 'all-with-concepts'],
    ]);
    // Without the dictionary, only the Spanish passage.
    expect(new SearchEngine(buildIndex(passages, file)).search('militares').results.map((r) => r.id)).toEqual(['es-lit']);
  });

  it('lets a Chinese word reach a Spanish passage whose word is a cognate of an English word glossing it', () => {
    registerJieba();
    const mk = passageMaker();
    const passages = [mk('zh-cut', 'zh-Hans', '贷款额度被削减。'), mk('es-cut', 'es', 'El monto fue muy reducido.'), mk('es-other', 'es', 'El cliente pagó a tiempo.')];
    const file = { version: 1, segmentation: [], concepts: [] } as never;
    const lookup = (w: string) => (w === '削减' ? ['to reduce', 'to cut down'] : []);
    const engine = new SearchEngine(buildIndex(passages, file, { bridge: lookup, hanja: false }));
    expect(engine.search('削减').results.map((r) => [r.id, r.tier])).toEqual([
      ['zh-cut', 'all'],
      ['es-cut', 'all-with-concepts'],
    ]);
  });

  it('lets a Korean word reach that Spanish passage through the Sino-Korean reading of the Chinese word', () => {
    registerJieba();
    const mk = passageMaker();
    const passages = [mk('zh-cut', 'zh-Hans', '贷款额度被削减。'), mk('es-cut', 'es', 'El monto fue muy reducido.'), mk('es-other', 'es', 'El cliente pagó a tiempo.')];
    const file = { version: 1, segmentation: [], concepts: [] } as never;
    const lookup = (w: string) => (w === '削减' ? ['to reduce', 'to cut down'] : []);
    const ko = (hanja: ReturnType<typeof loadHanjaReading> | false) =>
      new SearchEngine(buildIndex(passages, file, { bridge: lookup, hanja })).search('삭감').results.map((r) => [r.id, r.tier]).sort();
    expect(ko(loadHanjaReading())).toEqual([
      ['es-cut', 'all-with-concepts'],
      ['zh-cut', 'all-with-concepts'],
    ]);
    expect(ko(false)).toEqual([]);
  });
});
