import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { indexScript } from '../../src/site/assets';

describe('indexScript', () => {
  it.each([
    ['quotes and backslashes', { a: 'dijo "ya" y \'no\'', b: 'C:\\ruta\\n' }],
    ['line separators and astral characters', { t: 'a\u2028b\u2029c 𠮷 😀 \n\t' }],
    ['markup', { t: '</script><script>alert(1)</script>' }],
    ['CJK and Hangul', { t: '催收人員聯繫債權人 가족에게 연락' }],
  ])('carries JSON with %s through a classic script unchanged', (_name, value) => {
    const json = JSON.stringify(value);
    const window: { __kbSearchIndex?: string } = {};
    runInNewContext(indexScript(json), { window });
    expect(window.__kbSearchIndex).toBe(json);
    expect(JSON.parse(window.__kbSearchIndex!)).toEqual(value);
  });

  it('adds only the escapes it needs', () => {
    const json = JSON.stringify({ t: 'x'.repeat(1000) });
    expect(indexScript(json).length - json.length).toBeLessThan(40);
  });
});
