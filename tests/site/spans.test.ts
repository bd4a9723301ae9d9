import { describe, expect, it } from 'vitest';
import { snippetWindow, splitBySpans } from '../../src/site/spans';

describe('splitBySpans', () => {
  it.each([
    ['no spans', 'abcdef', [], [['abcdef', 0]]],
    ['one span', 'abcdef', [{ start: 1, end: 3 }], [['a', 0], ['bc', 1], ['def', 0]]],
    ['overlap', 'abcdef', [{ start: 0, end: 4 }, { start: 2, end: 6 }], [['ab', 1], ['cd', 2], ['ef', 1]]],
    ['out of range', 'abc', [{ start: 2, end: 9 }, { start: 5, end: 7 }], [['ab', 0], ['c', 1]]],
    ['empty span', 'abc', [{ start: 1, end: 1 }], [['abc', 0]]],
  ])('%s', (_name, text, spans, expected) => {
    const pieces = splitBySpans(text, spans);
    expect(pieces.map((p) => [p.text, p.spans.length])).toEqual(expected);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('marks where each span closes', () => {
    const pieces = splitBySpans('협박하지 마세요', [{ start: 0, end: 4 }, { start: 0, end: 2 }]);
    expect(pieces.map((p) => p.closing.length)).toEqual([1, 1, 0]);
  });
});

describe('snippetWindow', () => {
  it('keeps a short text whole', () => {
    expect(snippetWindow('corto', [{ start: 1, end: 2 }], 10)).toEqual({ start: 0, end: 5 });
  });

  it('centres a long text on its first span and stays inside the text', () => {
    const text = 'x'.repeat(500);
    for (const at of [0, 10, 250, 495]) {
      const w = snippetWindow(text, [{ start: at, end: at + 3 }], 50);
      expect(w.end - w.start).toBe(100);
      expect(w.start).toBeLessThanOrEqual(at);
      expect(w.end).toBeGreaterThanOrEqual(Math.min(500, at + 3));
      expect(w.start).toBeGreaterThanOrEqual(0);
      expect(w.end).toBeLessThanOrEqual(500);
    }
  });
});
