/**
 * `npm run eval [-- labels|search]`: quality on our own development sets.
 *   labels: the tagger on tests/fixtures/labels.jsonl (P/R/F1 per label and language, confusion
 *           matrix, tactic codes, hard cases, misclassified passages) — src/eval/labels.ts
 *   search: the engine on tests/fixtures/queries.jsonl (recall@10, success@10, MRR per kind, with a
 *           Pagefind-default baseline) — src/eval/search.ts
 */
const which = process.argv[2] ?? 'all';

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
