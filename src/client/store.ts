/**
 * A copy, in localStorage, of the index files every query of /search/ starts with (the metadata,
 * and the vocabulary and concept forms of each script), so that a returning visitor's page reads
 * them synchronously instead of waiting for the HTTP cache (10–40 ms per file under load, on the
 * critical path of every navigation). Files are stored under their published, content-hashed
 * names, so a stored copy is never stale; storing a file drops the copies of earlier builds of
 * the same logical file. Over http(s) only; every storage error (quota, privacy mode) means "not
 * stored" and the page fetches as before. No imports: prefetch.js stays small.
 */
const PREFIX = 'kb-index:';
/** Published names of the files worth keeping: `meta.<hash>.json`, `vocab-han.<hash>.json`, `concept-forms-latin.<hash>.json`. */
const KEPT = /(?:^|\/)((?:meta|vocab-[a-z]+|concept-forms-[a-z]+))\.[0-9a-f]{6,}\.json$/;
/** Larger files are not kept (the metadata of a very large corpus: localStorage holds about 5 M characters in all). */
const MAX_CHARS = 1_000_000;

export const keptFile = (url: string): boolean => KEPT.test(url);

/** The stored JSON text of this file (by absolute URL), or null. */
export function storedText(url: string): string | null {
  if (!keptFile(url)) return null;
  try {
    return localStorage.getItem(PREFIX + url);
  } catch {
    return null;
  }
}

/** Keep this file's JSON text; drop the copies of the same logical file from other builds. */
export function storeText(url: string, text: string): void {
  const m = KEPT.exec(url);
  if (!m || text.length > MAX_CHARS) return;
  const logical = url.slice(0, url.length - m[0].length) + m[0].replace(/\.[0-9a-f]{6,}\.json$/, '.');
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX + logical) && k !== PREFIX + url) localStorage.removeItem(k);
    }
    localStorage.setItem(PREFIX + url, text);
  } catch {
    // quota or storage refused: the HTTP cache still has it
  }
}
