import { describe, expect, it } from 'vitest';
import { browse, readState, stateQuery } from '../../src/client/search';
import type { StoredDoc } from '../../src/search/engine';

describe('search URL state', () => {
  it.each([
    ['?q=%EA%B0%80%EC%A1%B1&lang=ko&lang=es&noise=1', { q: '가족', label: [], tactic: [], lang: ['ko', 'es'], source: [], noise: true }],
    ['?tactic=deception,false-identity&label=prohibited', { q: '', label: ['prohibited'], tactic: ['deception', 'false-identity'], lang: [], source: [], noise: false }],
    ['', { q: '', label: [], tactic: [], lang: [], source: [], noise: false }],
  ])('reads %s', (search, state) => {
    expect(readState(search)).toEqual(state);
  });

  it('writes a query string that reads back to the same state', () => {
    const state = { q: 'amenazar "cárcel"', label: ['lawful', 'noise'], tactic: ['insult-abuse'], lang: ['zh-Hant'], source: ['a b.txt'], noise: true };
    expect(readState(stateQuery(state))).toEqual(state);
    expect(stateQuery(readState(''))).toBe('');
  });
});

const doc = (id: string, lang: StoredDoc['lang'], label: StoredDoc['label'], tactics: string[] = [], mentions: string[] = [], source = 's1'): StoredDoc => ({
  id, source, lang, label, tactics, mentions, text: id, start: 0, end: 1, seq: 0, kind: 'text', copies: [],
});

describe('browse (no query)', () => {
  const docs = [
    doc('a', 'ko', 'prohibited', ['deception']),
    doc('b', 'ko', 'lawful', [], ['deception']),
    doc('c', 'es', 'noise'),
    doc('d', 'es', 'prohibited', ['insult-abuse'], [], 's2'),
  ];
  const none = { label: [], tactic: [], lang: [], source: [], includeNoise: false, limit: 50 };

  it('hides noise and counts it as hidden', () => {
    const r = browse(docs, none);
    expect(r.results.map((h) => h.id)).toEqual(['a', 'b', 'd']);
    expect(r.hiddenNoise).toBe(1);
    expect(r.facets.label).toEqual({ prohibited: 2, lawful: 1, noise: 1 });
  });

  it('lets each facet ignore its own filter, and the tactic filter match mentions too', () => {
    const r = browse(docs, { ...none, lang: ['ko'], tactic: ['deception'] });
    expect(r.results.map((h) => h.id)).toEqual(['a', 'b']);
    expect(r.facets.lang).toEqual({ ko: 2 });
    expect(r.facets.tactic).toEqual({ deception: 2 });
    const es = browse(docs, { ...none, lang: ['es'], includeNoise: true });
    expect(es.facets.lang).toEqual({ ko: 2, es: 2 });
    expect(es.total).toBe(2);
  });

  it('limits the results but not the total', () => {
    const r = browse(docs, { ...none, includeNoise: true, limit: 1 });
    expect(r.results.length).toBe(1);
    expect(r.total).toBe(4);
  });
});
