/**
 * Compiles the lexicon files into matchers, one set per matching language:
 *
 *   zh  zh-Hans + zh-Hant lists; every cue folded with `foldQuery` (so a cue written once in
 *       Simplified matches Traditional text) and matched as a substring of the passage's folded text;
 *   ko  each cue word reduced to the search analyzer's stem (`stem`, particles and endings stripped)
 *       and matched as an eojeol prefix, so 협박하다 matches 협박했다 / 협박을; `surface` cues and
 *       stance markers as substrings of the folded text (endings carry stance);
 *   es, en  each cue word reduced to the analyzer's Snowball stem and matched as a word prefix of the
 *       accent-stripped folded text (amenazar matches amenazó, llamar matches llámale); stop words
 *       inside a cue stay literal ("no te vas"); `surface` cues and stance markers as whole words.
 *
 * Matching by stem prefix on the text (rather than on the analyzer's tokens) keeps function words
 * that carry meaning and copes with enclitics the stemmer leaves on (llámale).
 *
 * A cue written "=word" inside `cues`, `all` or `not` is matched as a surface form (a whole word, not a
 * stem prefix): "=madre" must not match "madrugada".
 *
 * "A…B" in a cue allows a short gap: up to 8 characters inside a sentence in Chinese, up to 12 in
 * Korean surface cues, up to three words in stem cues. Nothing here reads files.
 */
import { EN_STOP, ES_STOP, KO_STOP, stem } from '../analyzer';
import { foldQuery } from '../text/fold';
import type { LexiconFiles } from './load';
import { GAP, type LexiconLang, type StanceRole, type StanceScope } from './schema';
import type { TacticCode } from '../records';

export type MatchLang = 'zh' | 'ko' | 'es' | 'en';
export const MATCH_LANGS: readonly MatchLang[] = ['zh', 'ko', 'es', 'en'];

/** Which lexicon folders feed each matching language. */
export const FOLDERS: Record<MatchLang, LexiconLang[]> = { zh: ['zh-Hans', 'zh-Hant'], ko: ['ko'], es: ['es'], en: ['en'] };

export interface Span {
  start: number;
  end: number;
}

/** A passage prepared for matching. */
export interface Target {
  text: string;
  /** Same length as text: folded (Simplified, lower case, narrow punctuation). */
  folded: string;
  /** Same length as text: folded with Latin accents stripped (á → a), for es/en whole-word matches. */
  plain: string;
  /**
   * Chinese only: folded with the whitespace between two Han characters removed (a blanked pinyin
   * gloss splits `還(hái)款` into `还    款`), and the offset in `folded` of each of its characters.
   */
  compact: string;
  compactMap: number[];
  lang: MatchLang;
}

export interface Pattern {
  /** The cue as written in the lexicon. */
  source: string;
  /** Whether the cue has a gap (then it may span stance words that are not part of it). */
  gapped: boolean;
  find(t: Target): Span[];
  /** The regex and the text field it runs on (for combining cues into one scan). */
  re?: RegExp;
  field?: 'folded' | 'plain' | 'compact';
  /**
   * Literal prefilter: every match contains one of these substrings of the field, so a text holding
   * none of them is skipped without running the regex (src/bench/FINDINGS.md). Absent: no prefilter.
   */
  lits?: string[];
}

/** Combined patterns with more required literals than this scan without a prefilter. */
const MAX_PREFILTER_LITERALS = 32;

export interface CompiledTactic {
  id: string;
  code: TacticCode;
  also: TacticCode[];
  strength: 'strong' | 'weak';
  note: string;
  /** One pattern per cue (as written), and the same cues combined for scanning. */
  patterns: Pattern[];
  fast: Pattern[];
  groups?: Pattern[][];
  within: 'clause' | 'sentence' | 'passage';
  not: Pattern[];
}

export interface CompiledMarker {
  id: string;
  role: StanceRole;
  scope?: StanceScope;
  advise?: boolean;
  at?: 'clause-start';
  patterns: Pattern[];
  fast: Pattern[];
}

