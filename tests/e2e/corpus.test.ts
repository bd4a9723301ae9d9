/**
 * The evaluation contract on the real corpus (not the fixture): the site built from dist-data/
 * answers /search/?q=… with ranked results carrying data-passage-id and marks the page
 * data-search-status="done". For one query of each kind in tests/fixtures/queries.jsonl, a
 * passage judged relevant (by source + quote) appears in the top 10, and the top 10 hold no noise.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/site/serve';
import { runAsync } from '../proc';
import { launch, searchDone, watchedPage } from './helpers';

const root = resolve(import.meta.dirname, '../..');
const dataDir = join(root, 'dist-data');

interface Query { id: string; kind: string; query: string; relevant: Array<{ source: string; quote: string }> }
interface Row { id: string; source: string; text: string; label: string; duplicateOf?: string }

const queries: Query[] = readFileSync(join(root, 'tests/fixtures/queries.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const firstOfEachKind: Query[] = [];
for (const q of queries) if (!firstOfEachKind.some((f) => f.kind === q.kind)) firstOfEachKind.push(q);

describe.skipIf(!existsSync(join(dataDir, 'passages.jsonl')))('search contract on the real corpus', () => {
  let browser: Browser;
  let url: string;
  let close: () => Promise<void>;
  let tmp: string;
  let rows: Row[];

  const build = async (out: string): Promise<void> => {
    const r = await runAsync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', '--quiet', '--data', dataDir, '--out', out], {
      cwd: root,
      inheritOutput: true,
      // One commit for both builds, even if the working tree gains commits in between.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KB_BUILD_COMMIT: 'corpus-test' },
    });
    if (r.status !== 0) throw new Error(`build exited ${r.status}`);
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'kb-corpus-'));
    const out = join(tmp, 'site');
    await build(out);
    const server = await startServer({ dir: out });
    url = server.url;
    close = server.close;
    browser = await launch();
    rows = readFileSync(join(dataDir, 'passages.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
    rmSync(tmp, { recursive: true, force: true });
  });

  it.each(firstOfEachKind.map((q) => [q.kind, q.query, q] as const))('%s query %s finds a judged passage in the top 10', async (_kind, query, q) => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    const ids = await page.$$eval('[data-passage-id]', (els) => els.map((e) => e.getAttribute('data-passage-id')!));
    await context.close();
    const byId = new Map(rows.map((r) => [r.id, r]));
    // A relevant passage, or a copy of one (the search shows the first copy only).
    const relevant = new Set(
      rows
        .filter((r) => q.relevant.some((j) => j.source === r.source && r.text.includes(j.quote)))
        .map((r) => r.duplicateOf ?? r.id),
    );
    expect(relevant.size).toBeGreaterThan(0);
    const top = [...new Set(ids)].slice(0, 10);
    expect(top.some((id) => relevant.has(id))).toBe(true);
    expect(top.filter((id) => byId.get(id)?.label === 'noise')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('builds byte-identical files twice from the same data and commit', async () => {
    const again = join(tmp, 'again');
    await build(again);
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name).slice(dir.length))
        .sort();
    const a = files(join(tmp, 'site'));
    expect(files(again)).toEqual(a);
    const differ = a.filter((f) => !readFileSync(join(tmp, 'site', f)).equals(readFileSync(join(again, f))));
    expect(differ).toEqual([]);
  }, 600_000);
});
