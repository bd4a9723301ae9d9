/**
 * Renders bench results (src/bench/run.ts) as the Markdown report, bench/REPORT.md: machine and
 * versions, the targets of issue 7 with pass/miss, then tables per step and a "where the time goes"
 * section computed from the stage times, the floors and the CPU profile.
 */
import { existsSync, readFileSync } from 'node:fs';
import { summary } from './measure';
import type { QueryRun } from './browser';
import type { BenchResults, ScaleResult } from './run';
import { siteGroup, total, type SizeRow } from './sizes';

const s1 = (ms: number) => (ms / 1000).toFixed(1);
const s2 = (ms: number) => (ms / 1000).toFixed(2);
const ms0 = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(0) : '–');
/** A navigation's time, or "> limit" when it never showed results. */
const nav = (r: QueryRun | undefined) => (!r ? '–' : r.error ? `> ${ms0(r.ms)} (timeout)` : ms0(r.ms));
const ms1 = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');
const kb = (b: number) => (b / 1024).toFixed(b < 10 * 1024 ? 1 : 0);
const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ok = (pass: boolean) => (pass ? '✅ met' : '❌ missed');
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: Array<Array<string | number>>) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

interface Agg {
  median: number;
  p95: number;
  max: number;
  bytes: number;
  gzip: number;
  requests: number;
  failed: number;
}

function agg(runs: QueryRun[], mode: 'cold' | 'warm'): Agg {
  const rs = runs.filter((r) => r.mode === mode);
  const t = summary(rs.map((r) => r.ms));
  return {
    median: t.median,
    p95: t.p95,
    max: t.max,
    bytes: summary(rs.map((r) => r.bytes)).median,
    gzip: summary(rs.map((r) => r.gzipBytes)).median,
    requests: summary(rs.map((r) => r.requests)).median,
    failed: rs.filter((r) => r.error).length,
  };
}

/** What each file of the site's search-index/ is for (the build writes the index in several forms). */
function siteRole(group: string, hasJson: boolean): string {
  if (group.endsWith('index.json')) return `${group} (fetched over http)`;
  if (group.endsWith('.gz')) return `${group} (pre-compressed twin, sent instead when the client accepts gzip)`;
  if (group.endsWith('index.js')) return hasJson ? `${group} (file:// fallback, not loaded over http)` : `${group} (loaded by the page)`;
  return group;
}

function sizeTable(rows: SizeRow[], docs: number, site = false): string {
  const sharded = site && rows.some((r) => r.group.includes('twins'));
  if (sharded) {
    // Rows measured before a group was named: sum them into their group now.
    const merged = new Map<string, SizeRow>();
    for (const r of rows) {
      const g = r.group.startsWith('search-index/') && !r.group.includes('*') ? (siteGroup(r.group) ?? r.group) : r.group.replace('(head script)', '(starts the first index downloads)');
      const m = merged.get(g) ?? { group: g, files: 0, raw: 0, gzip: 0, brotli: 0 };
      merged.set(g, { group: g, files: m.files + r.files, raw: m.raw + r.raw, gzip: m.gzip + r.gzip, brotli: m.brotli + r.brotli });
    }
    rows = [...merged.values()];
  }
  const alternatives = site && (sharded || rows.some((r) => r.group.endsWith('index.json')));
  // The bundle repeats the other files (one download for a returning visitor's copy): not counted twice.
  const twin = (g: string) => (sharded ? g.includes('twins') || g.includes('bundle.') : g.endsWith('.gz') || g.endsWith('index.js'));
  const counted = alternatives ? rows.filter((r) => !twin(r.group)) : rows;
  const label = sharded ? 'total of the .json files and scripts (a query loads a part of them)' : alternatives ? 'total loaded over http' : 'total';
  const all = [...rows.map((r) => (site && !sharded ? { ...r, group: siteRole(r.group, alternatives) } : r)), total(counted, label)];
  return table(
    ['file / group', 'files', 'raw KB', 'gzip KB', 'brotli KB', 'raw KB per 1 000 passages', 'gzip KB per 1 000'],
    all.map((r) => [r.group.startsWith('total') ? `**${r.group}**` : r.group, r.files, kb(r.raw), kb(r.gzip), kb(r.brotli), docs ? kb((r.raw / docs) * 1000) : '–', docs ? kb((r.gzip / docs) * 1000) : '–']),
  );
}

