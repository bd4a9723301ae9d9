/**
 * `npm run eval [-- labels|search] [search options]`: quality on our own development sets.
 *   labels: the tagger on tests/fixtures/labels.jsonl (P/R/F1 per label and language, confusion
 *           matrix, tactic codes, hard cases, misclassified passages) — src/eval/labels.ts
 *           (env: LABEL_EVAL_SHOW_BLIND=1 lists blind misses, LABEL_EVAL_LEARNED=0 scores the lexicon
 *           alone, without the learned component)
 *   search: the engine on tests/fixtures/queries.jsonl (recall@10, success@10, MRR per kind, with a
 *           Pagefind-default baseline) — src/eval/search.ts; options --no-baseline, --in-memory,
 *           --no-bridge, --split=dev,blind2, --passages=FILE
 */
import { cliArgs } from '../src/cli/args';

const USAGE = 'npm run eval -- [labels|search|all] [--no-baseline] [--in-memory] [--no-bridge] [--split=S,…] [--passages=FILE]';
// Validated here, read by src/eval/search.ts (searchEvalOptionsFromArgs).
const { positionals } = cliArgs('eval', {
  allowPositionals: true,
  options: {
    'no-baseline': { type: 'boolean' },
    'in-memory': { type: 'boolean' },
    'no-bridge': { type: 'boolean' },
    split: { type: 'string' },
    passages: { type: 'string' },
  },
}, { usage: USAGE, exitCode: 1 });
const which = positionals[0] ?? 'all';
if (positionals.length > 1 || !['all', 'labels', 'search'].includes(which)) {
  process.stderr.write(`eval: unknown set '${positionals.join(' ')}'; give labels, search or nothing (both)\nusage: ${USAGE}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  if (which === 'all' || which === 'labels') {
    const { runLabelEval } = await import('../src/eval/labels');
    await runLabelEval();
  }
  if (which === 'all' || which === 'search') {
    const { runSearchEval } = await import('../src/eval/search');
    await runSearchEval();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`eval: ${e.message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
