import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAsync } from '../proc';
import { tempDir, writeBytes } from './helpers';

async function ingest(args: string[]) {
  const r = await runAsync('npx', ['tsx', 'scripts/ingest.ts', ...args]);
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('npm run ingest (CLI)', () => {
  it('writes every readable source, names the refused one in one line and exits 2', async () => {
    const dir = tempDir();
    writeBytes(dir, 'ok.txt', '1. 채무자에게 납부 기한을 미리 안내하세요.\n2. 분할 상환을 제안할 수 있습니다.\n');
    writeBytes(dir, 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const out = join(tempDir(), 'out');
    const r = await ingest(['--sources', dir, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: image\.txt: refused: PNG image/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const passages = readFileSync(join(out, 'passages.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => p.source === 'ok.txt')).toBe(true);
  });

  it('exits 0 and prints a summary with passages per language', async () => {
    const dir = tempDir();
    writeBytes(dir, 'es.txt', 'Primero, identifíquese al llamar al cliente.\nSegundo, ofrezca un plan de pagos razonable.\n');
    const out = join(tempDir(), 'out');
    const r = await ingest(['--sources', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ingest: 1 source\(s\), \d+ passages/);
    expect(r.stderr).toMatch(/languages: es \d+/);
    expect(existsSync(join(out, 'sources.json'))).toBe(true);
  });

  it('reports a malformed manifest in one line and exits 1', async () => {
    const dir = tempDir();
    writeBytes(dir, 'a.txt', 'texto');
    writeBytes(dir, 'manifest.yml', '- file: 3\n  reference: maybe\n');
    const r = await ingest(['--sources', dir, '--out', join(tempDir(), 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/manifest\.yml: invalid manifest/);
  });
});
