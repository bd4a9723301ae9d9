/**
 * Query analysis (browser and Node): splits a query into words ("groups"), each with the index
 * terms that may stand for it, and finds the concepts it names.
 *
 *  - Han runs: folded to Simplified, segmented by bidirectional maximum matching against the
 *    index's own vocabulary (no jieba in the browser); long words also offer their in-vocabulary
 *    sub-words, unknown runs are expanded to vocabulary words that contain them.
 *  - Hangul eojeol: surface + stems (same code as indexing) + vocabulary words containing a stem
 *    (`회생` → `개인회생`), the latter with a lower weight.
 *  - Latin words: Spanish stem, English stem and the plain accent-free word (the passage language
 *    decided which one the index holds); stop words of both languages dropped.
 */
import { maxMatch, type Piece, hanRuns, koStems, KO_STOP, ZH_STOP, esStem, enStem, stripAccents, ES_STOP, EN_STOP } from '../analyzer/index';
import { fold } from '../text/fold';
import { conceptTerm, hanText, rawKey, wordMatches, type CompiledConcept, type WordTerms } from './compile';
import { isBridgeConcept } from './bridge';
import { sinoTerm } from './sino-korean';
import { cognateOfTerm, cognateStems, glossTerm } from './cognates';
import { QUERY_WORDS } from './query-words.data';

export type Script = 'han' | 'hangul' | 'latin';

export interface QueryGroup {
  /** The word as typed. */
  surface: string;
  script: Script;
  /** Index terms standing for the word, with their weight (1 exact or stem, lower for expansions). */
  terms: Map<string, number>;
  /** Terms that count as the word itself (not sub-word or substring expansions), and its raw key. */
  core: Set<string>;
  /**
   * Latin words: the core as Spanish and as English, for matching concept forms of that language
   * only (`recording` must not meet the Spanish form `recordar` through the shared stem `record`).
   */
  coreBy?: { es: Set<string>; en: Set<string> };
  /** Chinese terms an English word reaches through the bridge: a concept-like match, never a literal one. */
  bridged?: Set<string>;
  /**
   * Cross-language dictionary terms, a concept-like match too: Sino-Korean readings (`s:<word>`,
   * src/search/sino-korean.ts, field `sino`) of the word's own terms and of its bridged Chinese
   * terms, and for a Spanish word the gloss stems of its English cognates (`e:<stem>`,
   * src/search/cognates.ts, field `gloss`).
   */
  sino?: Set<string>;
}

export interface ConceptHit {
  id: string;
  broad: boolean;
  /** Met only inside a longer form of another concept: adds weight, covers no word. */
  inner?: boolean;
  /** For an inner concept: the words it would have covered (a passage with every part of the longer form ranks first among partial matches). */
  parts?: number[];
  /** Indexes of the query groups the concept's form covers. */
  covers: number[];
  /** Named only through the dictionary bridge (an English word glossing one of its Chinese forms): weighs less. */
  bridged?: boolean;
}

export interface AnalyzedQuery {
  text: string;
  groups: QueryGroup[];
  concepts: ConceptHit[];
  /**
   * Per group: a generic word of the genre (`debtor`, `催收`, `고객`): every concept that covers it
   * is broad. Such words add weight but are not required for a full match, unless every word is one.
   */
  generic: boolean[];
  /** Dominant script of the query, and a language guess for Latin script. */
  script: Script | null;
  lang: 'zh' | 'ko' | 'es' | 'en' | null;
  /** A quoted query (`"..."`): the phrase is required. */
  quoted: boolean;
  /** The phrase to look for: folded, Han spaces removed, whitespace collapsed. */
  phrase: string;
}

export interface QueryVocabulary {
  han: Set<string>;
  hangul: string[];
  hanList: string[];
  /** Latin-script terms of the Spanish passages. */
  es?: Set<string>;
  /** Experimental English → Chinese bridge (src/search/bridge.ts). */
  bridge?: Record<string, string[]>;
}

/**
 * Query-side word lists (content/lexicon/query-words.yml, through its generated module): function
 * words dropped from a query unless it has nothing else (`ZH_QUERY_STOP`, `KO_QUERY_STOP`), and
 * light words that frame a question without naming its topic (`LIGHT_WORDS`): kept, but generic
 * (optional for a full match) unless a specific concept covers them. Chinese words compare folded.
 */
