/**
 * Tiny DOM helpers for the browser scripts. Text always goes in as text nodes: nothing here
 * parses HTML, so passage text (which may contain `<script>` or `javascript:`) stays inert.
 */
import { relative } from '../site/paths';

type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'href' && typeof v === 'string' && !isSafeHref(v)) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Only relative links and http(s) are ever written into an href. */
export function isSafeHref(href: string): boolean {
  return !/^\s*[a-z][a-z0-9+.-]*:/i.test(href) || /^\s*https?:/i.test(href);
}

/** The current page's route from the site root (set by the layout in <meta name="kb-route">). */
export function pageRoute(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="kb-route"]')?.content ?? '';
}

/** On file://, a folder link must name its index.html (a server adds it, a file system does not). */
export function forFileSystem(href: string): string {
  if (location.protocol !== 'file:' || !isSafeHref(href) || /^\s*https?:/i.test(href) || href.startsWith('#')) return href;
  const m = /^([^?#]*)(.*)$/.exec(href)!;
  const path = m[1];
  if (path === '' || path.endsWith('/')) return `${path}index.html${m[2]}`;
  if (path === '.' || path === '..') return `${path}/index.html${m[2]}`;
  return href;
}

/** Relative link from the current page to a route, ready for this protocol. */
export function link(route: string): string {
  return forFileSystem(relative(pageRoute(), route));
}
