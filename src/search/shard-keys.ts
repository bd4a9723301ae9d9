/**
 * Rules shared by the index build, the page's prefetch script (src/client/prefetch.ts) and the
 * search page: which postings file holds a term, and which vocabularies a query consults. Imports
 * nothing heavy, so the prefetch script stays tiny.
 */
import { lastAtOrBelow } from '../text/range';

export type Script = 'han' | 'hangul' | 'latin';

/**
 * The postings file of a term, or the text fragment of a passage position: the index of the last
 * entry of `from` (sorted, from[0] ≤ any key) that is ≤ `key`.
 */
export const rangeShard: <K extends string | number>(key: K, from: readonly K[]) => number = lastAtOrBelow;

/**
 * Scripts whose vocabulary a query may consult (a superset: loading one too many is harmless, one
 * too few is not). By code point, not with `\p{Script=…}` regexes: compiling those cost the
 * prefetch script 10–17 ms of a cold page. Han: the unified ideographs (and extension A,
 * extension A); the radicals, ideographic marks, compatibility ideographs and every astral
 * character (extensions B–H) count as Han and as Latin, so both vocabularies load. Hangul: jamo
 * and syllables; compatibility and half-width jamo count as Hangul and as Latin. Quotation marks
 * and other punctuation (ASCII, ‘’“”, 、。〃, 〈〉《》「」『』【】) count as nothing: the analyser makes
 * words of letters and digits only, so `"逾期客户"` needs the Han vocabulary alone (the Latin one is
 * 19 KB gzip at 10×). Anything else but white space: Latin.
 */
export function queryScripts(q: string): Script[] {
  let han = false;
  let hangul = false;
  let latin = false;
  for (let i = 0; i < q.length; i++) {
    const c = q.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) han = true;
    else if ((c >= 0x2e80 && c <= 0x2fdf) || (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303b) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff)) han = latin = true;
    else if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7a3)) hangul = true;
    else if ((c >= 0x3130 && c <= 0x318f) || (c >= 0xd7a4 && c <= 0xd7af) || (c >= 0xffa0 && c <= 0xffdc)) hangul = latin = true;
    else if (!WHITE.test(q[i]) && !PUNCT(c)) latin = true;
  }
  const out: Script[] = [];
  if (han) out.push('han');
  if (hangul) out.push('hangul');
  if (latin) out.push('latin');
  return out;
}

const WHITE = /\s/;
const PUNCT = (c: number): boolean =>
  (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e) || (c >= 0x2018 && c <= 0x201f) || (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011);
