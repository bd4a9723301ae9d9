import { describe, it, expect } from 'vitest';
import { readableWords, sinoPairs, sinoTerm } from '../../src/search/sino-korean';
import { loadHanjaReading } from '../../src/search/hanja-node';
import { buildIndex } from '../../src/search/build';
import { SearchEngine } from '../../src/search/engine';
import { registerJieba } from '../../src/search/jieba-node';
import { passageMaker } from './fixture';

const docs = (...ids: number[]) => new Set(ids);

describe('Sino-Korean bridge: which Chinese words are read', () => {
  const reading = (h: string) => ({ 债权: '채권', 偿还: '상환', 自信: '자신', 自身: '자신', 资信: '자신', 中要: '중요', 钱: '전', 调查: '조사', 措辞: '조사' })[h] ?? null;
  const words = new Set(['债权', '偿还', '自信', '自身', '资信', '钱', '调查', '措辞']);
  const han = new Map([
    ['债权', docs(1, 2)],
    ['偿还', docs(3)],
    ['自信', docs(4, 5)],
    ['自身', docs(6, 7)],
    ['资信', docs(8)],
    ['中要', docs(9)],
    ['钱', docs(1)],
    ['调查', docs(1, 2, 3, 4, 5)],
    ['措辞', docs(6)],
  ]);

  it('reads dictionary words of two or more syllables, the dominant word of each reading only', () => {
    const kept = readableWords({ han, reading, isWord: (w) => words.has(w) }).map((p) => `${p.han}=${p.hangul}`);
    // 中要 is no dictionary word (a segmentation artefact); 钱 has one syllable.
    expect(kept).not.toContain('中要=중요');
    expect(kept).not.toContain('钱=전');
    // 자신: 自信 and 自身 are equally common, so the reading stands for neither; 调查 outnumbers 措辞 5 to 1.
    expect(kept.filter((k) => k.endsWith('=자신'))).toEqual([]);
    expect(kept).toContain('调查=조사');
    expect(kept).not.toContain('措辞=조사');
    expect(kept).toEqual(expect.arrayContaining(['债权=채권', '偿还=상환']));
  });

  it('pairs a read word with a Hangul index term only where the reading is one', () => {
    const hangul = new Map([['채권', docs(20)]]);
    expect(sinoPairs({ han, hangul, reading, isWord: (w) => words.has(w) })).toEqual([{ han: '债权', hangul: '채권' }]);
  });

  it('reads Simplified words through their Traditional forms, with the initial-sound rule', () => {
    const read = loadHanjaReading();
    expect(read('债权')).toBe('채권');
    expect(read('破产')).toBe('파산');
    // 敌 is also a rare Traditional character read 활; as the Simplified form of 敵 it is 적.
    expect(read('敌意')).toBe('적의');
    // 두음법칙: 老 (로) and 女 (녀) at the start of a word.
    expect(read('老人')).toBe('노인');
    expect(read('女性')).toBe('여성');
  });
});

describe('Sino-Korean bridge in the search', () => {
  registerJieba();
  const mk = passageMaker();
  const concept = (id: string, en: string[], ko: string[], es: string[], zh: string[]) => ({ id, kind: 'topic', gloss: id, forms: { en, ko, es, 'zh-Hans': zh, 'zh-Hant': [] }, broad: false, combos: [], includes: [] });
  const passages = [
    mk('zh-claim', 'zh-Hans', '银行应当依法保护债权。'),
    mk('zh-other', 'zh-Hans', '客户按时还款。'),
    mk('ko-claim', 'ko', '회사는 채권을 회수해야 합니다.'),
    mk('es-visit', 'es', 'Visitamos al cliente en su casa.'),
    mk('zh-visit', 'zh-Hans', '我们上门拜访客户。'),
  ];
  const file = { version: 1, segmentation: [], concepts: [concept('visit', ['visit'], ['방문'], ['visitar'], ['拜访'])] } as never;
  const glosses: Record<string, string[]> = { 债权: ['creditor\'s rights'], 拜访: ['to pay a visit'], 客户: ['client'], 银行: ['bank'], 保护: ['to protect'] };
  const lookup = (w: string) => glosses[w] ?? [];
  const hanja = loadHanjaReading();
  const engine = new SearchEngine(buildIndex(passages, file, { bridge: lookup, hanja }));

  it('indexes a Chinese passage under the readings of its words and a Korean one under the Chinese words of its terms', () => {
    const ms = engine.index.minisearch as { index: Array<[string, unknown]> };
    const terms = new Set(ms.index.map(([t]) => t));
    expect(terms.has(sinoTerm('채권'))).toBe(true);
    expect(terms.has(sinoTerm('债权'))).toBe(true);
  });

  it('lets a Korean word reach a Chinese passage, and a Chinese word a Korean one, as a concept-like match', () => {
    const ko = engine.search('채권');
    expect(ko.results.map((r) => [r.id, r.tier])).toEqual([
      ['ko-claim', 'all'],
      ['zh-claim', 'all-with-concepts'],
    ]);
    const zh = engine.search('债权');
    expect(zh.results.map((r) => [r.id, r.tier])).toEqual([
      ['zh-claim', 'all'],
      ['ko-claim', 'all-with-concepts'],
    ]);
  });

  it('reaches nothing across scripts when built without it', () => {
    const off = new SearchEngine(buildIndex(passages, file, { bridge: lookup, hanja: false }));
    expect(off.search('채권').results.map((r) => r.id)).toEqual(['ko-claim']);
  });

  it('lets an English word reach a Korean passage through its dictionary Chinese word', () => {
    const ids = engine.search('creditor').results.map((r) => r.id);
    expect(ids).toContain('ko-claim');
    expect(ids).toContain('zh-claim');
  });

  it('leaves a word a specific concept covers to the concept', () => {
    // 방문 names the concept `visit`: its reading (訪問 → 방문 is no word of this index anyway) adds no terms.
    const aq = engine.analyze('방문');
    expect(aq.concepts.map((c) => c.id)).toEqual(['visit']);
    expect([...aq.groups[0].terms.keys()].some((t) => t.startsWith('s:'))).toBe(false);
    expect(engine.analyze('채권').groups[0].terms.has(sinoTerm('채권'))).toBe(true);
  });
});
