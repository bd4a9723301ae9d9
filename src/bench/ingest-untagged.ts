/**
 * Child-process entry for the benchmark: the ingest pipeline with an identity tagger (every stage
 * but tagging, no writing), printing its stage timings as JSON on stdout. Run by
 * src/bench/pipeline.ts `benchUntagged` to show what the pipeline costs without the tagger.
 *
 *   node --import tsx src/bench/ingest-untagged.ts SOURCES_DIR
 */
import { runIngest, type Tagger } from '../pipeline/run';

const identity = ((passages: unknown) => passages) as unknown as Tagger;
const r = runIngest({ sourcesDir: process.argv[2] ?? 'content/sources', tagger: identity });
process.stdout.write(`${JSON.stringify({ passages: r.passages.length, timings: r.timings })}\n`);
