/**
 * Length-preserving text folding, shared by the ingest pipeline, the tagger and the search
 * analyzer (Node and browser alike: no `node:` or DOM imports).
 *
 * `fold(text)` returns a string of exactly the same length as `text`, position for position,
 * so any offset found in the folded text is an offset into the original:
 *   - pinyin/zhuyin glosses (`職責(zé)`, `ㄘㄨㄟ`) and control characters become spaces;
 *   - full-width ASCII forms and ideographic punctuation become their narrow equivalents;
 *   - Traditional Chinese characters become Simplified (OpenCC's TSCharacters + TW variants,
 *     one UTF-16 unit to one UTF-16 unit only; multi-unit mappings are left alone);
 *   - letters are lower-cased where that keeps the length.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

export interface Span {
  start: number;
  end: number;
}
export interface Artefact extends Span {
  kind: 'pinyin' | 'zhuyin' | 'control';
}

const HAN = /\p{Script=Han}/u;
/** A pinyin syllable with at least one tone diacritic (the scraper's ruby glosses). */
const PINYIN_TONED = '[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*';
/** `(zé)` or `（zé）` right after a Han character, possibly several syllables: `(zhài quán)`. */
const PINYIN_GLOSS = new RegExp(`[(（](?:${PINYIN_TONED})(?:\\s+(?:${PINYIN_TONED}|[a-zü]+))*[)）]`, 'gu');
/** Zhuyin (bopomofo) letters and tone marks. */
const ZHUYIN = /[\u3100-\u312F\u31A0-\u31BF]+[ˊˇˋ˙]?/gu;
/** C0/C1 controls except tab/newline/CR, zero-width and bidi controls, lone surrogates, NUL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Pinyin glosses, zhuyin runs and control characters, sorted by start. */
export function findArtefacts(text: string): Artefact[] {
  const out: Artefact[] = [];
  for (const m of text.matchAll(PINYIN_GLOSS)) {
    const before = text[m.index! - 1] ?? '';
    // Only a gloss right after a Han character; `(café)` in Spanish is not an artefact.
    if (HAN.test(before)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'pinyin' });
  }
  for (const m of text.matchAll(ZHUYIN)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'zhuyin' });
  for (const m of text.matchAll(CONTROL)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'control' });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function parseDict(dict: string, into: Map<string, string>): void {
  for (const pair of dict.split('|')) {
    const [from, to] = pair.split(' ');
    // Keep one-unit → one-unit mappings only, so folding never changes lengths.
    if (from && to && from.length === 1 && to.length === 1 && from !== to) into.set(from, to);
  }
}

let tradMap: Map<string, string> | null = null;
/** Traditional → Simplified, per UTF-16 unit. */
export function traditionalMap(): Map<string, string> {
  if (!tradMap) {
    tradMap = new Map();
    parseDict(TWVariantsRev as unknown as string, tradMap);
    parseDict(TSCharacters as unknown as string, tradMap);
  }
  return tradMap;
}

let simpOnly: Set<string> | null = null;
/**
 * Characters that only Simplified writing uses: targets of the Traditional map that are not
 * themselves Traditional forms, minus characters that Traditional text also uses (后, 干, 里 …).
 */
export function simplifiedOnly(): Set<string> {
  if (!simpOnly) {
    const map = traditionalMap();
    const shared = new Set('后干里面台只系松冲才发表志制出征云谷丑斗范几家据卷苏借采蒙郁御余准症致占折于游佣涂伙获划胡回汇饥姜尽仆朴千秋曲舍沈升术松坛听团向须咸旋岩叶吁愿扎周朱筑'.split(''));
    simpOnly = new Set([...map.values()].filter((c) => !map.has(c) && !shared.has(c)));
  }
  return simpOnly;
}

