/**
 * Page furniture that only the whole page reveals. A scraped page repeats its title: in the browser
 * title ("Title - Site", "Title | Blog", "Title : 네이버 블로그"), in the breadcrumb ("Home » … » Title"),
 * above the body and in menus. Such a line carries the page's topic words (so passage by passage it
 * looks "about collection") but no advice: a passage made only of unpunctuated lines, one of which
 * holds a title that recurs in another passage of the same source, is noise.
 */

/** A line ending like a sentence (a question mark or a bracket does not: "Title (Long Post)", "Why pay?"). */
const SENTENCE_FINAL = /[。！!.…;；,，、」』"”]$/u;
/** A site name after the title: " - Small Landlords Forum", " | Blog X", " : 네이버 블로그". */
const SITE_SUFFIX = /\s+[-|–—:·»]\s+[^-|–—:»]{2,40}$/u;
/** A title shorter than this (characters) is too generic to count as repeated ("Home", "Inicio"). */
const MIN_TITLE_CHARS = 12;

/** Longer lines are body text, not titles or menus (CJK / other scripts, in characters). */
const MAX_LINE = { cjk: 50, other: 110 };
const CJK = /[\p{Script=Han}\p{Script=Hangul}]/gu;

const lines = (text: string): string[] => text.split(/\n/).map((l) => l.trim()).filter(Boolean);
const titleSized = (line: string): boolean => line.length <= ((line.match(CJK)?.length ?? 0) > line.length / 3 ? MAX_LINE.cjk : MAX_LINE.other);
const unpunctuated = (line: string): boolean => !SENTENCE_FINAL.test(line) && titleSized(line);

/** The title candidates of one line: the line itself and the line without its site suffix. */
function cores(line: string): string[] {
  const out = [line];
  const bare = line.replace(SITE_SUFFIX, '').trim();
  if (bare !== line) out.push(bare);
  return out.filter((c) => c.length >= MIN_TITLE_CHARS);
}

/**
 * The same title line twice in one passage: a scraped page's browser title above its own heading
 * ("…技巧(精选3篇)" on two lines), the page's title block whatever else the page repeats (round 10b).
 */
const titleTwice = (ls: string[]): boolean => ls.some((l, k) => l.length >= MIN_TITLE_CHARS && ls.indexOf(l) !== k);

/**
 * Indices of the passages (in the order given) that are page furniture: every line unpunctuated, and
 * one line is (or contains) a title that also occurs in another passage of the source, or recurs in
 * the passage itself.
 */
export function repeatedTitlePassages(texts: string[]): Set<number> {
  const lineSets = texts.map(lines);
  const out = new Set<number>();
  texts.forEach((_, i) => {
    const ls = lineSets[i];
    if (!ls.length || !ls.every(unpunctuated)) return;
    const repeated = ls.some((line) =>
      cores(line).some((core) => texts.some((other, j) => j !== i && other.includes(core)) || texts.some((other, j) => j !== i && lineSets[j].some((l) => l.length >= MIN_TITLE_CHARS && line.includes(l) && unpunctuated(l)))),
    );
    if (repeated || titleTwice(ls)) out.add(i);
  });
  return out;
}

/**
 * The page's opening title (round 10, ko/es/en): the first passage of a source that is one unpunctuated
 * title-sized line ("Cómo cobrar a un moroso: 14 trucos que funcionan (guía 2026)", "미수금 받는 법 7가지
 * 총정리 (사장님들 필독!!)", a Q&A title ending in "?"; no sentence end inside it). It names the page's
 * topic and advises nothing.
 */
export function isOpeningTitle(text: string): boolean {
  const ls = lines(text);
  return ls.length === 1 && unpunctuated(ls[0]) && !/[.!?。！？]\s/u.test(ls[0]);
}

/** A breadcrumb: "Inicio » Finanzas » Cobros » …", "Home › Blog › …", "홈 > 법률 > 민사". */
const BREADCRUMB = /(?:\s[»›>/]\s[^»›>]*){2,}|^(?:inicio|home|portada|홈|처음으로)\s*[»›>/]\s/iu;

/**
 * A passage of page chrome (round 10, ko/es/en): every line unpunctuated and title-sized, one of them a
 * breadcrumb trail (a byline such as "Publicado por … | 9 min de lectura" may stand beside it).
 */
export function isBreadcrumbBlock(text: string): boolean {
  const ls = lines(text);
  return ls.length > 0 && ls.every(unpunctuated) && ls.some((l) => BREADCRUMB.test(l));
}

/**
 * References to a numbered item of the same page in a comment or reply: "Did #5 last spring",
 * "tip 3 works", "3번 진짜 효과 있어요", "el punto 4 me funcionó". Each with the item number and its span.
 */
const ITEM_REF =
  /#\s?(\d{1,2})(?!\d)|\b(?:tip|item|number|step|trick|point|no\.)\s*#?(\d{1,2})(?!\d)|(?<![\d.,])(\d{1,2})\s?번(?!째|지|호)|\b(?:el|la)\s+(?:número|punto|truco|técnica|consejo|paso)\s+(\d{1,2})(?!\d)/giu;

/** Chinese ordinal items and references: "第二招", "第8条", "第三点" (not 第N篇 / 章 / 页, which are sections). */
const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ZH_ORDINAL = /第\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:招|条|點|点|步|式|个方法|個方法)/gu;

/** 1–99 from Arabic or Han digits ("十二", "二十", "七"). */
function zhNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const i = s.indexOf('十');
  if (i < 0) return HAN_DIGITS[s] ?? NaN;
  const tens = i === 0 ? 1 : HAN_DIGITS[s.slice(0, i)];
  const ones = s.length > i + 1 ? HAN_DIGITS[s.slice(i + 1)] : 0;
  return tens * 10 + ones;
}

export interface ItemRef {
  n: number;
  start: number;
  end: number;
}

export function itemRefs(text: string): ItemRef[] {
  const latin = [...text.matchAll(ITEM_REF)].map((m) => ({ n: Number(m[1] ?? m[2] ?? m[3] ?? m[4]), start: m.index!, end: m.index! + m[0].length }));
  const zh = [...text.matchAll(ZH_ORDINAL)].map((m) => ({ n: zhNumber(m[1]), start: m.index!, end: m.index! + m[0].length }));
  return [...latin, ...zh].filter((r) => Number.isFinite(r.n)).sort((a, b) => a.start - b.start);
}

/** The number of a list item opening a passage ("5. …", "5、…", "(5) …"), after an optional heading line. */
/** A subtitle or chat timestamp opening a line ("[01:05] ", "12:20 "): the item number follows it. */
const TIMESTAMP = /^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+/u;

export function itemNumber(text: string): number | null {
  const m = /^(?:[^\n]*\n+)?\s*[(（]?(\d{1,2})\s*[.、．)）](?!\d)/u.exec(text);
  if (m) return Number(m[1]);
  // "第六招：贴身跟着", "四、上门", "[04:15] 第三个，…" opening the passage.
  const zh = /^\s*(?:第\s*(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:招|条|点|點|步|式|个方法|個方法|个[，,：:]|個[，,：:])|([一二两三四五六七八九十]{1,3})\s*[、．.])/u.exec(text.replace(TIMESTAMP, ''));
  if (zh) return zhNumber(zh[1] ?? zh[2]);
  return null;
}
