/**
 * Smoke test of the benchmarks: `npm run bench -- --quick` runs and writes a report. No timing is
 * asserted (benchmarks are not tests); the report goes to a temporary folder, never bench/REPORT.md.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate';
import { runAsync } from '../proc';

const tmp = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run bench -- --quick', () => {
  it('runs and writes a Markdown report with the machine, the ingest numbers and raw results', async () => {
    const report = join(tmp, 'REPORT.md');
    const work = join(tmp, 'work');
    const r = await runAsync('npm', ['run', '--silent', 'bench', '--', '--quick', '--report', report, '--work', work], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeoutMs: 900_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const md = readFileSync(report, 'utf8');
    expect(md).toMatch(/^# Benchmarks/);
    expect(md).toContain('## Machine');
    expect(md).toContain('## Ingest');
    expect(md).toContain('## Where the time goes');
    const results = JSON.parse(readFileSync(join(work, 'results.json'), 'utf8'));
    expect(results.quick).toBe(true);
    expect(results.scales.map((s: { scale: number }) => s.scale)).toEqual([1]);
    expect(results.scales[0].ingest.passages).toBeGreaterThan(0);
    expect(results.scales[0].ingest.peakMb).toBeGreaterThan(0);
  }, 900_000);

  it('rejects an unknown step with a one-line usage error', async () => {
    const r = await runAsync('npx', ['tsx', 'scripts/bench.ts', '--skip', 'nonsense']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown step nonsense');
  });
});

describe('generateCorpus', () => {
  it('writes the same files for the same seed, about scale × the seed characters, with a manifest', () => {
    const a = generateCorpus({ scale: 2, outDir: join(tmp, 'a') });
    const b = generateCorpus({ scale: 2, outDir: join(tmp, 'b') });
    const files = readdirSync(a.dir).sort();
    expect(readdirSync(b.dir).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(b.dir, f), 'utf8')).toBe(readFileSync(join(a.dir, f), 'utf8'));
    expect(files).toContain('manifest.yml');
    const seedChars = readdirSync('content/sources')
      .filter((f) => f.endsWith('.txt'))
      .reduce((n, f) => n + readFileSync(join('content/sources', f), 'utf8').length, 0);
    expect(a.chars).toBeGreaterThan(1.9 * seedChars);
    expect(a.chars).toBeLessThan(2.5 * seedChars);
  });

  it('does not copy the seeds wholesale: most generated lines are new, some are verbatim', () => {
    const seedLines = new Set(
      readdirSync('content/sources')
        .filter((f) => f.endsWith('.txt'))
        .flatMap((f) => readFileSync(join('content/sources', f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 40)),
    );
    const g = generateCorpus({ scale: 1, outDir: join(tmp, 'c'), seed: 7 });
    const lines = readdirSync(g.dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(g.dir, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 40));
    const copied = lines.filter((l) => seedLines.has(l)).length / lines.length;
    expect(copied).toBeGreaterThan(0.02);
    expect(copied).toBeLessThan(0.5);
    expect(existsSync(join(g.dir, 'manifest.yml'))).toBe(true);
  });

  it('writes every language family of the seeds, zh in both scripts', () => {
    const g = generateCorpus({ scale: 5, outDir: join(tmp, 'd') });
    expect(Object.keys(g.byLang).sort()).toEqual(['es', 'ko', 'zh-Hans', 'zh-Hant']);
  });
});
