/**
 * Stage 1, `read`: bytes on disk → decoded `SourceDoc`.
 *
 * Encoding: a BOM decides (UTF-8, UTF-16 LE/BE, kept in the text as U+FEFF and later recorded as a
 * dropped span); otherwise strict UTF-8; otherwise the legacy encodings the corpus' languages use
 * (GB18030/GBK, Big5, EUC-KR, Shift-JIS, Windows-1252), each decoded strictly and scored for how
 * plausible the resulting text is, with chardet's ranking as a tie-breaker. Binary files and files
 * that decode as nothing are refused with a `ReadError` whose message names the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import chardet from 'chardet';
import type { SourceDoc, SourceManifestEntry } from '../records';
import { traditionalMap } from '../text/fold';
import { frontMatter } from './segment';

/**
 * The most frequent Simplified characters of general Chinese text (plus this domain's 债款催贷逾期欠),
 * used only to tell a real Chinese decoding from mojibake: a Korean or Big5 file read as GB18030
 * yields rare characters (`瓣鼠濠縑啪`), a real one mostly these.
 */
const COMMON_HAN = new Set('的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切杀球讲客料整债款催贷逾欠户借依');

/** A source the pipeline refuses; `message` is one line naming the file and the problem. */
export class ReadError extends Error {
  constructor(
    readonly source: string,
    problem: string,
  ) {
    super(`${source}: ${problem}`);
    this.name = 'ReadError';
  }
}

export interface ReadResult {
  doc: SourceDoc;
  /** Non-fatal findings (invalid UTF-8 bytes replaced, legacy encoding guessed …), one line each. */
  warnings: string[];
}

/** Files larger than this are refused rather than risk the memory of a 2-core CI box. */
export const MAX_BYTES = 64 * 1024 * 1024;

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
];

/** WHATWG labels for the legacy encodings we try, in order of the corpus' languages. */
const LEGACY = ['gb18030', 'big5', 'euc-kr', 'shift_jis', 'windows-1252'] as const;

const CHARDET_TO_WHATWG: Record<string, string> = {
  'GB18030': 'gb18030', 'GBK': 'gb18030', 'GB2312': 'gb18030', 'Big5': 'big5', 'EUC-KR': 'euc-kr',
  'Shift_JIS': 'shift_jis', 'windows-1252': 'windows-1252', 'ISO-8859-1': 'windows-1252',
};

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * How plausible a decoding is, per character: letters of one of the corpus' scripts score, while
 * rare ideographs, private-use characters, controls and mojibake letter mixes cost.
 */
export function plausibility(text: string): number {
  let score = 0;
  let n = 0;
  let prevAsciiLetter = false;
  let prev = '';
  let prevHangul = false;
  let prevHan = false;
  for (const ch of text) {
    n++;
    const c = ch.codePointAt(0)!;
    const asciiLetter = /[A-Za-z]/.test(ch);
    // An ideograph or syllable glued to a Latin letter (`gesti鏮`) is mojibake of a Latin text.
    if (c >= 0x3000 && prevAsciiLetter) score -= 4;
    if (asciiLetter && n > 1 && /[\u3000-\u9fff\uac00-\ud7a3]/.test(prev)) score -= 4;
    // Hangul and ideographs alternating syllable by syllable (`닭澗逃壇`) is a Chinese text read as EUC-KR.
    const hangul = c >= 0xac00 && c <= 0xd7a3;
    const han = c >= 0x4e00 && c <= 0x9fff;
    if ((hangul && prevHan) || (han && prevHangul)) score -= 4;
    prevHangul = hangul;
    prevHan = han;
    prevAsciiLetter = asciiLetter;
    prev = ch;
    if (c < 0x80) score += /[\x00-\x08\x0e-\x1f\x7f]/.test(ch) ? -5 : 1;
    else if (c >= 0xac00 && c <= 0xd7a3) score += 2; // Hangul syllables
    else if (c >= 0x4e00 && c <= 0x9fff) score += COMMON_HAN.has(traditionalMap().get(ch) ?? ch) ? 2 : 0.2; // ideographs
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) score += 1; // CJK punctuation
    else if (c >= 0x3040 && c <= 0x30ff) score += 1; // Kana
    else if (/[áéíóúñüÁÉÍÓÚÑÜ¿¡]/.test(ch)) score += 1;
    else if (c >= 0x80 && c <= 0x9f) score -= 5;
    else if (c >= 0xe000 && c <= 0xf8ff) score -= 5; // private use
    else if (c >= 0x3400 && c <= 0x4dbf) score -= 2; // CJK ext. A: rare, typical of a wrong guess
    else if (c >= 0x20000) score -= 2;
    else score -= 0.5;
  }
  return n ? score / n : 0;
}

/** The first invalid UTF-8 sequences: byte offsets and the byte found there. */
export function invalidUtf8(bytes: Uint8Array, limit = 5): Array<{ offset: number; byte: number }> {
  const out: Array<{ offset: number; byte: number }> = [];
  let i = 0;
  while (i < bytes.length && out.length < limit) {
    const b = bytes[i];
    let need = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else { out.push({ offset: i, byte: b }); i++; continue; }
    let ok = i + need < bytes.length + 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) { out.push({ offset: i, byte: b }); i++; continue; }
    i += need + 1;
  }
  return out;
}

function countInvalidUtf8(bytes: Uint8Array): number {
  return invalidUtf8(bytes, Number.MAX_SAFE_INTEGER).length;
}

