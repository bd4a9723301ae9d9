/**
 * `npm run ingest [-- --sources DIR] [--out DIR] [--file PATH …] [--quiet]`
 *
 * Reads every source in content/sources/, runs the pipeline (src/pipeline/run.ts) and writes
 * dist-data/passages.jsonl, sources.json and ingest-report.json atomically. Exit code: 0 when every
 * source ingested, 2 when some were refused (the others are still written), 1 on a usage or
 * configuration error. Errors are one line each; no stack traces.
 */
import { cliArgs } from '../src/cli/args';
import { runIngest } from '../src/pipeline/run';
import { writeOutputs } from '../src/pipeline/write';
import { tagPassages } from '../src/tagger/index';

function main(): number {
  const { values } = cliArgs('ingest', {
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: process.env.KB_DATA_DIR ?? 'dist-data' },
      file: { type: 'string', multiple: true, default: [] },
      quiet: { type: 'boolean', default: false },
    },
  }, { usage: 'npm run ingest [-- --sources DIR] [--out DIR] [--file PATH …] [--quiet]', exitCode: 1 });
  const tty = process.stderr.isTTY && !values.quiet;
  const t0 = performance.now();
  const progress = (source: string, stage: string, i: number, n: number) => {
    if (values.quiet) return;
    const line = `[${i + 1}/${n}] ${source.padEnd(32).slice(0, 32)} ${stage}`;
    if (tty) process.stderr.write(`\r\x1b[K${line}`);
    else if (stage === 'read' || stage === 'tag') process.stderr.write(`${line}\n`);
  };
  const result = runIngest({ sourcesDir: values.sources, files: values.file, tagger: tagPassages, progress });
  if (tty) process.stderr.write('\r\x1b[K');
  writeOutputs(values.out!, result);
  const secs = ((performance.now() - t0) / 1000).toFixed(2);

  if (!values.quiet) {
    const byLang = new Map<string, number>();
    const byLabel = new Map<string, number>();
    for (const p of result.passages) {
      byLang.set(p.lang, (byLang.get(p.lang) ?? 0) + 1);
      byLabel.set(p.label, (byLabel.get(p.label) ?? 0) + 1);
    }
    const fmt = (m: Map<string, number>) => [...m].sort().map(([k, v]) => `${k} ${v}`).join(' · ');
    const lines = [
      `ingest: ${result.sources.length} source(s), ${result.passages.length} passages in ${secs}s → ${values.out}/`,
      `  languages: ${fmt(byLang)}`,
      `  labels:    ${fmt(byLabel)}`,
      `  duplicates: ${result.dedupe.exact} exact, ${result.dedupe.contained} contained, ${result.dedupe.near} near, ${result.dedupe.repeatedTitles} repeated titles`,
      `  stages (ms): ${Object.entries(result.timings).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' · ')}`,
      ...result.sources.map((s) => `  ${s.source}: ${s.counts.passages} passages (${Object.entries(s.counts.byLabel).sort().map(([k, v]) => `${k} ${v}`).join(', ')}), ${s.encoding}`),
      ...result.warnings.map((w) => `  warning: ${w}`),
      ...result.errors.map((e) => `  error: ${e.message}`),
    ];
    process.stderr.write(lines.join('\n') + '\n');
  }
  return result.errors.length ? 2 : 0;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`ingest: ${(e as Error).message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
