/**
 * The two rules shared by the index build, the page head script (src/client/prefetch.ts) and the
 * search page: which postings file holds a term, and which vocabularies a query consults. No
 * imports, so the head script stays tiny.
 */
export type Script = 'han' | 'hangul' | 'latin';

/** FNV-1a over UTF-16 code units: the shard a term's postings live in (same in Node and browsers). */
export function termShard(term: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

/** Scripts whose vocabulary a query may consult (a superset: loading one too many is harmless). */
export function queryScripts(q: string): Script[] {
  const out: Script[] = [];
  if (/[\p{Script=Han}\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029]/u.test(q)) out.push('han');
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\uffa0-\uffdc]/.test(q)) out.push('hangul');
  if (/[^\p{Script=Han}\p{Script=Hangul}\s]/u.test(q)) out.push('latin');
  return out;
}
