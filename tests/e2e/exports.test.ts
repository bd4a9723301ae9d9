/** The exports parse and match the data: /data/passages.jsonl, /data/passages.csv, /data/sources.json. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/site/export';
import { parseCsv, passages, site, sources } from './helpers';

const get = async (path: string) => {
  const res = await fetch(site().url + path);
  expect(res.status, path).toBe(200);
  return res;
};

describe('exports', () => {
  it('passages.jsonl holds every passage record unchanged', async () => {
    const lines = (await (await get('data/passages.jsonl')).text()).split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l))).toEqual(passages().map((p) => JSON.parse(JSON.stringify(p))));
  });

  it('passages.csv is UTF-8 with a BOM, one row per passage, formula cells neutralised', async () => {
    const res = await get('data/passages.csv');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const data = passages();
    expect(rows.length - 1).toBe(data.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    data.forEach((p, i) => {
      const row = rows[i + 1];
      expect(row[col('id')]).toBe(p.id);
      expect(row[col('label')]).toBe(p.label);
      expect(row[col('lang')]).toBe(p.lang);
      expect(Number(row[col('start')])).toBe(p.start);
      expect(row[col('tactics')]).toBe(p.tactics.join(';'));
      expect(row[col('text')]).toBe(/^[=+\-@\t\r]/.test(p.text) ? `'${p.text}` : p.text);
    });
    // No cell at all may start like a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(data.some((p) => /^[=+\-@]/.test(p.text)), 'the data has a formula-like passage to neutralise').toBe(true);
  });

  it('sources.json holds every source manifest unchanged', async () => {
    expect(await (await get('data/sources.json')).json()).toEqual(JSON.parse(JSON.stringify(sources())));
  });
});
