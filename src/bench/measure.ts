/**
 * Measurement helpers for the benchmarks (Node only): run a command and record its wall time and
 * peak memory, summarise a V8 CPU profile, compress files, and the usual statistics.
 *
 * Peak memory is the peak resident set size of the largest single process of the command, as
 * GNU time reports it (`/usr/bin/time -f %M`, from wait4's rusage); without GNU time, VmHWM of the
 * child is polled from /proc. A sampled peak of the whole process tree (sum of VmRSS, every
 * 100 ms) is recorded besides, since a build may spawn helpers (Pagefind's binary, workers).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';

export interface RunResult {
  code: number;
  wallMs: number;
  /** Peak RSS of the largest single process, MB. */
  peakMb: number;
  /** Sampled peak of the summed RSS of the process tree, MB. */
  treePeakMb: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssKb(pid: number): number {
  let sum = statusKb(pid, 'VmRSS');
  for (const c of childrenOf(pid)) sum += treeRssKb(c);
  return sum;
}

/** Run `cmd args` to completion (or kill it after timeoutMs) and measure it. */
export function runMeasured(
  cmd: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  const useTime = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(dir, 'time.txt');
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%e %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const child = spawn(file, argv, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let treePeak = 0;
  let hwm = 0;
  const poll = setInterval(() => {
    if (!child.pid) return;
    treePeak = Math.max(treePeak, treeRssKb(child.pid));
    const target = useTime ? childrenOf(child.pid)[0] : child.pid;
    if (target) hwm = Math.max(hwm, statusKb(target, 'VmHWM'));
  }, 100);
  const timer = options.timeoutMs ? setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), options.timeoutMs) : null;
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      const wallMs = performance.now() - t0;
      let peakKb = hwm;
      if (useTime && existsSync(timeFile)) {
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const m = /^([\d.]+)\s+(\d+)$/.exec(last);
        if (m) peakKb = Math.max(peakKb, Number(m[2]));
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: code ?? (signal ? 137 : 1), wallMs, peakMb: peakKb / 1024, treePeakMb: Math.max(treePeak, peakKb) / 1024, stdout, stderr });
    });
  });
}

/** Median and nearest-rank p95 (and min/max) of a list of numbers. */
export function summary(xs: number[]): { n: number; median: number; p95: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  if (!s.length) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, median, p95: at(0.95), min: s[0], max: s[s.length - 1] };
}

export function gzipSize(buf: Buffer | string): number {
  return gzipSync(buf, { level: 9 }).length;
}

/** Files larger than this are brotli-compressed at quality 9, not 11 (11 runs at ~0.6 MB/s). */
export const BROTLI_Q11_MAX = 8 * 1024 * 1024;

export function brotliSize(buf: Buffer | string): number {
  const n = Buffer.byteLength(buf);
  return brotliCompressSync(buf, { params: { [zc.BROTLI_PARAM_QUALITY]: n > BROTLI_Q11_MAX ? 9 : 11, [zc.BROTLI_PARAM_SIZE_HINT]: n } }).length;
}

export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Every file under `dir` (relative paths, sorted) with raw, gzip and brotli sizes. */
export function dirSizes(dir: string, filter: (rel: string) => boolean = () => true): FileSize[] {
  const out: FileSize[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const rel = relative(dir, p);
        if (!filter(rel)) continue;
        const buf = readFileSync(p);
        out.push({ path: rel, raw: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) });
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Total size and file count of a folder (no compression). */
export function dirTotal(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        files++;
        bytes += st.size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}

export interface ProfileEntry {
  fn: string;
  where: string;
  selfMs: number;
  share: number;
}

/** Top self-time functions of a V8 .cpuprofile, and self time summed per source file. */
export function summariseProfile(path: string, top = 15, root = process.cwd()): { totalMs: number; functions: ProfileEntry[]; files: ProfileEntry[] } {
  const prof = JSON.parse(readFileSync(path, 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000));
  const fns = new Map<string, ProfileEntry>();
  const files = new Map<string, ProfileEntry>();
  let totalMs = 0;
  const short = (url: string) => {
    if (!url) return '(native)';
    const p = url.replace(/^file:\/\//, '');
    if (p.includes('/node_modules/')) return p.slice(p.lastIndexOf('/node_modules/') + 14);
    return p.startsWith(root) ? relative(root, p) : p.startsWith('node:') ? p : p;
  };
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    totalMs += ms;
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url ? `${short(url)}:${lineNumber + 1}` : '(native)';
    const key = `${functionName}@${where}`;
    const e = fns.get(key) ?? { fn: functionName || '(anonymous)', where, selfMs: 0, share: 0 };
    e.selfMs += ms;
    fns.set(key, e);
    const fileKey = ['(garbage collector)', '(program)', '(idle)'].includes(functionName) ? functionName : short(url);
    const f = files.get(fileKey) ?? { fn: '', where: fileKey, selfMs: 0, share: 0 };
    f.selfMs += ms;
    files.set(fileKey, f);
  }
  const rank = (m: Map<string, ProfileEntry>) =>
    [...m.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((e) => ({ ...e, share: totalMs ? e.selfMs / totalMs : 0 }));
  return { totalMs, functions: rank(fns), files: rank(files) };
}
