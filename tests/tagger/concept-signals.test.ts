import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/records';
import { conceptSignals, conceptSignalsIn } from '../../src/tagger/concept-signals';
import { modelFeatures } from '../../src/tagger/index';
import { hashFeature } from '../../src/tagger/learned';
import { passage } from './helpers';

// Sentences written for this test: the same situation in five languages/scripts meets one concept id.
describe('concept signals of the learned model', () => {
  it.each([
    ['把情况告诉他的家人', 'zh-Hans'],
    ['把情況告訴他的家人', 'zh-Hant'],
    ['가족에게 알렸습니다', 'ko'],
    ['le avisamos a su familia', 'es'],
    ['we told his family about it', 'en'],
  ] as Array<[string, Lang]>)('%s names the family concept', (text, lang) => {
    expect(conceptSignals(text, lang)).toContain('family');
  });

  it.each([
    ['到他单位找他的同事', 'zh-Hans'],
    ['직장으로 찾아가세요', 'ko'],
    ['llame a su jefe', 'es'],
    ['call him at his workplace', 'en'],
  ] as Array<[string, Lang]>)('%s names the workplace concept', (text, lang) => {
    expect(conceptSignals(text, lang)).toContain('workplace');
  });

  it('names nothing in text off the topic', () => {
    expect(conceptSignals('今天天气很好，我们去公园散步', 'zh-Hans')).not.toContain('family');
    expect(conceptSignals('el tren salió a las ocho', 'es')).toEqual([]);
  });

  it('finds each span its own concepts, from one analysis of the text', () => {
    const text = 'Llame a su jefe. Avise a su familia.';
    const cut = text.indexOf('Avise');
    const [first, second] = conceptSignalsIn(text, 'es', [{ start: 0, end: cut }, { start: cut, end: text.length }]);
    expect(first).toContain('workplace');
    expect(first).not.toContain('family');
    expect(second).toContain('family');
    expect(second).not.toContain('workplace');
  });

  // The model sees which stance governs the sentence that names a concept: the same concept advised and
  // forbidden are different features.
  it.each([
    ['到他单位找他的领导，直接告诉他的家人。', '严禁联系借款人的家人。', 'zh-Hans'],
    ['가족에게 바로 알리세요.', '가족에게 알리면 안 됩니다.', 'ko'],
    ['Llame a su familia y cuénteles todo.', 'Nunca llame a su familia.', 'es'],
  ] as Array<[string, string, Lang]>)('%s and %s give different concept × stance features', (advised, forbidden, lang) => {
    const has = (text: string, signal: string): boolean =>
      modelFeatures(passage(text, lang)).some((f) => f.h === hashFeature(`s${signal}`));
    expect(has(advised, 'sc:advise:family')).toBe(true);
    expect(has(advised, 'sc:warn:family')).toBe(false);
    expect(has(forbidden, 'sc:warn:family')).toBe(true);
    expect(has(forbidden, 'sc:advise:family')).toBe(false);
  });
});
