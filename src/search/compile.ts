/**
 * Concept compilation and matching shared by the index builder and the query side.
 * Chinese forms match as substrings of the folded, space-joined Han text (robust to how jieba or
 * maximum matching happened to segment); Korean, Spanish and English forms match when every word of
 * the form shares a term (surface or stem) with the text.
 */
import { analyze, hanRuns } from '../analyzer/index';
import { fold, foldQuery } from '../text/fold';
import type { Lang } from '../records';
import type { ConceptFile } from './concepts';

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

export function compileConcepts(file: ConceptFile): CompiledConcept[] {
  return file.concepts.map((c) => {
    const zh = new Set<string>();
    for (const f of [...c.forms['zh-Hans'], ...c.forms['zh-Hant']]) {
      const folded = foldQuery(f).replace(/\s+/g, '');
      if (folded) zh.add(folded);
    }
    const words = (forms: string[], lang: Lang) =>
      forms.map((f) => wordGroups(f, lang).map((g) => g.terms)).filter((w) => w.length > 0);
    return {
      id: c.id,
      kind: c.kind,
      gloss: c.gloss,
      broad: c.broad,
      zh: [...zh],
      ko: words(c.forms.ko, 'ko'),
      es: words(c.forms.es, 'es'),
      en: words(c.forms.en, 'en'),
    };
  });
}

/** Han text of `text`, folded and with whitespace between Han characters removed; runs joined by `|`. */
export function hanText(text: string): string {
  return hanRuns(fold(text))
    .map((r) => r.text)
    .join('|');
}

/** Does a form (list of words of terms) occur in a set of terms? */
export function formIn(form: WordTerms[], terms: Set<string>): boolean {
  return form.every((word) => word.some((t) => terms.has(t)));
}

/** Concepts whose forms occur in a passage; value = number of distinct forms found. */
export function conceptsInText(
  concepts: CompiledConcept[],
  terms: Set<string>,
  han: string,
  lang: Lang,
): Map<string, number> {
  const found = new Map<string, number>();
  const latin: Array<'es' | 'en'> = lang === 'es' ? ['es'] : lang === 'en' ? ['en'] : lang === 'und' ? ['es', 'en'] : [];
  for (const c of concepts) {
    let n = 0;
    if (han) for (const f of c.zh) if (han.includes(f)) n++;
    for (const f of c.ko) if (formIn(f, terms)) n++;
    for (const l of latin) for (const f of c[l]) if (formIn(f, terms)) n++;
    if (n > 0) found.set(c.id, n);
  }
  return found;
}
