import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAsync } from '../proc';
import { PASSAGES } from './fixture';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
let dir = '';
let args: string[] = [];

function run(...extra: string[]) {
  return runAsync(tsx, ['scripts/search.ts', ...args, ...extra], { cwd: root });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-cli-'));
  const passages = join(dir, 'passages.jsonl');
  const full = PASSAGES.map((p, seq) => ({ ...p, seq, kind: 'text', evidence: [], citations: [], confidence: 0.5 }));
  writeFileSync(passages, full.map((p) => JSON.stringify(p)).join('\n') + '\n');
  args = ['--passages', passages, '--index', join(dir, 'index.json')];
  const built = await runAsync(tsx, ['scripts/search.ts', ...args, '--build'], { cwd: root });
  if (built.status !== 0) throw new Error(`search --build failed: ${built.stderr}`);
});

describe('npm run search', () => {
  it('prints ranked results with ids, language and label', async () => {
    const r = await run('방문했다');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ko-visit ko all/);
    expect(r.stdout).toMatch(/lawful/);
  });

  it('prints the search response as JSON with --json', async () => {
    const r = await run('가족에게 알리다', '--json');
    expect(r.status).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.results.map((h: { id: string }) => h.id)).toEqual(expect.arrayContaining(['ko-family', 'hans-family']));
    expect(res.facets.lang).toBeTypeOf('object');
  });

  it('applies --lang, --label and --tactic filters', async () => {
    const r = JSON.parse((await run('가족에게 알리다', '--json', '--lang', 'es', '--label', 'prohibited', '--tactic', 'third-party-pressure')).stdout);
    expect(r.results.length).toBeGreaterThan(0);
    for (const h of r.results) {
      expect(h.doc.lang).toBe('es');
      expect(h.doc.label).toBe('prohibited');
    }
  });

  it('shows noise only with --noise', async () => {
    expect((await run('채용 공고', '--json')).stdout).not.toMatch(/"ko-noise"/);
    expect((await run('채용 공고', '--json', '--noise')).stdout).toMatch(/"ko-noise"/);
  });

  it('exits 2 with a one-line message when the query is missing or --limit is bad', async () => {
    const none = await run();
    expect(none.status).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    const bad = await run('债权人', '--limit', 'ten');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--limit/);
  });
});
