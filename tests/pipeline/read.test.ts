import { describe, expect, it } from 'vitest';
import { decode, ReadError, readSource, titleOf } from '../../src/pipeline/read';
import { tempDir, writeBytes } from './helpers';

const enc = (text: string, encoding: string) => {
  // Node's TextDecoder decodes legacy encodings but cannot encode them: build the bytes by hand.
  const table: Record<string, Record<string, number[]>> = {
    gbk: { 催: [0xb4, 0xdf], 收: [0xca, 0xd5], 员: [0xd4, 0xb1], 应: [0xd3, 0xa6], 当: [0xb5, 0xb1], 依: [0xd2, 0xc0], 法: [0xb7, 0xa8] },
    'euc-kr': { 채: [0xc3, 0xa4], 무: [0xb9, 0xab], 자: [0xc0, 0xda], 에: [0xbf, 0xa1], 게: [0xb0, 0xd4] },
    big5: { 債: [0xb6, 0xc5], 務: [0xb0, 0xc8], 人: [0xa4, 0x48] },
  };
  const out: number[] = [];
  for (const ch of text) {
    const b = table[encoding]?.[ch];
    if (b) out.push(...b);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no ${encoding} bytes for ${ch} in the test table`);
  }
  return new Uint8Array(out);
};

describe('read: encodings', () => {
  it('decodes plain UTF-8', () => {
    const r = decode('a.txt', new TextEncoder().encode('채무자 催收 cobro'));
    expect(r).toMatchObject({ text: '채무자 催收 cobro', encoding: 'utf-8', bom: false });
  });

  it('keeps a UTF-8 BOM in the text (offsets stay those of the file) and flags it', () => {
    const r = decode('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('hola')]));
    expect(r).toMatchObject({ text: '\uFEFFhola', encoding: 'utf-8', bom: true });
  });

  it('decodes UTF-16 LE with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x44, 0xcc, 0x34, 0xbb]); // 채무 (U+CC44 U+BB34)
    expect(decode('a.txt', bytes)).toMatchObject({ text: '\uFEFF채무', encoding: 'utf-16le' });
  });

  it.each([
    ['gbk', '催收员应当依法催收 催收员应当依法催收 催收员应当依法催收', 'gb18030'],
    ['euc-kr', '채무자에게 채무자에게 채무자에게 채무자에게', 'euc-kr'],
    ['big5', '債務人 債務人 債務人 債務人 債務人 債務人', 'big5'],
  ])('detects and decodes %s', (encoding, text, expected) => {
    const r = decode('legacy.txt', enc(text, encoding));
    expect(r.encoding).toBe(expected);
    expect(r.text).toBe(text);
    expect(r.warnings.join()).toContain(`decoded as ${expected}`);
  });

  it('decodes Windows-1252 Spanish', () => {
    const bytes = new Uint8Array([...'La gesti'].map((c) => c.charCodeAt(0)).concat([0xf3], [...'n de cobranza, se'].map((c) => c.charCodeAt(0)), [0xf1], [...'or, d'].map((c) => c.charCodeAt(0)), [0xed], [...'as'].map((c) => c.charCodeAt(0))));
    const r = decode('es.txt', bytes);
    expect(r.text).toBe('La gestión de cobranza, señor, días');
  });

  it('reports invalid UTF-8 bytes with their offset and keeps the rest', () => {
    const head = new TextEncoder().encode('채무자에게 연락하세요. ');
    const tail = new TextEncoder().encode('분할 상환이 가능합니다. '.repeat(20));
    const bytes = new Uint8Array([...head, 0xff, ...tail]);
    const r = decode('broken.txt', bytes);
    expect(r.warnings.join()).toContain(`broken.txt: 1 invalid UTF-8 byte(s), first at byte ${head.length} (0xff)`);
    expect(r.text).toContain('\uFFFD');
  });

  it.each([
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['random binary', Array.from({ length: 400 }, (_, i) => (i * 7919) % 32)],
  ])('refuses %s with a one-line error naming the file', (_what, bytes) => {
    expect(() => decode('data.bin', new Uint8Array(bytes))).toThrow(ReadError);
    try {
      decode('data.bin', new Uint8Array(bytes));
    } catch (e) {
      expect((e as Error).message).toMatch(/^data\.bin: refused: /);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('reads an empty file as an empty text with a warning', () => {
    const dir = tempDir();
    const r = readSource(writeBytes(dir, 'empty.txt', ''));
    expect(r.doc.text).toBe('');
    expect(r.warnings[0]).toMatch(/^empty\.txt: empty file/);
  });

  it('keeps CRLF line ends in the text', () => {
    const dir = tempDir();
    const r = readSource(writeBytes(dir, 'crlf.txt', '첫째, 전화하세요.\r\n둘째, 기다리세요.\r\n'));
    expect(r.doc.text).toBe('첫째, 전화하세요.\r\n둘째, 기다리세요.\r\n');
  });

  it('names a missing file in its error', () => {
    expect(() => readSource('/nonexistent/nothing.txt')).toThrow(/^nothing\.txt: cannot be read/);
  });
});

describe('read: a title for a source the manifest does not describe', () => {
  it.each([
    ['HTML <title>', '<!DOCTYPE html><html><head><title>催收技巧 &amp; 话术</title></head><body><p>正文</p></body></html>', '催收技巧 话术'],
    ['HTML <h1> without <title>', '<div><h1 class="t">Cobranza <b>abusiva</b></h1><p>texto</p></div>', 'Cobranza abusiva'],
    ['Markdown front matter', '---\nlayout: default\ntitle: "Cobranza abusiva"\n---\n\n# Otra cosa\n', 'Cobranza abusiva'],
    ['Markdown heading after front matter without a title', '---\nlayout: default\n---\n\n## 채권 추심 안내\n본문', '채권 추심 안내'],
    ['first line with words, past separators', '\n=====\n\n  2015年信贷行业如何有效控制逾期?\n正文', '2015年信贷行业如何有效控制逾期?'],
    ['nothing but blanks', '\n   \n', ''],
  ])('%s', (_name, text, title) => {
    expect(titleOf(text)).toBe(title);
  });
});
