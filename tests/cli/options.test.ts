import { describe, expect, it } from 'vitest';
import { runAsync } from '../proc';

/** Runs a script with arguments that fail before any work starts (option parsing). */
async function run(script: string, args: string[]) {
  const r = await runAsync('npx', ['tsx', `scripts/${script}.ts`, ...args], { timeoutMs: 60_000 });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('every command refuses a bad option in one line, naming itself, without a stack trace', () => {
  // exit code: 2 for search (its usage code), 1 for the others (as ingest and build document)
  const cases: [string, string[], number][] = [
    ['search', ['zzz', '--bogus'], 2],
    ['serve', ['--bogus'], 1],
    ['eval', ['--bogus'], 1],
    ['eval', ['labelz'], 1],
    ['train-tagger', ['--bogus'], 1],
    ['ingest', ['--bogus'], 1],
    ['build', ['--bogus'], 1],
    ['bench', ['--bogus'], 1],
  ];
  it.each(cases)('%s %j', async (script, args, code) => {
    const r = await run(script, args);
    expect(r.code).toBe(code);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${script}: `));
    expect(r.stderr).toMatch(/bogus|labelz/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});

describe('--help prints the usage and exits 0', () => {
  it.each(['ingest', 'search', 'serve', 'eval', 'train-tagger'])('%s --help', async (script) => {
    const r = await run(script, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: npm run ${script}`));
  });
});
