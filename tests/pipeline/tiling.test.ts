import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/pipeline/run';
import { fold } from '../../src/text/fold';
import { nullTagger, segmentText, summaryTiling, tilingProblem } from './helpers';

const extraDir = '../shared/extra';
const extras = (() => {
  try {
    return readdirSync(extraDir).filter((f) => f.endsWith('.txt')).map((f) => `${extraDir}/${f}`);
  } catch {
    return [];
  }
})();

describe('passages and dropped spans tile every source exactly', () => {
  const result = runIngest({ tagger: nullTagger, files: extras });

  it('ingests every seed and extra text without errors', () => {
    expect(result.errors).toEqual([]);
    expect(result.sources.length).toBeGreaterThanOrEqual(5 + extras.length);
  });

  it.each(result.sources.map((s) => [s.source, s] as const))('tiles %s', (name, summary) => {
    const path = summary.source.startsWith('ext_') ? `${extraDir}/${name}` : `content/sources/${name}`;
    const text = readFileSync(path, 'utf8');
    const ps = result.passages.filter((p) => p.source === name);
    expect(ps.length).toBeGreaterThan(0);
    expect(summaryTiling(text, summary, ps)).toBeNull();
    // Dropped spans hold only whitespace, separators, markup or controls: never prose.
    for (const d of summary.dropped) if (d.reason === 'whitespace') expect(text.slice(d.start, d.end).trim()).toBe('');
  });

  it('keeps every passage within 600 characters', () => {
    const over = result.passages.filter((p) => p.text.length > 600);
    expect(over.map((p) => p.id)).toEqual([]);
  });

  it('gives unique ids', () => {
    const ids = result.passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** Random documents mixing the four scripts, list markers, boilerplate and odd whitespace. */
const fragment = fc.constantFrom(
  '催收员应当依法催收，不得辱骂客户。', '債權人可以申請支付命令。', '職責(zé)', '繼續(xù)', 'ㄘㄨㄟ', '채무자에게 연락하세요. ', '분할 상환이 가능합니다.',
  'Le ofrecemos un plan de pagos. ', '¿Puede pagar hoy? ', 'Call the debtor politely. ', '\n', '\n\n', '\r\n', '  ', '\t', '1. ', '(一)', '第2篇:', '①',
  '첫째, ', 'Primero, ', '3) ', '_第1頁', '版权声明:本站内容来自网络', '<script>alert(1)</script>', '<p>', '---', '\u200b', '\u202e', '\u0000',
  '😀', '𠀀', 'a', '。', '!', '?', '\uFEFF',
);
const documents = fc.array(fragment, { minLength: 0, maxLength: 80 }).map((a) => a.join(''));

describe('tiling holds on generated documents', () => {
  it('tiles any mix of scripts, markers, artefacts and boilerplate', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const seg = segmentText(text);
        const problem = tilingProblem(text.length, [...seg.segments, ...seg.dropped]);
        expect(problem).toBeNull();
        for (const s of seg.segments) expect(text.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps folded offsets valid after Traditional folding and artefact removal', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const folded = fold(text);
        expect(folded.length).toBe(text.length);
        // An artefact never survives into the folded text.
        expect(folded).not.toMatch(/\(zé\)|ㄘ/);
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a long line without punctuation into pieces of at most 600 characters', () => {
    const text = '催收'.repeat(5000) + ' debt'.repeat(2000);
    const seg = segmentText(text);
    expect(tilingProblem(text.length, [...seg.segments, ...seg.dropped])).toBeNull();
    expect(Math.max(...seg.segments.map((s) => s.end - s.start))).toBeLessThanOrEqual(600);
  });
});