function looksBinary(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let controls = 0;
  let nul = -1;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0 && nul < 0) nul = i;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  // A few stray NULs or controls are tolerated (and reported as artefacts later);
  // a text that is more than 10 % control bytes is not a text.
  if (sample.length && controls / sample.length > 0.1) {
    return `binary data (${controls} control bytes in the first ${sample.length}, first NUL at byte ${nul})`;
  }
  return null;
}

/** Decide the encoding of `bytes` and decode them. Throws `ReadError` with a one-line reason. */
export function decode(source: string, bytes: Uint8Array): { text: string; encoding: string; bom: boolean; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes, 'utf-8');
    if (text !== null) return { text, encoding: 'utf-8', bom: true, warnings };
    const bad = invalidUtf8(bytes);
    warnings.push(`${source}: invalid UTF-8 at byte ${bad.map((b) => `${b.offset} (0x${b.byte.toString(16)})`).join(', ')}; replaced with U+FFFD`);
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', bom: true, warnings };
  }
  for (const [enc, b0, b1] of [['utf-16le', 0xff, 0xfe], ['utf-16be', 0xfe, 0xff]] as const) {
    if (bytes[0] === b0 && bytes[1] === b1) {
      const text = decodeStrict(bytes, enc);
      if (text === null) throw new ReadError(source, `declares ${enc.toUpperCase()} by its BOM but is not valid ${enc.toUpperCase()}`);
      return { text, encoding: enc, bom: true, warnings };
    }
  }
  const binary = looksBinary(bytes);
  if (binary) throw new ReadError(source, `refused: ${binary}, not a text file`);

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, warnings };

  // Mostly UTF-8 with a few broken bytes (a truncated download): keep it, report where.
  const invalid = countInvalidUtf8(bytes);
  let multibyte = 0;
  for (const b of bytes) if (b >= 0xc2 && b <= 0xf4) multibyte++;
  if (invalid <= Math.max(3, bytes.length / 100) && multibyte > invalid * 4) {
    const bad = invalidUtf8(bytes);
    warnings.push(
      `${source}: ${invalid} invalid UTF-8 byte(s), first at byte ${bad.map((b) => `${b.offset} (0x${b.byte.toString(16)})`).join(', ')}; replaced with U+FFFD`,
    );
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', bom: false, warnings };
  }

  const ranked = (chardet.analyse(bytes) ?? []).map((m) => CHARDET_TO_WHATWG[m.name]).filter(Boolean);
  let best: { enc: string; text: string; score: number } | null = null;
  for (const enc of LEGACY) {
    const text = decodeStrict(bytes, enc);
    if (text === null) continue;
    const rank = ranked.indexOf(enc);
    const score = plausibility(text) + (rank >= 0 ? 0.2 / (rank + 1) : 0);
    if (!best || score > best.score) best = { enc, text, score };
  }
  if (!best || best.score < 0.5) {
    const bad = invalidUtf8(bytes, 1)[0];
    throw new ReadError(
      source,
      `refused: not UTF-8 (invalid byte 0x${bad?.byte.toString(16)} at byte ${bad?.offset}) and no known encoding (${LEGACY.join(', ')}) decodes it plausibly; convert it to UTF-8`,
    );
  }
  warnings.push(`${source}: not UTF-8; decoded as ${best.enc}`);
  return { text: best.text, encoding: best.enc, bom: false, warnings };
}

/**
 * A source's title when the manifest gives none: an HTML `<title>` or `<h1>`, a Markdown front-matter
 * `title:` or `# heading`, else the first line with words in it, without markup.
 */
export function titleOf(text: string): string {
  const clean = (s: string) => s.replace(/<[^<>]*>|&[a-z]+;|&#\d+;/gi, ' ').replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim().slice(0, 120);
  const html = /<(title|h1)\b[^<>]*>([\s\S]*?)<\/\1\s*>/i.exec(text);
  if (html && clean(html[2])) return clean(html[2]);
  const fm = frontMatter(text);
  const fmTitle = /^(?:title|제목|titulo|título|标题|標題)\s*:\s*["']?(.+?)["']?\s*$/im.exec(text.slice(0, fm));
  if (fmTitle && clean(fmTitle[1])) return clean(fmTitle[1]);
  const body = text.slice(fm);
  for (const line of body.split(/\r?\n|\r/)) {
    const t = clean(line);
    if (/[\p{L}\p{N}]/u.test(t)) return t;
  }
  return '';
}

/** Read and decode one source file. */
export function readSource(path: string, manifest?: Partial<SourceManifestEntry>): ReadResult {
  const source = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new ReadError(source, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > MAX_BYTES) throw new ReadError(source, `refused: ${size} bytes is over the ${MAX_BYTES}-byte limit`);
  const bytes = new Uint8Array(readFileSync(path));
  const { text, encoding, bom, warnings } = decode(source, bytes);
  if (bytes.length === 0) warnings.push(`${source}: empty file (0 bytes); no passages`);
  return {
    doc: {
      source,
      path,
      text,
      encoding,
      bom,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      manifest: {
        file: source,
        title: manifest?.title || titleOf(text) || source,
        lang: manifest?.lang ?? 'und',
        origin: manifest?.origin ?? '',
        notes: manifest?.notes ?? '',
        reference: manifest?.reference ?? false,
      },
    },
    warnings,
  };
}
