import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { contentHash, dataScript } from '../../src/site/assets';

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
