import { describe, expect, it } from 'vitest';
import { relative, routeOf, routes } from '../../src/site/paths';

describe('routeOf', () => {
  it.each([
    ['/', '/', ''],
    ['/passage/ab12/', '/', 'passage/ab12/'],
    ['/kb/passage/ab12/', '/kb/', 'passage/ab12/'],
    ['/kb/passage/ab12/', '/kb', 'passage/ab12/'],
    ['/kb/search/index.html', '/kb/', 'search/'],
    ['/kb/', '/kb/', ''],
  ])('reads %s under base %s as route %j', (pathname, base, route) => {
    expect(routeOf(pathname, base)).toBe(route);
  });
});

describe('relative', () => {
  it.each([
    ['', '', './'],
    ['', 'search/', 'search/'],
    ['passage/x/', '', '../../'],
    ['passage/x/', 'source/s/#p-x', '../../source/s/#p-x'],
    ['search/', 'search/?q=a', '../search/?q=a'],
    ['tactic/', 'tactic/deception/', '../tactic/deception/'],
    ['', '?q=a', './?q=a'],
  ])('links from %j to %j as %j', (from, to, expected) => {
    expect(relative(from, to)).toBe(expected);
  });

  it('resolves back to the target route from any page, at any base', () => {
    for (const base of ['http://h/', 'http://h/kb/', 'http://h/a/b/']) {
      for (const from of ['', 'search/', 'passage/x/', 'source/s/']) {
        for (const to of ['', 'tactic/deception/', 'data/passages.csv', 'search/?q=%ED%95%9C']) {
          const url = new URL(relative(from, to), base + from);
          expect(url.href).toBe(new URL(to, base).href);
        }
      }
    }
  });
});

describe('routes', () => {
  it('encodes search parameters, including non-Latin queries', () => {
    expect(routes.search({ q: '가족 연락', lang: 'ko' })).toBe('search/?q=%EA%B0%80%EC%A1%B1+%EC%97%B0%EB%9D%BD&lang=ko');
    expect(routes.search()).toBe('search/');
  });
});
