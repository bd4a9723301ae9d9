/**
 * Stage 3, `segment`: `NormalisedDoc` → passages and dropped spans that tile the text exactly.
 *
 * A passage is what a reader calls one unit of advice: a numbered tip with its explanation, a
 * heading with its body, a paragraph. The stage works on lines (and on the pieces of over-long
 * lines cut at inline list markers), classifies each as boilerplate, heading, list item or body,
 * groups them, and finally cuts passages longer than `maxChars` at sentence ends (or, failing any,
 * at word boundaries found with `Intl.Segmenter`). Whatever lies between passages is recorded as a
 * dropped span with its reason, so every character of the source is accounted for.
 */
import type { DroppedSpan, NormalisedDoc, PassageKind } from '../records';
import { compact } from './dedupe';

export interface SegmentOptions {
  /** Passages longer than this are cut at sentence ends. */
  maxChars: number;
  /** Preferred minimum size of a cut piece. */
  minChars: number;
  /** A line this short (in characters, CJK) with no final punctuation may be a heading. */
  headingMaxCjk: number;
  headingMaxLatin: number;
  /** Boilerplate line patterns (content/segment/boilerplate.yml). */
  boilerplate: BoilerplateRule[];
}

export interface BoilerplateRule {
  id: string;
  pattern: RegExp;
}

export const defaultSegmentOptions: Omit<SegmentOptions, 'boilerplate'> = {
  maxChars: 600,
  minChars: 200,
  headingMaxCjk: 30,
  headingMaxLatin: 70,
};

/** A passage before ids, language and duplicates are known. */
export interface Segment {
  start: number;
  end: number;
  kind: PassageKind;
  boilerplate?: string;
  heading?: string;
}

export interface Segmentation {
  segments: Segment[];
  dropped: Omit<DroppedSpan, 'source'>[];
}

type UnitType = 'blank' | 'boilerplate' | 'separator' | 'markup' | 'control' | 'heading' | 'section' | 'item' | 'body';

interface Unit {
  start: number;
  end: number;
  type: UnitType;
  boilerplate?: string;
  /** Continuation label such as `特点：`, `Ejemplo:`, `대처법:` (sticks to the previous unit). */
  labelled: boolean;
  /** Cut from an over-long line at an inline list marker. */
  inline?: boolean;
}

