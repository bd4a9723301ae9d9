/** src/client/store.ts: which index files the search page keeps in localStorage, and that a new build's copy replaces the old one. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptFile, storeAll, storedAll, storedText, storeText } from '../../src/client/store';

class MemoryStorage {
  private m = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new Error('QuotaExceededError');
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

const base = 'http://127.0.0.1:4321/kb/search-index/';
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});
afterEach(() => delete (globalThis as { localStorage?: unknown }).localStorage);

describe('index copies in localStorage', () => {
  it('keeps the files every query starts with, not the per-query ones', () => {
    for (const f of ['meta.0123456789.json', 'vocab-han.0123456789.json', 'vocab-hangul.abcdef0123.json']) expect(keptFile(base + f), f).toBe(true);
    for (const f of ['postings-3.0123456789.json', 'texts-12.0123456789.json', 'concept-4.0123456789.json', 'meta.json', 'vocab-han.0123456789.js']) expect(keptFile(base + f), f).toBe(false);
  });

  it('returns what was stored, and nothing for a file it does not keep', () => {
    storeText(base + 'meta.0123456789.json', '{"a":1}');
    storeText(base + 'texts-1.0123456789.json', '[]');
    expect(storedText(base + 'meta.0123456789.json')).toBe('{"a":1}');
    expect(storedText(base + 'texts-1.0123456789.json')).toBeNull();
    expect(storage.length).toBe(1);
  });

  it("drops an earlier build's copy of the same file, and only that one", () => {
    storeText(base + 'vocab-han.1111111111.json', 'old han');
    storeText(base + 'vocab-hangul.1111111111.json', 'hangul');
    storeText(base + 'vocab-han.2222222222.json', 'new han');
    expect(storedText(base + 'vocab-han.1111111111.json')).toBeNull();
    expect(storedText(base + 'vocab-han.2222222222.json')).toBe('new han');
    expect(storedText(base + 'vocab-hangul.1111111111.json')).toBe('hangul');
  });

  it("keeps every file of a bundle, marks it complete and drops the folder's copies of other builds", () => {
    storeText(base + 'meta.2222222222.json', 'meta');
    storage.setItem(`kb-index:${base}postings-9.1111111111.json`, 'old postings');
    storage.setItem('kb-index:http://127.0.0.1:4321/other/postings-1.1111111111.json', 'another site');
    const bundle = base + 'bundle.3333333333.json';
    expect(storedAll(bundle)).toBe(false);
    expect(storeAll(bundle, [['postings-0.4444444444.json', '[["a",0,{}]]'], ['texts-0.4444444444.json', '[]']], [base + 'meta.2222222222.json'])).toBe(true);
    expect(storedAll(bundle)).toBe(true);
    expect(storedText(base + 'postings-0.4444444444.json')).toBe('[["a",0,{}]]');
    expect(storedText(base + 'texts-0.4444444444.json')).toBe('[]');
    expect(storedText(base + 'meta.2222222222.json')).toBe('meta');
    expect(storedText(base + 'postings-9.1111111111.json')).toBeNull();
    expect(storage.getItem('kb-index:http://127.0.0.1:4321/other/postings-1.1111111111.json')).toBe('another site');
  });

  it('marks a bundle storage refused as done, so it is not downloaded on every visit, unless not even the mark fits', () => {
    storage.quota = 5;
    const bundle = base + 'bundle.3333333333.json';
    expect(storeAll(bundle, [['texts-0.4444444444.json', '[["a long text"]]']])).toBe(false);
    expect(storedText(base + 'texts-0.4444444444.json')).toBeNull();
    expect(storedAll(bundle)).toBe(true);
    storage.quota = -1;
    const next = base + 'bundle.5555555555.json';
    expect(storeAll(next, [['texts-0.6666666666.json', '[]']])).toBe(false);
    expect(storedAll(next)).toBe(false);
  });

  it('treats a refused write or a missing storage as "not stored"', () => {
    storage.quota = 3;
    expect(() => storeText(base + 'meta.0123456789.json', '{"big":true}')).not.toThrow();
    expect(storedText(base + 'meta.0123456789.json')).toBeNull();
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(storedText(base + 'meta.0123456789.json')).toBeNull();
    expect(() => storeText(base + 'meta.0123456789.json', '{}')).not.toThrow();
  });
});
