/**
 * Command-line options for the scripts in scripts/: node's parseArgs in strict mode, with a usage
 * error reported as one line naming the command (`search: Unknown option '--bogus'. …`) and the
 * command's usage exit code, never a stack trace. `--help` / `-h` prints the usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** parseArgs for `command`; on a bad option prints one line (and the usage) to stderr and exits. */
export function cliArgs<T extends ParseArgsConfig>(command: string, config: T, opts: { usage?: string; exitCode?: number } = {}): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (opts.usage && (args.includes('--help') || args.includes('-h'))) {
    process.stdout.write(`usage: ${opts.usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config); // strict by default: unknown options throw
  } catch (e) {
    const message = (e as Error).message.split('\n')[0];
    process.stderr.write(`${command}: ${message}${opts.usage ? `\nusage: ${opts.usage}` : ''}\n`);
    process.exit(opts.exitCode ?? 2);
  }
}