const HAN_NUM = '[一二三四五六七八九十百零〇两]+';
/** Section-level markers: they start a section whose heading gives context to later passages. */
const SECTION_MARKER = new RegExp(
  [
    `第\\s*(?:${HAN_NUM}|\\d+)\\s*[篇章节節部讲講课課]`,
    `${HAN_NUM}\\s*[、.．]`,
    `[(（]\\s*${HAN_NUM}\\s*[)）]`,
    '(?:첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)째\\s*[,，.]?',
    '제\\s*\\d+\\s*(?:장|절|편)',
    '#{1,6}\\s',
    '(?:primero|segundo|tercero|cuarto|quinto|sexto|séptimo|octavo|noveno|décimo|primera|segunda|tercera|finalmente|por último)\\s*[,:.]',
    '(?:first|second|third|fourth|fifth|finally)\\s*[,:]',
    '(?:chapter|part|section)\\s+\\d+',
  ].join('|'),
  'iu',
);
/** Item-level markers: a new list item, a strong passage boundary. */
const ITEM_MARKER = new RegExp(
  [
    '\\d{1,3}\\s*[.．、)）](?!\\d)',
    '[(（]\\s*\\d{1,3}\\s*[)）]',
    '\\d{1,2}\\\\?\\.\\s',
    '\\d{1,2}\\s+(?=\\p{Lu})',
    '[①-⑳❶-❿⑴-⒇⒈-⒛]',
    '제\\s*\\d+\\s*조(?:의\\s*\\d+)?',
    '[가-하]\\\\?\\.\\s',
    '[-*+•·▪●■◆◇○]\\s',
    '(?:step|paso|단계)\\s*\\d+',
    '[a-z][.)]\\s',
  ].join('|'),
  'iu',
);
/** Titles numbered at their end: `催收技巧培训心得篇二`, `工作总结(三)`. */
const SECTION_AT_END = new RegExp(`(?:篇\\s*${HAN_NUM}|[(（]${HAN_NUM}[)）])\\s*$`, 'u');
const SECTION_AT_START = new RegExp(`^\\s*(?:${SECTION_MARKER.source})`, 'iu');
const ITEM_AT_START = new RegExp(`^\\s*(?:${ITEM_MARKER.source})`, 'iu');
/** Inline markers inside an over-long line, right after a sentence end or a colon. */
const INLINE_MARKER = new RegExp(
  `(?<=[。！？!?；;:：.])\\s*(?=(?:第\\s*(?:${HAN_NUM}|\\d+)\\s*[篇章节節]|${HAN_NUM}[、]|[(（]\\s*(?:${HAN_NUM}|\\d{1,2})\\s*[)）]|\\d{1,2}[、．](?!\\d)|\\d{1,2}\\.(?=\\p{Script=Han})|[①-⑳]))`,
  'gu',
);
/** A short label that continues the previous unit: `特点：`, `例子:`, `应对技巧：`, `Ejemplo:`, `대처:`. */
const LABELLED = /^\s*[\p{L}\p{N}\s]{1,12}[:：]/u;
/** Sentence-final punctuation that makes a short line a sentence, not a heading (a question mark does not). */
const FINAL_PUNCT = /[。！!.…;；,，、」』"”)]$/u;
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const SEPARATOR = /^[\s\-=*_~#·•.。…—–|+]+$/u;
const WS = /[\s\u3000\uFEFF]/u;

function isWs(ch: string): boolean {
  return WS.test(ch);
}

/**
 * Lines of the text, without their line terminators. In a source with HTML markup, block-level tags
 * (`<p>`, `<br>`, `<li>`, `</h2>` …, script/style blocks) also end a line and are lines of their own,
 * which classify() finds blank after folding and marks as markup to drop.
 */
function lines(text: string, blocks: Array<[number, number]> = []): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    if (b < blocks.length && i === blocks[b][0]) {
      out.push([start, i], blocks[b]);
      i = blocks[b][1] - 1;
      start = blocks[b][1];
      b++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) {
      out.push([start, i]);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  out.push([start, text.length]);
  return out;
}

const BLOCK_TAG = /^<(?:script|style|!--|!doctype|\/?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|title|head|body|html|section|article|header|footer|nav|aside|main|blockquote|pre|figure|figcaption|form|option|select)\b)/i;

/** Markup spans that end a line, in order, not overlapping. */
function blockMarkup(doc: NormalisedDoc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const a of doc.artefacts) {
    if (a.kind !== 'markup' || !BLOCK_TAG.test(doc.text.slice(a.start, a.start + 12))) continue;
    if (out.length && a.start < out[out.length - 1][1]) continue;
    out.push([a.start, a.end]);
  }
  return out;
}

/** Positions inside markup (inline tags, entities), trimmed off passage edges like whitespace. */
function markupMask(doc: NormalisedDoc): Uint8Array | undefined {
  let mask: Uint8Array | undefined;
  for (const a of doc.artefacts) {
    if (a.kind !== 'markup') continue;
    mask ??= new Uint8Array(doc.text.length);
    mask.fill(1, a.start, a.end);
  }
  return mask;
}

function trimRange(text: string, start: number, end: number, mask?: Uint8Array): [number, number] {
  while (start < end && (isWs(text[start]) || mask?.[start])) start++;
  while (end > start && (isWs(text[end - 1]) || mask?.[end - 1])) end--;
  return [start, end];
}

function cjkShare(s: string): number {
  const n = s.replace(/\s/g, '').length;
  return n ? (s.match(CJK)?.length ?? 0) / n : 0;
}

