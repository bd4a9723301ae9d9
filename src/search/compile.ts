/**
 * Concept compilation and matching shared by the index builder and the query side.
 * Chinese forms match as substrings of the folded, space-joined Han text (robust to how jieba or
 * maximum matching happened to segment); Korean, Spanish and English forms match when every word of
 * the form shares a term (surface or stem) with the text.
 */
import { analyze, hanRuns, stripAccents } from '../analyzer/index';
import { fold, foldQuery } from '../text/fold';
import type { Lang } from '../records';
import type { ConceptFile } from './concepts';

/** Concept term as indexed: never collides with a word (contains `:`). */
export const conceptTerm = (id: string): string => `c:${id}`;

/** One word of a form: its alternative terms (surface and stems). */
export type WordTerms = string[];

export interface CompiledConcept {
  id: string;
  kind: 'tactic' | 'topic';
  gloss: string;
  broad: boolean;
  /** Chinese forms, folded to Simplified, no spaces. */
  zh: string[];
  /** Korean / Spanish / English forms, each a list of words, each word a list of terms. */
  ko: WordTerms[][];
  es: WordTerms[][];
  en: WordTerms[][];
  /** Combinations of concept ids that name this concept in a query (see concepts.ts). */
  combos?: string[][];
  /** Narrower concepts a query naming this one names too (see concepts.ts). */
  includes?: string[];
}

/** Words of `text` (analysed in `lang`) as groups of terms sharing a span. Han text is excluded. */
export function wordGroups(text: string, lang: Lang): Array<{ start: number; end: number; terms: string[] }> {
  const groups: Array<{ start: number; end: number; terms: string[] }> = [];
  for (const t of analyze(text, lang)) {
    if (/\p{Script=Han}/u.test(t.term)) continue;
    const g = groups.find((x) => x.start === t.start && x.end === t.end);
    if (g) {
      if (!g.terms.includes(t.term)) g.terms.push(t.term);
    } else groups.push({ start: t.start, end: t.end, terms: [t.term] });
  }
  return groups;
}

/** The raw form of a word for `=word` and `prefix*` patterns: folded, accent-free. */
export const rawKey = (word: string): string => `=${stripAccents(fold(word).toLowerCase())}`;

/**
 * Compile one Korean/Spanish/English form to its words. A word written `prefix*` matches any word
 * starting with the prefix and `=word` only that exact word (both before stemming), for stems that
 * collide (`negociar` and `negocio` share the Snowball stem `negoci`: write `negocia*`); `*suffix`
 * matches a word or stem ending with the suffix, for the head of a Korean compound (`*소송` meets
 * `추심소송`, `민사소송을`).
 */
export function compileForm(form: string, lang: Lang): WordTerms[] {
  const words: WordTerms[] = [];
  for (const w of form.trim().split(/\s+/)) {
    if (w.startsWith('*') && w.length > 2) words.push([`~${rawKey(w.slice(1)).slice(1)}`]);
    else if (w.endsWith('*') && w.length > 2) words.push([`^${rawKey(w.slice(0, -1)).slice(1)}`]);
    else if (w.startsWith('=') && w.length > 1) words.push([rawKey(w.slice(1))]);
    else {
      const terms = wordGroups(w, lang).flatMap((g) => g.terms);
      if (terms.length) words.push([...new Set(terms)]);
    }
  }
  return words;
}

/** Does one form word match a word given as its set of terms and raw key? */
export function wordMatches(word: WordTerms, terms: Set<string>): boolean {
  for (const t of word) {
    if (t.startsWith('~')) {
      // `*suffix`: the head of a compound (Korean `추심소송` is a kind of `소송`), on the word or a stem.
      const suffix = t.slice(1);
      for (const x of terms) if ((x.startsWith('=') ? x.slice(1) : x).endsWith(suffix)) return true;
    } else if (t.startsWith('^')) {
      const prefix = `=${t.slice(1)}`;
      for (const x of terms) if (x.startsWith(prefix)) return true;
    } else if (terms.has(t)) return true;
  }
  return false;
}

export function compileConcepts(file: ConceptFile): CompiledConcept[] {
  return file.concepts.map((c) => {
    const zh = new Set<string>();
    for (const f of [...c.forms['zh-Hans'], ...c.forms['zh-Hant']]) {
      const folded = foldQuery(f).replace(/\s+/g, '');
      if (folded) zh.add(folded);
    }
    const words = (forms: string[], lang: Lang) => forms.map((f) => compileForm(f, lang)).filter((w) => w.length > 0);
    return {
      id: c.id,
      kind: c.kind,
      gloss: c.gloss,
      broad: c.broad,
      zh: [...zh],
      ko: words(c.forms.ko, 'ko'),
      es: words(c.forms.es, 'es'),
      en: words(c.forms.en, 'en'),
      ...(c.combos.length ? { combos: c.combos } : {}),
      ...(c.includes.length ? { includes: c.includes } : {}),
    };
  });
}

/** Han text of `text`, folded and with whitespace between Han characters removed; runs joined by `|`. */
export function hanText(text: string): string {
  return hanRuns(fold(text))
    .map((r) => r.text)
    .join('|');
}

/** Does a form (list of words of terms) occur in a set of terms? (no proximity: for short queries) */
export function formIn(form: WordTerms[], terms: Set<string>): boolean {
  return form.every((word) => wordMatches(word, terms));
}

/** Extra words allowed between the words of a multi-word form in a passage. */
export const FORM_SLACK = 3;

/**
 * Does a form occur in a passage given as a sequence of words (each a set of terms)? The words of
 * a multi-word form must fall within `form.length + FORM_SLACK` words of one another.
 */
export function formNear(form: WordTerms[], words: Array<Set<string>>): boolean {
  const has = (w: WordTerms, i: number) => wordMatches(w, words[i]);
  if (form.length === 1) return words.some((_, i) => has(form[0], i));
  const span = form.length + FORM_SLACK;
  for (let i = 0; i < words.length; i++) {
    if (!has(form[0], i)) continue;
    const lo = Math.max(0, i - span);
    const hi = Math.min(words.length - 1, i + span);
    if (form.slice(1).every((w) => { for (let j = lo; j <= hi; j++) if (j !== i && has(w, j)) return true; return false; })) return true;
  }
  return false;
}

/** Non-Han words of an analysed text, in order, each the set of its terms and its raw key. */
export function wordSets(tokens: Array<{ term: string; start: number; end: number }>, text: string): Array<Set<string>> {
  const out: Array<Set<string>> = [];
  let last: { start: number; end: number } | null = null;
  for (const t of tokens) {
    if (/\p{Script=Han}/u.test(t.term)) continue;
    if (last && last.start === t.start && last.end === t.end) out[out.length - 1].add(t.term);
    else {
      out.push(new Set([t.term, rawKey(text.slice(t.start, t.end))]));
      last = t;
    }
  }
  return out;
}

/** Concepts whose forms occur in a passage; value = number of distinct forms found. */
export function conceptsInText(
  concepts: CompiledConcept[],
  words: Array<Set<string>>,
  han: string,
  lang: Lang,
): Map<string, number> {
  const found = new Map<string, number>();
  const latin: Array<'es' | 'en'> = lang === 'es' ? ['es'] : lang === 'en' || lang === 'und' ? ['es', 'en'] : [];
  for (const c of concepts) {
    let n = 0;
    if (han) for (const f of c.zh) if (han.includes(f)) n++;
    for (const f of c.ko) if (formNear(f, words)) n++;
    for (const l of latin) for (const f of c[l]) if (formNear(f, words)) n++;
    if (n > 0) found.set(c.id, n);
  }
  return found;
}
