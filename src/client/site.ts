/**
 * Loaded on every page (classic script, so it also runs from file://):
 * - on file://, adds `index.html` to folder links and form actions;
 * - `/` focuses the search box (unless the user is typing somewhere).
 */
import { forFileSystem } from './dom';

function fixFileLinks(root: ParentNode | Element = document): void {
  if (location.protocol !== 'file:') return;
  const anchors = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (root instanceof HTMLAnchorElement) anchors.push(root);
  anchors.forEach((a) => {
    const href = a.getAttribute('href')!;
    const fixed = forFileSystem(href);
    if (fixed !== href) a.setAttribute('href', fixed);
  });
  root.querySelectorAll<HTMLFormElement>('form[action]').forEach((f) => {
    const action = f.getAttribute('action')!;
    const fixed = forFileSystem(action);
    if (fixed !== action) f.setAttribute('action', fixed);
  });
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function init(): void {
  fixFileLinks();
  if (location.protocol === 'file:') {
    new MutationObserver((records) => {
      for (const r of records) r.addedNodes.forEach((n) => n instanceof Element && fixFileLinks(n));
    }).observe(document.body, { childList: true, subtree: true });
  }
}

// Also bundled into search.js, which Node tests import: no DOM there. search.js runs from <head>,
// before the body is parsed: the links are fixed once it is.
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const box = document.querySelector<HTMLInputElement>('#q, [data-kb-slash]');
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}
