import { describe, it, expect } from 'vitest';
import { buildBridge, glossStems, BRIDGE_FANOUT } from '../../src/search/bridge';
import { buildIndex } from '../../src/search/build';
import { SearchEngine } from '../../src/search/engine';
import { registerJieba } from '../../src/search/jieba-node';
import { passageMaker } from './fixture';

describe('English → Chinese dictionary bridge', () => {
  it('takes the English words of short glosses, without parentheses, stop words or placeholders', () => {
    expect(glossStems('to press (for payment of a debt)')).toEqual(['press']);
    expect(glossStems('to urge sb to provide sth')).toEqual(['urg', 'provid']);
    // A long description is no translation.
    expect(glossStems('a person who lends money to others at an excessive rate of interest')).toEqual([]);
  });

  it('maps a stem to the vocabulary terms glossed with it, and drops stems that gloss too many terms', () => {
    const glosses: Record<string, string[]> = { 赌博: ['to gamble'], 赌资: ['gambling money'], 毒品: ['drugs', 'narcotics'] };
    const many = Array.from({ length: BRIDGE_FANOUT + 1 }, (_, i) => `词${i}`);
    for (const w of many) glosses[w] = ['thing'];
    const bridge = buildBridge(['赌博', '赌资', '毒品', '钱', ...many], (w) => glosses[w] ?? []);
    expect(bridge.gambl).toEqual(['赌博', '赌资']);
    expect(bridge.drug).toEqual(['毒品']);
    expect(bridge.thing).toBeUndefined();
  });

  it('lets an English word reach a Chinese passage through the bridge as a concept-like match, not a literal one', () => {
    registerJieba();
    let at = 0;
    const mk = (id: string, text: string) => {
      const start = at;
      at += text.length + 1;
      return { id, source: 'unit.txt', lang: 'zh-Hans' as const, label: 'lawful' as const, tactics: [], mentions: [], text, start, end: start + text.length };
    };
    const passages = [mk('gamble', '借款人把钱用于赌博。'), mk('other', '借款人按时还款。')];
    const file = { version: 1, segmentation: [], concepts: [{ id: 'x', kind: 'topic', gloss: 'x', forms: { en: ['x'], ko: [], es: [], 'zh-Hans': [], 'zh-Hant': [] }, broad: false, combos: [], includes: [] }] } as never;
    const lookup = (w: string) => (w === '赌博' ? ['to gamble'] : []);
    const withBridge = new SearchEngine(buildIndex(passages, file, { bridge: lookup }));
    const res = withBridge.search('gambling');
    expect(res.results.map((r) => [r.id, r.tier])).toEqual([['gamble', 'all-with-concepts']]);
    // Without a bridge (the default build), the English word reaches nothing.
    expect(new SearchEngine(buildIndex(passages, file)).search('gambling').results).toEqual([]);
  });

  it('ranks a passage reached through the bridge below literal and concept matches of the same query', () => {
    registerJieba();
    const mk = passageMaker();
    const passages = [
      mk('zh-bridge', 'zh-Hans', '借款人沉迷赌博。'),
      mk('zh-concept', 'zh-Hans', '他把贷款用于赌博。'),
      mk('en-literal', 'en', 'He spent the loan on gambling.'),
    ];
    // `loan` is a concept form (its Chinese form 贷款); `gambling` is no concept's form.
    const file = { version: 1, segmentation: [], concepts: [{ id: 'loan', kind: 'topic', gloss: 'loan', forms: { en: ['loan'], ko: [], es: [], 'zh-Hans': ['贷款'], 'zh-Hant': [] }, broad: false, combos: [], includes: [] }] } as never;
    const lookup = (w: string) => (w === '赌博' ? ['to gamble'] : []);
    const engine = new SearchEngine(buildIndex(passages, file, { bridge: lookup }));
    const res = engine.search('gambling loan');
    expect(res.results.map((r) => r.id)).toEqual(['en-literal', 'zh-concept', 'zh-bridge']);
    expect(res.results.map((r) => r.tier)).toEqual(['all', 'all-with-concepts', 'some']);
    // The bridged word alone: the Chinese passage is found, as a concept-like (never literal) match.
    const one = engine.search('gambling');
    expect(one.results[0].id).toBe('en-literal');
    expect(one.results.filter((r) => r.id.startsWith('zh-')).every((r) => r.tier === 'all-with-concepts')).toBe(true);
    expect(one.results.map((r) => r.id)).toContain('zh-bridge');
  });

  it('names a concept whose Chinese form an English word glosses, reaching its passages in other languages below direct concept matches', () => {
    registerJieba();
    const mk = passageMaker();
    const concept = (id: string, en: string[], ko: string[], zh: string[]) => ({ id, kind: 'topic', gloss: id, forms: { en, ko, es: [], 'zh-Hans': zh, 'zh-Hant': [] }, broad: false, combos: [], includes: [] });
    // `pester` is no English form of the concept; the dictionary glosses its Chinese form 骚扰 with it.
    const file = { version: 1, segmentation: [], concepts: [concept('harass', ['harass'], ['괴롭히다'], ['骚扰']), concept('visit', ['visit'], ['방문'], ['拜访'])] } as never;
    const glosses: Record<string, string[]> = { 骚扰: ['to pester', 'to harass'], 拜访: ['to pay a visit'] };
    const passages = [mk('ko-harass', 'ko', '채무자를 괴롭히다 보면 문제가 생긴다.'), mk('ko-visit', 'ko', '채무자를 방문했다.')];
    const index = buildIndex(passages, file, { bridge: (w) => glosses[w] ?? [] });
    expect(index.bridge?.pester).toEqual(['c:harass']);
    const engine = new SearchEngine(index);
    const aq = engine.analyze('pester');
    expect(aq.concepts).toEqual([{ id: 'harass', broad: false, covers: [0], bridged: true }]);
    expect(engine.search('pester').results.map((r) => [r.id, r.tier])).toEqual([['ko-harass', 'all-with-concepts']]);
    // A word an English form already names keeps that concept alone (no second concept through its glosses).
    expect(engine.analyze('harass').concepts.map((c) => [c.id, c.bridged ?? false])).toEqual([['harass', false]]);
    // Words of time or manner in a gloss name no concept (`before deadline` names no `before`).
    expect(glossStems('before deadline', true)).toEqual(['deadlin']);
    expect(glossStems('before deadline')).toEqual(['befor', 'deadlin']);
  });
});
