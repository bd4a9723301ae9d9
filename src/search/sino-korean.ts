/**
 * Sino-Korean bridge between the index's Chinese and Korean words (no `node:` imports).
 *
 * Many Korean words are Chinese words read aloud: 債權 is read 채권, 償還 상환, 破産 파산. At index
 * time every Han word of the index is read character by character (the `hanja` package's table,
 * registered by the caller: src/search/hanja-node.ts); when the reading is itself a Hangul index
 * term the two words are a pair. Readings also make homophone false friends (家访 reads
 * 가방 "bag", 控制 reads 공제 "deduction", 措辞 reads 조사 like 调查), so a Chinese word is read only if
 *
 *  1. the Chinese word is a dictionary word (CC-CEDICT headword), not a segmentation artefact
 *     (`中要`, `一整`), and both words have ≥ 2 syllables;
 *  2. it is the dominant dictionary word of its reading among the index's Han words (at least
 *     `DOMINANCE` times as many passages as the next one): a reading several Chinese words share
 *     (자신: 自信, 自身, 资信) stands for the common one or for none.
 *
 * The bridge works both ways through the index field `sino`: a Chinese passage holding 债权 carries
 * the term `s:채권` (for every word kept, whether or not a Korean passage uses 채권), a Korean passage
 * holding 채권 carries `s:债权`; a Korean query word asks for `s:<its stems>`, a Chinese one for
 * `s:<its word>`. Such a match covers the word the way a
 * concept does (never a literal match) and weighs less than a concept the query names.
 */

/** Reading of a Han word in Hangul, or null when a character has none. */
export type HanjaReading = (han: string) => string | null;

let registered: HanjaReading | null = null;
/** Register the reading table (Node, at index time: src/search/hanja-node.ts). */
export function setHanjaReading(reading: HanjaReading | null): void {
  registered = reading;
}
/** The registered reading table, if any. */
export const hanjaReading = (): HanjaReading | null => registered;

/** Index field and term prefix of the bridge. */
export const SINO_FIELD = 'sino';
export const sinoTerm = (word: string): string => `s:${word}`;
export const isSinoTerm = (t: string): boolean => t.startsWith('s:');

/** A reading must belong to a word this many times as frequent as the next word with that reading. */
export const DOMINANCE = 2;

export interface SinoInput {
  /** Han and Hangul index terms with the passages (any ids) that hold them. */
  han: Map<string, Set<number>>;
  hangul: Map<string, Set<number>>;
  reading: HanjaReading;
  /** Is this Simplified word a dictionary headword? */
  isWord: (han: string) => boolean;
}

export interface SinoPair {
  han: string;
  hangul: string;
}

/**
 * The readable Chinese words (rules 1–2): Han index words that are dictionary words of ≥ 2
 * syllables and the dominant word of their reading, each with its reading. Every one of them is
 * searchable from Korean (a Korean query word may be a Sino-Korean word no Korean passage uses);
 * those whose reading is also a Hangul index term pair with it (`sinoPairs`).
 */
export function readableWords(input: Omit<SinoInput, 'hangul'>): SinoPair[] {
  const byReading = new Map<string, string[]>();
  for (const h of input.han.keys()) {
    if ([...h].length < 2 || !input.isWord(h)) continue;
    const r = input.reading(h);
    if (!r) continue;
    const list = byReading.get(r) ?? [];
    list.push(h);
    byReading.set(r, list);
  }
  const out: SinoPair[] = [];
  const df = (h: string) => input.han.get(h)!.size;
  for (const [r, words] of byReading) {
    const sorted = [...words].sort((a, b) => df(b) - df(a) || (a < b ? -1 : 1));
    if (sorted.length > 1 && df(sorted[0]) < DOMINANCE * df(sorted[1])) continue;
    out.push({ han: sorted[0], hangul: r });
  }
  return out.sort((a, b) => (a.han < b.han ? -1 : a.han > b.han ? 1 : 0));
}

/**
 * Pairs of a readable Chinese word and a Hangul index term that is its reading. (Tried and
 * dropped: requiring that some other pair occur next to both words kept 控制=공제 and dropped
 * 破产=파산, the Korean texts not being translations of the Chinese ones here; the specific
 * concepts of the two words' passages separate true pairs from false friends only weakly.)
 */
export function sinoPairs(input: SinoInput): SinoPair[] {
  return readableWords(input).filter((p) => input.hangul.has(p.hangul));
}
