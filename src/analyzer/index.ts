/**
 * The one analyzer shared by ingest (Node), the tagger, the index builder and the browser query
 * side, so both ends of a search always agree. No `node:` or DOM imports: jieba is injected.
 *
 *   analyze('催收人員聯繫債權人的家人', 'zh-Hant')
 *     → 催收 人员 联系 债权 债权人 家人 … (terms Simplified, offsets into the original text)
 *   analyze('가족에게 방문했다', 'ko') → 가족에게 가족 방문했다 방문
 *   analyze('No debe llamarle', 'es')  → debe llam
 *
 * Text is first folded with src/text/fold.ts (same length: Traditional → Simplified, full-width →
 * ASCII, lower case, pinyin/zhuyin artefacts blanked). Each run is then analysed by its script,
 * whatever the passage language: Han runs are segmented (whitespace between two Han characters,
 * left by a blanked artefact, is removed first with an offset map), Hangul eojeol get stems, Latin
 * words get the Spanish or English stemmer according to `lang` (the accent-free lower-case word
 * for other languages).
 */
import type { Lang } from '../records';
import { fold, foldQuery } from '../text/fold';
import { hanRuns, maxMatch, findWords, bigrams, ZH_STOP, type Piece, type Segmenter, type Vocabulary } from './zh';
import { koStems, koStem, KO_STOP } from './ko';
import { esStem, enStem, stripAccents, ES_STOP, EN_STOP } from './latin';

export type { Vocabulary, Piece } from './zh';
export { maxMatch, findWords, bigrams, hanRuns, ZH_STOP } from './zh';
export { koStems, KO_STOP } from './ko';
export { esStem, enStem, stripAccents, stripEnclitics, ES_STOP, EN_STOP } from './latin';

/** One term with its offsets into the text given to `analyze` (end exclusive). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

export interface AnalyzeOptions {
  /** Segment Han runs by maximum matching against this vocabulary (query side), even when a segmenter is registered. */
  vocabulary?: Vocabulary;
  /** Mark only these words in Han runs (no segmentation; see `findWords`): for highlighting. */
  hanWords?: Iterable<string>;
  /**
   * Analyse only the Latin words whose first two letters (accent-free) are in this set: stems keep
   * a word's beginning, so a caller looking for known terms (highlighting) skips the stemmer elsewhere.
   */
  latinPrefixes?: Set<string>;
  /** `fold(text)` when the caller already has it (it must be exactly that). */
  folded?: string;
}

let chineseSegmenter: Segmenter | null = null;
let chineseVocabulary: Vocabulary | null = null;

/**
 * Register a Chinese segmenter (jieba at index time). `cut` receives Simplified Han text without
 * spaces and returns words with UTF-16 offsets into it; overlapping words are allowed.
 */
export function setChineseSegmenter(cut: ((text: string) => Array<{ word: string; start: number; end: number }>) | null): void {
  chineseSegmenter = cut;
}

/** Register a default vocabulary for maximum matching when no segmenter is registered. */
export function setChineseVocabulary(vocabulary: Vocabulary | null): void {
  chineseVocabulary = vocabulary;
}

export function hasChineseSegmenter(): boolean {
  return chineseSegmenter !== null;
}

const LATIN_WORD = /[\p{Script=Latin}\p{N}]+(?:['’][\p{Script=Latin}]+)*/gu;
const HANGUL_WORD = /[\uac00-\ud7a3]+/gu;

/** Term of one Latin-script word in a passage of language `lang`, or null for a stop word. */
export function latinTerm(word: string, lang: Lang): string | null {
  const w = word.toLowerCase();
  if (lang === 'es') return ES_STOP.has(w) ? null : esStem(w);
  if (lang === 'en') return EN_STOP.has(w) ? null : enStem(w);
  return stripAccents(w);
}

function segmentHan(text: string, options: AnalyzeOptions): Piece[] {
  if (options.hanWords) return findWords(text, options.hanWords);
  if (options.vocabulary) return maxMatch(text, options.vocabulary);
  if (chineseSegmenter) return chineseSegmenter(text);
  if (chineseVocabulary) return maxMatch(text, chineseVocabulary);
  return bigrams(text);
}

/** Index-time / tagger analysis of `text` in a known language; terms are normalised stems. */
export function analyze(text: string, lang: Lang, options: AnalyzeOptions = {}): Token[] {
  const folded = options.folded ?? fold(text.normalize('NFC').length === text.length ? text.normalize('NFC') : text);
  const out: Token[] = [];

  for (const run of hanRuns(folded)) {
    for (const p of segmentHan(run.text, options)) {
      if (!p.word || p.end <= p.start) continue;
      if (p.word.length === 1 && ZH_STOP.has(p.word)) continue;
      if (!/\p{Script=Han}/u.test(p.word)) continue;
      out.push({ term: p.word, start: run.map[p.start], end: run.map[p.end - 1] + 1 });
    }
  }

  for (const m of folded.matchAll(HANGUL_WORD)) {
    const word = m[0];
    const start = m.index!;
    const end = start + word.length;
    if (!KO_STOP.has(word)) out.push({ term: word, start, end });
    for (const s of koStems(word)) if (!KO_STOP.has(s)) out.push({ term: s, start, end });
  }

  for (const m of folded.matchAll(LATIN_WORD)) {
    if (options.latinPrefixes && !options.latinPrefixes.has(latinPrefix(m[0]))) continue;
    const term = latinTerm(m[0], lang);
    if (term) out.push({ term, start: m.index!, end: m.index! + m[0].length });
  }

  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** First two letters of a word or term, lower-case and accent-free (see `latinPrefixes`). */
export function latinPrefix(word: string): string {
  return stripAccents(word.slice(0, 2).toLowerCase());
}

/**
 * Stem one word (es / en / ko) the way `analyze` does. For Chinese the word is only folded
 * (Traditional → Simplified, artefacts and spaces removed); it is not segmented.
 */
export function stem(word: string, lang: Lang): string {
  const w = foldQuery(word);
  if (/\p{Script=Han}/u.test(w)) return w.replace(/\s+/g, '');
  if (/[\uac00-\ud7a3]/.test(w)) return koStem(w);
  if (lang === 'es') return esStem(w);
  if (lang === 'en') return enStem(w);
  return stripAccents(w);
}
