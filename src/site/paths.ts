/**
 * Every internal link on the site is relative to the page it sits on, so one `dist/` works at a
 * domain root, under any sub-path (`--base /kb/`) and from a folder (`file://`, where
 * src/client/file-links.ts adds the `index.html` a file system needs). Routes are written from
 * the site root without a leading slash: '' (home), 'search/', 'passage/abc/'.
 */

/** Route of the current page from its URL pathname and the configured base (`/` or `/kb/`). */
export function routeOf(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  let path = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  if (path.endsWith('index.html')) path = path.slice(0, -'index.html'.length);
  return path;
}

/** Relative link from page route `from` to route `to` (which may carry `?query` and `#hash`). */
export function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  const up = '../'.repeat(depth);
  const link = up + to;
  if (link === '') return './';
  if (link.startsWith('?') || link.startsWith('#')) return `./${link}`;
  return link;
}

export const routes = {
  home: () => '',
  search: (params?: Record<string, string>) => {
    const qs = params ? new URLSearchParams(params).toString() : '';
    return `search/${qs ? `?${qs}` : ''}`;
  },
  passage: (id: string) => `passage/${encodeURIComponent(id)}/`,
  source: (slug: string, passageId?: string) => `source/${slug}/${passageId ? `#p-${passageId}` : ''}`,
  sources: () => 'source/',
  tactic: (code: string) => `tactic/${code}/`,
  tactics: () => 'tactic/',
  methodology: () => 'methodology/',
  data: (file: string) => `data/${file}`,
  asset: (file: string) => `assets/${file}`,
};

/**
 * Whether a passage has a page of its own under a page policy: every passage (`all`), or, on large
 * builds (`signal`), only non-noise first copies; the others link to their place in the reader.
 */
export function hasOwnPage(policy: 'all' | 'signal', p: { label: string; duplicateOf?: string }): boolean {
  return policy === 'all' || (p.label !== 'noise' && !p.duplicateOf);
}
