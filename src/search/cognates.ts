/**
 * Spanish → English cognates, for the dictionary gloss field (no `node:` imports).
 *
 * There is no Spanish–English dictionary on npm, but much of the Spanish a regulator types shares
 * its Latin root with English (`evaluar` evaluate, `militares` military, `moral`, `intermedia`
 * intermediate, `información` information). A Spanish query word no concept covers is rewritten by
 * regular suffix correspondences into a few English candidates; their stems are looked up in the
 * index field `gloss`, where every Chinese passage carries the English stems of its words'
 * CC-CEDICT glosses (`e:<stem>`, the English → Chinese bridge turned around) and every Korean
 * passage those of the Chinese words its terms read (src/search/sino-korean.ts). The other way, a
 * Spanish passage carries the Chinese words its words' cognates gloss (`z:<word>`: `reducido` →
 * reduce → 削减), which a Chinese query word asks for. (Spanish passages indexed under their
 * cognates' English stems for English queries changed no recall and were left out.) Like the
 * dictionary bridges, such a match covers a word the way a concept does, at a lower weight.
 * False cognates (`advertir` is to warn, not to advertise) are the price; they weigh little.
 */
import { enStem, stripAccents } from '../analyzer/index';

export const GLOSS_FIELD = 'gloss';
export const glossTerm = (stem: string): string => `e:${stem}`;
/** A Chinese word the English cognate of one of a Spanish passage's words glosses (a Chinese query asks for it). */
export const cognateOfTerm = (han: string): string => `z:${han}`;
export const isGlossTerm = (t: string): boolean => t.startsWith('e:') || t.startsWith('z:');

/** Most English candidates one Spanish word yields (each may cost a postings file). */
export const MAX_COGNATES = 3;

/** Suffix correspondences, longest first: Spanish ending → English endings. */
const SUFFIXES: Array<[string, string[]]> = [
  ['aciones', ['ation']],
  ['iciones', ['ition']],
  ['acion', ['ation']],
  ['icion', ['ition']],
  ['cion', ['tion']],
  ['sion', ['sion']],
  ['idades', ['ity']],
  ['idad', ['ity']],
  ['dad', ['ty']],
  ['mente', ['ly']],
  ['encia', ['ence']],
  ['ancia', ['ance']],
  ['ificar', ['ify']],
  ['izar', ['ize']],
  ['arios', ['ary']],
  ['arias', ['ary']],
  ['ario', ['ary']],
  ['aria', ['ary']],
  ['ares', ['ary', 'ar']],
  ['icos', ['ic', 'ical']],
  ['icas', ['ic', 'ical']],
  ['ico', ['ic', 'ical']],
  ['ica', ['ic', 'ical']],
  ['ivos', ['ive']],
  ['ivas', ['ive']],
  ['ivo', ['ive']],
  ['iva', ['ive']],
  ['osos', ['ous']],
  ['osas', ['ous']],
  ['oso', ['ous']],
  ['osa', ['ous']],
  ['ismo', ['ism']],
  ['ista', ['ist']],
  ['ente', ['ent']],
  ['ante', ['ant']],
  ['ura', ['ure']],
  ['icios', ['ice']],
  ['icio', ['ice']],
  ['ciales', ['tial', 'cial']],
  ['cial', ['tial', 'cial']],
  ['ia', ['y', 'ia']],
  ['idos', ['e', 'ed']],
  ['idas', ['e', 'ed']],
  ['ados', ['ate', 'ed']],
  ['adas', ['ate', 'ed']],
  ['ido', ['e', 'ed']],
  ['ida', ['e', 'ed']],
  ['ado', ['ate', 'ed']],
  ['ada', ['ate', 'ed']],
  ['ar', ['ate', '']],
  ['er', ['']],
  ['ir', ['']],
  ['es', ['', 'e']],
  ['os', ['']],
  ['as', ['', 'e']],
  ['o', ['']],
  ['a', ['', 'e']],
  ['e', ['', 'e']],
  ['s', ['']],
];

/** English candidate words for a Spanish word (accent-free, lower case; none for short words). */
export function englishCognates(word: string): string[] {
  let w = stripAccents(word.toLowerCase());
  if (w.length < 5 || !/^[a-zñ]+$/.test(w)) return [];
  // es + consonant at the start is English s + consonant (estrategia → strategy, especial → special);
  // psic- is psych- (psicológico → psychological).
  if (/^es[bcdfgklmnpqrstvz]/.test(w)) w = w.slice(1);
  w = w.replace(/^psic/, 'psych');
  const out: string[] = [];
  const add = (x: string) => {
    if (x.length >= 4 && !out.includes(x)) out.push(x);
  };
  const s = SUFFIXES.find(([es]) => w.endsWith(es) && w.length - es.length >= 3);
  if (s) for (const en of s[1]) add(w.slice(0, w.length - s[0].length) + en);
  else add(w);
  return out.slice(0, MAX_COGNATES);
}

/** English stems of a Spanish word's cognates. */
export function cognateStems(word: string): string[] {
  return [...new Set(englishCognates(word).map((c) => enStem(c)))];
}
