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
