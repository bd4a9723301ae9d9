import { describe, expect, it } from 'vitest';
import { findArtefacts, fold, foldTable, foldUnit, hanScriptVotes, traditionalMap } from '../../src/text/fold';

describe('fold', () => {
  it('agrees with foldUnit on every UTF-16 unit (the table is only a faster form of it)', () => {
    const table = foldTable();
    const map = traditionalMap();
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (table[c] !== foldUnit(String.fromCharCode(c), map).charCodeAt(0)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ['債權人', '债权人'],
    ['ＡＢＣ１２３', 'abc123'],
    ['「催收」。', '"催收".'],
    ['AMENAZÓ', 'amenazó'],
    ['채무자', '채무자'],
  ])('folds %s to %s without changing the length', (text, folded) => {
    expect(fold(text)).toBe(folded);
    expect(fold(text).length).toBe(text.length);
  });

  it('blanks pinyin glosses after Han characters but not Spanish parentheses', () => {
    expect(fold('職責(zé)')).toBe('职责    ');
    expect(findArtefacts('un café (olé) ahora')).toEqual([]);
  });

  it('keeps surrogate pairs intact', () => {
    expect(fold('𠀀😀')).toBe('𠀀😀');
  });

  it('votes Traditional or Simplified by characters only one script uses', () => {
    expect(hanScriptVotes('債務人應當還款').hant).toBeGreaterThan(0);
    expect(hanScriptVotes('债务人应当还款').hans).toBeGreaterThan(0);
  });
});