function classify(doc: NormalisedDoc, start: number, end: number, opts: SegmentOptions): Unit {
  const raw = doc.text.slice(start, end);
  const folded = doc.folded.slice(start, end);
  const unit: Unit = { start, end, type: 'body', labelled: false };
  if (!folded.trim()) {
    // Only artefacts (markup, controls) on this line.
    unit.type = !raw.trim() ? 'blank' : /[<>]/.test(raw) ? 'markup' : 'control';
    return unit;
  }
  if (SEPARATOR.test(raw)) {
    unit.type = 'separator';
    return unit;
  }
  // Patterns are written for clean text: test the raw line and the folded one without the gaps
  // that blanked artefacts leave inside words (`版權(quán)說明` → `版权说明`).
  const clean = folded.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  for (const rule of opts.boilerplate) {
    if (rule.pattern.test(raw) || rule.pattern.test(clean)) {
      unit.type = 'boilerplate';
      unit.boilerplate = rule.id;
      return unit;
    }
  }
  const len = raw.length;
  const cjk = cjkShare(raw) > 0.3;
  const short = len <= (cjk ? opts.headingMaxCjk : opts.headingMaxLatin);
  if (SECTION_AT_START.test(raw) || (short && SECTION_AT_END.test(raw))) unit.type = short ? 'section' : 'item';
  else if (ITEM_AT_START.test(raw)) unit.type = 'item';
  else if (short && (!FINAL_PUNCT.test(raw) || /[:：]$/.test(raw))) unit.type = 'heading';
  unit.labelled = unit.type === 'body' && LABELLED.test(raw) && !/^\s*https?:/i.test(raw);
  return unit;
}

/** Cut positions inside [start, end) at inline list markers (only used on over-long lines). */
function inlineCuts(text: string, start: number, end: number): number[] {
  const slice = text.slice(start, end);
  const cuts: number[] = [];
  for (const m of slice.matchAll(INLINE_MARKER)) {
    const at = start + m.index! + m[0].length;
    if (at > start && at < end) cuts.push(at);
  }
  return cuts;
}

