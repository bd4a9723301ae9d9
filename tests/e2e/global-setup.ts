/**
 * Builds the site once at the root and once with `--base /kb/` (from the hand-written fixture in
 * tests/fixtures/site-data, or from KB_E2E_DATA + KB_E2E_SOURCES), serves both with
 * src/site/serve.ts on 127.0.0.1 (free ports) and provides their URLs and folders to the tests.
 * Installs Debian's chromium with apt when /usr/bin/chromium is missing.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../src/site/serve';

export interface SiteUnderTest {
  url: string;
  subUrl: string;
  dir: string;
  subDir: string;
  dataDir: string;
  sourcesDir: string;
}

declare module 'vitest' {
  interface ProvidedContext {
    site: SiteUnderTest;
  }
}

export const CHROMIUM = '/usr/bin/chromium';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  process.stderr.write('e2e: /usr/bin/chromium missing, installing Debian chromium with apt…\n');
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
}

/**
 * Build the site in a child process without blocking this (vitest's main) process: a synchronous
 * build stalls the event loop for a minute under load, and unit-test workers running meanwhile then
 * fail with "Timeout calling onTaskUpdate".
 */
function build(root: string, args: string[]): Promise<void> {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [tsx, 'scripts/build.ts', '--quiet', ...args], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`e2e: site build failed (${signal ?? `exit code ${code}`}): ${args.join(' ')}`))));
  });
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const root = resolve(import.meta.dirname, '../..');
  const fixture = join(root, 'tests/fixtures/site-data');
  const dataDir = resolve(root, process.env.KB_E2E_DATA ?? fixture);
  const sourcesDir = resolve(root, process.env.KB_E2E_SOURCES ?? (process.env.KB_E2E_DATA ? 'content/sources' : join(fixture, 'sources')));
  const tmp = mkdtempSync(join(tmpdir(), 'kb-e2e-'));
  const dir = join(tmp, 'root');
  const subDir = join(tmp, 'kb');
  const common = ['--data', dataDir, '--sources', sourcesDir];
  await build(root, [...common, '--out', dir]);
  await build(root, [...common, '--out', subDir, '--base', '/kb/']);
  const main = await startServer({ dir });
  const sub = await startServer({ dir: subDir, base: '/kb/' });
  project.provide('site', { url: main.url, subUrl: sub.url, dir, subDir, dataDir, sourcesDir });
  return async () => {
    await main.close();
    await sub.close();
    rmSync(tmp, { recursive: true, force: true });
  };
}
