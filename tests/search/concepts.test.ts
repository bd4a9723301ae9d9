import { describe, it, expect } from 'vitest';
import { ConceptFile, CONCEPT_LANGS } from '../../src/search/concepts';
import { loadConcepts } from '../../src/search/load-concepts';
import { compileConcepts } from '../../src/search/compile';
import { TACTICS } from '../../src/records';

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