const SENTENCE_END = /[。！？!?；;…]+[」』"”'’)）]*|\.(?=[\s\p{Script=Han}\p{Script=Hangul}]|$)[」』"”'’)）]*/gu;
const CLAUSE_END = /[，,、：:]/gu;

let wordSegmenter: Intl.Segmenter | null = null;
/** A word boundary near `at` (searching back up to 40 units) so a hard cut never splits a word. */
function wordBoundaryNear(text: string, lo: number, at: number): number {
  const from = Math.max(lo + 1, at - 40);
  const window = text.slice(from, at + 1);
  wordSegmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  let best = -1;
  for (const seg of wordSegmenter.segment(window)) {
    const pos = from + seg.index;
    if (pos > lo && pos <= at) best = pos;
  }
  if (best > lo) return best;
  // Never cut inside a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at - 1 : at;
}

/**
 * Cut [start, end) into pieces of at most `max` units, preferring sentence ends, then clause ends,
 * then word boundaries. Pieces are greedy: as long as possible up to `max`, never shorter than
 * `min` unless the text forces it.
 */
export function cutLong(text: string, start: number, end: number, max: number, min: number): Array<[number, number]> {
  if (end - start <= max) return [[start, end]];
  const slice = text.slice(start, end);
  const ends = (re: RegExp) => [...slice.matchAll(re)].map((m) => start + m.index! + m[0].length);
  const sentence = ends(SENTENCE_END);
  const clause = ends(CLAUSE_END);
  const out: Array<[number, number]> = [];
  let pos = start;
  let si = 0;
  let ci = 0;
  while (end - pos > max) {
    const limit = pos + max;
    let cut = -1;
    while (si < sentence.length && sentence[si] <= limit) {
      if (sentence[si] - pos >= min) cut = sentence[si];
      si++;
    }
    if (cut < 0) {
      while (ci < clause.length && clause[ci] <= limit) {
        if (clause[ci] - pos >= min) cut = clause[ci];
        ci++;
      }
    }
    if (cut < 0) cut = wordBoundaryNear(text, pos, limit);
    // Keep the leading whitespace of the next piece out of both pieces.
    const [a, b] = trimRange(text, pos, cut);
    if (b > a) out.push([a, b]);
    pos = cut;
    while (pos < end && isWs(text[pos])) pos++;
  }
  const [a, b] = trimRange(text, pos, end);
  if (b > a) out.push([a, b]);
  return out;
}

/** Length of the front matter (`---` … `---` at the very start of a Markdown file), 0 if none. */
export function frontMatter(text: string): number {
  const m = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

function headingText(doc: NormalisedDoc, u: Unit): string {
  return doc.text.slice(u.start, u.end).replace(/\s+/g, ' ').trim().slice(0, 160);
}

export function segment(doc: NormalisedDoc, opts: SegmentOptions): Segmentation {
  const text = doc.text;
  const units: Unit[] = [];
  const fm = frontMatter(text);
  if (fm) {
    const [a, b] = trimRange(text, 0, fm);
    units.push({ start: a, end: b, type: 'boilerplate', boilerplate: 'front-matter', labelled: false });
  }
  const mask = markupMask(doc);
  for (const [ls, le] of lines(text, mask ? blockMarkup(doc) : [])) {
    if (le <= fm) continue;
    // A line that is only markup stays whole (a markup unit, dropped); others shed their edge tags.
    const [ms, me] = trimRange(text, Math.max(ls, fm), le, mask);
    const onlyMarkup = me <= ms;
    const [s, e] = onlyMarkup ? trimRange(text, Math.max(ls, fm), le) : [ms, me];
    if (e <= s) continue;
    // Over-long lines are first cut at inline list markers (`。2、`, `第3篇:`).
    const bounds = e - s > opts.maxChars ? [s, ...inlineCuts(text, s, e), e] : [s, e];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [a, b] = trimRange(text, bounds[i], bounds[i + 1], onlyMarkup ? undefined : mask);
      if (b > a) units.push({ ...classify(doc, a, b, opts), ...(bounds.length > 2 ? { inline: true } : {}) });
    }
  }

  markTeasers(doc, units);

  // Group units into passages.
  interface Group { units: Unit[]; kind: PassageKind; boilerplate?: string; heading?: string }
  const groups: Group[] = [];
  let current: Group | null = null;
  let section: string | undefined;
  const seenHeadings = new Set<string>();
  const len = (g: Group) => g.units[g.units.length - 1].end - g.units[0].start;
  const onlyHeadings = (g: Group) => g.units.every((u) => u.type === 'heading' || u.type === 'section');
  const open = (u: Unit, kind: PassageKind, boilerplate?: string): Group => {
    const g: Group = { units: [u], kind, boilerplate, heading: section };
    groups.push(g);
    return g;
  };
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    if (u.type === 'blank') continue;
    if (u.type === 'separator' || u.type === 'markup' || u.type === 'control') {
      current = null;
      continue; // recorded as dropped spans below
    }
    if (u.type === 'boilerplate') {
      if (current?.kind === 'boilerplate' && current.boilerplate === u.boilerplate && u.end - current.units[0].start <= opts.maxChars) {
        current.units.push(u);
      } else current = open(u, 'boilerplate', u.boilerplate);
      continue;
    }
    const attachable = current && current.kind !== 'boilerplate';
    if (u.type === 'section' || u.type === 'heading') {
      // A lead-in ending in a colon introduces what follows; it is no section title.
      const leadIn = /[:：]\s*$/.test(doc.text.slice(u.start, u.end));
      // A plain heading seen before (a page title repeated by the scraper) stands alone; dedupe
      // links it. Numbered section titles of a repeated section keep their bodies.
      const key = compact(doc.folded.slice(u.start, u.end));
      if (u.type === 'heading' && !leadIn && seenHeadings.has(key)) {
        open(u, 'heading');
        current = null;
        continue;
      }
      seenHeadings.add(key);
      const last = current?.units[current.units.length - 1];
      const afterLeadIn = last !== undefined && /[:：]\s*$/.test(doc.text.slice(last.start, last.end));
      const merge = attachable && onlyHeadings(current!) && !afterLeadIn && u.type !== 'section';
      if (!leadIn && (u.type === 'section' || !merge)) section = headingText(doc, u);
      if (merge && len(current!) + (u.end - u.start) <= opts.maxChars) current!.units.push(u);
      else current = open(u, 'heading');
      continue;
    }
    if (u.type === 'item') {
      // A run of short items with no body of their own (`1.平等自愿；2.合法；`) stays with its lead-in.
      const next = units.slice(ui + 1).find((x) => x.type !== 'blank');
      const clean = compact(doc.folded.slice(u.start, u.end)).length;
      // Pieces of one long scraped line are short duty-list entries more often than tips.
      const minClean = cjkShare(doc.text.slice(u.start, u.end)) > 0.3 ? (u.inline ? 30 : 12) : u.inline ? 60 : 30;
      const bare = clean < minClean && (!next || next.type !== 'body');
      if (attachable && !onlyHeadings(current!) && bare && u.end - current!.units[0].start <= opts.maxChars) {
        current!.units.push(u);
      } else if (attachable && onlyHeadings(current!)) {
        current!.units.push(u);
        current!.kind = 'text';
      } else current = open(u, 'text');
      continue;
    }
    // Body text.
    const fits = attachable && u.end - current!.units[0].start <= opts.maxChars;
    if (attachable && (onlyHeadings(current!) || len(current!) < 40 || (u.labelled && fits))) {
      current!.units.push(u);
      current!.kind = 'text';
    } else current = open(u, 'text');
  }

  // Cut over-long groups at sentence ends; emit segments.
  const segments: Segment[] = [];
  for (const g of groups) {
    const start = g.units[0].start;
    const end = g.units[g.units.length - 1].end;
    const pieces = cutLong(text, start, end, opts.maxChars, opts.minChars);
    pieces.forEach(([a, b], i) => {
      segments.push({
        start: a,
        end: b,
        kind: i === 0 ? g.kind : g.kind === 'heading' ? 'text' : g.kind,
        boilerplate: g.boilerplate,
        heading: g.heading && g.heading !== text.slice(a, b).replace(/\s+/g, ' ').trim() ? g.heading : undefined,
      });
    });
  }

  return { segments, dropped: gaps(doc, segments, units, mask) };
}

