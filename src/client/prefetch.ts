/**
 * The search page's bootstrap, inlined in /search/'s <head> before the stylesheet (about 1 KB; the
 * page's CSP allows it by its SHA-256, src/layouts/Base.astro): starts downloading the index files
 * every query needs — the metadata, and the vocabulary and concept forms of the scripts the query
 * is written in — while the HTML is still being parsed, and leaves the promises for search.ts to
 * pick up (window.__kbFetches, by absolute URL). As a separate async script (until 2026-12-03
 * 19:00) these requests waited for the script's own request and then for a free main thread: under
 * load a cold page ran it only after Playwright's injected script and the first layout, 150–370 ms
 * after it had arrived. search.ts records its own fetches there too, so nothing is asked for twice.
 * The names are compiled in by the build (src/site/assets.ts). Over file:// it does nothing (fetch
 * cannot read files there; search.ts loads the index files as classic scripts instead).
 */
import { relative } from '../site/paths';
import { queryScripts, type Script } from '../search/shard-keys';
import { storedText } from './store';

declare const __KB_SEARCH_INDEX__: { meta: string; vocab: Record<Script, string> } | null;

declare global {
  interface Window {
    /** JSON text of index files by absolute URL (search.ts parses it). */
    __kbFetches?: Record<string, Promise<string>>;
  }
}

if ((location.protocol === 'http:' || location.protocol === 'https:') && __KB_SEARCH_INDEX__) {
  // The page's route (<meta name="kb-route">, above this script): links are relative to it, as
  // search.ts's are (src/client/dom.ts `link`), so both name a file by the same absolute URL.
  const route = document.querySelector<HTMLMetaElement>('meta[name="kb-route"]')?.content ?? '';
  const fetches: Record<string, Promise<string>> = (window.__kbFetches ??= {});
  const start = (file: string) => {
    const url = new URL(relative(route, file), location.href).href;
    // Already asked for, or kept in localStorage by an earlier visit (search.js reads that copy:
    // a fetch would be an unused HTTP-cache hit, whose response handling costs a loaded renderer
    // 5–15 ms of main thread). The page's first storage access costs a cold page a few ms.
    if (url in fetches || storedText(url) !== null) return;
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

export {};
