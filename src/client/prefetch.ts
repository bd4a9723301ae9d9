/**
 * Loaded (blocking, 0.6 KB) in the head of /search/ only: starts downloading the search index while
 * the much larger search.js is still downloading and compiling, and leaves the promise for
 * search.ts to pick up. Over file:// it does nothing (fetch cannot read files there; search.ts
 * loads the index as a classic script instead).
 */
declare global {
  interface Window {
    __kbIndexPromise?: Promise<unknown>;
  }
}

if (location.protocol === 'http:' || location.protocol === 'https:') {
  const me = document.currentScript as HTMLScriptElement | null;
  if (me?.src) {
    // This script lives in assets/; the index in search-index/ beside it, whatever the base path.
    const url = new URL('../search-index/index.json', me.src).href;
    const pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`search-index/index.json: HTTP ${r.status}`);
      return r.json();
    });
    // search.ts awaits it; an early failure must not surface as an unhandled rejection first.
    pending.catch(() => {});
    window.__kbIndexPromise = pending;
  }
}

export {};
