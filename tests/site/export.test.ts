import { describe, expect, it } from 'vitest';
import type { TaggedPassage } from '../../src/records';
import { CSV_COLUMNS, safeCell, toCsv, toJsonl } from '../../src/site/export';
import { parseCsv } from '../e2e/csv';

const passage = (id: string, text: string): TaggedPassage => ({
  id, source: 'fx.txt', start: 0, end: text.length, text, lang: 'es', seq: 0, kind: 'text', label: 'lawful',
  tactics: [], mentions: [], evidence: [{ start: 0, end: 1, cue: text.slice(0, 1), code: 'topic', rule: 'topic/es/x', role: 'topic' }],
  citations: [], confidence: 0.5,
});

describe('safeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+34 600', "'+34 600"],
    ['-rebaja', "'-rebaja"],
    ['@usuario', "'@usuario"],
    ['\tx', "'\tx"],
    ['a=1', 'a=1'],
    ['채무자', '채무자'],
  ])('turns %j into %j', (input, out) => {
    expect(safeCell(input)).toBe(out);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and reads back cell for cell, line feeds and quotes included', () => {
    const texts = ['línea uno\nlínea dos', 'dijo "paga ya", luego colgó', '第一行\r\n第二行', '=HYPERLINK("x")'];
    const csv = toCsv(texts.map((t, i) => passage(`p${i}`, t)));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(texts.length + 1);
    rows.slice(1).forEach((row, i) => expect(row[CSV_COLUMNS.indexOf('text')]).toBe(safeCell(texts[i])));
  });
});

describe('toJsonl', () => {
  it('writes one parseable record per line', () => {
    const ps = [passage('a', 'uno\ndos'), passage('b', '<script>x</script>')];
    expect(toJsonl(ps).trim().split('\n').map((l) => JSON.parse(l))).toEqual(ps);
  });
});
