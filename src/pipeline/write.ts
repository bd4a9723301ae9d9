/**
 * Stage 7, `write`: the published files, written atomically.
 *
 * Everything goes to `<out>.next/` first; then the old directory is moved aside, the new one moved in
 * and the old one removed. An ingest killed at any point leaves either the previous output or the
 * new one in place; `recover()` (run at the start of every ingest) finishes or undoes a half swap.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { SourceError, SourceSummary, TaggedPassage } from '../records';

/** Key order of a published passage (stable, contract fields first). */
export function serialisePassage(p: TaggedPassage): string {
  const ordered = {
    id: p.id,
    source: p.source,
    start: p.start,
    end: p.end,
    text: p.text,
    lang: p.lang,
    label: p.label,
    tactics: p.tactics,
    mentions: p.mentions,
    evidence: p.evidence.map((e) => ({ cue: e.cue, code: e.code, start: e.start, end: e.end, rule: e.rule, role: e.role })),
    citations: p.citations,
    confidence: p.confidence,
    seq: p.seq,
    kind: p.kind,
    ...(p.boilerplate ? { boilerplate: p.boilerplate } : {}),
    ...(p.heading ? { heading: p.heading } : {}),
    ...(p.duplicateOf ? { duplicateOf: p.duplicateOf } : {}),
  };
  return JSON.stringify(ordered);
}

/** Undo or complete a swap that an earlier, interrupted run left half done. */
export function recover(out: string): void {
  const old = `${out}.old`;
  if (!existsSync(out) && existsSync(old)) renameSync(old, out);
  rmSync(old, { recursive: true, force: true });
  rmSync(`${out}.next`, { recursive: true, force: true });
}

export interface Outputs {
  passages: TaggedPassage[];
  sources: SourceSummary[];
  errors: SourceError[];
  warnings: string[];
}

export function writeOutputs(out: string, o: Outputs): void {
  recover(out);
  const next = `${out}.next`;
  mkdirSync(next, { recursive: true });
  writeFileSync(`${next}/passages.jsonl`, o.passages.map(serialisePassage).join('\n') + (o.passages.length ? '\n' : ''));
  writeFileSync(`${next}/sources.json`, JSON.stringify(o.sources, null, 1) + '\n');
  writeFileSync(`${next}/ingest-report.json`, JSON.stringify({ errors: o.errors, warnings: o.warnings }, null, 1) + '\n');
  const old = `${out}.old`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  rmSync(old, { recursive: true, force: true });
}
