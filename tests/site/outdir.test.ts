import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertReplaceable, BUILD_MARKER } from '../../src/site/outdir';

const root = mkdtempSync(join(tmpdir(), 'kb-outdir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (name: string, files: string[] = []) => {
  const d = join(root, name);
  mkdirSync(d, { recursive: true });
  for (const f of files) {
    mkdirSync(join(d, f, '..'), { recursive: true });
    writeFileSync(join(d, f), 'x');
  }
  return d;
};

describe('assertReplaceable', () => {
  it.each([
    ['the project itself', () => ['/work/proj', '/work/proj']],
    ['a parent of the project', () => ['/work', '/work/proj']],
    ['the file system root', () => ['/', '/work/proj']],
    ['a folder with other files', () => [dir('other', ['notes.txt']), '/work/proj']],
    ['a folder that looks half like a build', () => [dir('half', ['assets/site.js']), '/work/proj']],
  ])('refuses %s', (_name, args) => {
    const [out, cwd] = args();
    expect(() => assertReplaceable(out, cwd)).toThrow(/--out/);
  });

  it.each([
    ['a missing folder', () => join(root, 'missing')],
    ['an empty folder', () => dir('empty')],
    ['an earlier build', () => dir('marked', [BUILD_MARKER, 'index.html'])],
    ['an earlier build without the marker', () => dir('legacy', ['assets/site.js', 'search-index/index.js'])],
  ])('accepts %s', (_name, out) => {
    expect(() => assertReplaceable(out(), '/work/proj')).not.toThrow();
  });
});
