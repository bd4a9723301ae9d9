/**
 * Index/query symmetry: a passage's own phrases, analysed as queries, produce terms of that
 * passage, and searching for them finds the passage with every word matched.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analyzer/index';
import { fold } from '../../src/text/fold';
import { fixtureEngine, PASSAGES } from './fixture';

const engine = fixtureEngine();
const docs = PASSAGES.filter((p) => !p.duplicateOf);

/** Token boundaries of a passage (start offsets of its words, in order). */
function boundaries(text: string, lang: (typeof docs)[number]['lang']): Array<{ start: number; end: number }> {
  const seen = new Map<number, number>();
  for (const t of analyze(text, lang)) seen.set(t.start, Math.max(seen.get(t.start) ?? 0, t.end));
  return [...seen.entries()].map(([start, end]) => ({ start, end })).sort((a, b) => a.start - b.start);
}

describe('index/query symmetry', () => {
  it('turns every phrase of a passage into query words that all occur in that passage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docs.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (di, from, len) => {
        const doc = docs[di];
        const words = boundaries(doc.text, doc.lang);
        if (!words.length) return true;
        const a = words[from % words.length];
        const b = words[Math.min(words.length - 1, (from % words.length) + len - 1)];
        const phrase = doc.text.slice(a.start, Math.max(a.end, b.end));
        const docTerms = new Set(analyze(doc.text, doc.lang).map((t) => t.term));
        const aq = engine.analyze(phrase);
        for (const g of aq.groups) expect([...g.terms.keys()].some((t) => docTerms.has(t)), `${phrase} / ${g.surface}`).toBe(true);
        if (aq.groups.length) {
          const hit = engine.search(phrase, { includeNoise: true, limit: 100 }).results.find((r) => r.id === doc.id);
          expect(hit?.tier, phrase).toBe('all');
        }
        return true;
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('gives Han tokens offsets whose folded text is the term (artefacts and spaces skipped)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('債', '權', '人', '催', '收', '(zé)', ' ', 'ㄘㄨㄟ', '家', 'a', '。', '방문', '했다'), { maxLength: 30 }),
        (parts) => {
          const text = parts.join('');
          for (const t of analyze(text, 'zh-Hant')) {
            expect(t.start).toBeGreaterThanOrEqual(0);
            expect(t.end).toBeLessThanOrEqual(text.length);
            if (/\p{Script=Han}/u.test(t.term)) {
              const slice = fold(text.slice(t.start, t.end)).replace(/[^\p{Script=Han}]/gu, '');
              expect(slice).toBe(t.term);
            }
          }
          return true;
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
