/**
 * Serialisers for the exports (/data/passages.jsonl, /data/passages.csv) and for "export these
 * results" in the browser (no node: imports). The CSV is UTF-8 with a BOM, so spreadsheet software
 * opens Korean and Chinese correctly, and a text cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import type { TaggedPassage } from '../records';

export const CSV_COLUMNS = [
  'id', 'source', 'seq', 'start', 'end', 'lang', 'label', 'tactics', 'mentions', 'confidence', 'kind',
  'duplicateOf', 'text', 'evidence', 'citations',
] as const;

const FORMULA = /^[=+\-@\t\r]/;

/**
 * CRLF between records (RFC 4180). csv-stringify then quotes only cells holding a CRLF, so a
 * cell with a lone line feed (most multi-line passages) must be quoted explicitly.
 */
export const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ };

/** Neutralise a cell a spreadsheet would evaluate as a formula. */
export function safeCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** One CSV row per passage; lists joined by `;`, evidence as `code:start-end:cue`. */
export function csvRow(p: TaggedPassage): string[] {
  const row: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: p.id,
    source: p.source,
    seq: String(p.seq),
    start: String(p.start),
    end: String(p.end),
    lang: p.lang,
    label: p.label,
    tactics: p.tactics.join(';'),
    mentions: p.mentions.join(';'),
    confidence: String(p.confidence),
    kind: p.kind,
    duplicateOf: p.duplicateOf ?? '',
    text: p.text,
    evidence: p.evidence.map((e) => `${e.code}:${e.start}-${e.end}:${e.cue}`).join('; '),
    citations: p.citations.map((c) => `${c.code} ${c.jurisdiction} ${c.provision}`).join('; '),
  };
  return CSV_COLUMNS.map((c) => safeCell(row[c]));
}

export function toCsv(passages: Iterable<TaggedPassage>): string {
  const rows = [[...CSV_COLUMNS] as string[]];
  for (const p of passages) rows.push(csvRow(p));
  return '\uFEFF' + stringify(rows, CSV_OPTIONS);
}

export function toJsonl(passages: Iterable<TaggedPassage>): string {
  let out = '';
  for (const p of passages) out += JSON.stringify(p) + '\n';
  return out;
}
