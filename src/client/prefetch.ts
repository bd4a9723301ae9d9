/**
 * Loaded (1 KB, cached for good under its hashed name) as an async, high-priority script in
 * /search/'s <head> only (it runs the moment it arrives and holds nothing else back): starts
 * downloading the index files every query needs — the metadata, and the vocabulary and concept
 * forms of the scripts the query is written in — while search.js is still downloading and
 * compiling, and leaves the promises for search.ts to pick up (window.__kbFetches, by absolute
 * URL). Both scripts are async, so either may run first: a file search.ts has already asked for
 * (it records its fetches there too) is not asked for again. The names are compiled in by the
 * build (src/site/assets.ts). Over file:// it does nothing (fetch cannot read files there;
 * search.ts loads the index files as classic scripts instead).
 */
import { queryScripts, type Script } from '../search/shard-keys';

declare const __KB_SEARCH_INDEX__: { meta: string; vocab: Record<Script, string> } | null;

declare global {
  interface Window {
    /** JSON text of index files by absolute URL (search.ts parses it). */
    __kbFetches?: Record<string, Promise<string>>;
  }
}

if ((location.protocol === 'http:' || location.protocol === 'https:') && __KB_SEARCH_INDEX__) {
  const me = document.currentScript as HTMLScriptElement | null;
  if (me?.src) {
    // This script lives in assets/; the index in search-index/ beside it, whatever the base path.
    const root = new URL('../', me.src);
    const fetches: Record<string, Promise<string>> = (window.__kbFetches ??= {});
    const start = (file: string) => {
      const url = new URL(file, root).href;
      // Already asked for by search.js. (Copies kept in localStorage are not checked here: the
      // first storage access of a page costs a few ms, which would hold back these requests; on a
      // returning visit search.js reads the copy and these fetches, from the HTTP cache, go unused.)
      if (url in fetches) return;
      const pending = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
        return r.text();
      });
      // search.ts awaits it; an early failure must not surface as an unhandled rejection first.
      pending.catch(() => {});
      fetches[url] = pending;
    };
    start(__KB_SEARCH_INDEX__.meta);
    const q = new URLSearchParams(location.search).get('q') ?? '';
    for (const s of queryScripts(q)) start(__KB_SEARCH_INDEX__.vocab[s]);
  }
}

export {};
