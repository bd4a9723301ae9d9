/**
 * English → Chinese word bridge (on by default; `--no-bridge` in the CLI and eval compares without it): maps English word stems to the Chinese
 * index terms whose dictionary glosses contain them, so an English query word that no concept form
 * names (`gambling`, `judgment`) still reaches Chinese passages (`赌博`, `判决`). Built at index time
 * from a bilingual dictionary lookup registered by the caller (src/search/cedict-node.ts), restricted
 * to the index's own Han vocabulary. Bridged terms count as a concept-like match (coverage, not a
 * literal match). No `node:` imports.
 *
 * A stem's entry also names the concepts (`c:<id>`, as in the index's concept field) one of whose
 * Chinese forms the dictionary glosses with it: `harass` → 骚扰 → harassment-contact, so an English
 * word no English form names still reaches that concept's Korean and Spanish passages (the query
 * weighs such a concept below one it names directly).
 */
import { enStem, EN_STOP } from '../analyzer/index';
import { conceptTerm } from './compile';

export type GlossLookup = (simplified: string) => string[];

/** A bridge: English stem → Chinese index terms. */
export type Bridge = Record<string, string[]>;

/** Most Chinese terms one English stem may stand for (common words gloss hundreds of terms). */
export const BRIDGE_FANOUT = 12;
/** Most concepts one English stem may name through the dictionary (more: the word is too vague). */
export const BRIDGE_CONCEPTS = 1;
/** Glosses longer than this many words are descriptions, not translations. */
const MAX_GLOSS_WORDS = 4;

const GLOSS_STOP = new Set(['sb', 'sth', 'esp', 'etc', 'one', "one's", 'oneself', 'something', 'someone', 'lit', 'fig', 'also', 'used', 'variant', 'see', 'cl']);
/** Words of manner, time and place glosses share: they name no concept (`before deadline` is no `before`). */
const CONCEPT_STOP = new Set(['before', 'after', 'around', 'again', 'always', 'never', 'often', 'very', 'ago', 'now', 'then', 'still', 'just', 'only', 'even', 'back', 'away', 'down', 'off', 'out', 'over', 'well', 'much', 'many', 'thing', 'things', 'way', 'person', 'people', 'make', 'get', 'take', 'give', 'put', 'go', 'come', 'do', 'have']);

/** English stems of one gloss (`to press (for payment of a debt)` → press). */
export function glossStems(gloss: string, forConcepts = false): string[] {
  const plain = gloss.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').toLowerCase();
  const words = plain.split(/[^a-z']+/).filter((w) => w && !EN_STOP.has(w) && !GLOSS_STOP.has(w) && w.length > 1);
  if (!words.length || words.length > MAX_GLOSS_WORDS) return [];
  return [...new Set((forConcepts ? words.filter((w) => !CONCEPT_STOP.has(w)) : words).map((w) => enStem(w)))];
}

/** What the bridge needs of a concept: its id, breadth and Chinese forms (folded Simplified). */
export type BridgeConcept = { id: string; broad: boolean; zh: string[] };

/** Is a bridge entry a concept (`c:<id>`) rather than a Chinese index term? */
export const isBridgeConcept = (t: string): boolean => t.startsWith(conceptTerm(''));

export function buildBridge(hanVocabulary: string[], lookup: GlossLookup, concepts: BridgeConcept[] = []): Bridge {
  // English stem → values of the Chinese words glossed with it.
  const byStem = (pairs: Array<readonly [word: string, value: string]>, forConcepts = false): Map<string, Set<string>> => {
    const map = new Map<string, Set<string>>();
    for (const [word, value] of pairs) {
      if (word.length < 2) continue;
      for (const gloss of lookup(word)) for (const s of glossStems(gloss, forConcepts)) {
        let set = map.get(s);
        if (!set) map.set(s, (set = new Set()));
        set.add(value);
      }
    }
    return map;
  };
  const terms = byStem(hanVocabulary.map((t) => [t, t] as const));
  // Specific concepts only: a broad one (debtor, money) adds nothing an English word needs.
  const ids = byStem(concepts.filter((c) => !c.broad).flatMap((c) => c.zh.map((f) => [f, c.id] as const)), true);
  const out: Bridge = {};
  for (const s of [...new Set([...terms.keys(), ...ids.keys()])].sort()) {
    const t = terms.get(s);
    const c = ids.get(s);
    const entry = [...(t && t.size <= BRIDGE_FANOUT ? [...t].sort() : []), ...(c && c.size <= BRIDGE_CONCEPTS ? [...c].sort().map(conceptTerm) : [])];
    if (entry.length) out[s] = entry;
  }
  return out;
}