export interface CompiledWeighted {
  id: string;
  weight: number;
  category?: string;
  patterns: Pattern[];
  fast: Pattern[];
}

export interface CompiledLexicon {
  lang: MatchLang;
  tactics: CompiledTactic[];
  markers: CompiledMarker[];
  topic: CompiledWeighted[];
  noise: CompiledWeighted[];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Length-preserving accent stripping for Latin letters (ñ kept). */
export function stripLatinAccents(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === 'ñ' || ch === 'Ñ' || ch.length !== 1) {
      out += ch;
      continue;
    }
    const d = ch.normalize('NFD');
    out += d.length > 1 && /[a-z]/i.test(d[0]) ? d[0] : ch;
  }
  return out;
}

function regexPattern(source: string, re: RegExp, field: 'folded' | 'plain' | 'compact', lits?: string[]): Pattern {
  const usable = lits && lits.length && lits.length <= MAX_PREFILTER_LITERALS && lits.every((l) => l.length > 0) ? [...new Set(lits)] : undefined;
  const none: Span[] = [];
  return {
    source,
    re,
    field,
    lits: lits && lits.length && lits.every((l) => l.length > 0) ? lits : undefined,
    gapped: source.includes(GAP),
    find(t) {
      const hay = t[field];
      if (usable) {
        let any = false;
        for (const l of usable)
          if (hay.includes(l)) {
            any = true;
            break;
          }
        if (!any) return none.length ? [] : none;
      }
      // An exec loop on the pattern's own regex (matchAll clones the RegExp and allocates an iterator).
      const out: Span[] = [];
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(hay)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        const start = m.index + (m[1]?.length ?? 0);
        const end = m.index + m[0].length;
        if (end <= start) continue;
        if (field === 'compact') out.push({ start: t.compactMap[start], end: t.compactMap[end - 1] + 1 });
        else out.push({ start, end });
      }
      return out;
    },
  };
}

/** The literal a folded cue part starts with, when it has no whitespace to be compacted away. */
const literalOf = (part: string): string | undefined => (part && !/\s/.test(part) ? part : undefined);

/** Chinese cue: folded substring; a gap stays inside one sentence. */
function zhPattern(cue: string): Pattern {
  const raw = cue.split(GAP).map((p) => foldQuery(p));
  const parts = raw.map(escapeRe);
  const lit = literalOf(raw[0]);
  return regexPattern(cue, new RegExp(parts.join('[^.!?;\\n]{0,12}'), 'g'), 'compact', lit ? [lit] : undefined);
}

/** Korean surface cue: folded substring; a gap stays inside one sentence. */
function koSurfacePattern(cue: string): Pattern {
  const raw = cue.split(GAP).map((p) => foldQuery(p));
  const parts = raw.map(escapeRe);
  return regexPattern(cue, new RegExp(parts.join('[^.!?;\\n]{0,12}'), 'g'), 'folded', raw[0] ? [raw[0]] : undefined);
}

/** Latin surface cue: whole words of the accent-stripped folded text. */
function latinSurfacePattern(cue: string): Pattern {
  const raw = cue.split(GAP).map((p) => stripLatinAccents(foldQuery(p)));
  const parts = raw.map(escapeRe);
  const body = parts.join(`(?:\\s+${WORD_CHAR}+){0,3}\\s+`);
  // Group 1 is the left boundary, excluded from the span.
  return regexPattern(cue, new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'g'), 'plain', raw[0] ? [raw[0]] : undefined);
}

/** Languages whose stop words are matched literally inside a cue (they carry meaning: "no te vas"). */
const STOP: Record<Exclude<MatchLang, 'zh'>, Set<string>> = { ko: KO_STOP, es: ES_STOP, en: EN_STOP };

/** Shortest stem that may match as a word prefix; shorter stems must match the whole word. */
const MIN_PREFIX: Record<Exclude<MatchLang, 'zh'>, number> = { ko: 1, es: 3, en: 3 };

/**
 * A word character of the folded text. Plain character ranges, not Unicode property classes: the
 * texts are folded (lower case, Latin accents stripped for es/en) and a property class costs
 * milliseconds per regex to build, which across a few thousand cues is seconds per process.
 */
