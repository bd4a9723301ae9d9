/**
 * `npm run bench [-- --quick] [--scales 1,10,100] [--skip build,browser,…] [--browser-scales 1,10]
 *                [--report bench/REPORT.md] [--work bench/out] [--render-only] [--merge]`
 *
 * Runs the benchmarks of issue 7 (src/bench/run.ts) and writes the Markdown report (default
 * bench/REPORT.md) and the raw numbers (<work>/results.json). `--quick`: 1× only, five queries, short
 * engine loop — the smoke test's version. Steps: ingest, profile, build, sizes, browser, engine.
 * `--render-only` rewrites the report from <work>/results.json without measuring anything; `--merge`
 * runs only the steps not skipped and merges them into <work>/results.json (steps reuse the ingest
 * output and built sites already in <work>).
 * Exit 0 when the report was written (even if a step failed: failures are in the report), 1 on a
 * usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderReport } from '../src/bench/report';
import { defaultBenchOptions, mergeResults, runBench, STEPS, type BenchResults, type Step } from '../src/bench/run';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      scales: { type: 'string' },
      skip: { type: 'string', default: '' },
      'browser-scales': { type: 'string' },
      report: { type: 'string', default: 'bench/REPORT.md' },
      work: { type: 'string' },
      'render-only': { type: 'boolean', default: false },
      merge: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`usage: npm run bench -- [--quick] [--scales 1,10,100] [--skip ${STEPS.join(',')}] [--browser-scales 1,10] [--report FILE] [--work DIR] [--render-only] [--merge]\n`);
    return 0;
  }
  const nums = (s: string, flag: string): number[] => {
    const xs = s.split(',').map(Number);
    if (xs.some((x) => !(x > 0))) throw new Error(`${flag} takes positive numbers separated by commas, got "${s}"`);
    return xs;
  };
  const skip = values.skip!.split(',').filter(Boolean) as Step[];
  const bad = skip.filter((s) => !STEPS.includes(s));
  if (bad.length) throw new Error(`--skip: unknown step ${bad.join(', ')} (steps: ${STEPS.join(', ')})`);
  const o = defaultBenchOptions(values.quick!);
  if (values['render-only']) {
    const path = join(values.work ?? o.work, 'results.json');
    if (!existsSync(path)) throw new Error(`${path} not found: run the benchmark first`);
    writeFileSync(values.report!, renderReport(JSON.parse(readFileSync(path, 'utf8')) as BenchResults) + '\n');
    process.stderr.write(`bench: report → ${values.report} (from ${path})\n`);
    return 0;
  }
  const fresh = await runBench({
    ...o,
    scales: values.scales ? nums(values.scales, '--scales') : o.scales,
    browserScales: values['browser-scales'] ? nums(values['browser-scales'], '--browser-scales') : undefined,
    work: values.work ?? o.work,
    skip,
    log: (l) => process.stderr.write(`${l}\n`),
  });
  const work = values.work ?? o.work;
  mkdirSync(work, { recursive: true });
  const previous = join(work, 'results.json');
  const results =
    values.merge && existsSync(previous)
      ? mergeResults(JSON.parse(readFileSync(previous, 'utf8')) as BenchResults, fresh, STEPS.filter((s) => !skip.includes(s)))
      : fresh;
  writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 1));
  mkdirSync(dirname(values.report!), { recursive: true });
  writeFileSync(values.report!, renderReport(results) + '\n');
  process.stderr.write(`bench: report → ${values.report} (raw numbers → ${join(work, 'results.json')}) in ${(results.totalMs / 1000).toFixed(0)} s\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    process.stderr.write(`bench: ${e.message.split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
