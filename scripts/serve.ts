/**
 * `npm run serve [-- --port 4321] [--dir dist] [--base /kb/]`
 *
 * Serves the built site on 127.0.0.1 (src/site/serve.ts). The port comes from --port, then PORT,
 * then 4321 (0 picks a free one); the URL is printed on stdout. Ctrl-C stops it.
 */
import { cliArgs } from '../src/cli/args';
import { startServer } from '../src/site/serve';

const { values } = cliArgs('serve', {
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' },
    base: { type: 'string', default: process.env.KB_BASE ?? '/' },
  },
}, { usage: 'npm run serve -- [--port 4321] [--dir dist] [--base /kb/]', exitCode: 1 });

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`serve: --port must be a number from 0 to 65535 (got ${values.port})\n`);
  process.exit(1);
}
startServer({ dir: values.dir!, base: values.base, port }).then(
  (s) => {
    process.stdout.write(`serving ${values.dir} at ${s.url}\n`);
    const stop = () => s.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (e: Error) => {
    process.stderr.write(`serve: ${e.message}\n`);
    process.exit(1);
  },
);
