/**
 * `npm test`: every test, from a fresh clone.
 *
 * 1. makes sure Debian's Chromium is there for the browser tests (installs it with apt-get when it
 *    is missing and we are root; never downloads a browser of its own);
 * 2. runs the ingest so dist-data/ exists (the e2e global setup builds the site from it);
 * 3. type-checks the TypeScript (`tsc --noEmit`), so a type error fails CI like a failing test;
 * 4. runs vitest's unit project, then its e2e project (or the one `--project` names). Extra arguments
 *    go to vitest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`test: ${CHROMIUM} is missing; install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH`);
    process.exit(1);
  }
  console.error('test: installing Debian chromium for the browser tests (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], env) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], env) !== 0 || !existsSync(CHROMIUM)) {
    console.error('test: could not install chromium with apt-get');
    process.exit(1);
  }
}

const args = process.argv.slice(2);
const unitOnly = args.includes('--project') && args[args.indexOf('--project') + 1] === 'unit';
if (!unitOnly) ensureChromium();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (run('npx', ['tsx', 'scripts/ingest.ts', '--quiet'], env) > 1) process.exit(1);
if (run('npx', ['tsc', '--noEmit'], env) !== 0) {
  console.error('test: type errors (npx tsc --noEmit)');
  process.exit(1);
}
// The unit project first, then the e2e project (which builds the site in its global setup), as two
// runs: together on a loaded 2-core machine the build starved vitest's main process and workers
// failed with "Timeout calling onTaskUpdate" although every test passed.
const vitest = (extra: string[]): number => run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...extra, ...args], env);
if (args.includes('--project')) process.exit(vitest([]));
// A file filter may match files of one project only; the other run then has nothing to do.
const filtered = args.length ? ['--passWithNoTests'] : [];
const unit = vitest(['--project', 'unit', ...filtered]);
const e2e = vitest(['--project', 'e2e', ...filtered]);
process.exit(unit || e2e);
