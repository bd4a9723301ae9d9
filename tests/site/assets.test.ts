import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentHash, corpusChars, cutDictionary, dataScript } from '../../src/site/assets';
import { traditionalMap } from '../../src/text/fold';

const dictOf = (name: string) => JSON.parse(/export default ("(?:[^"\\]|\\.)*")/.exec(readFileSync(`node_modules/opencc-js/dist/esm-lib/dict/${name}.js`, 'utf8'))![1]) as string;
/** The map fold.ts builds (TWVariantsRev, then TSCharacters over it), from given dictionaries. */
function mapOf(twv: string, ts: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of [twv, ts])
    for (const pair of d.split('|')) {
      const [from, to] = pair.split(' ');
      if (from && to && from.length === 1 && to.length === 1 && from !== to) m.set(from, to);
    }
  return m;
}

describe('cutDictionary', () => {
  it('keeps the folding of every character a corpus uses, and of queries that could match it', () => {
    const keep = corpusChars(['債務人打電話給家屬，威脅要上門。', '还款期限 가족 deudor']);
    const cut = mapOf(cutDictionary(dictOf('TWVariantsRev'), keep), cutDictionary(dictOf('TSCharacters'), keep));
    const full = traditionalMap();
    expect(mapOf(dictOf('TWVariantsRev'), dictOf('TSCharacters'))).toEqual(full);
    for (const [from, to] of full) {
      // Any pair touching the corpus folds as before; the others cannot match the corpus either way.
      if (keep.has(from) || keep.has(to)) expect(cut.get(from), from).toBe(to);
      else expect(keep.has(cut.get(from) ?? from)).toBe(false);
    }
    expect(cut.size).toBeLessThan(full.size / 10);
  });
});


describe('dataScript', () => {
  it.each([
    ['quotes and backslashes', { a: 'dijo "ya" y \'no\'', b: 'C:\\ruta\\n' }],
    ['line separators and astral characters', { t: 'a\u2028b\u2029c 𠮷 😀 \n\t' }],
    ['markup', { t: '</script><script>alert(1)</script>' }],
    ['CJK and Hangul', { t: '催收人員聯繫債權人 가족에게 연락' }],
  ])('carries JSON with %s through a classic script unchanged', (_name, value) => {
    const json = JSON.stringify(value);
    const window: { __kbData?: Record<string, string> } = {};
    runInNewContext(dataScript('meta.0123456789.json', json), { window });
    runInNewContext(dataScript('other.json', '1'), { window });
    expect(window.__kbData!['meta.0123456789.json']).toBe(json);
    expect(JSON.parse(window.__kbData!['meta.0123456789.json'])).toEqual(value);
    expect(window.__kbData!['other.json']).toBe('1');
  });

  it('adds only the escapes it needs', () => {
    const json = JSON.stringify({ t: 'x'.repeat(1000) });
    expect(dataScript('a.json', json).length - json.length).toBeLessThan(70);
  });

  it('names files by a content hash', () => {
    expect(contentHash('a')).toMatch(/^[0-9a-f]{10}$/);
    expect(contentHash('a')).toBe(contentHash(Buffer.from('a')));
    expect(contentHash('a')).not.toBe(contentHash('b'));
  });
});

describe('the search page bootstrap (inlined, src/client/prefetch.ts)', () => {
  const index = {
    meta: 'search-index/meta.0123456789.json',
    vocab: { han: 'search-index/vocab-han.aaaaaaaaaa.json', hangul: 'search-index/vocab-hangul.bbbbbbbbbb.json', latin: 'search-index/vocab-latin.cccccccccc.json' },
  };
  let code = '';
  /** Run the bootstrap as a page at `href` with route `route` would; the URLs it fetched, in order. */
  const run = (href: string, route: string, known: Record<string, Promise<string>> = {}, stored: Record<string, string> = {}): string[] => {
    const fetched: string[] = [];
    const window = { __kbFetches: known } as { __kbFetches: Record<string, Promise<string>> };
    runInNewContext(code, {
      window,
      localStorage: { getItem: (k: string) => stored[k] ?? null },
      location: new URL(href),
      URL,
      URLSearchParams,
      document: { querySelector: (sel: string) => (sel === 'meta[name="kb-route"]' ? { content: route } : null) },
      fetch: (url: string) => (fetched.push(url), Promise.resolve({ ok: true, status: 200, text: async () => '{}' })),
    });
    expect(Object.keys(window.__kbFetches)).toEqual(expect.arrayContaining(fetched));
    return fetched;
  };

  it('is built as one inline script without a file of its own, and cannot close its <script> element', async () => {
    const { mkdtempSync, existsSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeClientAssets } = await import('../../src/site/assets');
    const out = mkdtempSync(join(tmpdir(), 'kb-assets-'));
    try {
      const r = await writeClientAssets(out, process.cwd(), index);
      code = r.bootstrap;
      expect(code.length).toBeGreaterThan(100);
      expect(code.length).toBeLessThan(3000);
      expect(code).not.toMatch(/<\/script/i);
      expect(code).toContain(index.meta);
      expect(readdirSync(join(out, 'assets')).filter((f) => f.startsWith('prefetch'))).toEqual([]);
      expect(existsSync(join(out, 'assets', r.names.search))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('fetches the metadata and the vocabularies of the query scripts, relative to the page, under any base', () => {
    expect(run('http://h/search/?q=%E5%82%B5%E5%8B%99%E4%BA%BA', 'search/')).toEqual(['http://h/search-index/meta.0123456789.json', 'http://h/search-index/vocab-han.aaaaaaaaaa.json']);
    expect(run('https://h/kb/search/index.html?q=llamar+a+%EA%B0%80%EC%A1%B1', 'search/')).toEqual([
      'https://h/kb/search-index/meta.0123456789.json',
      'https://h/kb/search-index/vocab-hangul.bbbbbbbbbb.json',
      'https://h/kb/search-index/vocab-latin.cccccccccc.json',
    ]);
    // No query: the metadata only (the page browses the corpus).
    expect(run('http://h/search/', 'search/')).toEqual(['http://h/search-index/meta.0123456789.json']);
  });

  it('leaves files already asked for alone, and does nothing from file://', () => {
    const known = { 'http://h/search-index/meta.0123456789.json': Promise.resolve('{}') };
    expect(run('http://h/search/?q=amenazas', 'search/', known)).toEqual(['http://h/search-index/vocab-latin.cccccccccc.json']);
    expect(run('file:///tmp/site/search/index.html?q=amenazas', 'search/')).toEqual([]);
  });

  it('does not fetch the files an earlier visit kept in localStorage (src/client/store.ts)', () => {
    const stored = { 'kb-index:http://h/search-index/meta.0123456789.json': '{}' };
    expect(run('http://h/search/?q=amenazas', 'search/', {}, stored)).toEqual(['http://h/search-index/vocab-latin.cccccccccc.json']);
    // A copy from another build (another hash) does not count.
    expect(run('http://h/search/?q=amenazas', 'search/', {}, { 'kb-index:http://h/search-index/meta.9999999999.json': '{}' })).toHaveLength(2);
  });
});
