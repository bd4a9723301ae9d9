/**
 * Search evaluation on tests/fixtures/queries.jsonl: recall@10, success@10 and MRR per query kind
 * for our engine (as /search/ runs it: noise filtered) beside a Pagefind-default baseline (one
 * index per language from `addCustomRecord`, searched in Debian Chromium with the query's language
 * page), plus the noise passages that reached the top 10.
 *
 * Relevance is judged by a stable key, not by passage id: a target `{source, quote}` is found when
 * a result of that source (or one of the duplicates collapsed into it) contains the quote.
 *
 * `npm run eval -- search [--no-baseline] [--in-memory] [--no-bridge] [--split=dev,blind2] [--passages=path]`:
 * `--no-baseline` skips Pagefind/Chromium (Node only, ~2 s); `--in-memory` builds the index from the
 * passages and the current concept lexicon without writing dist-data/search/index.json; `--split`
 * scores only those splits (held-out splits are scored once, before and after a round of tuning);
 * `--no-bridge` leaves out the English → Chinese dictionary bridge and the Sino-Korean one (to compare;
 * builds in memory); `SEARCH_SINO=0` leaves out only the Sino-Korean bridge.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { TaggedPassage } from '../records';
import { loadEngine, readPassages } from '../search/write-index';
import type { SearchEngine } from '../search/engine';

export const QUERY_KINDS = ['keyword', 'inflection', 'script', 'concept', 'english', 'cross-lingual', 'phrase', 'noise-keyword'] as const;

export const JudgedQuery = z.object({
  id: z.string(),
  kind: z.enum(QUERY_KINDS),
  /** Which set the query belongs to: the engine author's own (`dev`, default) or a later held-out set written before tuning. */
  split: z.string().regex(/^[a-z0-9-]+$/).default('dev'),
  query: z.string().min(1),
  /** Filters passed with the query (as in the /search/ URL). */
  options: z.object({ lang: z.string().optional(), label: z.string().optional(), tactic: z.string().optional() }).optional(),
  relevant: z.array(z.object({ source: z.string(), quote: z.string().min(2) })).min(1),
});
export type JudgedQuery = z.infer<typeof JudgedQuery>;

export const QUERIES_PATH = fileURLToPath(new URL('../../tests/fixtures/queries.jsonl', import.meta.url));

export function readQueries(path = QUERIES_PATH): JudgedQuery[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JudgedQuery.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${path}:${i + 1}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
      return r.data;
    });
}

export interface QueryOutcome {
  id: string;
  kind: string;
  split: string;
  query: string;
  targets: number;
  found: number;
  /** 1-based rank of the first relevant result in the top 10, or null. */
  firstRank: number | null;
  /** Ids of noise passages in the top 10. */
  noise: string[];
}

export interface KindSummary {
  kind: string;
  queries: number;
  recall: number;
  success: number;
  mrr: number;
}

/** Which targets a ranked list of passages (each with the passages it stands for) finds. */
export function judge(
  q: Omit<JudgedQuery, 'split'> & { split?: string },
  ranked: Array<{ id: string; members: Array<Pick<TaggedPassage, 'source' | 'text'>>; label: string }>,
  k = 10,
): QueryOutcome {
  const top = ranked.slice(0, k);
  const hitRank = (t: JudgedQuery['relevant'][number]) => top.findIndex((r) => r.members.some((m) => m.source === t.source && m.text.includes(t.quote)));
  const ranks = q.relevant.map(hitRank).filter((r) => r >= 0);
  return {
    id: q.id,
    kind: q.kind,
    split: q.split ?? 'dev',
    query: q.query,
    targets: q.relevant.length,
    found: ranks.length,
    firstRank: ranks.length ? Math.min(...ranks) + 1 : null,
    noise: top.filter((r) => r.label === 'noise').map((r) => r.id),
  };
}

export function summarise(outcomes: QueryOutcome[]): KindSummary[] {
  const kinds = [...QUERY_KINDS, 'all'];
  return kinds
    .map((kind) => {
      const qs = kind === 'all' ? outcomes : outcomes.filter((o) => o.kind === kind);
      if (!qs.length) return null;
      const mean = (f: (o: QueryOutcome) => number) => qs.reduce((s, o) => s + f(o), 0) / qs.length;
      return {
        kind,
        queries: qs.length,
        recall: mean((o) => o.found / o.targets),
        success: mean((o) => (o.found > 0 ? 1 : 0)),
        mrr: mean((o) => (o.firstRank ? 1 / o.firstRank : 0)),
      };
    })
    .filter((x): x is KindSummary => x !== null);
}

/** Run every judged query through the engine the way /search/ does (noise filtered, top 10). */
export function evaluateEngine(
  engine: SearchEngine,
  queries: JudgedQuery[],
  passages: Map<string, TaggedPassage>,
  options: { includeNoise?: boolean } = {},
): QueryOutcome[] {
  return queries.map((q) => {
    const res = engine.search(q.query, { ...q.options, includeNoise: options.includeNoise, limit: 10 });
    const ranked = res.results.map((h) => ({
      id: h.id,
      label: h.doc.label,
      members: [h.doc, ...h.copies.map((c) => passages.get(c)).filter((p): p is TaggedPassage => !!p)],
    }));
    return judge(q, ranked);
  });
}

const pct = (x: number) => x.toFixed(2).padStart(5);

