/**
 * A small static file server for dist/ (node:http, no dependencies), used by `npm run serve`,
 * `npm start`, the e2e tests and benchmarks. Serves `dir` under `base` on 127.0.0.1, maps folder
 * URLs to index.html (redirecting `/x` to `/x/`), answers unknown paths with 404.html and status
 * 404 and refuses paths that leave `dir`. As static hosts do:
 * - when a pre-compressed `<file>.gz` sits beside a file (the build writes one for the search
 *   scripts and index files) and the client accepts gzip, that is sent with Content-Encoding: gzip;
 *   other text files (HTML, CSS, JSON…) of 1 KB or more are gzipped on the fly (cached in memory);
 * - files whose name carries a content hash (`search.1a2b3c4d5e.js`, `meta.….json`, Pagefind's
 *   `…_<hash>.pf_*`) are sent with `Cache-Control: max-age=31536000, immutable`, so a browser
 *   reuses them without asking again; HTML pages with `Cache-Control: no-cache` (a browser always
 *   asks, so a new build shows at once) and other files with `max-age=600` (GitHub Pages' policy for
 *   every file), both with an ETag, so a revalidation costs a 304 without a body.
 * Files up to 1 MB are kept in memory once read (checked against size and mtime on every request;
 * 256 MB in all, then the rest stream from disk),
 * as a production static host's file cache does: a query of the search page fetches 10–25 small
 * files at once, and opening and streaming each from disk cost a few ms of server time apiece.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface ServeOptions {
  dir: string;
  /** URL path the site lives under, e.g. `/` or `/kb/`. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  /** Site root URL, ending in the base, e.g. `http://127.0.0.1:4321/kb/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A file name with a content hash in it: `name.<10+ hex>.ext` (ours) or `…_<7+ hex>.pf_*` (Pagefind's). */
export const HASHED_NAME = /(?:\.[0-9a-f]{10,}\.(?:js|json|css|wasm)|_[0-9a-f]{7,}\.pf_[a-z]+|\.[0-9a-f]{7,}\.pagefind)$/;
const TEXT = /^(?:text\/|application\/(?:json|javascript|x-ndjson)|image\/svg)/;
const GZIP_MIN = 1024;

export function normaliseBase(base = '/'): string {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const root = resolve(options.dir);
  const base = normaliseBase(options.base);
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(root)) return Promise.reject(new Error(`${root} does not exist: run \`npm run build\` first`));

  const gzipCache = new Map<string, { mtime: number; body: Buffer }>();
  const fileCache = new Map<string, { mtime: number; size: number; body: Buffer }>();
  let cachedBytes = 0;
  /** The file's bytes from memory when it is small enough, else null (streamed from disk). */
  const cached = (file: string): Buffer | null => {
    const st = statSync(file);
    if (st.size > 1024 * 1024) return null;
    let c = fileCache.get(file);
    if (!c || c.mtime !== st.mtimeMs || c.size !== st.size) {
      if (cachedBytes + st.size > 256 * 1024 * 1024) return null;
      c = { mtime: st.mtimeMs, size: st.size, body: readFileSync(file) };
      cachedBytes += c.body.length - (fileCache.get(file)?.body.length ?? 0);
      fileCache.set(file, c);
    }
    return c.body;
  };
  const server = createServer((req, res) => {
    const send404 = () => {
      const page = join(root, '404.html');
      res.statusCode = 404;
      if (existsSync(page)) {
        res.setHeader('Content-Type', CONTENT_TYPES['.html']);
        createReadStream(page).pipe(res);
      } else res.end('not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    if (path === base.slice(0, -1)) {
      res.writeHead(301, { Location: base + url.search });
      res.end();
      return;
    }
    if (!path.startsWith(base)) return send404();
    const rel = path.slice(base.length);
    let file = normalize(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return send404();
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const src = statSync(file);
    if (HASHED_NAME.test(file)) res.setHeader('Cache-Control', 'max-age=31536000, immutable');
    else {
      const etag = `"${src.size.toString(36)}-${Math.floor(src.mtimeMs).toString(36)}"`;
      res.setHeader('Cache-Control', type.startsWith('text/html') ? 'no-cache' : 'max-age=600');
      res.setHeader('ETag', etag);
      res.setHeader('Last-Modified', src.mtime.toUTCString());
      if (req.headers['if-none-match'] === etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const gz = `${file}.gz`;
    if (gzip && existsSync(gz)) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      file = gz;
    } else if (gzip && TEXT.test(type) && src.size >= GZIP_MIN) {
      let c = gzipCache.get(file);
      if (!c || c.mtime !== src.mtimeMs) {
        c = { mtime: src.mtimeMs, body: gzipSync(readFileSync(file), { level: 6 }) };
        gzipCache.set(file, c);
      }
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Content-Length', c.body.length);
      res.end(req.method === 'HEAD' ? undefined : c.body);
      return;
    }
    const body = cached(file);
    res.setHeader('Content-Length', body ? body.length : statSync(file).size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (body) res.end(body);
    else createReadStream(file).pipe(res);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const port = (server.address() as AddressInfo).port;
      resolvePromise({
        server,
        port,
        url: `http://${host}:${port}${base}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