/**
 * A body line near the top whose text reappears later in the document is a truncated teaser of the
 * opening (scrapers paste the first lines of the article before the article itself).
 */
function markTeasers(doc: NormalisedDoc, units: Unit[]): void {
  const keys = units.map((u) => (u.type === 'blank' ? '' : compact(doc.folded.slice(u.start, u.end))));
  const offsets: number[] = [];
  let all = '';
  for (const k of keys) {
    offsets.push(all.length);
    all += k;
  }
  let bodies = 0;
  for (let i = 0; i < units.length && bodies < 6; i++) {
    const u = units[i];
    if (u.type !== 'body' && u.type !== 'item' && u.type !== 'heading') continue;
    bodies++;
    if (keys[i].length < 24) continue;
    if (all.indexOf(keys[i], offsets[i] + keys[i].length) >= 0) {
      u.type = 'boilerplate';
      u.boilerplate = 'teaser';
    }
  }
}

/** Everything between segments, as dropped spans with a reason; throws if text would be lost. */
function gaps(doc: NormalisedDoc, segments: Segment[], units: Unit[], mask: Uint8Array | undefined): Omit<DroppedSpan, 'source'>[] {
  const text = doc.text;
  const dropUnit = new Map<number, Unit>();
  for (const u of units) if (u.type === 'separator' || u.type === 'markup' || u.type === 'control') dropUnit.set(u.start, u);
  const dropped: Omit<DroppedSpan, 'source'>[] = [];
  const push = (start: number, end: number, reason: DroppedSpan['reason']) => {
    const last = dropped[dropped.length - 1];
    if (last && last.end === start && last.reason === reason) last.end = end;
    else dropped.push({ start, end, reason });
  };
  const fill = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      const u = dropUnit.get(i);
      if (u) {
        push(i, u.end, u.type as 'separator' | 'markup' | 'control');
        i = u.end;
        continue;
      }
      const ch = text[i];
      if (ch === '\uFEFF' && i === 0) push(i, i + 1, 'bom');
      else if (mask?.[i]) push(i, i + 1, 'markup');
      else if (isWs(ch)) push(i, i + 1, 'whitespace');
      else throw new Error(`${doc.source}: internal error: text at ${i} is in no passage and no dropped span`);
      i++;
    }
  };
  let pos = 0;
  for (const s of segments) {
    fill(pos, s.start);
    pos = s.end;
  }
  fill(pos, text.length);
  return dropped;
}