export function formatReport(ours: KindSummary[], baseline: KindSummary[] | null, note = ''): string {
  const lines = [
    `search eval (${ours.find((s) => s.kind === 'all')?.queries ?? 0} queries)${note}`,
    `${'kind'.padEnd(14)} ${'n'.padStart(3)} | ${'ours: R@10  S@10   MRR'} | ${baseline ? 'pagefind: R@10  S@10   MRR' : 'pagefind: not measured'}`,
  ];
  for (const s of ours) {
    const b = baseline?.find((x) => x.kind === s.kind);
    lines.push(
      `${s.kind.padEnd(14)} ${String(s.queries).padStart(3)} |       ${pct(s.recall)} ${pct(s.success)} ${pct(s.mrr)} |` +
        (b ? `           ${pct(b.recall)} ${pct(b.success)} ${pct(b.mrr)}` : ''),
    );
  }
  return lines.join('\n');
}

/** A `--name=value` command-line option. */
const argValue = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

export interface SearchEvalOptions {
  /** Measure the Pagefind baseline in Chromium (default: on unless `--no-baseline`). */
  baseline?: boolean;
  /** Only these splits (`--split=dev,blind2`). */
  splits?: string[];
  /** Passages file (`--passages=path`; default dist-data/passages.jsonl). */
  passages?: string;
  /**
   * Build the index in memory from the passages and the current concept lexicon (`--in-memory`)
   * instead of loading (and, when stale, rewriting) dist-data/search/index.json: fast iteration on
   * the lexicon or the ranking without touching the shared index file.
   */
  inMemory?: boolean;
  /** false: build without the English → Chinese dictionary bridge (in memory). */
  bridge?: boolean;
  /** false: build without the Sino-Korean bridge (in memory; `SEARCH_SINO=0`, as scripts/eval.ts parses its flags strictly). */
  sino?: boolean;
}

export function searchEvalOptionsFromArgs(): SearchEvalOptions {
  const splits = argValue('split');
  return {
    baseline: !process.argv.includes('--no-baseline'),
    splits: splits ? splits.split(',').filter(Boolean) : undefined,
    passages: argValue('passages'),
    inMemory: process.argv.includes('--in-memory') || process.argv.includes('--no-bridge') || process.env.SEARCH_SINO === '0',
    bridge: !process.argv.includes('--no-bridge'),
    sino: process.env.SEARCH_SINO !== '0',
  };
}

async function engineFor(options: SearchEvalOptions, passages: TaggedPassage[]): Promise<SearchEngine> {
  if (!options.inMemory) return loadEngine(options.passages ? { passages: options.passages, index: `${options.passages}.index.json` } : {});
  const [{ registerJieba }, { buildIndex }, { loadConcepts }, { SearchEngine: Engine }] = await Promise.all([
    import('../search/jieba-node'),
    import('../search/build'),
    import('../search/load-concepts'),
    import('../search/engine'),
  ]);
  registerJieba();
  // The English → Chinese dictionary bridge (src/search/bridge.ts) is on; `--no-bridge` compares without it.
  const bridge = options.bridge === false ? undefined : (await import('../search/cedict-node')).loadCedictGlosses();
  return new Engine(buildIndex(passages, loadConcepts(), { bridge, ...(options.sino === false ? { hanja: false as const } : {}) }));
}

export async function runSearchEval(options: SearchEvalOptions = searchEvalOptionsFromArgs()): Promise<{ ours: KindSummary[]; baseline: KindSummary[] | null }> {
  const queries = readQueries().filter((q) => !options.splits || options.splits.includes(q.split));
  const all = readPassages(options.passages);
  const passages = new Map(all.map((p) => [p.id, p]));
  const engine = await engineFor(options, all);
  const allNoise = all.every((p) => p.label === 'noise');
  const outcomes = evaluateEngine(engine, queries, passages, { includeNoise: allNoise });
  const ours = summarise(outcomes);

  let baseline: KindSummary[] | null = null;
  let baselineOutcomes: QueryOutcome[] = [];
  if (options.baseline !== false) {
    try {
      const { pagefindBaseline } = await import('./pagefind-baseline');
      baselineOutcomes = await pagefindBaseline(queries, all);
      baseline = summarise(baselineOutcomes);
    } catch (e) {
      process.stdout.write(`pagefind baseline not measured: ${(e as Error).message.split('\n')[0]}\n`);
    }
  }
  const note = allNoise ? ' — every passage is labelled noise (tagger not run?): evaluated with noise included' : '';
  process.stdout.write(formatReport(ours, baseline, note) + '\n');
  // Each split on its own (the held-out sets were written before the engine was tuned on them).
  const splits = [...new Set(outcomes.map((o) => o.split))];
  if (splits.length > 1)
    for (const split of splits) {
      const pick = <T extends { split: string }>(xs: T[]) => xs.filter((o) => o.split === split);
      const b = baselineOutcomes.length ? summarise(pick(baselineOutcomes)) : null;
      process.stdout.write(`\n${formatReport(summarise(pick(outcomes)), b, ` — split ${split}`)}\n`);
    }

  const misses = outcomes.filter((o) => o.found < o.targets);
  if (misses.length) {
    process.stdout.write(`\nqueries below full recall (${misses.length}):\n`);
    for (const o of misses) process.stdout.write(`  ${o.id} ${o.kind.padEnd(13)} ${o.found}/${o.targets} ${o.query}\n`);
  }
  const noisy = outcomes.filter((o) => o.noise.length);
  process.stdout.write(`\nnoise passages in our top 10: ${noisy.reduce((n, o) => n + o.noise.length, 0)}` + (allNoise ? ' (all passages are noise)' : '') + '\n');
  if (!allNoise) for (const o of noisy) process.stdout.write(`  ${o.id} ${o.query}: ${o.noise.join(' ')}\n`);
  if (baselineOutcomes.length)
    process.stdout.write(`noise passages in Pagefind's top 10: ${baselineOutcomes.reduce((n, o) => n + o.noise.length, 0)}\n`);
  return { ours, baseline };
}