const WORD_CHAR = "[0-9a-zñüç'’\\u00c0-\\u024f\\uac00-\\ud7a3\\u1100-\\u11ff\\u3130-\\u318f]";
/** Syllables that start a Korean particle or verb ending (after a one-syllable stem). */
const KO_CONTINUATION = '[을를이가은는도만에의로와과으아어았었겠세시고게지면며서니다요던]';

/**
 * Regex source for one cue word: its analyzer stem as a word prefix (so `amenazar` → `amenaz…`
 * matches amenazó, `협박하다` → `협박…` matches 협박했다 / 협박을), or the literal word for stop words
 * and very short stems.
 */
export function wordRegex(word: string, lang: Exclude<MatchLang, 'zh'>): string {
  const folded = foldQuery(word);
  const literal = lang === 'ko' ? folded : stripLatinAccents(folded);
  // A stop word is matched literally and as a whole word ("call him a" must not match "call him at").
  // Spanish contracts de + el → del, a + el → al: "llamas de" also finds "llamas del".
  if (STOP[lang].has(folded)) return escapeRe(literal) + (lang === 'es' && (literal === 'de' || literal === 'a') ? 'l?' : '') + `(?!${WORD_CHAR})`;
  if (!/[\p{L}]/u.test(folded)) return escapeRe(literal);
  let s = lang === 'ko' ? stem(folded, 'ko') : stripLatinAccents(stem(folded, lang));
  if (lang === 'ko') {
    // Particle stripping can cut a verb stem to one syllable (속이 → 속): keep the written word then.
    if ([...s].length === 1 && [...literal].length > 1) s = literal;
    // A one-syllable word continues only with a particle or an ending (손 → 손을, not 손님).
    if ([...s].length === 1) return `${escapeRe(s)}(?:${KO_CONTINUATION}${WORD_CHAR}*)?(?!${WORD_CHAR})`;
  }
  if (lang === 'ko' && s) return koContracted(s) + `${WORD_CHAR}*`;
  if (!s || s.length < MIN_PREFIX[lang]) return escapeRe(literal);
  // A stem that is not a prefix of the word (English pay → pai) cannot be matched as a prefix of
  // the text: the word itself serves as the prefix instead.
  if (!literal.startsWith(s)) return escapeRe(literal) + `${WORD_CHAR}*`;
  return escapeRe(s) + `${WORD_CHAR}*`;
}

/**
 * The literal every match of `wordRegex(word, lang)` starts with (for the prefilter), or '' when the
 * matched forms share no literal (a Korean one-syllable stem whose vowel contracts: 하 → 해).
 */
export function wordLiteral(word: string, lang: Exclude<MatchLang, 'zh'>): string {
  const folded = foldQuery(word);
  const literal = lang === 'ko' ? folded : stripLatinAccents(folded);
  if (STOP[lang].has(folded) || !/[\p{L}]/u.test(folded)) return literal;
  let s = lang === 'ko' ? stem(folded, 'ko') : stripLatinAccents(stem(folded, lang));
  if (lang === 'ko') {
    if ([...s].length === 1 && [...literal].length > 1) s = literal;
    if ([...s].length === 1) return s;
    if (!s) return '';
    // The last syllable may contract with the ending: only the syllables before it are literal.
    return koContracted(s) === escapeRe(s) ? s : [...s].slice(0, -1).join('');
  }
  if (!s || s.length < MIN_PREFIX[lang]) return literal;
  if (!literal.startsWith(s)) return literal;
  return s;
}

/**
 * A Korean stem whose last syllable may contract with the ending that follows: 알리 + 었 → 알렸,
 * 보 + 아 → 봐, 하 + 였 → 했. Returns a regex source matching the stem or its contracted forms.
 */
