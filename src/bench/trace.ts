/**
 * `npx tsx src/bench/trace.ts [--dir dist] [--runs 3] [--trace out.json] "query" …`: the critical
 * path of /search/?q=… navigations, cold (new context, cache disabled, as the bench does) and warm
 * (one page, cache on, warmed first). For each navigation prints every request (start → last byte,
 * ms since navigation start, from Resource Timing) and the page's own marks (`kb:*`, set by
 * src/search/shards.ts and src/client/search.ts), so the rounds and the script time between them
 * show. `--trace FILE` also records a Chrome trace (CDP Tracing, devtools.timeline) of the first cold
 * navigation: open it in chrome://tracing or DevTools' Performance panel. A tool for people, not a
 * test: nothing here asserts a time.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { INIT, launchChromium, serve, waitDone } from './browser';
import { BENCH_QUERIES } from './queries';

const CATEGORIES = 'disabled-by-default-v8.cpu_profiler,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading,netlog';

interface Entry {
  name: string;
  start: number;
  end: number;
  kind: string;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { summary: { type: 'boolean', default: false }, dir: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, trace: { type: 'string' }, cold: { type: 'boolean', default: false } },
  });
  const queries = positionals.length ? positionals : values.summary ? BENCH_QUERIES.map((q) => q.q) : ['債務人', 'debt collector', '가족에게 연락'];
  /** --summary: per step, the median over every cold (and warm) navigation of its time since navigation start. */
  const steps: Record<string, number[]> = {};
  const record = (mode: string, t: { done: number; entries: Entry[] }) => {
    const put = (k: string, v: number) => (steps[`${mode} ${k}`] ??= []).push(v);
    for (const e of t.entries) {
      if (e.kind === 'mark') put(e.name, e.start);
      else if (e.name === 'search.js' || e.name === 'DOMContentLoaded' || e.name === 'HTML') put(`${e.name} end`, e.end);
    }
    const last = Math.max(...t.entries.filter((e) => e.kind !== 'mark' && e.kind !== 'nav' && e.end <= t.done).map((e) => e.end));
    put('last resource', last);
    put('done', t.done);
  };
  const runs = Number(values.runs);
  const served = await serve(values.dir!);
  const browser = await launchChromium();
  try {
    const url = (q: string) => new URL(`search/?q=${encodeURIComponent(q)}`, served.url).href;
    // As the bench waits (src/bench/browser.ts waitDone): nothing of Playwright runs in the page before "done".
    const timeline = async (page: import('playwright-core').Page, cdp: import('playwright-core').CDPSession): Promise<{ done: number; entries: Entry[] }> => {
      await waitDone(cdp, 20_000);
      return page.evaluate(() => {
        const done = (window as unknown as { __doneAt?: number }).__doneAt ?? performance.now();
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const entries: Array<{ name: string; start: number; end: number; kind: string }> = [
          { name: 'HTML', start: nav.requestStart, end: nav.responseEnd, kind: 'nav' },
          { name: 'DOMContentLoaded', start: nav.domContentLoadedEventStart, end: nav.domContentLoadedEventEnd, kind: 'nav' },
        ];
        for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          entries.push({ name: new URL(r.name).pathname.replace(/^.*\//, '').replace(/\.[0-9a-f]{10}\./, '.'), start: r.startTime, end: r.responseEnd, kind: `${r.initiatorType}${r.transferSize ? '' : ' (cache)'}` });
        for (const m of performance.getEntriesByType('mark')) entries.push({ name: m.name, start: m.startTime, end: m.startTime, kind: 'mark' });
        for (const m of performance.getEntriesByType('measure')) entries.push({ name: m.name, start: m.startTime, end: m.startTime + m.duration, kind: 'measure' });
        entries.sort((a, b) => a.start - b.start || a.end - b.end);
        return { done, entries };
      });
    };
    /** Navigate to a query and read its timeline; with `traceFile`, record a Chrome trace of it there. */
    const navigate = async (cdp: import('playwright-core').CDPSession, page: import('playwright-core').Page, q: string, traceFile?: string) => {
      const events: unknown[] = [];
      const collect = (e: { value: unknown[] }) => events.push(...e.value);
      if (traceFile) {
        cdp.on('Tracing.dataCollected', collect);
        await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      }
      await page.goto(url(q), { waitUntil: 'commit' });
      const t = await timeline(page, cdp);
      if (traceFile) {
        const finished = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
        await cdp.send('Tracing.end');
        await finished;
        cdp.off('Tracing.dataCollected', collect);
        writeFileSync(traceFile, JSON.stringify({ traceEvents: events }));
      }
      return t;
    };
    const print = (label: string, t: { done: number; entries: Entry[] }) => {
      process.stdout.write(`\n${label}: done at ${t.done.toFixed(0)} ms\n`);
      for (const e of t.entries)
        process.stdout.write(
          e.kind === 'mark' ? `  ${e.start.toFixed(0).padStart(5)}        ${e.name}\n` : `  ${e.start.toFixed(0).padStart(5)} → ${e.end.toFixed(0).padStart(4)}  ${e.name} [${e.kind}]\n`,
        );
    };
    {
      // One untimed navigation: the server's first responses (file reads, on-the-fly gzip) are not what a query pays.
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(url('zzqx'));
      await page.waitForSelector('[data-search-status="done"]', { state: 'attached', timeout: 20_000 }).catch(() => {});
      await ctx.close();
    }
    for (const q of queries) {
      const cold: number[] = [];
      for (let r = 0; r < runs; r++) {
        const ctx = await browser.newContext();
        await ctx.addInitScript(INIT);
        const page = await ctx.newPage();
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        const t = await navigate(cdp, page, q, values.trace && r === 0 && q === queries[0] ? values.trace : undefined);
        cold.push(t.done);
        record('cold', t);
        if (r === 0 && !values.summary) print(`cold ${q}`, t);
        await ctx.close();
      }
      process.stdout.write(`cold ${q}: ${cold.map((x) => x.toFixed(0)).join(', ')} ms\n`);
      if (values.cold) continue;
      const ctx = await browser.newContext();
      await ctx.addInitScript(INIT);
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await page.goto(url(q), { waitUntil: 'commit' });
      await timeline(page, cdp);
      await page.waitForTimeout(300);
      const warm: number[] = [];
      await cdp.send('Network.enable');
      for (let r = 0; r < runs; r++) {
        const t = await navigate(cdp, page, q, values.trace && r === 0 && q === queries[0] ? values.trace.replace(/(\.json)?$/, '.warm.json') : undefined);
        // As the bench does: late requests (the returning visitor's index copy) finish first.
        await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
        warm.push(t.done);
        record('warm', t);
        if (!values.summary) print(`warm ${q}`, t);
      }
      process.stdout.write(`warm ${q}: ${warm.map((x) => x.toFixed(0)).join(', ')} ms\n`);
      await ctx.close();
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
    if (values.summary)
      for (const [k, v] of Object.entries(steps).sort((a, b) => (a[0].slice(0, 4) === b[0].slice(0, 4) ? med(a[1]) - med(b[1]) : a[0] < b[0] ? -1 : 1)))
        process.stdout.write(`${k.padEnd(24)} median ${med(v).toFixed(0).padStart(5)}  (n ${v.length})\n`);
  } finally {
    await browser.close();
    served.stop();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`trace: ${e.stack}\n`);
  process.exitCode = 1;
});
