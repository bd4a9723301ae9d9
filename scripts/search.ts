/**
 * Search the passages from the command line.
 *
 *   npm run search -- "query" [--lang ko] [--label prohibited] [--tactic third-party-pressure]
 *                     [--source FILE] [--noise] [--limit 10] [--json] [--no-bridge]
 *   npm run search -- --build          rebuild dist-data/search/index.json and print its size
 *
 * The index is rebuilt automatically when passages.jsonl or concepts.yml is newer. `--no-bridge`
 * searches an index built in memory without the English → Chinese dictionary bridge (to compare).
 */
import { cliArgs } from '../src/cli/args';
import { loadEngine, readPassages, writeSearchIndex } from '../src/search/write-index';
import { buildIndex } from '../src/search/build';
import { SearchEngine } from '../src/search/engine';
import { registerJieba } from '../src/search/jieba-node';
import { loadConcepts } from '../src/search/load-concepts';

const USAGE = 'npm run search -- "query" [--lang L] [--label L] [--tactic T] [--source F] [--noise] [--limit N] [--json] [--no-bridge] | --build';

const { values, positionals } = cliArgs('search', {
  allowPositionals: true,
  options: {
    lang: { type: 'string', multiple: true },
    label: { type: 'string', multiple: true },
    tactic: { type: 'string', multiple: true },
    source: { type: 'string', multiple: true },
    noise: { type: 'boolean', default: false },
    limit: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    'no-bridge': { type: 'boolean', default: false },
    index: { type: 'string' },
    passages: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
}, { usage: USAGE });

function main(): number {
  if (values.help) {
    console.log(`usage: ${USAGE}`);
    return 0;
  }
  if (values.build) {
    const r = writeSearchIndex({ passages: values.passages, out: values.index });
    console.log(`search index: ${r.index.docs.length} passages, ${(r.bytes / 1024).toFixed(0)} KB, ${r.ms.toFixed(0)} ms → ${r.path}`);
    if (!positionals.length) return 0;
  }
  const query = positionals.join(' ').trim();
  if (!query) {
    console.error('search: give a query, e.g. npm run search -- "가족에게 알리다" --lang zh-Hans');
    return 2;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    console.error(`search: --limit must be a positive integer, got ${values.limit}`);
    return 2;
  }
  const engine = values['no-bridge']
    ? (registerJieba(), new SearchEngine(buildIndex(readPassages(values.passages), loadConcepts())))
    : loadEngine({ index: values.index, passages: values.passages });
  const res = engine.search(query, {
    lang: values.lang,
    label: values.label,
    tactic: values.tactic,
    source: values.source,
    includeNoise: values.noise,
    limit,
  });
  if (values.json) {
    console.log(JSON.stringify(res, null, 2));
    return 0;
  }
  const words = res.analysis.words.map((w) => `${w.surface}[${w.terms.slice(0, 4).join('|')}${w.terms.length > 4 ? '…' : ''}]`).join(' ');
  console.log(`query: ${words}${res.analysis.concepts.length ? `  concepts: ${res.analysis.concepts.join(', ')}` : ''}`);
  console.log(`${res.total} results${res.hiddenNoise ? ` (+${res.hiddenNoise} noise hidden; --noise shows them)` : ''}`);
  res.results.forEach((h, i) => {
    let text = '';
    let pos = 0;
    for (const m of [...h.matches].sort((a, b) => a.start - b.start)) {
      if (m.start < pos) continue;
      text += h.doc.text.slice(pos, m.start) + '[' + h.doc.text.slice(m.start, m.end) + ']';
      pos = m.end;
    }
    text += h.doc.text.slice(pos);
    const snippet = text.replace(/\s+/g, ' ').slice(0, 160);
    const extra = [h.doc.label, ...h.doc.tactics, h.copies.length ? `${h.copies.length + 1} copies` : ''].filter(Boolean).join(' ');
    console.log(`${String(i + 1).padStart(2)}. ${h.id} ${h.doc.lang} ${h.tier}${h.phrase ? ' phrase' : ''} ${h.score.toFixed(2)} (${extra}) ${h.doc.source}`);
    console.log(`    ${snippet}`);
  });
  return 0;
}

process.exitCode = main();