export function koContracted(stemText: string): string {
  const chars = [...stemText];
  const last = chars[chars.length - 1];
  const code = last.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171 || code % 28 !== 0) return escapeRe(stemText);
  const l = Math.floor(code / 588);
  const v = Math.floor((code % 588) / 28);
  const syl = (vv: number, t: number): string => String.fromCharCode(0xac00 + l * 588 + vv * 28 + t);
  const SS = 20;
  // An open last syllable also takes the final of -ㄴ다 / -ㄹ / -ㅂ니다: 기다리 → 기다린다, 기다릴, 기다립니다.
  const alts = new Set([last, syl(v, SS), syl(v, 4), syl(v, 8), syl(v, 17)]);
  const contracted: Record<number, number> = { 20: 6, 8: 9, 13: 14, 11: 10 }; // ㅣ→ㅕ, ㅗ→ㅘ, ㅜ→ㅝ, ㅚ→ㅙ
  if (contracted[v] !== undefined) [0, SS].forEach((t) => alts.add(syl(contracted[v], t)));
  if (l === 18 && v === 0) [0, SS].forEach((t) => alts.add(syl(1, t))); // 하 → 해, 했
  const head = escapeRe(chars.slice(0, -1).join(''));
  return `${head}(?:${[...alts].join('|')})`;
}

/** Stop words a cue contains; they are matched literally, not by stem. */
export function droppedWords(cue: string, lang: MatchLang): string[] {
  if (lang === 'zh') return [];
  return cue
    .split(GAP)
    .join(' ')
    .split(/\s+/)
    .filter((w) => w && STOP[lang].has(foldQuery(w)));
}

/** A ko/es/en cue as a stem-prefix regex over the folded (ko) or accent-stripped folded (es/en) text. */
function stemPattern(cue: string, lang: Exclude<MatchLang, 'zh'>): Pattern {
  const parts = cue.split(GAP).map((part) =>
    part
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => wordRegex(w, lang))
      .join('\\s+'),
  );
  const body = parts.join(`(?:\\s+${WORD_CHAR}+[^\\s.!?;]*){0,3}\\s+`);
  const re = new RegExp(`(?<!${WORD_CHAR})${body}`, 'g');
  const first = cue.split(GAP)[0].split(/\s+/).filter(Boolean)[0] ?? '';
  const lit = first ? wordLiteral(first, lang) : '';
  return regexPattern(cue, re, lang === 'ko' ? 'folded' : 'plain', lit ? [lit] : undefined);
}

/** Compile one cue in the default mode of its language (stems for ko/es/en, substrings for zh). */
export function cuePattern(cue: string, lang: MatchLang): Pattern {
  if (lang === 'zh') return zhPattern(cue);
  return stemPattern(cue, lang);
}

/** Compile one cue as a surface form (substring for zh/ko, whole words for es/en). */
export function surfacePattern(cue: string, lang: MatchLang): Pattern {
  if (lang === 'zh') return zhPattern(cue);
  if (lang === 'ko') return koSurfacePattern(cue);
  return latinSurfacePattern(cue);
}

/**
 * One scan instead of many: the contiguous cues of a list that run on the same text field become one
 * alternation (longest first, so the longest cue at a position wins); gapped cues keep their own
 * regex. Matching results are the same spans, found in a fraction of the time.
 */
export function combinePatterns(patterns: Pattern[]): Pattern[] {
  const out: Pattern[] = [];
  const byField = new Map<string, Pattern[]>();
  for (const p of patterns) {
    if (p.gapped || !p.re || !p.field) out.push(p);
    else byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  }
  for (const [field, ps] of byField) {
    if (ps.length === 1) {
      out.push(ps[0]);
      continue;
    }
    const sorted = [...ps].sort((a, b) => b.re!.source.length - a.re!.source.length);
    const re = new RegExp(sorted.map((p) => `(?:${p.re!.source})`).join('|'), 'g');
    const lits = ps.every((p) => p.lits) ? ps.flatMap((p) => p.lits!) : undefined;
    out.push(regexPattern(sorted.map((p) => p.source).join(' | '), re, field as 'folded' | 'plain' | 'compact', lits));
  }
  return out;
}

/** Error raised for a cue that cannot be compiled (e.g. only stop words). */
export class CompileError extends Error {}

