/**
 * English → Chinese word bridge (on by default; `--no-bridge` in the CLI and eval compares without it): maps English word stems to the Chinese
 * index terms whose dictionary glosses contain them, so an English query word that no concept form
 * names (`gambling`, `judgment`) still reaches Chinese passages (`赌博`, `判决`). Built at index time
 * from a bilingual dictionary lookup registered by the caller (src/search/cedict-node.ts), restricted
 * to the index's own Han vocabulary. Bridged terms count as a concept-like match (coverage, not a
 * literal match). No `node:` imports.
 */
import { enStem, EN_STOP } from '../analyzer/index';

export type GlossLookup = (simplified: string) => string[];

/** A bridge: English stem → Chinese index terms. */
export type Bridge = Record<string, string[]>;

/** Most Chinese terms one English stem may stand for (common words gloss hundreds of terms). */
export const BRIDGE_FANOUT = 12;
/** Glosses longer than this many words are descriptions, not translations. */
const MAX_GLOSS_WORDS = 4;

const GLOSS_STOP = new Set(['sb', 'sth', 'esp', 'etc', 'one', "one's", 'oneself', 'something', 'someone', 'lit', 'fig', 'also', 'used', 'variant', 'see', 'cl']);

/** English stems of one gloss (`to press (for payment of a debt)` → press). */
export function glossStems(gloss: string): string[] {
  const plain = gloss.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').toLowerCase();
  const words = plain.split(/[^a-z']+/).filter((w) => w && !EN_STOP.has(w) && !GLOSS_STOP.has(w) && w.length > 1);
  if (!words.length || words.length > MAX_GLOSS_WORDS) return [];
  return [...new Set(words.map((w) => enStem(w)))];
}

export function buildBridge(hanVocabulary: string[], lookup: GlossLookup): Bridge {
  const map = new Map<string, Set<string>>();
  for (const term of hanVocabulary) {
    if (term.length < 2) continue;
    for (const gloss of lookup(term)) for (const s of glossStems(gloss)) {
      let set = map.get(s);
      if (!set) map.set(s, (set = new Set()));
      set.add(term);
    }
  }
  const out: Bridge = {};
  for (const [s, terms] of [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (terms.size <= BRIDGE_FANOUT) out[s] = [...terms].sort();
  return out;
}
