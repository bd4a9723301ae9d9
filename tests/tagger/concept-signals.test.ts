import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/records';
import { conceptSignals } from '../../src/tagger/concept-signals';

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
});
