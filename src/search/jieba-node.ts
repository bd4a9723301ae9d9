/**
 * Node only: loads jieba-wasm, adds the domain dictionary (content/lexicon/concepts.yml:
 * `segmentation` plus every Chinese concept form, folded to Simplified) and registers it as the
 * analyzer's Chinese segmenter. Uses `search` mode, so long words also yield their sub-words
 * (`债权人` → `债权`, `债权人`), which query-side maximum matching can then find.
 */
import { tokenize, add_word } from 'jieba-wasm';
import { setChineseSegmenter } from '../analyzer/index';
import { foldQuery } from '../text/fold';
import { loadConcepts } from './load-concepts';

let registered = false;

/** Chinese words of the domain dictionary, Simplified. */
export function domainWords(): string[] {
  const file = loadConcepts();
  const words = new Set<string>();
  const add = (w: string) => {
    const f = foldQuery(w).replace(/\s+/g, '');
    if (/^\p{Script=Han}{2,}$/u.test(f)) words.add(f);
  };
  file.segmentation.forEach(add);
  for (const c of file.concepts) [...c.forms['zh-Hans'], ...c.forms['zh-Hant']].forEach(add);
  return [...words];
}

/** jieba `search` tokens of `text` with UTF-16 offsets (jieba counts code points). */
export function jiebaCut(text: string): Array<{ word: string; start: number; end: number }> {
  const tokens = tokenize(text, 'search', true);
  if (!/[\uD800-\uDBFF]/.test(text)) return tokens.map((t) => ({ word: t.word, start: t.start, end: t.end }));
  const units: number[] = [];
  let u = 0;
  for (const ch of text) units.push(u), (u += ch.length);
  units.push(u);
  return tokens.map((t) => ({ word: t.word, start: units[t.start], end: units[t.end] }));
}

/** Register jieba (with the domain dictionary) as the analyzer's segmenter; idempotent. */
export function registerJieba(extraWords: string[] = []): void {
  if (!registered) {
    for (const w of domainWords()) add_word(w);
    registered = true;
  }
  for (const w of extraWords) add_word(foldQuery(w).replace(/\s+/g, ''));
  setChineseSegmenter(jiebaCut);
}
