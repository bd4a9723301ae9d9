import { describe, it, expect } from 'vitest';
import { fixtureEngine, fixtureIndex, PASSAGES, passageMaker } from './fixture';
import { SearchEngine, type SearchTuning } from '../../src/search/engine';
import { INDEX_VERSION, buildIndex } from '../../src/search/build';

const engine = fixtureEngine();
const ids = (q: string, o = {}) => engine.search(q, o).results.map((r) => r.id);

describe('search: keywords and inflection in each language', () => {
  it.each([
    ['방문하다', 'ko-visit'],
    ['방문했어요', 'ko-visit'],
    ['전화했다', 'ko-call'],
    ['회생', 'ko-rehab'],
    ['amenazar', 'es-threat'],
    ['llamar', 'es-threat'],
    ['cuota', 'es-plan'],
    ['骚扰', 'hans-harass'],
    ['支付令', 'hans-creditor'],
    ['llamadas', 'en-mislabel'],
  ])('%s finds %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });

  it.each([
    ['債權人', 'hans-creditor'],
    ['债权人', 'hant-creditor'],
    ['存证信函', 'hant-creditor'],
    ['上門催收', 'hans-phrase-a'],
  ])('folds scripts: %s finds %s', (q, id) => {
    expect(ids(q)).toContain(id);
  });
});

describe('search: concepts across languages', () => {
  it.each([
    ['가족에게 알리다', ['hans-family', 'es-family']],
    ['联系家人', ['ko-family', 'es-family']],
    ['llamar a familiares', ['ko-family', 'hans-family']],
    ['harass', ['hans-harass', 'hant-visit']],
    ['contact the employer', ['ko-family', 'en-harass']],
  ])('%s finds passages in other languages: %j', (q, expected) => {
    expect(ids(q)).toEqual(expect.arrayContaining(expected));
  });

  it('names the concepts a query was expanded with', () => {
    expect(engine.search('软暴力').analysis.concepts).toContain('harassment-contact');
  });
});

describe('search: ranking', () => {
  it('ranks passages with all query words above those with some, and those above concept-only ones', () => {
    const res = engine.search('上门 催收', { includeNoise: true });
    const tier = (id: string) => res.results.find((r) => r.id === id)?.tier;
    expect(tier('hans-phrase-a')).toBe('all');
    const order = res.results.map((r) => r.tier);
    const rank = { all: 3, 'all-with-concepts': 2, some: 1, 'concept-only': 0 } as const;
    // Within the first window, tiers never increase (language balancing only moves full matches).
    const full = order.filter((t) => t === 'all' || t === 'all-with-concepts');
    const rest = order.filter((t) => t === 'some' || t === 'concept-only');
    expect(order.slice(0, full.length).every((t) => t === 'all' || t === 'all-with-concepts')).toBe(true);
    for (let i = 1; i < rest.length; i++) expect(rank[rest[i]]).toBeLessThanOrEqual(rank[rest[i - 1]]);
  });

  it('puts the exact phrase first among passages with the same words', () => {
    const res = engine.search('上门催收');
    expect(res.results[0].id).toBe('hans-phrase-a');
    expect(res.results[0].phrase).toBe(true);
    expect(res.results.find((r) => r.id === 'hans-phrase-b')?.phrase).toBe(false);
  });

  it('keeps a place for the best partial match of a language that has no full match', () => {
    const mk = passageMaker();
    // Twelve Korean passages meet both words, four more the common one; the Chinese passage meets
    // only the more specific `협박`, through its concept.
    const passages = [
      ...Array.from({ length: 12 }, (_, i) => mk(`ko-${i}`, 'ko', `채무자를 방문해서 협박했다 ${i}번째 사례.`)),
      ...Array.from({ length: 4 }, (_, i) => mk(`ko-visit-${i}`, 'ko', `채무자를 방문했다 ${i}번째.`)),
      mk('zh-threat', 'zh-Hans', '威胁。威胁。威胁。'),
    ];
    const file = { version: 1, segmentation: [], concepts: [{ id: 'threat', kind: 'topic', gloss: 't', forms: { en: ['threaten'], ko: ['협박'], es: [], 'zh-Hans': ['威胁'], 'zh-Hant': [] }, broad: false, combos: [], includes: [] }] } as never;
    const small = new SearchEngine(buildIndex(passages, file));
    const top = (o: SearchTuning = {}) => small.search('방문 협박', { limit: 10, ...o }).results.map((r) => r.id);
    expect(top()).toContain('zh-threat');
    expect(small.search('방문 협박').results.find((r) => r.id === 'zh-threat')?.tier).toBe('some');
    // Off, the Korean full matches fill the window.
    expect(top({ partialCoverage: 0 })).not.toContain('zh-threat');
  });

  it('weighs scores of each language against that language\'s best where tier and coverage tie', () => {
    const mk = passageMaker();
    // Korean passages meet `협박` literally, at lengths that spread their BM25 scores; the Chinese
    // one meets it only through the concept, at a score far below any Korean one.
    const filler = (n: number) => Array.from({ length: n }, (_, k) => `내용${k}`).join(' ');
    const passages = [
      ...Array.from({ length: 12 }, (_, i) => mk(`ko-${i}`, 'ko', `채무자를 협박했다. ${filler(i * 40)}`)),
      mk('ko-visit', 'ko', '채무자를 방문했다.'),
      mk('zh-threat', 'zh-Hans', '威胁。威胁。威胁。'),
    ];
    const file = { version: 1, segmentation: [], concepts: [{ id: 'threat', kind: 'topic', gloss: 't', forms: { en: ['threaten'], ko: ['협박'], es: [], 'zh-Hans': ['威胁'], 'zh-Hant': [] }, broad: false, combos: [], includes: [] }] } as never;
    const small = new SearchEngine(buildIndex(passages, file));
    const rankOf = (o: SearchTuning) => small.search('방문 협박', { limit: 20, partialCoverage: 0, ...o }).results.findIndex((r) => r.id === 'zh-threat');
    const raw = rankOf({ languageNormalisation: 0 });
    expect(raw).toBe(13); // raw BM25: below every Korean passage of its tier and coverage
    expect(rankOf({ languageNormalisation: 1 })).toBe(1); // each language's best first (after ko-visit, which covers the rarer word)
  });

  it('keeps places for the query language and for other languages in the top 10', () => {
    const res = engine.search('가족에게 알리다');
    const langs = new Set(res.results.slice(0, 10).map((r) => r.doc.lang));
    expect(langs.has('ko')).toBe(true);
    expect(langs.has('zh-Hans') || langs.has('es')).toBe(true);
  });
});

describe('search: noise, duplicates, filters and facets', () => {
  it('leaves noise out by default and counts it', () => {
    const res = engine.search('방문');
    expect(res.results.map((r) => r.id)).not.toContain('ko-noise');
    expect(res.hiddenNoise).toBe(1);
    expect(engine.search('방문', { includeNoise: true }).results.map((r) => r.id)).toContain('ko-noise');
  });

  it('collapses duplicates into one result that lists its copies', () => {
    const res = engine.search('債權人');
    const hit = res.results.find((r) => r.id === 'hant-creditor')!;
    expect(hit.copies).toEqual(['hant-dup']);
    expect(res.results.map((r) => r.id)).not.toContain('hant-dup');
  });

  it('filters by language, label and tactic, and counts facets without their own filter', () => {
    const res = engine.search('家人', { lang: 'zh-Hans' });
    expect(res.results.every((r) => r.doc.lang === 'zh-Hans')).toBe(true);
    expect(Object.keys(res.facets.lang).length).toBeGreaterThan(1);
    const byTactic = engine.search('familiares', { tactic: 'third-party-pressure' });
    expect(byTactic.results.length).toBeGreaterThan(0);
    expect(byTactic.results.every((r) => r.doc.tactics.includes('third-party-pressure') || r.doc.mentions.includes('third-party-pressure'))).toBe(true);
    const lawful = engine.search('债权人', { label: 'lawful' });
    expect(lawful.results.every((r) => r.doc.label === 'lawful')).toBe(true);
    expect(lawful.total).toBe(lawful.results.length);
  });

  it('finds passages that only mention a tactic through the tactic filter', () => {
    expect(ids('电话', { tactic: 'harassment-contact' })).toContain('hans-harass');
  });
});

describe('search: highlights and artefacts', () => {
  it('returns highlight spans that point at the matched words of the original text', () => {
    const hit = engine.search('債權人').results.find((r) => r.id === 'hant-creditor')!;
    const marked = hit.matches.map((m) => hit.doc.text.slice(m.start, m.end));
    expect(marked).toContain('債權人');
    const ko = engine.search('방문하다').results.find((r) => r.id === 'ko-visit')!;
    expect(ko.matches.map((m) => ko.doc.text.slice(m.start, m.end))).toContain('방문해서');
  });

  it.each(['ㄘㄨㄟ', '(hán)', 'hán'])('finds nothing for the artefact %s', (q) => {
    expect(engine.search(q, { includeNoise: true }).results.map((r) => r.id)).not.toContain('hant-creditor');
  });

  it('does not match Hangul words one syllable apart (no fuzzy matching for Hangul)', () => {
    expect(ids('방물')).not.toContain('ko-visit');
  });
});

describe('search: index file', () => {
  it('gives the same results after a JSON round trip', () => {
    const again = SearchEngine.fromJSON(JSON.stringify(fixtureIndex()));
    for (const q of ['가족에게 알리다', '債權人', 'amenazar', 'harass']) expect(again.search(q).results.map((r) => r.id)).toEqual(ids(q));
  });

  it('refuses an index of another version, saying how to rebuild', () => {
    expect(() => new SearchEngine({ ...fixtureIndex(), version: INDEX_VERSION + 1 })).toThrow(/rebuild/);
  });

  it('indexes every passage except collapsed duplicates', () => {
    expect(engine.size).toBe(PASSAGES.filter((p) => !p.duplicateOf).length);
  });
});

describe('search: a word covered by a specific concept', () => {
  const conceptFile = {
    version: 1,
    segmentation: [],
    concepts: [
      { id: 'repayment', kind: 'topic', gloss: 'repaying', forms: { en: ['repay'], ko: [], es: ['pagar'], 'zh-Hans': ['还款'], 'zh-Hant': [] }, broad: true, combos: [], includes: [] },
      { id: 'ability', kind: 'topic', gloss: 'ability to pay', forms: { en: ['ability to repay'], ko: [], es: ['capacidad de pago'], 'zh-Hans': ['还款能力'], 'zh-Hant': [] }, broad: false, combos: [], includes: [] },
    ],
  } as const;
  let at = 0;
  const mk = (id: string, lang: 'es' | 'zh-Hans', text: string) => {
    const start = at;
    at += text.length + 1;
    return { id, source: 'unit.txt', lang, label: 'lawful' as const, tactics: [], mentions: [], text, start, end: start + text.length } as never;
  };
  const e = new SearchEngine(
    buildIndex(
      [
        mk('zh-ability', 'zh-Hans', '先了解客户的还款能力。'),
        mk('es-ability', 'es', 'Evalúe la capacidad de pago del cliente.'),
        mk('es-repay', 'es', 'El cliente quiere pagar el lunes.'),
      ],
      conceptFile as never,
    ),
  );
  it('is not covered by a broad concept over the same word: only the specific one makes a full match', () => {
    const tiers = Object.fromEntries(e.search('还款能力').results.map((r) => [r.id, r.tier]));
    expect(tiers['zh-ability']).toBe('all');
    expect(tiers['es-ability']).toBe('all-with-concepts');
    expect(tiers['es-repay']).not.toBe('all-with-concepts');
  });
});

describe('search: concept centrality and word specificity', () => {
  const conceptFile = {
    version: 1,
    segmentation: [],
    concepts: [
      { id: 'third-party-pressure', kind: 'tactic', gloss: 'pressure through third parties', forms: { en: ['tell the neighbours'], ko: [], es: ['avisar a los vecinos'], 'zh-Hans': [], 'zh-Hant': [] }, broad: false, combos: [], includes: [] },
    ],
  } as const;
  let at = 0;
  const mk = (id: string, text: string, extra: Partial<{ tactics: string[]; mentions: string[]; lang: 'en' | 'es' }> = {}) => {
    const start = at;
    at += text.length + 1;
    return { id, source: 'unit.txt', lang: extra.lang ?? 'en', label: 'lawful' as const, tactics: extra.tactics ?? [], mentions: extra.mentions ?? [], text, start, end: start + text.length } as never;
  };
  const fillers = Array.from({ length: 12 }, (_, i) => mk(`f${i}`, `the orange report number ${i} and the violet folder`));
  const passages = [
    mk('rare', 'a zebra crossed the road'),
    mk('common', 'an orange and a violet'),
    ...fillers,
    mk('es-coded', 'El cobrador decidió avisar a los vecinos del cliente.', { lang: 'es', tactics: ['third-party-pressure'] }),
    mk('es-plain', 'El cobrador decidió avisar a los vecinos del cliente hoy.', { lang: 'es' }),
  ];
  const e = new SearchEngine(buildIndex(passages, conceptFile as never));

  it('ranks a partial match on the distinctive word above one on common words only', () => {
    const ids = (o: SearchTuning) => e.search('zebra orange violet', o).results.map((r) => r.id);
    const on = ids({});
    expect(on.indexOf('rare')).toBeLessThan(on.indexOf('common'));
    // Without the specificity weighting, two common words outrank the one distinctive word.
    const off = ids({ specificCoverage: 0 });
    expect(off.indexOf('common')).toBeLessThan(off.indexOf('rare'));
  });

  it('gives a concept-matched passage the tagger coded with the concept a higher centrality', () => {
    const res = e.search('tell the neighbours');
    const coded = res.results.find((r) => r.id === 'es-coded');
    const plain = res.results.find((r) => r.id === 'es-plain');
    expect(coded && plain).toBeTruthy();
    const concepts = e.analyze('tell the neighbours').concepts;
    const opts = { centralBoost: 0.5, conceptDensity: 0 };
    expect(e.centrality(coded!.doc, concepts, opts)).toBeGreaterThan(e.centrality(plain!.doc, concepts, opts));
    expect(e.centrality(plain!.doc, concepts, opts)).toBe(1);
    expect(res.results.findIndex((r) => r.id === 'es-coded')).toBeLessThan(res.results.findIndex((r) => r.id === 'es-plain'));
  });
});
