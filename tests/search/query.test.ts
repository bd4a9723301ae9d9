import { describe, it, expect } from 'vitest';
import { analyzeQuery, type QueryGroup } from '../../src/search/query';
import { compileConcepts } from '../../src/search/compile';
import { loadConcepts } from '../../src/search/load-concepts';
import { literalMatch } from '../../src/search/engine';

const concepts = compileConcepts(loadConcepts());
const vocab = { han: new Set<string>(), hanList: [], hangul: [] };
const named = (q: string) => analyzeQuery(q, vocab, concepts).concepts;

describe('query concepts', () => {
  it.each([
    ['인격 모독', 'insult-abuse'],
    ['신용 기록', 'credit-record'],
  ])('meets a Korean compound form when its parts are typed apart (%s → %s)', (q, id) => {
    expect(named(q).find((c) => c.id === id)?.covers).toEqual([0, 1]);
  });

  it('matches English words only against English forms and Spanish words against Spanish ones', () => {
    // `recording` and the Spanish form `recordar` (remind) share the stem `record`.
    expect(named('recording the conversation').map((c) => c.id)).not.toContain('reminder');
    expect(named('recordatorio de pago').map((c) => c.id)).toContain('reminder');
  });

  it('treats a concept whose Chinese form lies inside a longer form of another as part of it', () => {
    // 心理 (the debtor's psychology) inside 心理素质 (the collector's composure).
    const hits = named('催收人员的心理素质');
    expect(hits.find((c) => c.id === 'collector-resilience')?.covers.length).toBeGreaterThan(0);
    expect(hits.find((c) => c.id === 'psychology')).toMatchObject({ covers: [], inner: true });
    // On its own, 心理 still names the debtor's psychology.
    expect(named('客户的心理').find((c) => c.id === 'psychology')?.covers.length).toBeGreaterThan(0);
  });

  it('lets a concept inside a longer form of another add weight without covering words', () => {
    const hits = named('신용 기록');
    const inner = hits.find((c) => c.id === 'recording-evidence');
    if (inner) expect(inner).toMatchObject({ broad: true, covers: [] });
    expect(hits.find((c) => c.id === 'credit-record')?.broad).toBe(false);
  });
});

describe('literal match of a Chinese word', () => {
  const group = (surface: string, subs: string[]): QueryGroup => ({
    surface,
    script: 'han',
    terms: new Map([[surface, 1], ...subs.map((s) => [s, 0.6] as [string, number])]),
    core: new Set([surface]),
  });
  it.each([
    ['第三方', ['第三', '三方'], ['第三方'], true],
    ['第三方', ['第三', '三方'], ['第三'], false],
    ['第三方', ['第三', '三方'], ['第三', '三方'], true],
    ['爆通讯录', ['通讯录', '通讯'], ['通讯录'], true],
    ['爆通讯录', ['通讯录', '通讯'], ['通讯'], false],
  ] as const)('%s with sub-words %j, passage has %j → %s', (surface, subs, has, expected) => {
    expect(literalMatch(group(surface, [...subs]), new Set(has))).toBe(expected);
  });
});

describe('generic words of the genre', () => {
  const generic = (q: string) => {
    const a = analyzeQuery(q, vocab, concepts);
    return a.groups.map((g, i) => [g.surface, a.generic[i]]);
  };
  it('marks words covered only by broad concepts (debtor, collection) as generic', () => {
    expect(generic('debtor harassment')).toEqual([
      ['debtor', true],
      ['harassment', false],
    ]);
  });
  it('keeps them required when the query has nothing else', () => {
    expect(generic('debtor')).toEqual([['debtor', false]]);
  });
  it('marks light words (using, 借助, 寻找) as generic unless a specific concept covers them', () => {
    expect(generic('using the press')).toEqual([
      ['using', true],
      ['press', false],
    ]);
    const zh = analyzeQuery('借助媒体', { han: new Set(['借助', '媒体']), hanList: ['借助', '媒体'], hangul: [] }, concepts);
    expect(zh.groups.map((g, i) => [g.surface, zh.generic[i]])).toEqual([
      ['借助', true],
      ['媒体', false],
    ]);
    // `find the debtor` is a form of skip tracing: there `find` is no light word.
    expect(generic('find the debtor')[0]).toEqual(['find', false]);
  });
  it('keeps a light word required when it is all the query has', () => {
    expect(generic('using')).toEqual([['using', false]]);
  });
});

