/**
 * Copies of index files in localStorage, read synchronously by the search page instead of waiting
 * for the HTTP cache or the network (10–40 ms per file under load, on the critical path of every
 * navigation):
 * - the files every query starts with (the metadata, and the vocabulary and concept forms of each
 *   script), kept after any visit (`keptFile`, `storeText`);
 * - for a returning visitor, every file of a small index (the build's bundle file, ShardMeta
 *   `files.bundle`: 1 MB of JSON text at 1×, none above 2 M characters), fetched once after the
 *   results of a query are shown (`storeAll`), so that later queries need no index request at all.
 * Files are stored under their published, content-hashed names, so a stored copy is never stale;
 * storing a file drops the copies of earlier builds of the same logical file, and storing a bundle
 * drops every copy of the folder's files that is not in it. Over http(s) only; every storage error
 * (quota, privacy mode) means "not stored" and the page fetches as before. No imports.
 */
const PREFIX = 'kb-index:';
/** Published names of the files every query starts with: `meta.<hash>.json`, `vocab-han.<hash>.json`. */
const KEPT = /(?:^|\/)((?:meta|vocab-[a-z]+))\.[0-9a-f]{6,}\.json$/;
/** Published names of index files (any of them may have come with a bundle). */
const INDEX_FILE = /\.[0-9a-f]{6,}\.json$/;
/** Larger files are not kept (the metadata of a very large corpus: localStorage holds about 5 M characters in all). */
const MAX_CHARS = 1_000_000;

export const keptFile = (url: string): boolean => KEPT.test(url);

/** The stored JSON text of this file (by absolute URL), or null. */
export function storedText(url: string): string | null {
  if (!INDEX_FILE.test(url)) return null;
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

/** Has this bundle (by absolute URL) been stored in full? */
export function storedAll(bundleUrl: string): boolean {
  return storedText(bundleUrl) !== null;
}

/**
 * Store every file of a bundle (`[name, JSON text]` pairs; names relative to the bundle's folder),
 * after dropping the folder's copies that are neither in it nor in `keep` (the meta file and the
 * start files of this build). The bundle's own key, written last, marks it done. Returns false when
 * storage refused (quota): what was written stays usable, file by file, and the bundle is marked
 * done all the same (`-`) when the mark still fits, so that a browser with less room does not
 * download it on every visit.
 */
export function storeAll(bundleUrl: string, files: Array<[string, string]>, keep: Iterable<string> = []): boolean {
  const dir = bundleUrl.slice(0, bundleUrl.lastIndexOf('/') + 1);
  const wanted = new Set<string>([...keep, bundleUrl, ...files.map(([name]) => dir + name)].map((u) => PREFIX + u));
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX + dir) && !wanted.has(k)) localStorage.removeItem(k);
    }
    for (const [name, text] of files) if (localStorage.getItem(PREFIX + dir + name) === null) localStorage.setItem(PREFIX + dir + name, text);
    localStorage.setItem(PREFIX + bundleUrl, '');
    return true;
  } catch {
    try {
      localStorage.setItem(PREFIX + bundleUrl, '-');
    } catch {
      // not even the mark: the next visit tries again
    }
    return false;
  }
}
