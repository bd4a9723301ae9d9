import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { readQueries, QUERY_KINDS, judge, summarise } from '../../src/eval/search';
import { readPassages, PASSAGES_PATH } from '../../src/search/write-index';

const queries = readQueries();

describe('tests/fixtures/queries.jsonl', () => {
  it('has at least 60 judged queries with unique ids', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
  });

  it.each(QUERY_KINDS.map((k) => [k]))('has at least 5 queries of kind %s', (kind) => {
    expect(queries.filter((q) => q.kind === kind).length).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(!existsSync(PASSAGES_PATH))('has every judged quote in a passage of its source', () => {
    const passages = readPassages();
    for (const q of queries)
      for (const t of q.relevant) expect(passages.some((p) => p.source === t.source && p.text.includes(t.quote)), `${q.id} ${t.quote}`).toBe(true);
  });
});

describe('judging', () => {
  const q = { id: 'x', kind: 'keyword' as const, query: 'q', relevant: [{ source: 's', quote: 'abc' }, { source: 's', quote: 'xyz' }] };
  it('counts a target found through a collapsed copy and reports the first rank and noise', () => {
    const o = judge(q, [
      { id: 'n', label: 'noise', members: [{ source: 's', text: 'nothing' }] },
      { id: 'a', label: 'lawful', members: [{ source: 's', text: 'zz' }, { source: 's', text: '..abc..' }] },
    ]);
    expect(o).toMatchObject({ found: 1, targets: 2, firstRank: 2, noise: ['n'] });
    const [kind] = summarise([o]);
    expect(kind).toMatchObject({ kind: 'keyword', recall: 0.5, success: 1, mrr: 0.5 });
  });

  it('ignores matches from another source or below the cut-off', () => {
    const ranked = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, label: 'lawful', members: [{ source: i === 10 ? 's' : 't', text: 'abc' }] }));
    expect(judge(q, ranked).found).toBe(0);
  });
});