describe('Chinese characters left over by maximum matching', () => {
  const v = { han: new Set(['违约', '现金', '本金']), hanList: ['本金', '现金', '违约'], hangul: [] };
  it('does not expand a single leftover character to the words containing it', () => {
    // (Without the concept table: with it, the form 违约金 is one word, see below.)
    const groups = analyzeQuery('违约金', v, []).groups;
    expect(groups.map((g) => g.surface)).toEqual(['违约', '金']);
    expect([...groups[1].terms.keys()]).toEqual([]);
  });
  it('still expands a character typed on its own', () => {
    expect([...analyzeQuery('金', v, concepts).groups[0].terms.keys()].sort()).toEqual(['本金', '现金']);
  });
});

describe('Spanish or English', () => {
  const v = { han: new Set<string>(), hanList: [], hangul: [], es: new Set<string>() };
  it.each([
    ['acoso', 'es'],
    ['visitas a domicilio', 'es'],
    ['demanda judicial', 'es'],
    ['fiador', 'es'],
    ['prescripcion', 'es'],
    ['harassment', 'en'],
    ['garnishment', 'en'],
    ['payment plan', 'en'],
    ['late fees', 'en'],
  ] as const)('%s is %s (concept lexicon, then typical endings), even unknown to the index', (q, lang) => {
    expect(analyzeQuery(q, v, concepts).lang).toBe(lang);
  });
});

describe('function words of queries', () => {
  const v = { han: new Set(['他们', '威胁', '我', '家人', '什么']), hanList: ['他们', '威胁', '我', '家人', '什么'], hangul: [] };
  it('drops Chinese pronouns and question words a passage need not contain', () => {
    expect(analyzeQuery('他们威胁我的家人', v, concepts).groups.map((g) => g.surface)).toEqual(['威胁', '家人']);
  });
  it('drops Korean postpositional phrases such as 때문에', () => {
    expect(analyzeQuery('빚 때문에 협박', vocab, concepts).groups.map((g) => g.surface)).toEqual(['빚', '협박']);
  });
  it('keeps them when the query has nothing else', () => {
    expect(analyzeQuery('什么', v, concepts).groups).toHaveLength(1);
    expect(analyzeQuery('怎么 威胁', v, concepts).groups.map((g) => g.surface)).toEqual(['威胁']);
  });
});

describe('Korean forms typed without spaces', () => {
  it('meets a multi-word form written as one word (모욕을 주다 → 모욕주다, 가족에게 알리다 → 가족알리기)', () => {
    expect(named('모욕주다').map((c) => c.id)).toContain('public-shaming');
    expect(named('가족알리기').map((c) => c.id)).toContain('third-party-pressure');
  });
});

describe('Chinese query segmentation with the concept forms', () => {
  // An index that has 关系, 优先, 供应, 亲属 and 施压 but neither 供货 (a supply-cutoff form) nor 亲属施压.
  const han = ['关系', '优先', '供应', '亲属', '施压'];
  const v = { han: new Set(han), hanList: han, hangul: [] };

  it('keeps a concept form the index lacks as one word, which its concept covers', () => {
    const aq = analyzeQuery('关系好的供货优先', v, concepts);
    const at = aq.groups.findIndex((g) => g.surface === '供货');
    expect(at).toBeGreaterThan(0);
    expect(aq.concepts.find((c) => c.id === 'supply-cutoff')?.covers).toContain(at);
    // Never a literal match through a term it does not hold.
    expect(literalMatch(aq.groups[at], new Set(['供应']))).toBe(false);
  });

  it('splits a form the index spells with its own words back into them', () => {
    expect(analyzeQuery('亲属施压', v, concepts).groups.map((g) => g.surface)).toEqual(['亲属', '施压']);
  });
});