/** Counts of Traditional-only and Simplified-only characters, to tell zh-Hant from zh-Hans. */
export function hanScriptVotes(text: string): { hant: number; hans: number } {
  const map = traditionalMap();
  const simp = simplifiedOnly();
  let hant = 0;
  let hans = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue; // nothing below CJK Extension A is Han
    const ch = text[i];
    if (map.has(ch)) hant++;
    else if (simp.has(ch)) hans++;
  }
  return { hant, hans };
}

/** Narrow one UTF-16 unit: full-width ASCII, ideographic space and CJK punctuation. */
const PUNCT: Record<string, string> = {
  '\u3000': ' ', '、': ',', '。': '.', '「': '"', '」': '"', '『': '"', '』': '"', '〔': '(', '〕': ')',
  '【': '[', '】': ']', '〈': '<', '〉': '>', '《': '<', '》': '>', '“': '"', '”': '"', '‘': "'", '’': "'",
  '…': '.', '—': '-', '–': '-', '·': ' ', '・': ' ',
};

/** The folding of one UTF-16 unit, the specification `foldTable` implements. */
export function foldUnit(ch: string, map: Map<string, string>): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0);
  else if (PUNCT[ch] !== undefined) ch = PUNCT[ch];
  else {
    const t = map.get(ch);
    if (t) return t;
  }
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Ranges of the BMP that have lower-case mappings (Latin, Greek, Cyrillic, Armenian, Georgian …). */
const CASED: Array<[number, number]> = [[0x80, 0x2000], [0x2100, 0x2200], [0x2460, 0x2500], [0x2c00, 0x2e00], [0xa640, 0xa800], [0xab70, 0xabc0]];
const PUNCT_CODE = new Map(Object.entries(PUNCT).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
let tradCode: Map<number, number> | null = null;

/**
 * `foldUnit` of one UTF-16 unit, by code (tests check the two agree on every unit). Full-width
 * ASCII folds as its narrow form; then punctuation, Traditional → Simplified, lower case.
 */
function unitOf(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else {
    const p = PUNCT_CODE.get(c);
    if (p !== undefined) return p;
    if (c >= 0x2e80) {
      if (!tradCode) {
        tradCode = new Map();
        for (const [from, to] of traditionalMap()) tradCode.set(from.charCodeAt(0), to.charCodeAt(0));
      }
      const t = tradCode.get(c);
      if (t !== undefined) return t;
    }
  }
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c < 0x80) return c;
  for (const [lo, hi] of CASED) {
    if (c >= lo && c < hi) {
      const l = String.fromCharCode(c).toLowerCase();
      return l.length === 1 ? l.charCodeAt(0) : c;
    }
  }
  return c;
}

/**
 * `foldUnit` by code, filled in lazily: 0 = not computed yet (unit 0 folds to itself, and costs
 * one call each time). Building all 65 536 entries up front cost 20–50 ms on every navigation of
 * the search page, which folds only the few thousand distinct units its texts and query hold.
 */
const lazyTable = new Uint16Array(0x10000);
let fullTable = false;

/** `foldUnit` for every UTF-16 unit (folding a text is one lookup per unit). */
export function foldTable(): Uint16Array {
  if (!fullTable) {
    for (let c = 1; c < 0x10000; c++) if (lazyTable[c] === 0) lazyTable[c] = unitOf(c);
    fullTable = true;
  }
  return lazyTable;
}

/**
 * Fold `text` for matching; the result has the same length as `text`. Artefacts (default:
 * found with `findArtefacts`) are blanked to spaces so they never become search terms.
 */
export function fold(text: string, artefacts: Span[] = findArtefacts(text)): string {
  const table = lazyTable;
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let v = table[c];
    if (v === 0 && c !== 0) v = table[c] = unitOf(c);
    out[i] = v;
  }
  for (const a of artefacts) out.fill(0x20, a.start, Math.min(a.end, text.length));
  let result = '';
  for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode(...out.subarray(i, i + 8192));
  return result;
}

/** Fold a short string (a query or a lexicon cue) the same way, collapsing whitespace runs. */
export function foldQuery(text: string): string {
  return fold(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}
