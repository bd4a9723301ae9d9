import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { HASHED_NAME, startServer, type RunningServer } from '../../src/site/serve';

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serve: caching and compression', () => {
  let dir: string;
  let s: RunningServer;
  const big = JSON.stringify({ t: 'x'.repeat(5000) });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kb-serve-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'search-index'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><p>${'hello '.repeat(400)}</p>`);
    writeFileSync(join(dir, 'assets', 'site.css'), 'body{}');
    writeFileSync(join(dir, 'search-index', 'meta.0123456789.json'), big);
    writeFileSync(join(dir, 'search-index', 'meta.0123456789.json.gz'), gzipSync(big));
    s = await startServer({ dir, base: '/kb/' });
  });
  afterAll(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('recognises content-hashed names (ours and Pagefind\'s), not plain ones', () => {
    expect(HASHED_NAME.test('assets/search.0a1b2c3d4e.js')).toBe(true);
    expect(HASHED_NAME.test('search-index/texts-3.0a1b2c3d4e.json')).toBe(true);
    expect(HASHED_NAME.test('pagefind/fragment/en_3f2a1b9.pf_fragment')).toBe(true);
    expect(HASHED_NAME.test('assets/site.js')).toBe(false);
    expect(HASHED_NAME.test('pagefind/pagefind.js')).toBe(false);
  });

  it('sends hashed files as immutable, with their .gz twin to gzip clients', async () => {
    const r = await get(`${s.url}search-index/meta.0123456789.json`, { 'accept-encoding': 'gzip' });
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toContain('immutable');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(r.body).toString()).toBe(big);
    const plain = await get(`${s.url}search-index/meta.0123456789.json`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(big);
  });

  it('gzips other text on the fly, and answers a matching ETag with 304', async () => {
    const r = await get(s.url, { 'accept-encoding': 'gzip, br' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(r.body).toString()).toContain('hello');
    const again = await get(s.url, { 'if-none-match': String(r.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const css = await get(`${s.url}assets/site.css`, { 'accept-encoding': 'gzip' });
    expect(css.headers['content-encoding']).toBeUndefined(); // too small to be worth it
    expect(css.headers['cache-control']).toBe('max-age=600');
  });
});
