import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passageId, runIngest } from '../../src/pipeline/run';
import { recover, serialisePassage, writeOutputs } from '../../src/pipeline/write';
import { nullTagger, summaryTiling, tempDir, writeBytes } from './helpers';

/** A sources folder with one good file and every kind of bad input the issues list. */
function hostileCorpus(): string {
  const dir = tempDir('kb-hostile-');
  writeBytes(dir, 'good.txt', '1.先电话提醒客户还款日期。\n2.客户有困难时协商分期还款。\n');
  writeBytes(dir, 'empty.txt', '');
  writeBytes(dir, 'binary.txt', new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 31) % 9)));
  writeBytes(dir, 'bom.txt', '\uFEFF채무자에게 납부 기한을 안내합니다. 분할 상환도 가능합니다.');
  writeBytes(dir, 'crlf.txt', 'Primero, salude al cliente.\r\nSegundo, ofrezca un plan de pagos.\r\n');
  writeBytes(dir, 'oneline.txt', '催收'.repeat(2_500_000)); // a 5 M-character line, no punctuation
  // Shift-JIS Japanese: 債務者に連絡 (the corpus has none, but a scraped source may).
  writeBytes(dir, 'sjis.txt', new Uint8Array([0x8d, 0xc2, 0x96, 0xb1, 0x8e, 0xd2, 0x82, 0xc9, 0x98, 0x41, 0x97, 0x8d, 0x81, 0x42, 0x8d, 0xc2, 0x96, 0xb1, 0x8e, 0xd2, 0x82, 0xc9, 0x98, 0x41, 0x97, 0x8d, 0x81, 0x42]));
  writeBytes(dir, 'html.txt', '<html><body><p>Do not call the debtor at work.</p><script>alert(document.cookie)</script>\n<a href="javascript:alert(1)">x</a> "><img src=x onerror=alert(1)>\n</body></html>');
  writeBytes(dir, 'boilerplate.txt', '版权声明:本站内容来自网络\n相关内容\n推荐阅读\n发表评论\n');
  writeBytes(dir, 'controls.txt', '채무자\u0000에게 \u200b연락\u202e합니다.\n' + 'x\n'.repeat(100_000));
  writeBytes(dir, 'gbk.txt', new Uint8Array([0xb4, 0xdf, 0xca, 0xd5, 0xd4, 0xb1, 0xd3, 0xa6, 0xb5, 0xb1, 0xd2, 0xc0, 0xb7, 0xa8, 0xb4, 0xdf, 0xca, 0xd5, 0xa1, 0xa3]));
  writeBytes(dir, 'euckr.txt', new Uint8Array([0xc3, 0xa4, 0xb9, 0xab, 0xc0, 0xda, 0xbf, 0xa1, 0xb0, 0xd4, 0x20, 0xc3, 0xa4, 0xb9, 0xab, 0xc0, 0xda, 0xbf, 0xa1, 0xb0, 0xd4]));
  writeBytes(dir, 'utf16.txt', new Uint8Array([0xff, 0xfe, 0x44, 0xcc, 0x34, 0xbb, 0x90, 0xc7]));
  writeBytes(dir, 'surrogate.txt', 'lone \uD800 surrogate and emoji 😀 in one line');
  return dir;
}

describe('ingest: hostile sources', () => {
  const dir = hostileCorpus();
  const result = runIngest({ sourcesDir: dir, tagger: nullTagger });

  it('refuses only the binary file, with one line naming it', () => {
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].source).toBe('binary.txt');
    expect(result.errors[0].message).toMatch(/^binary\.txt: refused: binary data/);
    expect(result.errors[0].message).not.toContain('\n');
  });

  it('still ingests every other source, each tiled exactly', () => {
    const names = result.sources.map((s) => s.source).sort();
    expect(names).toEqual(['boilerplate.txt', 'bom.txt', 'controls.txt', 'crlf.txt', 'empty.txt', 'euckr.txt', 'gbk.txt', 'good.txt', 'html.txt', 'oneline.txt', 'sjis.txt', 'surrogate.txt', 'utf16.txt']);
    for (const s of result.sources) {
      const text = readText(dir, s.source, s.encoding);
      expect(summaryTiling(text, s, result.passages.filter((p) => p.source === s.source)), s.source).toBeNull();
    }
  });

  it('decodes the GBK, EUC-KR and UTF-16 files', () => {
    const text = (name: string) => result.passages.filter((p) => p.source === name).map((p) => p.text).join('');
    expect(text('gbk.txt')).toBe('催收员应当依法催收。');
    expect(text('euckr.txt')).toContain('채무자에게');
    expect(text('utf16.txt')).toContain('채무자');
  });

  it('labels a boilerplate-only file as boilerplate passages', () => {
    const ps = result.passages.filter((p) => p.source === 'boilerplate.txt');
    expect(ps.length).toBeGreaterThan(0);
    expect(ps.every((p) => p.kind === 'boilerplate')).toBe(true);
  });

  it('decodes the Shift-JIS file', () => {
    const s = result.sources.find((x) => x.source === 'sjis.txt')!;
    expect(s.encoding).toBe('shift_jis');
    expect(result.passages.filter((p) => p.source === 'sjis.txt').map((p) => p.text).join('')).toContain('債務者に連絡');
  });

  it('cuts the 5 MB single line into passages of at most 600 characters', () => {
    const ps = result.passages.filter((p) => p.source === 'oneline.txt');
    expect(ps.length).toBeGreaterThanOrEqual(5_000_000 / 600);
    expect(Math.max(...ps.map((p) => p.text.length))).toBeLessThanOrEqual(600);
  });

  it('keeps script and markup as inert text inside passages or markup spans', () => {
    const s = result.sources.find((x) => x.source === 'html.txt')!;
    const ps = result.passages.filter((p) => p.source === 'html.txt');
    expect(ps.some((p) => p.text.includes('Do not call the debtor at work.'))).toBe(true);
    expect(s.counts.passages + s.dropped.length).toBeGreaterThan(0);
  });
});

