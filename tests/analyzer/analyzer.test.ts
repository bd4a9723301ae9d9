import { describe, it, expect, afterEach } from 'vitest';
import { analyze, stem, setChineseSegmenter, setChineseVocabulary, maxMatch, latinPrefix, type Token } from '../../src/analyzer/index';
import type { Lang } from '../../src/records';

const terms = (text: string, lang: Lang): string[] => analyze(text, lang).map((t) => t.term);
const stemsOf = (text: string, lang: Lang): Set<string> => new Set(terms(text, lang));
const shares = (a: string, b: string, lang: Lang): boolean => [...stemsOf(a, lang)].some((t) => stemsOf(b, lang).has(t));

/** Every token's offsets are inside the text, and non-empty. */
function offsetsValid(text: string, tokens: Token[]): boolean {
  return tokens.every((t) => t.start >= 0 && t.end <= text.length && t.start < t.end);
}

afterEach(() => {
  setChineseSegmenter(null);
  setChineseVocabulary(null);
});

describe('analyze: Korean', () => {
  it.each([
    ['방문하다', '방문했다'],
    ['방문하다', '방문해서'],
    ['방문하다', '방문을'],
    ['방문했다', '방문할'],
    ['독촉하는', '독촉했습니다'],
    ['연락하지', '연락됐다'],
    ['알리다', '알렸다'],
    ['알리다', '알려서'],
    ['알리다', '알립니다'],
    ['가족에게', '가족들을'],
    ['보증인한테', '보증인의'],
    ['갚다', '갚았다'],
  ])('lets %s and %s meet on a shared stem', (a, b) => {
    expect(shares(a, b, 'ko')).toBe(true);
  });

  it('keeps the surface eojeol as a term beside its stem', () => {
    expect(terms('개인회생을', 'ko')).toEqual(expect.arrayContaining(['개인회생을', '개인회생']));
  });

  it.each([
    ['나이가', '나'],
    ['우려가', '우리'],
    ['방문을', '방'],
    ['이자를', '이'],
  ])('does not strip %s down to the unrelated word %s', (word, wrong) => {
    expect(terms(word, 'ko')).not.toContain(wrong);
  });

  it('gives every token of a sentence offsets that cover its eojeol', () => {
    const text = '채권자가 어제 집에 찾아왔다.';
    const tokens = analyze(text, 'ko');
    expect(offsetsValid(text, tokens)).toBe(true);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toMatch(/^[가-힣]+$/);
  });

  it('stems a single word the way analyze does', () => {
    expect(stem('방문했다', 'ko')).toBe('방문');
    expect(terms('방문했다', 'ko')).toContain(stem('방문해서', 'ko'));
  });
});

describe('analyze: Spanish', () => {
  it.each([
    ['amenazar', 'amenazó'],
    ['amenazas', 'amenazaron'],
    ['llamarle', 'llamadas'],
    ['llamarte', 'llamó'],
    ['negociación', 'negociacion'],
    ['cobradores', 'cobrador'],
    ['demandar', 'demandas'],
  ])('lets %s and %s meet', (a, b) => {
    expect(shares(a, b, 'es')).toBe(true);
  });

  it('drops stop words and removes accents after stemming', () => {
    const t = terms('La negociación con el deudor', 'es');
    expect(t).not.toContain('la');
    expect(t).not.toContain('el');
    expect(t.every((x) => !/[áéíóú]/.test(x))).toBe(true);
  });

  it('keeps accents of a Spanish word from becoming a Chinese artefact', () => {
    expect(terms('pagar (café) ahora', 'es')).toContain(stem('café', 'es'));
  });
});

describe('analyze: English', () => {
  it.each([
    ['harass', 'harassing'],
    ['threatening', 'threatened'],
    ['calls', 'calling'],
  ])('lets %s and %s meet', (a, b) => {
    expect(shares(a, b, 'en')).toBe(true);
  });

  it('drops English stop words', () => {
    expect(terms('at the workplace of the debtor', 'en')).toEqual([stem('workplace', 'en'), stem('debtor', 'en')]);
  });
});

describe('analyze: Chinese', () => {
  const vocab = new Set(['债权人', '债权', '催收', '公司', '岗位', '职责', '家人', '联系']);

  it('folds Traditional to Simplified so 債權人 and 债权人 give the same terms', () => {
    setChineseVocabulary(vocab);
    expect(terms('債權人', 'zh-Hant')).toEqual(terms('债权人', 'zh-Hans'));
    expect(terms('債權人', 'zh-Hant')).toContain('债权人');
  });

  it('creates no term from pinyin glosses or zhuyin', () => {
    setChineseVocabulary(vocab);
    const t = terms('崗位職責(zé)與 ㄘㄨㄟ ㄕㄡ 催收', 'zh-Hant');
    expect(t.some((x) => /[a-zé]|ㄘ|ㄨ|ㄟ/.test(x))).toBe(false);
    expect(t).toContain('职责');
  });

  it('joins a word split by a blanked gloss and keeps offsets into the original', () => {
    setChineseVocabulary(vocab);
    const text = '催收公司崗位職(zhí)責';
    const tok = analyze(text, 'zh-Hant').find((t) => t.term === '职责')!;
    expect(tok).toBeDefined();
    expect(text.slice(tok.start, tok.end)).toBe('職(zhí)責');
  });

  it('uses a registered segmenter and maps its offsets back', () => {
    setChineseSegmenter((s) => [...s].map((ch, i) => ({ word: ch, start: i, end: i + 1 })));
    const text = '甲 乙丙';
    const t = analyze(text, 'zh-Hans');
    expect(t.map((x) => x.term)).toEqual(['甲', '乙', '丙']);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['甲', '乙', '丙']);
  });

  it('falls back to character bigrams without segmenter or vocabulary', () => {
    expect(terms('联系家人', 'zh-Hans')).toEqual(['联系', '系家', '家人']);
  });

  it('segments by maximum matching against a vocabulary', () => {
    expect(maxMatch('联系债权人家人', vocab).map((p) => p.word)).toEqual(['联系', '债权人', '家人']);
  });
});

describe('analysis restricted to wanted words (highlighting)', () => {
  it.each([
    ['es', 'El gestor visitó al cliente y después lo llamó por teléfono', 'visitar', ['visitó']],
    ['es', 'Amenazaron con demandarlo si no pagaba la cuota', 'demandar', ['demandarlo']],
    ['en', 'They kept calling his employer every single morning', 'employer', ['employer']],
  ] as const)('%s: stems only the words that share the first two letters of a wanted term (%s)', (lang, text, wantedWord, marked) => {
    const wanted = stem(wantedWord, lang);
    const tokens = analyze(text, lang, { latinPrefixes: new Set([latinPrefix(wanted)]) });
    expect(tokens.filter((t) => t.term === wanted).map((t) => text.slice(t.start, t.end))).toEqual(marked);
    expect(tokens.length).toBeLessThan(analyze(text, lang).length);
  });

  it('leaves Hangul and Han words alone', () => {
    const text = '방문했다 上门催收 visita';
    const tokens = analyze(text, 'ko', { latinPrefixes: new Set() });
    expect(tokens.some((t) => t.term === '방문')).toBe(true);
    expect(tokens.some((t) => /\p{Script=Han}/u.test(t.term))).toBe(true);
    expect(tokens.some((t) => /visit/.test(t.term))).toBe(false);
  });
});
