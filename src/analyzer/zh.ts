/**
 * Chinese analysis on folded (Simplified, lower-cased) text: joins Han characters that a blanked
 * pinyin/zhuyin artefact separated, then segments each Han run with the registered segmenter
 * (jieba at index time), else forward/backward maximum matching against a vocabulary, else bigrams.
 * Offsets are always offsets into the text given to `analyzeHan`.
 */
export interface Piece { word: string; start: number; end: number }
export type Segmenter = (text: string) => Piece[];
export type Vocabulary = { has(word: string): boolean };

/** Function characters that never become terms on their own. */
export const ZH_STOP = new Set('的了和是在也就都而及与着或等之其于以把被这那个吗呢吧啊么'.split(''));

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string): boolean => HAN.test(ch);

/**
 * Han runs of `folded` with whitespace between two Han characters removed; `map[i]` is the
 * offset in `folded` of the i-th character of `text`.
 */
export function hanRuns(folded: string): Array<{ text: string; map: number[] }> {
  const runs: Array<{ text: string; map: number[] }> = [];
  let cur: { chars: string[]; map: number[] } | null = null;
  let i = 0;
  while (i < folded.length) {
    const cp = folded.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const w = ch.length;
    if (isHan(ch)) {
      if (!cur) cur = { chars: [], map: [] };
      cur.chars.push(ch);
      for (let k = 0; k < w; k++) cur.map.push(i + k);
      i += w;
      continue;
    }
    if (cur && /\s/.test(ch)) {
      // Skip a whitespace run only when a Han character follows it.
      let j = i;
      while (j < folded.length && /\s/.test(folded[j])) j++;
      if (j < folded.length && isHan(String.fromCodePoint(folded.codePointAt(j)!))) {
        i = j;
        continue;
      }
    }
    if (cur) runs.push({ text: cur.chars.join(''), map: cur.map }), (cur = null);
    i += w;
  }
  if (cur) runs.push({ text: cur.chars.join(''), map: cur.map });
  return runs;
}

/** Longest vocabulary word (length ≤ maxLen) starting at `i`, or null. */
function longestAt(text: string, i: number, vocab: Vocabulary, maxLen: number): string | null {
  for (let n = Math.min(maxLen, text.length - i); n >= 2; n--) {
    const w = text.slice(i, i + n);
    if (vocab.has(w)) return w;
  }
  return null;
}

function longestEndingAt(text: string, end: number, vocab: Vocabulary, maxLen: number): string | null {
  for (let n = Math.min(maxLen, end); n >= 2; n--) {
    const w = text.slice(end - n, end);
    if (vocab.has(w)) return w;
  }
  return null;
}

/**
 * Bidirectional maximum matching. Characters not covered by any vocabulary word of length ≥ 2 are
 * kept as single characters when the vocabulary has them, otherwise grouped into one unknown run.
 */
export function maxMatch(text: string, vocab: Vocabulary, maxLen = 8): Piece[] {
  const fwd: Piece[] = [];
  for (let i = 0; i < text.length; ) {
    const w = longestAt(text, i, vocab, maxLen);
    const n = w ? w.length : 1;
    fwd.push({ word: text.slice(i, i + n), start: i, end: i + n });
    i += n;
  }
  const bwd: Piece[] = [];
  for (let e = text.length; e > 0; ) {
    const w = longestEndingAt(text, e, vocab, maxLen);
    const n = w ? w.length : 1;
    bwd.unshift({ word: text.slice(e - n, e), start: e - n, end: e });
    e -= n;
  }
  const singles = (p: Piece[]) => p.filter((x) => x.word.length === 1).length;
  const best = bwd.length < fwd.length || (bwd.length === fwd.length && singles(bwd) < singles(fwd)) ? bwd : fwd;
  return groupUnknown(best, vocab);
}

function groupUnknown(pieces: Piece[], vocab: Vocabulary): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const unknown = p.word.length === 1 && !vocab.has(p.word);
    if (unknown && prev && prev.end === p.start && prev.word.length >= 1 && !vocab.has(prev.word)) {
      out[out.length - 1] = { word: prev.word + p.word, start: prev.start, end: p.end };
    } else out.push(p);
  }
  return out;
}

/**
 * Occurrences of the given words in `text`, leftmost first and longest first where they overlap,
 * without overlaps: a cheap segmentation when only a few known words matter (highlighting).
 */
export function findWords(text: string, words: Iterable<string>): Piece[] {
  const hits: Piece[] = [];
  for (const w of words) {
    if (!w) continue;
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) hits.push({ word: w, start: i, end: i + w.length });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}

/** Overlapping character bigrams (a single character stays a unigram). */
export function bigrams(text: string): Piece[] {
  if (text.length < 2) return text ? [{ word: text, start: 0, end: text.length }] : [];
  const out: Piece[] = [];
  for (let i = 0; i + 2 <= text.length; i++) out.push({ word: text.slice(i, i + 2), start: i, end: i + 2 });
  return out;
}