export function renderReport(res: BenchResults): string {
  const m = res.machine;
  const out: string[] = [];
  const by = (scale: number) => res.scales.find((s) => s.scale === scale);
  const base = by(1) ?? res.scales[0];
  const big = res.scales[res.scales.length - 1];
  out.push('# Benchmarks: speed and size beside Pagefind, and at 100× the corpus (issue 7)');
  out.push('');
  out.push(`Written by \`npm run bench${res.quick ? ' -- --quick' : ''}\` (scripts/bench.ts, src/bench/) on ${m.date.slice(0, 16).replace('T', ' ')} UTC, in ${s1(res.totalMs)} s.`);
  if (res.quick) out.push('**Quick run** (1× only, few queries): a smoke check, not the numbers to quote.');
  for (const m2 of res.merged ?? [])
    out.push(`Re-measured later and merged in (\`--merge\`): ${m2.steps.join(', ')} at ${m2.scales.join(', ')}× on ${m2.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m2.commit}, load average ${m2.loadavg.map((x) => x.toFixed(1)).join(', ')} → ${m2.loadEnd.map((x) => x.toFixed(1)).join(', ')}.`);
  out.push('');
  out.push('## Machine');
  out.push('');
  out.push(
    table(
      ['', ''],
      [
        ['CPU', `${m.nproc} cores (\`nproc\`), ${m.cpu}`],
        ['Memory', `${m.memGb.toFixed(1)} GB (${m.freeGb.toFixed(1)} GB free at start)`],
        ['Load average (1, 5, 15 min)', `${m.loadavg.map((x) => x.toFixed(2)).join(', ')} at start; ${(res.loadEnd ?? []).map((x) => x.toFixed(2)).join(', ')} at end`],
        ['Node', m.node],
        ['Chromium', m.chromium],
        ['Packages', Object.entries(m.packages).map(([k, v]) => `${k} ${v}`).join(', ')],
        ['Commit', m.commit],
      ],
    ),
  );
  out.push('');
  out.push(
    'The 2 cores are shared with other sessions working on the project at the same time, so single timings are noisy: ' +
      'the tables give medians and p95 over many navigations, and ingest/build times can vary by ±20 % between runs. ' +
      'Peak memory is the peak RSS of the largest single process (GNU time `%M`); "tree" adds every process of the command, sampled every 100 ms.',
  );
  out.push('');

  // ---- Targets
  out.push('## Targets (issue 7)');
  out.push('');
  const t: Array<[string, string, string]> = [];
  const b1 = base?.browser;
  if (b1) {
    for (const mode of ['cold', 'warm'] as const) {
      const a = agg(b1.site, mode);
      const p = agg(b1.pagefind, mode);
      t.push([`Median time to results ≤ 0.5× Pagefind's, ${mode} (${base.scale}×)`, `${ms0(a.median)} ms vs ${ms0(p.median)} ms = **${(a.median / p.median).toFixed(2)}×**`, ok(a.median <= 0.5 * p.median)]);
    }
    const ac = agg(b1.site, 'cold');
    const pc = agg(b1.pagefind, 'cold');
    const first = (runs: QueryRun[]) => runs.find((r) => r.mode === 'cold');
    const fa = first(b1.site)!;
    const fp = first(b1.pagefind)!;
    t.push([
      `Bytes for a cold first query ≤ Pagefind's (${base.scale}×)`,
      `first query: ${kb(fa.bytes)} KB vs ${kb(fp.bytes)} KB as served (gzip-equivalent ${kb(fa.gzipBytes)} vs ${kb(fp.gzipBytes)} KB); median over queries ${kb(ac.bytes)} vs ${kb(pc.bytes)} KB`,
      ok(fa.bytes <= fp.bytes),
    ]);
    const slow = Math.max(...b1.site.map((r) => r.ms));
    t.push([`No query slower than 1 s (site, ${base.scale}×, cold and warm)`, `slowest ${ms0(slow)} ms (${b1.site.filter((r) => r.ms > 1000).length} of ${b1.site.length} navigations over 1 s)`, ok(slow <= 1000)]);
  } else t.push(['Browser targets', 'not measured in this run', '–']);
  const i100 = by(100)?.ingest;
  if (i100) t.push(['Ingest of the 100× corpus < 60 s and < 1.5 GB', `${s1(i100.wallMs)} s, peak ${i100.peakMb.toFixed(0)} MB`, ok(i100.wallMs < 60_000 && i100.peakMb < 1536 && !i100.error)]);
  else t.push(['Ingest of the 100× corpus < 60 s and < 1.5 GB', 'not run (quick run or skipped)', '–']);
  const b100 = by(100)?.build;
  if (b100) t.push(['Site build at 100× completes', b100.error ? `failed: ${b100.error}` : `${s1(b100.wallMs)} s, peak ${b100.peakMb.toFixed(0)} MB, ${b100.pages} pages`, ok(!b100.error && b100.code === 0)]);
  else t.push(['Site build at 100× completes', 'not run (quick run or skipped)', '–']);
  out.push(table(['Target', 'Measured', ''], t));
  out.push('');

  // ---- Corpora
  out.push('## Corpora');
  out.push('');
  out.push(
    '1× is content/sources/ as it is. 10× and 100× come from src/bench/generate.ts: contiguous blocks of seed lines (titles, list markers, boilerplate and the 22 000-character line keep their shape), ' +
      'sentences swapped within a language family, shuffled, numbers and names changed, zh files written in Simplified or Traditional (opencc-js), a few foreign lines; 12 % of lines stay verbatim so dedupe meets real duplicates. Deterministic (seeded PRNG).',
  );
  out.push('');
  out.push(
    table(
      ['scale', 'files', 'characters', 'bytes', 'generated in'],
      res.scales.map((s) => [`${s.scale}×`, s.corpus.files, s.corpus.chars.toLocaleString('en'), `${mb(s.corpus.bytes)} MB`, s.corpus.synthetic ? `${s2(s.corpus.genMs)} s` : '(seeds)']),
    ),
  );
  out.push('');

  // ---- Ingest
  const ing = res.scales.filter((s) => s.ingest);
  if (ing.length) {
    out.push('## Ingest (`scripts/ingest.ts` as a child process)');
    out.push('');
    const stages = [...new Set(ing.flatMap((s) => Object.keys(s.ingest!.stages)))];
    const ref = ing[0];
    out.push(
      table(
        ['scale', 'passages', 'wall s', 'peak MB', 'k chars/s', 'time ÷ 1×', 'chars ÷ 1×', ...stages.map((k) => `${k} ms`)],
        ing.map((s) => [
          `${s.scale}×`,
          s.ingest!.passages.toLocaleString('en'),
          s1(s.ingest!.wallMs),
          s.ingest!.peakMb.toFixed(0),
          (s.corpus.chars / s.ingest!.wallMs).toFixed(0),
          (s.ingest!.wallMs / ref.ingest!.wallMs).toFixed(1),
          (s.corpus.chars / ref.corpus.chars).toFixed(1),
          ...stages.map((k) => ms0(s.ingest!.stages[k] ?? NaN)),
        ]),
      ),
    );
    out.push('');
    const un = ing.filter((s) => s.untagged);
    if (un.length) {
      out.push('The same pipeline with an identity tagger (src/bench/ingest-untagged.ts: every stage but tagging, no writing):');
      out.push('');
      const ustages = [...new Set(un.flatMap((s) => Object.keys(s.untagged!.stages)))].filter((k) => k !== 'tag');
      out.push(
        table(
          ['scale', 'wall s', 'peak MB', ...ustages.map((k) => `${k} ms`), 'tagging adds (wall s)', 'tagging adds (peak MB)'],
          un.map((s) => [
            `${s.scale}×`,
            s1(s.untagged!.wallMs),
            s.untagged!.peakMb.toFixed(0),
            ...ustages.map((k) => ms0(s.untagged!.stages[k] ?? NaN)),
            s1(s.ingest!.wallMs - s.untagged!.wallMs),
            (s.ingest!.peakMb - s.untagged!.peakMb).toFixed(0),
          ]),
        ),
      );
      out.push('');
    }
    out.push(`Duplicates found: ${ing.map((s) => `${s.scale}× ${s.ingest!.duplicates || '–'}`).join('; ')}.`);
    out.push('');
    if (ing.length > 1) {
      const a = ing[ing.length - 2];
      const b = ing[ing.length - 1];
      const f = b.corpus.chars / a.corpus.chars;
      const lines = Object.keys(b.ingest!.stages)
        .filter((k) => (a.ingest!.stages[k] ?? 0) > 20)
        .map((k) => `${k} ×${(b.ingest!.stages[k] / a.ingest!.stages[k]).toFixed(1)}`);
      out.push(`Growth from ${a.scale}× to ${b.scale}× (text ×${f.toFixed(1)}): wall ×${(b.ingest!.wallMs / a.ingest!.wallMs).toFixed(1)}, peak memory ×${(b.ingest!.peakMb / a.ingest!.peakMb).toFixed(1)}; per stage ${lines.join(', ')}. A stage growing faster than the text is superlinear.`);
      out.push('');
    }
  }

  // ---- Build
  const bl = res.scales.filter((s) => s.build);
  if (bl.length) {
    out.push('## Site build (`scripts/build.ts`: Astro pages + Pagefind over pages + search index)');
    out.push('');
    out.push(
      table(
        ['scale', 'passages', 'pages', 'wall s', 'peak MB', 'tree peak MB', 'output files', 'output MB', 'status'],
        bl.map((s) => [`${s.scale}×`, s.ingest?.passages.toLocaleString('en') ?? '–', s.build!.pages.toLocaleString('en'), s1(s.build!.wallMs), s.build!.peakMb.toFixed(0), s.build!.treePeakMb.toFixed(0), s.build!.outFiles.toLocaleString('en'), mb(s.build!.outBytes), s.build!.error ? `failed: ${s.build!.error}` : 'ok']),
      ),
    );
    out.push('');
    out.push('What the build says about itself:');
    out.push('');
    for (const s of bl) out.push(`- ${s.scale}×: ${s.build!.log.filter((l) => /page\(s\) built|pagefind:|search index|done in|passage pages/.test(l)).map((l) => `\`${l.replace(/^\d\d:\d\d:\d\d\s*/, '')}\``).join(' · ') || '(no log lines)'}`);
    out.push('');
    const fl = res.scales.filter((s) => s.indexFloor);
    if (fl.length) {
      out.push(
        table(
          ['scale', 'indexed passages', 'zh chars', 'jieba alone ms', 'whole analyzer ms'],
          fl.map((s) => [`${s.scale}×`, s.indexFloor!.passages.toLocaleString('en'), s.indexFloor!.zhChars.toLocaleString('en'), ms0(s.indexFloor!.jiebaMs), ms0(s.indexFloor!.analyzeMs)]),
        ),
      );
      out.push('');
      out.push('(The floor of the search-index step: segmenting the Chinese passages with jieba, and running the shared analyzer over every passage, in the bench process.)');
      out.push('');
    }
  }

  // ---- Sizes
  const sz = res.scales.filter((s) => s.sizes);
  if (sz.length) {
    out.push('## Index size');
    out.push('');
    out.push('The site\'s search index is sharded (src/search/shards.ts; builds before 2026-12-03 wrote one index.json): a meta file (passage metadata for filters, facets and BM25, concept ids), a vocabulary and concept forms per script, postings in term order cut by size, every form of each concept, and passage texts (with ids) in reading order, each with a pre-gzipped .json.gz twin (what a gzip-accepting client is sent) and a .js twin for file://; a query loads the meta file, the vocabulary and concept forms of its scripts, the postings of its terms, the concepts it names and the texts it ranks or shows. Runtime: assets/search.<hash>.js. Pagefind\'s .pf_* and wasm files are gzip-compressed already, so they count as they are. gzip at level 9; brotli at quality 11 (quality 9 for files over 8 MB, where 11 would take minutes). "Per 1 000 passages" divides by the passages in the index (duplicates collapsed).');
    out.push('');
    for (const s of sz) {
      const z = s.sizes!;
      out.push(`### ${s.scale}× (${z.docs.toLocaleString('en')} passages indexed; Pagefind baseline ${z.baselineRecords.toLocaleString('en')} records, built in ${s1(z.baselineMs)} s)`);
      out.push('');
      out.push('Site search:');
      out.push('');
      out.push(sizeTable(z.site, z.docs, true));
      out.push('');
      if (z.baseline.length) {
        out.push('Default Pagefind over the same passages:');
        out.push('');
        out.push(sizeTable(z.baseline, z.baselineRecords));
        out.push('');
      }
      if (z.sitePagefind.length) {
        const tp = total(z.sitePagefind);
        out.push(`The site's own Pagefind index over its pages (readers, tactics, methodology): ${tp.files.toLocaleString('en')} files, ${mb(tp.raw)} MB.`);
        out.push('');
      }
    }
  }

  // ---- Browser
  const br = res.scales.filter((s) => s.browser);
  if (br.length) {
    out.push('## Browser: time to results and bytes, site vs default Pagefind');
    out.push('');
    out.push(
      'Debian Chromium (headless, playwright-core); both sites served by scripts/serve.ts on 127.0.0.1 as a static host would: a file\'s pre-compressed .gz twin when there is one (the site\'s scripts and index files), other text of 1 KB or more gzipped on the fly; content-hashed file names (the site\'s scripts and index files, Pagefind\'s .pf_* files) with `Cache-Control: max-age=31536000, immutable`, HTML with `no-cache`, other files `max-age=600`, all with ETag/304 (builds before 2026-12-03: no compression but the index\'s .gz twin, no Cache-Control). Time: navigation start of /search/?q=… → an element gets `data-search-status="done"` (performance.now() in the page; since 2026-12-03 19:00 UTC the harness waits for it over CDP, so none of Playwright\'s own script runs in the page before it — waitForSelector evaluated Playwright\'s injected script there at the start of each navigation, 30–90 ms of main thread in cold traces, for both sites). ' +
        'Cold: new context per query, cache disabled. Warm: one page per site, cache on, warmed with the first query, then a new navigation per query; since 2026-12-03 14:20 UTC the site\'s page keeps a small index (at most 2 M characters of JSON: 1× only) whole in localStorage for a returning visitor — the first counted warm navigation downloads the bundle file (~360 KB gzip at 1×) after its results, and the later ones need no index request (src/client/store.ts). The two sites take turns query by query (since 2026-12-03 11:50 UTC; before, one site ran all its navigations, then the other), so a change of load falls on both alike. Bytes: bodies as sent plus headers, all requests including Pagefind\'s worker; "gzip" = the same bodies gzip-compressed (what a compressing host would send). ' +
        `The Pagefind page renders the top ${10} results (fragments loaded) and takes its index language from the query's language (\`<html lang>\`), as a default Pagefind page would; the site renders its first 10 (20 before 2026-12-03, 50 before that).`,
    );
    out.push('');
    for (const s of br) {
      const b = s.browser!;
      out.push(`### ${s.scale}×`);
      out.push('');
      if (b.queries && b.queries.length !== res.queries.length)
        out.push(`${b.queries.length} of the queries (${b.queries.map((q) => `\`${q.q}\``).join(', ')}), each allowed ${s1(b.timeoutMs ?? 0)} s: beyond 10× a single-file index can take up to a minute to load (77 s in an earlier run).\n`);
      const failed = [...b.site, ...b.pagefind].filter((r) => r.error).length;
      if (failed) out.push(`${failed} navigation(s) never showed results within the limit: their time counts as the limit (a lower bound) and their bytes miss the unfinished responses.\n`);
      const rows: Array<Array<string | number>> = [];
      for (const mode of ['cold', 'warm'] as const) {
        const a = agg(b.site, mode);
        const p = agg(b.pagefind, mode);
        rows.push([mode, 'site', ms0(a.median), ms0(a.p95), ms0(a.max), a.requests, kb(a.bytes), kb(a.gzip), a.failed]);
        rows.push([mode, 'Pagefind', ms0(p.median), ms0(p.p95), ms0(p.max), p.requests, kb(p.bytes), kb(p.gzip), p.failed]);
        rows.push([mode, '**site ÷ Pagefind**', (a.median / p.median).toFixed(2), (a.p95 / p.p95).toFixed(2), (a.max / p.max).toFixed(2), '', (a.bytes / p.bytes).toFixed(2), (a.gzip / p.gzip).toFixed(2), '']);
      }
      out.push(table(['mode', 'engine', 'median ms', 'p95 ms', 'max ms', 'requests (median)', 'KB (median)', 'gzip KB (median)', 'failed'], rows));
      out.push('');
      const pick = (runs: QueryRun[], q: string, mode: string) => runs.find((r) => r.q === q && r.mode === mode);
      out.push(
        table(
          ['query', 'kind', 'site cold ms', 'Pagefind cold ms', 'site warm ms', 'Pagefind warm ms', 'site results', 'Pagefind results', 'site cold KB', 'Pagefind cold KB'],
          (b.queries ?? res.queries).map((q) => {
            const sc = pick(b.site, q.q, 'cold');
            const pc = pick(b.pagefind, q.q, 'cold');
            const sw = pick(b.site, q.q, 'warm');
            const pw = pick(b.pagefind, q.q, 'warm');
            return [`\`${q.q}\``, q.kind, nav(sc), nav(pc), nav(sw), nav(pw), sc?.results ?? '–', pc?.results ?? '–', sc ? kb(sc.bytes) : '–', pc ? kb(pc.bytes) : '–'];
          }),
        ),
      );
      out.push('');
      const tl = (runs: QueryRun[], mode: string) => runs.filter((r) => r.mode === mode && r.timeline && !r.error);
      const tlRows: Array<Array<string | number>> = [];
      for (const [name, runs] of [['site', b.site], ['Pagefind', b.pagefind]] as const)
        for (const mode of ['cold', 'warm']) {
          const t = tl(runs, mode);
          if (!t.length) continue;
          const med = (f: (r: QueryRun) => number) => summary(t.map(f)).median;
          tlRows.push([
            mode,
            name,
            ms0(med((r) => r.timeline!.htmlEnd)),
            ms0(med((r) => r.timeline!.domContentLoaded)),
            `${ms0(med((r) => r.timeline!.largestEnd))} (${t[0].timeline!.largest || '–'})`,
            ms0(med((r) => r.timeline!.lastResourceEnd)),
            ms0(med((r) => r.ms)),
            ms0(med((r) => r.ms - r.timeline!.lastResourceEnd)),
          ]);
        }
      if (tlRows.length) {
        out.push('Where a navigation\'s time goes (medians, ms since navigation start, from the page\'s Navigation/Resource Timing; Pagefind\'s worker fetches are not in the page\'s timeline, so its "after" includes them):');
        out.push('');
        out.push(table(['mode', 'engine', 'HTML loaded', 'DOMContentLoaded', 'largest resource loaded', 'last resource loaded', 'results shown', 'after the last byte (script: parse, index load, search, render)'], tlRows));
        out.push('');
      }
      const sc = b.site.find((r) => r.mode === 'cold');
      if (sc) out.push(`Largest responses of a cold site query: ${sc.largest.map((l) => `${l.path} ${kb(l.bytes)} KB`).join(', ')}.`);
      const errs = [...b.site, ...b.pagefind].filter((r) => r.error);
      if (errs.length) out.push(`Failed navigations: ${errs.slice(0, 5).map((r) => `\`${r.q}\` ${r.mode}: ${r.error}`).join('; ')}.`);
      out.push('');
    }
  }

  // ---- Engine
  const en = res.scales.filter((s) => s.engine);
  if (en.length) {
    out.push('## Search core in Node (src/search/engine.ts alone)');
    out.push('');
    out.push('`SearchEngine.fromJSON(json)` on the index the site serves, then `engine.search(q, { limit: 50 })` over the query set, repeated for a few seconds after one untimed round.');
    out.push('');
    out.push(
      table(
        ['scale', 'docs', 'index MB', 'load ms', 'heap MB', 'queries/s', 'median ms', 'p95 ms', 'max ms'],
        en.map((s) => {
          const e = s.engine!;
          return [`${s.scale}×`, e.docs.toLocaleString('en'), mb(e.indexBytes), ms0(e.loadMs), e.heapMb.toFixed(0), e.qps.toFixed(0), ms1(e.latency.median), ms1(e.latency.p95), ms1(e.latency.max)];
        }),
      ),
    );
    out.push('');
    const e = en[en.length - 1].engine!;
    const slow = [...e.perQuery].sort((a, b) => b.medianMs - a.medianMs).slice(0, 4);
    out.push(`Slowest queries at ${en[en.length - 1].scale}× (median ms): ${slow.map((q) => `\`${q.q}\` ${ms1(q.medianMs)} (${q.total} matches)`).join(', ')}.`);
    out.push('');
  }

  // ---- Where the time goes
  out.push('## Where the time goes');
  out.push('');
  out.push(...whereTimeGoes(res, base, big));
  out.push('');
  // Hand-written reading of the numbers (src/bench/FINDINGS.md), dated, kept apart from the tables.
  const findings = 'src/bench/FINDINGS.md';
  if (existsSync(findings)) {
    out.push(readFileSync(findings, 'utf8').trim());
    out.push('');
  }
  const errors = res.scales.flatMap((s) => s.errors.map((e) => `${s.scale}×: ${e}`));
  if (errors.length) {
    out.push('## Errors during the run');
    out.push('');
    out.push(...errors.map((e) => `- ${e}`));
    out.push('');
  }
  return out.join('\n');
}

function whereTimeGoes(res: BenchResults, base: ScaleResult | undefined, big: ScaleResult): string[] {
  const out: string[] = [];
  const ing = big.ingest;
  if (ing) {
    const stageTotal = Object.values(ing.stages).reduce((a, b) => a + b, 0);
    const [top, topMs] = Object.entries(ing.stages).sort((a, b) => b[1] - a[1])[0] ?? ['?', 0];
    const fl = big.floor;
    const un = big.untagged;
    out.push(
      `**Ingest at ${big.scale}×.** ${s1(ing.wallMs)} s wall, peak ${ing.peakMb.toFixed(0)} MB; the pipeline stages account for ${s1(stageTotal)} s, the rest is start-up (tsx, lexicon loading) and writing. ` +
        `The slowest stage is **${top}** with ${s1(topMs)} s (${pct(topMs / ing.wallMs)} of the wall time).` +
        (un ? ` Without the tagger the same pipeline takes ${s1(un.wallMs)} s and ${un.peakMb.toFixed(0)} MB, so tagging adds ${s1(ing.wallMs - un.wallMs)} s and ${(ing.peakMb - un.peakMb).toFixed(0)} MB.` : '') +
        (fl ? ` The floor: reading and strictly decoding all ${mb(fl.bytes)} MB takes ${ms0(fl.readDecodeMs)} ms, one fold() pass over the text ${ms0(fl.foldMs)} ms, one regex scan for sentence ends ${ms0(fl.scanMs)} ms (in the bench process).` : ''),
    );
    out.push('');
  }
  const p = res.profile;
  if (p) {
    out.push(`**CPU profile of the ingest at ${p.scale}×** (\`node --cpu-prof\`, ${s1(p.wallMs)} s wall under the profiler; self time, top functions; line numbers are of tsx's transpiled code):`);
    out.push('');
    out.push(table(['function', 'where', 'self ms', 'share'], p.functions.map((f) => [`\`${f.fn}\``, f.where, ms0(f.selfMs), pct(f.share)])));
    out.push('');
    out.push('Self time per file:');
    out.push('');
    out.push(table(['file', 'self ms', 'share'], p.files.slice(0, 10).map((f) => [f.where, ms0(f.selfMs), pct(f.share)])));
    out.push('');
  }
  const b = big.build;
  if (b && !b.error) {
    const astro = b.log.find((l) => /page\(s\) built/.test(l))?.replace(/^\d\d:\d\d:\d\d\s*/, '');
    const idx = b.log.find((l) => /search index/.test(l));
    out.push(`**Build at ${big.scale}×.** ${s1(b.wallMs)} s wall, ${b.pages.toLocaleString('en')} pages, peak ${b.peakMb.toFixed(0)} MB. Astro: \`${astro ?? '?'}\`; search index: \`${idx ?? '?'}\`.` + (big.indexFloor ? ` jieba alone over the Chinese passages takes ${s1(big.indexFloor.jiebaMs)} s and the whole analyzer ${s1(big.indexFloor.analyzeMs)} s, the floor of the index step.` : ''));
    out.push('');
  } else if (b?.error) {
    out.push(`**Build at ${big.scale}×** failed after ${s1(b.wallMs)} s (peak ${b.peakMb.toFixed(0)} MB): ${b.error}`);
    out.push('');
  }
  const br = base?.browser;
  if (br) {
    const cold = br.site.filter((r) => r.mode === 'cold');
    const e = base.engine;
    const biggest = cold[0]?.largest[0];
    out.push(
      `**Page at ${base.scale}×.** A cold site query downloads ${kb(summary(cold.map((r) => r.bytes)).median)} KB in ${summary(cold.map((r) => r.requests)).median} requests` +
        (biggest ? `, most of it ${biggest.path} (${kb(biggest.bytes)} KB)` : '') +
        `.` +
        (e ? ` In Node the engine (over the whole index, reassembled) answers a query in ${ms1(e.latency.median)} ms (median): the page's time is the requests (four rounds: page and scripts, meta and vocabulary, postings, texts) and script start-up, not the search itself.` : ''),
    );
    const bigB = big.browser;
    if (bigB && big !== base) {
      const a = agg(bigB.site, 'cold');
      const pf = agg(bigB.pagefind, 'cold');
      out.push('');
      out.push(`**Page at ${big.scale}×.** Cold median ${ms0(a.median)} ms and ${kb(a.bytes)} KB (site) vs ${ms0(pf.median)} ms and ${kb(pf.bytes)} KB (Pagefind).`);
    }
  }
  return out;
}
