/**
 * `npx tsx src/bench/ab.ts [--rounds 2] [--quick] NAME=DIR … [pagefind=bench/out/pagefind-1x]`: the
 * browser benchmark (src/bench/browser.ts, interleaved query by query) over several built sites at
 * once, e.g. two builds of the site and the Pagefind baseline, so a change is judged against the
 * same load. Prints, per round and over all rounds, each site's median cold and warm time and its
 * ratio to the first site (or to `pagefind` when given). A tool for people: nothing is written.
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { benchSites, launchChromium, serve, type QueryRun, type Served } from './browser';
import { BENCH_QUERIES, QUICK_QUERIES } from './queries';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '2' }, quick: { type: 'boolean', default: false } } });
  const sites = positionals.map((p) => {
    const [name, dir] = p.split('=');
    return { name, dir };
  });
  const queries = values.quick ? QUICK_QUERIES : BENCH_QUERIES;
  const served: Served[] = [];
  for (const s of sites) served.push(await serve(s.dir));
  const browser = await launchChromium();
  const all: QueryRun[][] = sites.map(() => []);
  const ref = Math.max(0, sites.findIndex((s) => s.name === 'pagefind'));
  const line = (runs: QueryRun[][], label: string) => {
    const m = runs.map((r) => ({ cold: median(r.filter((x) => x.mode === 'cold').map((x) => x.ms)), warm: median(r.filter((x) => x.mode === 'warm').map((x) => x.ms)), kb: median(r.filter((x) => x.mode === 'cold').map((x) => x.bytes / 1024)), req: median(r.filter((x) => x.mode === 'cold').map((x) => x.requests)), max: Math.max(...r.map((x) => x.ms)) }));
    process.stdout.write(`${label} (load ${loadavg().map((x) => x.toFixed(1)).join(' ')})\n`);
    sites.forEach((s, i) =>
      process.stdout.write(
        `  ${s.name.padEnd(10)} cold ${m[i].cold.toFixed(0).padStart(4)} (${(m[i].cold / m[ref].cold).toFixed(2)}×)  warm ${m[i].warm.toFixed(0).padStart(4)} (${(m[i].warm / m[ref].warm).toFixed(2)}×)  cold KB ${m[i].kb.toFixed(0)}  req ${m[i].req}  max ${m[i].max.toFixed(0)}\n`,
      ),
    );
  };
  try {
    for (let r = 0; r < Number(values.rounds); r++) {
      const sitesUnderTest = sites.map((s, i) => ({
        name: s.name,
        served: served[i],
        path: (q: (typeof queries)[number]) => `search/?q=${encodeURIComponent(q.q)}${s.name === 'pagefind' ? `&pl=${q.page}` : ''}`,
      }));
      const runs = await benchSites(browser, sitesUnderTest, queries);
      runs.forEach((x, i) => all[i].push(...x));
      line(runs, `round ${r + 1}`);
      const failed = runs.flat().filter((x) => x.error);
      if (failed.length) process.stdout.write(`  failed: ${failed.map((x) => `${x.q} ${x.error}`).join('; ')}\n`);
    }
    line(all, 'all rounds');
  } finally {
    await browser.close();
    for (const s of served) s.stop();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`ab: ${e.stack}\n`);
  process.exitCode = 1;
});
