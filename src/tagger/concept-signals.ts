/**
 * Concept signals for the learned model: the ids of the multilingual concepts
 * (content/lexicon/concepts.yml, shared with search) whose forms occur in a passage — `family`,
 * `workplace`, `home-visit`, `publicity`, `night-contact` … The model's n-grams are tied to one
 * language's wording; a concept id is the same feature for 家人, 가족 and familia, so what the model
 * learns from one language's pages carries to another's.
 */
import { analyze } from '../analyzer/index';
import type { Lang } from '../records';
import { compileConcepts, conceptsInText, hanText, wordSets, type CompiledConcept } from '../search/compile';
import { loadConcepts } from '../search/load-concepts';

let compiled: CompiledConcept[] | null = null;

/** Ids of the concepts named in `text` (sorted; no offsets: a model signal, not evidence). */
export function conceptSignals(text: string, lang: Lang): string[] {
  return conceptSignalsIn(text, lang, [{ start: 0, end: text.length }])[0];
}

/**
 * Ids of the concepts named in each span of `text` (e.g. its sentences), sorted per span. The text is
 * analysed once; a token belongs to the span it starts in.
 */
export function conceptSignalsIn(text: string, lang: Lang, spans: ReadonlyArray<{ start: number; end: number }>): string[][] {
  compiled ??= compileConcepts(loadConcepts());
  // Han forms match as substrings of the folded text, so Chinese needs no segmenter here.
  const tokens = /\p{Script=Han}/u.test(text) && lang.startsWith('zh') ? [] : analyze(text, lang);
  return spans.map((s) => {
    const own = tokens.filter((t) => t.start >= s.start && t.start < s.end);
    const slice = text.slice(s.start, s.end);
    return [...conceptsInText(compiled!, wordSets(own, text), hanText(slice), lang).keys()].sort();
  });
}
