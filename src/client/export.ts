/** "Export these results" in the browser: CSV (BOM, formula-safe) or JSONL, saved through a Blob. */
import { stringify } from 'csv-stringify/sync';
import type { StoredDoc } from '../search/engine';
import { CSV_OPTIONS, safeCell } from '../site/export';

const COLUMNS = ['id', 'source', 'seq', 'start', 'end', 'lang', 'label', 'tactics', 'mentions', 'kind', 'copies', 'text'] as const;

export function resultsCsv(docs: StoredDoc[]): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const d of docs) {
    rows.push([
      d.id, d.source, String(d.seq), String(d.start), String(d.end), d.lang, d.label, d.tactics.join(';'),
      d.mentions.join(';'), d.kind, d.copies.join(';'), d.text,
    ].map(safeCell));
  }
  return '\uFEFF' + stringify(rows, CSV_OPTIONS);
}

export function resultsJsonl(docs: StoredDoc[]): string {
  return docs.map((d) => JSON.stringify(d)).join('\n') + (docs.length ? '\n' : '');
}

function save(content: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const exportCsv = (docs: StoredDoc[], name: string) => save(resultsCsv(docs), 'text/csv;charset=utf-8', name);
export const exportJsonl = (docs: StoredDoc[], name: string) => save(resultsJsonl(docs), 'application/x-ndjson;charset=utf-8', name);

// Loaded as a classic script of its own (assets/export.<hash>.js) on the first export: the CSV
// writer is not part of search.js.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  (window as unknown as { __kbExport?: unknown }).__kbExport = { exportCsv, exportJsonl, resultsCsv, resultsJsonl };
}