const ZH_QUERY_STOP = new Set(QUERY_WORDS.stop['zh-Hans'].map((w) => fold(w)));
const KO_QUERY_STOP = new Set(QUERY_WORDS.stop.ko);
/** English and Spanish query function words the index-side stop lists keep (modals, negated auxiliaries, question words). */
const LATIN_QUERY_STOP = new Set([...QUERY_WORDS.stop.en, ...QUERY_WORDS.stop.es]);
/** A Latin word as the query lists compare it: folded, lower case, accent-free, straight apostrophe. */
const latinKey = (surface: string): string => stripAccents(fold(surface).toLowerCase()).replace(/’/g, "'");
const LIGHT_WORDS = new Set([...QUERY_WORDS.light.en, ...QUERY_WORDS.light.es, ...QUERY_WORDS.light.ko, ...QUERY_WORDS.light['zh-Hans'].map((w) => fold(w))]);

/** Is a query group a light word (see LIGHT_WORDS)? */
export function isLightWord(g: QueryGroup): boolean {
  return LIGHT_WORDS.has(g.script === 'latin' ? latinKey(g.surface) : g.surface);
}

const SUBSTRING_LIMIT = 40;
const W_BRIDGE = 0.4;
const W_SUBWORD = 0.6;
const W_SUBSTRING = 0.45;
/** A Sino-Korean reading relative to the term it reads (below a concept the query names). */
export const W_SINO = 0.4;
/** An English cognate of a Spanish word, in the gloss field (src/search/cognates.ts). */
export const W_COGNATE = 0.3;

/** Add the Sino-Korean bridge terms of some of a group's terms (their weight times W_SINO). */
function addSino(g: QueryGroup, terms: Iterable<string>): void {
  for (const t of terms) {
    if ([...t].length < 2 || t.startsWith('=')) continue;
    const s = sinoTerm(t);
    const w = (g.terms.get(t) ?? 1) * W_SINO;
    if ((g.terms.get(s) ?? 0) < w) g.terms.set(s, w);
    (g.sino ??= new Set()).add(s);
  }
}

const ES_HINT = /[ñáéíóú¿¡]/;

/** Normalise a text for phrase comparison: folded, Han-internal spaces removed, spaces collapsed. */
export function phraseKey(text: string): string {
  return phraseKeyFolded(fold(text));
}