function readText(dir: string, name: string, encoding: string): string {
  const bytes = readFileSync(join(dir, name));
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

describe('ingest: stable ids and byte-identical output', () => {
  it('derives ids from source, text and occurrence only', () => {
    expect(passageId('a.txt', '催收', 0)).toBe(passageId('a.txt', '催收', 0));
    expect(passageId('a.txt', '催收', 0)).not.toBe(passageId('a.txt', '催收', 1));
    expect(passageId('a.txt', '催收', 0)).not.toBe(passageId('b.txt', '催收', 0));
  });

  it('writes byte-identical files on two runs', () => {
    const out1 = join(tempDir(), 'out');
    const out2 = join(tempDir(), 'out');
    writeOutputs(out1, runIngest({ tagger: nullTagger }));
    writeOutputs(out2, runIngest({ tagger: nullTagger }));
    for (const f of ['passages.jsonl', 'sources.json']) expect(readFileSync(join(out1, f))).toEqual(readFileSync(join(out2, f)));
  });

  it('changes only the edited source’s ids when one source changes', () => {
    const dir = tempDir();
    const tips = '1.先打电话提醒客户本期的还款日期和应还金额，语气要礼貌。\n2.客户确有困难时，可以协商分期还款，并把约定写成书面材料。\n';
    writeBytes(dir, 'a.txt', tips);
    writeBytes(dir, 'b.txt', 'Primero, salude al cliente.\nSegundo, ofrezca un plan de pagos.\n');
    const before = runIngest({ sourcesDir: dir, tagger: nullTagger }).passages;
    writeBytes(dir, 'a.txt', `0.每次联系前先核对客户身份，确认接电话的是借款人本人。\n${tips}`);
    const after = runIngest({ sourcesDir: dir, tagger: nullTagger }).passages;
    const ids = (ps: typeof before, s: string) => ps.filter((p) => p.source === s).map((p) => p.id);
    expect(ids(after, 'b.txt')).toEqual(ids(before, 'b.txt'));
    // Unchanged passages of the edited source keep their ids too.
    expect(ids(after, 'a.txt')).toEqual(expect.arrayContaining(ids(before, 'a.txt')));
  });

  it('serialises contract fields first', () => {
    const p = runIngest({ tagger: nullTagger }).passages[0];
    expect(Object.keys(JSON.parse(serialisePassage(p))).slice(0, 10)).toEqual(['id', 'source', 'start', 'end', 'text', 'lang', 'label', 'tactics', 'mentions', 'evidence']);
  });
});

describe('ingest: atomic and recoverable output', () => {
  it('leaves the previous output intact when a run dies before the swap', () => {
    const out = join(tempDir(), 'out');
    writeOutputs(out, runIngest({ tagger: nullTagger }));
    const before = readFileSync(join(out, 'passages.jsonl'));
    // A killed run leaves a half-written .next directory behind.
    mkdirSync(`${out}.next`, { recursive: true });
    writeFileSync(`${out}.next/passages.jsonl`, '{"truncated');
    expect(readFileSync(join(out, 'passages.jsonl'))).toEqual(before);
    recover(out);
    expect(existsSync(`${out}.next`)).toBe(false);
    expect(readFileSync(join(out, 'passages.jsonl'))).toEqual(before);
  });

  it('restores the previous output when a run died between the two renames', () => {
    const out = join(tempDir(), 'out');
    writeOutputs(out, runIngest({ tagger: nullTagger }));
    const before = readFileSync(join(out, 'passages.jsonl'));
    renameSync(out, `${out}.old`);
    recover(out);
    expect(readFileSync(join(out, 'passages.jsonl'))).toEqual(before);
  });
});

describe('ingest: which files of the folder are sources', () => {
  it('reads text files (and files without an extension) and names every file or folder it does not read', () => {
    const dir = tempDir();
    writeBytes(dir, 'a.TXT', '1. 催收前先核对欠款金额。\n');
    writeBytes(dir, 'page.html', '<p>Ofrezca un plan de pagos.</p>');
    writeBytes(dir, '005_noext', '채무자에게 상환 일정을 안내하세요.\n');
    writeBytes(dir, 'notes.docx', 'PK\u0003\u0004');
    writeBytes(dir, '.hidden.txt', 'x');
    mkdirSync(join(dir, 'more'));
    writeBytes(join(dir, 'more'), 'b.txt', 'Segundo, confirme por escrito.\n');
    const r = runIngest({ sourcesDir: dir, tagger: nullTagger });
    expect(r.sources.map((s) => s.source)).toEqual(['005_noext', 'a.TXT', 'page.html']);
    expect(r.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^notes\.docx: not read/), expect.stringMatching(/^more\/: sub-folder not read/)]));
    expect(r.warnings.join('\n')).not.toMatch(/hidden/);
  });
});