function compileCues(cues: string[], lang: MatchLang, where: string, seen?: Set<string>): Pattern[] {
  const out: Pattern[] = [];
  for (const cue of cues) {
    const key = foldQuery(cue);
    if (seen) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    if (lang !== 'zh' && droppedWords(cue, lang).length === cue.split(/\s+|…/).filter(Boolean).length) {
      throw new CompileError(`${where}: cue "${cue}" has only stop words; list it under surface`);
    }
    out.push(cue.startsWith('=') ? surfacePattern(cue.slice(1), lang) : cuePattern(cue, lang));
  }
  return out;
}

function compileSurface(cues: string[], lang: MatchLang, seen?: Set<string>): Pattern[] {
  const out: Pattern[] = [];
  for (const cue of cues) {
    const key = `surface:${foldQuery(cue)}`;
    if (seen) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(surfacePattern(cue, lang));
  }
  return out;
}

/** Compile the lexicon for one matching language. Duplicate cues across zh-Hans/zh-Hant are kept once. */
export function compileLexicon(files: LexiconFiles, lang: MatchLang): CompiledLexicon {
  const out: CompiledLexicon = { lang, tactics: [], markers: [], topic: [], noise: [] };
  const seenTopic = new Set<string>();
  const seenNoise = new Set<string>();
  const seenMarker = new Map<string, Set<string>>();
  for (const folder of FOLDERS[lang]) {
    for (const e of files.tactics[folder]?.entries ?? []) {
      const patterns = [...compileCues(e.cues, lang, e.id), ...compileSurface(e.surface, lang)];
      out.tactics.push({
        id: e.id,
        code: e.code,
        also: e.also,
        strength: e.strength,
        note: e.note,
        patterns,
        fast: combinePatterns(patterns),
        // Co-occurrence groups and suppressors are scanned as one alternation each, like `fast`.
        groups: e.all?.map((g) => combinePatterns(compileCues(g, lang, e.id))),
        within: e.within,
        not: combinePatterns(compileCues(e.not, lang, e.id)),
      });
    }
    for (const m of files.stance[folder]?.markers ?? []) {
      // Stance markers are always surface forms: endings and function words carry stance.
      const key = `${m.role}:${m.scope ?? ''}:${m.advise ?? ''}:${m.at ?? ''}`;
      const seen = seenMarker.get(key) ?? new Set<string>();
      seenMarker.set(key, seen);
      const patterns = compileSurface(m.cues, lang, seen);
      out.markers.push({ id: m.id, role: m.role, scope: m.scope, advise: m.advise, at: m.at, patterns, fast: combinePatterns(patterns) });
    }
    for (const e of files.topic[folder]?.entries ?? []) {
      const patterns = compileCues(e.cues, lang, e.id, seenTopic);
      out.topic.push({ id: e.id, weight: e.weight, patterns, fast: combinePatterns(patterns) });
    }
    for (const e of files.noise[folder]?.entries ?? []) {
      const patterns = compileCues(e.cues, lang, e.id, seenNoise);
      out.noise.push({ id: e.id, weight: e.weight, category: e.category, patterns, fast: combinePatterns(patterns) });
    }
  }
  return out;
}

/** Prepare a passage for matching. `folded` must be the passage's folded text (same length). */
const HAN_CHAR = /\p{Script=Han}/u;

/** `folded` without whitespace runs between two Han characters, with the offset map back. */
export function compactHan(folded: string): { compact: string; map: number[] } {
  const chars: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < folded.length) {
    if (/\s/.test(folded[i]) && chars.length && HAN_CHAR.test(chars[chars.length - 1])) {
      let j = i;
      while (j < folded.length && /\s/.test(folded[j])) j++;
      if (j < folded.length && HAN_CHAR.test(folded[j])) {
        i = j;
        continue;
      }
    }
    chars.push(folded[i]);
    map.push(i);
    i++;
  }
  return { compact: chars.join(''), map };
}

export function makeTarget(text: string, folded: string, lang: MatchLang): Target {
  const { compact, map } = lang === 'zh' ? compactHan(folded) : { compact: '', map: [] };
  return { text, folded, plain: stripLatinAccents(folded), compact, compactMap: map, lang };
}