/** `phraseKey` of an already folded text. */
export function phraseKeyFolded(folded: string): string {
  return folded
    .replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function containing(list: string[], part: string, limit: number): string[] {
  const out: string[] = [];
  for (const w of list) {
    if (w !== part && w.includes(part)) {
      out.push(w);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** The Chinese forms of a concept table (folded), per table. */
const zhFormSets = new WeakMap<CompiledConcept[], Set<string>>();
function zhForms(concepts: CompiledConcept[]): Set<string> {
  let s = zhFormSets.get(concepts);
  if (!s) zhFormSets.set(concepts, (s = new Set(concepts.flatMap((c) => c.zh).filter((f) => f.length >= 2))));
  return s;
}

/** A concept form the index lacks but spells with index words of two or more characters (`亲属施压`) is those words. */
function splitForms(pieces: Piece[], vocab: QueryVocabulary, forms: Set<string>): Piece[] {
  return pieces.flatMap((p) => {
    if (vocab.han.has(p.word) || !forms.has(p.word)) return [p];
    const sub = maxMatch(p.word, vocab.han);
    return sub.every((x) => x.word.length >= 2 && vocab.han.has(x.word)) ? sub.map((x) => ({ ...x, start: x.start + p.start, end: x.end + p.start })) : [p];
  });
}

/**
 * Chinese query words: maximum matching against the index's words and the concept lexicon's
 * Chinese forms, so a form the passages never use (`供应商`, `敌意`) is one word rather than
 * fragments glued to its neighbours (`的供`/`应`/`商`), and the concept it names covers it (see
 * splitForms for forms the index spells with its own words).
 */
function hanGroups(q: string, vocab: QueryVocabulary, forms: Set<string> = new Set()): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const words = forms.size ? { has: (w: string) => vocab.han.has(w) || forms.has(w) } : vocab.han;
  for (const run of hanRuns(fold(q))) {
    for (const piece of splitForms(maxMatch(run.text, words), vocab, forms)) {
      const w = piece.word;
      if (w.length === 1 && ZH_STOP.has(w)) continue;
      const terms = new Map<string, number>();
      const core = new Set<string>();
      const known = vocab.han.has(w);
      if (known || forms.has(w)) {
        // A form the index lacks is its own core (never matched itself): its in-index sub-words
        // must then cover it to count as a literal match (see literalMatch).
        if (known) terms.set(w, 1);
        core.add(w);
        if (w.length >= 3) {
          for (let n = w.length - 1; n >= 2; n--)
            for (let i = 0; i + n <= w.length; i++) {
              const sub = w.slice(i, i + n);
              if (vocab.han.has(sub) && !terms.has(sub)) terms.set(sub, W_SUBWORD);
            }
        }
        if (!known && terms.size === 0) for (const c of containing(vocab.hanList, w, SUBSTRING_LIMIT)) terms.set(c, W_SUBSTRING);
      } else if (w.length >= 2 || run.text.replace(/\s/g, '').length === 1) {
        // A single character left over by maximum matching (`金` of an unknown `违约金`) is no word:
        // the words containing it would be noise; only longer unknown runs (or a lone character
        // typed on its own) expand.
        for (const c of containing(vocab.hanList, w, SUBSTRING_LIMIT)) terms.set(c, W_SUBSTRING);
        if (terms.size === 0 && w.length >= 2) {
          // Unknown everywhere: fall back to its in-vocabulary bigrams.
          for (let i = 0; i + 2 <= w.length; i++) if (vocab.han.has(w.slice(i, i + 2))) terms.set(w.slice(i, i + 2), W_SUBWORD);
        }
      }
      const g: QueryGroup = { surface: w, script: 'han', terms, core };
      const indexed = known ? core : new Set<string>();
      addSino(g, indexed);
      // Spanish passages whose words' English cognates gloss the word (src/search/cognates.ts).
      for (const t of indexed) {
        g.terms.set(cognateOfTerm(t), W_COGNATE);
        (g.sino ??= new Set()).add(cognateOfTerm(t));
      }
      groups.push(g);
    }
  }
  return groups;
}

function hangulGroup(word: string, vocab: QueryVocabulary): QueryGroup | null {
  if (KO_STOP.has(word)) return null;
  const terms = new Map<string, number>();
  const core = new Set<string>();
  for (const t of [word, ...koStems(word)]) {
    if (KO_STOP.has(t)) continue;
    terms.set(t, 1);
    core.add(t);
  }
  core.add(rawKey(word));
  for (const s of core) {
    if (s.length < 2) continue;
    for (const c of containing(vocab.hangul, s, SUBSTRING_LIMIT)) if (!terms.has(c)) terms.set(c, W_SUBSTRING);
  }
  if (!terms.size) return null;
  const g: QueryGroup = { surface: word, script: 'hangul', terms, core };
  // The stems only (a reading is a bare word, never one with a particle), or the word if it has none.
  const stems = koStems(word).filter((t) => core.has(t));
  addSino(g, stems.length ? stems : [word]);
  return g;
}

function latinGroup(word: string): QueryGroup | null {
  const w = fold(word).toLowerCase();
  if (ES_STOP.has(w) || EN_STOP.has(w)) return null;
  const terms = new Map<string, number>();
  for (const t of [esStem(w), enStem(w), stripAccents(w)]) if (t) terms.set(t, 1);
  const plain = [stripAccents(w), rawKey(w)];
  return {
    surface: word,
    script: 'latin',
    terms,
    core: new Set([...terms.keys(), rawKey(w)]),
    coreBy: { es: new Set([esStem(w), ...plain]), en: new Set([enStem(w), ...plain]) },
  };
}

const EN_ONLY = new Set('the of to in and is for with on by from his her their them you your this that at an it be are was not'.split(' '));
const ES_ONLY = new Set('de la el los las con por para que del y en un una su sus al se lo le les es no como más pero'.split(' '));

/** Word endings typical of one language only (accent-free: queries are often typed without accents). */
const ES_ENDING = /(?:cion|ciones|dad|dades|miento|mientos|ado|ada|ados|adas|ido|idos|ida|idas|ando|iendo|oso|osa|osos|osas|ivo|iva|ivos|ivas|ero|era|eros|eras|ia|ias|ez|eza|o|os|as|ar|ir)$/;
const EN_ENDING = /(?:ing|tion|tions|ment|ments|ness|ship|ed|ly|ful|less|ity|ies|th|ure|ge|sh|ck|w|y|k)$/;

/** Terms of the Spanish and of the English concept forms (stems and raw keys), per concept table. */
const formWords = new WeakMap<CompiledConcept[], { es: Set<string>; en: Set<string> }>();
function lexiconWords(concepts: CompiledConcept[]): { es: Set<string>; en: Set<string> } {
  let w = formWords.get(concepts);
  if (!w) {
    w = { es: new Set(), en: new Set() };
    for (const c of concepts)
      for (const l of ['es', 'en'] as const) for (const form of c[l]) for (const word of form) for (const t of word) if (!/^[~^]/.test(t)) w[l].add(t);
    formWords.set(concepts, w);
  }
  return w;
}

/**
 * Spanish or English, from accents, function words, the concept lexicon (a word that is a Spanish
 * form and no English one, `acoso`, `fiador`), typical endings, then whether the Spanish stems are in
 * the index.
 */
export function latinLanguage(q: string, vocab: QueryVocabulary, concepts: CompiledConcept[] = []): 'es' | 'en' {
  const lower = q.toLowerCase();
  if (ES_HINT.test(lower)) return 'es';
  const words = lower.split(/[^\p{L}]+/u).filter(Boolean);
  const en = words.filter((w) => EN_ONLY.has(w)).length;
  const es = words.filter((w) => ES_ONLY.has(w)).length;
  if (en !== es) return en > es ? 'en' : 'es';
  const content = words.filter((w) => !ES_STOP.has(w) && !EN_STOP.has(w));
  if (concepts.length) {
    const lex = lexiconWords(concepts);
    let score = 0;
    for (const w of content) {
      const inEs = lex.es.has(esStem(w)) || lex.es.has(rawKey(w));
      const inEn = lex.en.has(enStem(w)) || lex.en.has(rawKey(w));
      if (inEs !== inEn) score += inEs ? 1 : -1;
    }
    if (score !== 0) return score > 0 ? 'es' : 'en';
  }
  const ending = content.reduce((n, w) => n + (ES_ENDING.test(stripAccents(w)) ? 1 : 0) - (EN_ENDING.test(w) ? 1 : 0), 0);
  if (ending !== 0) return ending > 0 ? 'es' : 'en';
  if (vocab.es && content.length && content.every((w) => vocab.es!.has(esStem(w)))) return 'es';
  return 'en';
}

/** Analyse a query against an index vocabulary and concept table. */
export function analyzeQuery(text: string, vocab: QueryVocabulary, concepts: CompiledConcept[]): AnalyzedQuery {
  const raw = text.normalize('NFC').trim();
  const quoted = /^["“「『].+["”」』]$/.test(raw);
  const q = quoted ? raw.slice(1, -1) : raw;

  // Split into script runs in order, so groups keep query order.
  let groups: QueryGroup[] = [];
  const counts = { han: 0, hangul: 0, latin: 0 };
  const re = /(\p{Script=Han}[\p{Script=Han}\s]*)|([\uac00-\ud7a3]+)|([\p{Script=Latin}\p{N}]+(?:['’][\p{Script=Latin}]+)*)/gu;
  // Match on the folded query: artefacts such as `(hán)` are blanked there, as in passages.
  for (const m of fold(q).matchAll(re)) {
    if (m[1]) {
      counts.han += m[1].replace(/\s/g, '').length;
      groups.push(...hanGroups(m[1], vocab, zhForms(concepts)));
    } else if (m[2]) {
      counts.hangul += m[2].length;
      const g = hangulGroup(fold(m[2]), vocab);
      if (g) groups.push(g);
    } else if (m[3]) {
      counts.latin += m[3].length;
      const g = latinGroup(m[3]);
      if (g) groups.push(g);
    }
  }
  const content = groups.filter((g) =>
    g.script === 'latin' ? !LATIN_QUERY_STOP.has(latinKey(g.surface)) : !(g.script === 'han' ? ZH_QUERY_STOP : KO_QUERY_STOP).has(g.surface),
  );
  if (content.length) groups = content;
  const script: Script | null =
    counts.han + counts.hangul + counts.latin === 0
      ? null
      : counts.han >= counts.hangul && counts.han >= counts.latin
        ? 'han'
        : counts.hangul >= counts.latin
          ? 'hangul'
          : 'latin';
  const lang = script === 'han' ? 'zh' : script === 'hangul' ? 'ko' : script === 'latin' ? latinLanguage(q, vocab, concepts) : null;

  const hits = findConcepts(q, groups, concepts);
  // Spanish words also ask for the gloss stems of their English cognates (dropped below, as the
  // dictionary terms are, for words a specific concept covers).
  if (lang === 'es')
    for (const g of groups) {
      if (g.script !== 'latin' || isLightWord(g)) continue;
      for (const t of cognateStems(g.surface).map(glossTerm)) {
        if (!g.terms.has(t)) g.terms.set(t, W_COGNATE);
        (g.sino ??= new Set()).add(t);
      }
    }
  // The dictionary bridge (experimental): every English word also reaches the Chinese terms whose
  // glosses it is (reaching only the words no specific concept covers measured worse: 0.80 vs 0.82).
  if (lang === 'en' && vocab.bridge)
    groups.forEach((g, i) => {
      if (g.script !== 'latin') return;
      const terms = vocab.bridge![bridgeKey(g)];
      if (!terms) return;
      g.bridged = new Set(terms);
      // Concept entries stay among the word's terms (never a literal match) so that whoever loads
      // the word's postings loads the concept's too.
      for (const t of terms) if (!g.terms.has(t)) g.terms.set(t, W_BRIDGE);
      // Through the Sino-Korean bridge the Chinese words reach Korean passages too (`debt` → 债权 → 채권).
      addSino(g, terms.filter((t) => !isBridgeConcept(t)));
      // A word no concept covers (not even a broad one: `business`, `repay` are words of the genre)
      // names the concepts its glosses reach.
      if (hits.some((h) => h.covers.includes(i)) || isLightWord(g)) return;
      for (const t of terms) {
        if (!isBridgeConcept(t)) continue;
        const id = t.slice(conceptTerm('').length);
        const own = hits.find((h) => h.id === id);
        if (!own) hits.push({ id, broad: false, covers: [i], bridged: true });
        else if (!own.inner && !own.covers.includes(i)) own.covers = [...own.covers, i].sort((a, b) => a - b);
      }
    });
  // A word a specific concept covers already reaches the other languages through it: its
  // Sino-Korean readings would only count the same passages twice (measured: `협상` lost its Spanish
  // targets to Chinese passages matching both the concept and the reading).
  groups.forEach((g, i) => {
    if (!g.sino || !hits.some((h) => !h.broad && h.covers.includes(i))) return;
    for (const t of g.sino) g.terms.delete(t);
    delete g.sino;
  });
  return { text: raw, groups, concepts: hits, generic: genericGroups(groups, hits), script, lang, quoted, phrase: phraseKey(q) };
}

/** The dictionary bridge's key of a Latin query word (its English stem). */
export function bridgeKey(g: Pick<QueryGroup, 'surface'>): string {
  return enStem(fold(g.surface).toLowerCase());
}

/**
 * Groups covered only by broad concepts, and light words no specific concept covers (see
 * `AnalyzedQuery.generic`); none when all groups would be.
 */
export function genericGroups(groups: QueryGroup[], hits: ConceptHit[]): boolean[] {
  const generic = groups.map((g, i) => {
    const by = hits.filter((h) => h.covers.includes(i));
    if (by.length === 0) return isLightWord(g);
    return by.every((h) => h.broad);
  });
  return generic.every(Boolean) ? generic.map(() => false) : generic;
}

/**
 * Word sequences a concept form may be matched against: each group alone, plus two adjacent
 * Hangul groups written together (`인격 모독` meets the form `인격모독`, `신용 기록` meets `신용기록`),
 * since Korean compounds are written with or without a space.
 */
function matchUnits(groups: QueryGroup[]): Array<{ covers: number[]; core: Set<string>; coreBy?: QueryGroup['coreBy'] }> {
  const units: Array<{ covers: number[]; core: Set<string>; coreBy?: QueryGroup['coreBy'] }> = groups.map((g, i) => ({ covers: [i], core: g.core, coreBy: g.coreBy }));
  for (let i = 0; i + 1 < groups.length; i++) {
    const a = groups[i];
    const b = groups[i + 1];
    if (a.script !== 'hangul' || b.script !== 'hangul') continue;
    const joined = a.surface + b.surface;
    units.push({ covers: [i, i + 1], core: new Set([joined, ...koStems(joined), rawKey(joined)]) });
  }
  return units;
}

/**
 * A multi-word Korean form written as one word (Korean spacing varies: `겁을 주다` is also typed
 * `겁주다`, `망신을 주다` as `망신주다`): each word but the last by its shortest term (its stem, no
 * particle), the last by any of its terms, joined.
 */
const joinedForms = new WeakMap<WordTerms[], Set<string>>();
function joinedKo(form: WordTerms[]): Set<string> {
  let out = joinedForms.get(form);
  if (!out) {
    out = new Set();
    const plain = (w: WordTerms) => w.filter((t) => !/^[~^=]/.test(t));
    if (form.length >= 2 && form.length <= 3 && form.every((w) => plain(w).length)) {
      const head = form.slice(0, -1).map((w) => plain(w).reduce((a, b) => (b.length < a.length ? b : a)));
      for (const last of plain(form[form.length - 1])) out.add(head.join('') + last);
    }
    joinedForms.set(form, out);
  }
  return out;
}

/** Concepts named by the query, with the groups each one covers. */
export function findConcepts(q: string, groups: QueryGroup[], concepts: CompiledConcept[]): ConceptHit[] {
  const hanQuery = hanText(q);
  const units = matchUnits(groups);
  const hits: ConceptHit[] = [];
  // Spans of the Chinese forms each concept met in the query, and whether it met a form of another language.
  const zhSpans = new Map<string, Array<[number, number]>>();
  const otherForm = new Set<string>();
  for (const c of concepts) {
    const covers = new Set<number>();
    for (const f of c.zh) {
      if (!hanQuery.includes(f)) continue;
      const spans = zhSpans.get(c.id) ?? [];
      for (let at = hanQuery.indexOf(f); at >= 0; at = hanQuery.indexOf(f, at + 1)) spans.push([at, at + f.length]);
      zhSpans.set(c.id, spans);
      groups.forEach((g, i) => {
        if (g.script === 'han' && (f.includes(g.surface) || g.surface.includes(f))) covers.add(i);
      });
    }
    for (const l of ['ko', 'es', 'en'] as const) {
      for (const form of c[l]) {
        const used: number[] = [];
        const ok = form.every((word) => {
          const u = units.find((x) => !x.covers.some((i) => used.includes(i)) && wordMatches(word, l === 'ko' ? x.core : (x.coreBy?.[l] ?? x.core)));
          if (u) used.push(...u.covers);
          return !!u;
        });
        if (ok) (used.forEach((i) => covers.add(i)), otherForm.add(c.id));
        else if (l === 'ko' && form.length > 1) {
          const joined = joinedKo(form);
          groups.forEach((g, i) => {
            if (g.script === 'hangul' && [...g.core].some((t) => joined.has(t))) covers.add(i);
          });
        }
      }
    }
    if (covers.size) hits.push({ id: c.id, broad: c.broad, covers: [...covers].sort((a, b) => a - b) });
  }
  // Combinations: "pressure his parents" names pressure and family, hence third-party pressure.
  for (const c of concepts) {
    for (const combo of c.combos ?? []) {
      const parts = combo.map((id) => hits.find((h) => h.id === id));
      if (parts.some((h) => !h || h.covers.length === 0)) continue;
      const covers = new Set(parts.flatMap((h) => h!.covers));
      const own = hits.find((h) => h.id === c.id);
      if (own) {
        own.covers.forEach((i) => covers.add(i));
        own.covers = [...covers].sort((a, b) => a - b);
      } else hits.push({ id: c.id, broad: c.broad, covers: [...covers].sort((a, b) => a - b) });
    }
  }
  // Narrower concepts: "illegal collection practices" names every tactic, over the same words.
  for (const h of [...hits]) {
    const c = concepts.find((x) => x.id === h.id);
    for (const id of c?.includes ?? []) {
      const n = concepts.find((x) => x.id === id);
      if (!n) continue;
      const own = hits.find((x) => x.id === id);
      if (own) own.covers = [...new Set([...own.covers, ...h.covers])].sort((a, b) => a - b);
      else hits.push({ id, broad: n.broad, covers: [...h.covers] });
    }
  }
  // Longest match: a concept whose words all lie inside a longer form of another concept was only
  // part of that phrase (`credit record` names credit-record, not recording-evidence): it still adds
  // weight, as a broad concept does, but covers no word. Chinese forms compare by characters:
  // `心理` (the debtor's psychology) inside `心理素质` (the collector's composure) is no concept of its own.
  const insideLonger = (h: ConceptHit): boolean => {
    const own = zhSpans.get(h.id);
    if (!own || otherForm.has(h.id)) return false;
    return own.every(([a, b]) =>
      hits.some((o) => o.id !== h.id && (zhSpans.get(o.id) ?? []).some(([x, y]) => x <= a && b <= y && y - x > b - a)),
    );
  };
  return hits.map((h) =>
    hits.some((o) => o !== h && o.covers.length > h.covers.length && h.covers.every((i) => o.covers.includes(i))) || (h.covers.length > 0 && insideLonger(h))
      ? { ...h, broad: true, inner: !h.broad, covers: [], parts: h.covers }
      : h,
  );
}
