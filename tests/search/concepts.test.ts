import { describe, it, expect } from 'vitest';
import { ConceptFile, CONCEPT_LANGS } from '../../src/search/concepts';
import { loadConcepts } from '../../src/search/load-concepts';
import { compileConcepts } from '../../src/search/compile';
import { TACTICS } from '../../src/records';

type Tactic = (typeof TACTICS)[number];
import { wordGroups } from '../../src/search/compile';
import { analyzeQuery } from '../../src/search/query';
import { fixtureEngine } from './fixture';

const file = loadConcepts();

describe('content/lexicon/concepts.yml', () => {
  it('has a concept for every tactic code of LABELS.md', () => {
    const ids = new Set(file.concepts.filter((c) => c.kind === 'tactic').map((c) => c.id));
    for (const code of TACTICS) expect(ids.has(code), code).toBe(true);
  });

  it.each(['payment-plan', 'instalments', 'mediation', 'guarantor', 'litigation', 'penalty-interest', 'contact-persons', 'home-visit', 'reminder', 'credit-record', 'negotiation'])(
    'has the core collection concept %s',
    (id) => {
      expect(file.concepts.some((c) => c.id === id && c.kind === 'topic')).toBe(true);
    },
  );

  it('gives every concept forms in at least four of the five languages', () => {
    for (const c of file.concepts) {
      const langs = CONCEPT_LANGS.filter((l) => c.forms[l].length > 0);
      expect(langs.length, c.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('compiles every Korean, Spanish and English form to at least one term', () => {
    for (const c of compileConcepts(file)) {
      const src = file.concepts.find((x) => x.id === c.id)!;
      expect(c.ko.length, `${c.id} ko`).toBe(src.forms.ko.length);
      expect(c.es.length, `${c.id} es`).toBe(src.forms.es.length);
      expect(c.en.length, `${c.id} en`).toBe(src.forms.en.length);
    }
  });
});

describe('concept schema', () => {
  const one = { id: 'x-topic', kind: 'topic', gloss: 'g', forms: { en: ['x'] } };
  it('accepts a minimal file', () => {
    expect(ConceptFile.safeParse({ version: 1, concepts: [one] }).success).toBe(true);
  });
  it.each([
    ['a duplicate id', { version: 1, concepts: [one, one] }, /duplicate/],
    ['a tactic kind on a non-tactic id', { version: 1, concepts: [{ ...one, kind: 'tactic' }] }, /not a tactic code/],
    ['a topic kind on a tactic code', { version: 1, concepts: [{ ...one, id: 'deception' }] }, /is a tactic code/],
    ['a concept without forms', { version: 1, concepts: [{ ...one, forms: {} }] }, /no surface forms/],
  ])('rejects %s', (_name, data, message) => {
    const r = ConceptFile.safeParse(data);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });
});

describe('form patterns', () => {
  it('matches `prefix*` before stemming, so words sharing a stem stay apart', async () => {
    const { compileForm, wordSets, formNear } = await import('../../src/search/compile');
    const { analyze } = await import('../../src/analyzer/index');
    const form = compileForm('negocia*', 'es');
    const words = (t: string) => wordSets(analyze(t, 'es'), t);
    expect(formNear(form, words('Estamos negociando un acuerdo'))).toBe(true);
    expect(formNear(form, words('Cerró su negocio el lunes'))).toBe(false);
  });

  it('matches `=word` only as that exact word', async () => {
    const { compileForm, wordSets, formNear } = await import('../../src/search/compile');
    const { analyze } = await import('../../src/analyzer/index');
    const form = compileForm('=familiares', 'es');
    const words = (t: string) => wordSets(analyze(t, 'es'), t);
    expect(formNear(form, words('Llamó a sus familiares'))).toBe(true);
    expect(formNear(form, words('Mostró familiaridad con el proceso'))).toBe(false);
  });

  it('needs the words of a multi-word form close together in a passage', async () => {
    const { compileForm, wordSets, formNear } = await import('../../src/search/compile');
    const { analyze } = await import('../../src/analyzer/index');
    const form = compileForm('plan de pagos', 'es');
    const words = (t: string) => wordSets(analyze(t, 'es'), t);
    expect(formNear(form, words('Le ofrecimos un plan de pagos mensual'))).toBe(true);
    expect(formNear(form, words('El plan de trabajo de esta semana incluye visitar once hogares del distrito y cobrar los pagos'))).toBe(false);
  });
});

describe('form hygiene', () => {
  it('writes every Korean, Spanish and English form word as one analyzer word (no hyphens, no digits in Korean)', () => {
    const bad: string[] = [];
    for (const c of file.concepts)
      for (const l of ['ko', 'es', 'en'] as const)
        for (const form of c.forms[l])
          for (const w of form.trim().split(/\s+/)) {
            if (w.startsWith('=') || w.startsWith('*') || w.endsWith('*')) continue;
            if (wordGroups(w, l).length > 1 || (l === 'ko' && /\d/.test(w))) bad.push(`${c.id} ${l} ${form}`);
          }
    expect(bad).toEqual([]);
  });

  it('never starts a Latin form with a negation, which the analyzer drops as a stop word', () => {
    const neg = /^(no|not|never|without|sin|nunca|ni)\s/i;
    const bad = file.concepts.flatMap((c) => [...c.forms.es, ...c.forms.en].filter((f) => neg.test(f)).map((f) => `${c.id}: ${f}`));
    expect(bad).toEqual([]);
  });

  it('lists every combination part as a concept of the file', () => {
    const ids = new Set(file.concepts.map((c) => c.id));
    for (const c of file.concepts) for (const combo of c.combos) for (const id of combo) expect(ids.has(id), `${c.id}: ${id}`).toBe(true);
  });
});

describe('Korean compound heads', () => {
  it('matches `*suffix` on a word or stem ending with it', async () => {
    const { compileForm, wordSets, formNear } = await import('../../src/search/compile');
    const { analyze } = await import('../../src/analyzer/index');
    const form = compileForm('*소송', 'ko');
    const words = (t: string) => wordSets(analyze(t, 'ko'), t);
    expect(formNear(form, words('전화통화, 편지쓰기, 추심소송 등이다'))).toBe(true);
    expect(formNear(form, words('민사소송을 제기했다'))).toBe(true);
    expect(formNear(form, words('소송가액을 확인한다'))).toBe(false);
  });
});

describe('concepts named by combination', () => {
  const vocab = { han: new Set<string>(), hanList: [], hangul: [] };
  const named = (q: string) => analyzeQuery(q, vocab, compileConcepts(file)).concepts;
  it.each([
    ['pressure his parents', 'third-party-pressure', [0, 1]],
    ['threatened with the police', 'false-legal-threat', [0, 1]],
    ['calls every day', 'harassment-contact', [0, 1, 2]],
    ['부모에게 압박', 'third-party-pressure', [0, 1]],
  ] as const)('%s names %s over words %j', (q, id, covers) => {
    const hit = named(q).find((c) => c.id === id);
    expect(hit?.covers).toEqual(covers);
  });
  it('does not name a tactic from one of its parts alone', () => {
    expect(named('parents').map((c) => c.id)).not.toContain('third-party-pressure');
    expect(named('police').map((c) => c.id)).not.toContain('false-legal-threat');
  });
});

describe('concept search over the fixture passages', () => {
  const engine = fixtureEngine();
  it('reaches Korean, Spanish and Chinese passages from an English concept query', () => {
    const res = engine.search('pressure the debtor’s parents');
    expect(res.analysis.concepts).toContain('third-party-pressure');
    const top = res.results.slice(0, 10).map((r) => r.id);
    expect(top).toEqual(expect.arrayContaining(['ko-family', 'es-family', 'hans-family']));
  });

  it('treats a generic word (debtor) as optional: a passage naming the tactic without it is a full match', () => {
    const res = engine.search('harassing the debtor');
    expect(res.results.find((r) => r.id === 'hans-harass')?.tier).toMatch(/^all/);
  });

  it('keeps noise that shares a concept word below every non-noise full match, and out of default results', () => {
    const withNoise = engine.search('가족 방문', { includeNoise: true }).results;
    const firstNoise = withNoise.findIndex((r) => r.doc.label === 'noise');
    const lastFull = withNoise.map((r) => r.tier.startsWith('all') && r.doc.label !== 'noise').lastIndexOf(true);
    if (firstNoise >= 0 && withNoise[firstNoise].tier === 'some') expect(firstNoise).toBeGreaterThan(lastFull);
    const plain = engine.search('가족 방문');
    expect(plain.results.some((r) => r.doc.label === 'noise')).toBe(false);
    expect(plain.hiddenNoise).toBeGreaterThan(0);
  });
});

describe('tactic codes as a ranking signal', () => {
  it('finds a passage through the tactic code the tagger gave it, with none of the concept forms in its text', async () => {
    const { buildIndex } = await import('../../src/search/build');
    const { SearchEngine } = await import('../../src/search/engine');
    const { registerJieba } = await import('../../src/search/jieba-node');
    registerJieba();
    const mk = (id: string, text: string, tactics: Tactic[] = [], mentions: Tactic[] = []) => ({
      id, source: 'fx.txt', lang: 'ko' as const, label: (tactics.length ? 'prohibited' : 'lawful') as 'prohibited' | 'lawful', tactics, mentions, text, start: 0, end: text.length,
    });
    const engine = new SearchEngine(
      buildIndex(
        [
          mk('uses', '담당자에게 조용히 봉투를 건네고 고객 명단을 받았다.', ['bribery-collusion']),
          mk('forbids', '담당자에게 봉투를 건네는 행위는 절대 금지된다.', [], ['bribery-collusion']),
          mk('other', '담당자에게 상환 일정을 다시 안내했다.'),
        ],
        file,
      ),
    );
    const ids = engine.search('bribing an insider').results.map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual(['uses', 'forbids']);
    expect(ids).not.toContain('other');
  });
});

describe('partial matches through the parts of a longer form', () => {
  it('ranks a passage naming every part (threat and lawsuit) first among partial matches of "amenazar con demandar"', async () => {
    const { buildIndex } = await import('../../src/search/build');
    const { SearchEngine } = await import('../../src/search/engine');
    const { registerJieba } = await import('../../src/search/jieba-node');
    registerJieba();
    const mk = (id: string, text: string, tactics: Tactic[] = []) => ({
      id, source: 'fx.txt', lang: 'zh-Hans' as const, label: (tactics.length ? 'prohibited' : 'lawful') as 'prohibited' | 'lawful', tactics, mentions: [], text, start: 0, end: text.length,
    });
    const engine = new SearchEngine(
      buildIndex(
        [
          mk('full', '告诉他再不还钱就让他坐牢。', ['false-legal-threat']),
          mk('parts', '不要激化矛盾,不要以“起诉”相威胁。'),
          mk('one', '债权人可以依法向法院起诉。'),
        ],
        file,
      ),
    );
    const res = engine.search('amenazar con demandar').results;
    expect(res.map((r) => r.id)).toEqual(['full', 'parts', 'one']);
    expect(res.map((r) => r.tier)).toEqual(['all-with-concepts', 'some', 'some']);
  });
});

describe('narrower concepts', () => {
  it('names every tactic code for "illegal collection practices", over the same words', () => {
    const vocab = { han: new Set<string>(), hanList: [], hangul: [] };
    const hits = analyzeQuery('불법추심', vocab, compileConcepts(file)).concepts;
    for (const code of TACTICS) expect(hits.find((h) => h.id === code)?.covers, code).toEqual([0]);
  });
});
