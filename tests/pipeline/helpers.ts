import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Passage, SourceSummary, TaggedPassage } from '../../src/records';
import { normalise } from '../../src/pipeline/normalise';
import { decode } from '../../src/pipeline/read';
import { loadBoilerplate } from '../../src/pipeline/run';
import { defaultSegmentOptions, segment, type Segmentation, type SegmentOptions } from '../../src/pipeline/segment';

export const boilerplate = loadBoilerplate('content/segment/boilerplate.yml');
export const segOpts: SegmentOptions = { ...defaultSegmentOptions, boilerplate };

/** Segment a text held in memory, as the pipeline would. */
export function segmentText(text: string, source = 'test.txt'): Segmentation & { text: string } {
  const doc = normalise({
    source,
    path: source,
    text,
    encoding: 'utf-8',
    bom: false,
    bytes: text.length,
    sha256: '',
    manifest: { file: source, title: '', lang: 'und', origin: '', notes: '', reference: false },
  });
  return { ...segment(doc, segOpts), text };
}

/** The passage texts of a segmentation. */
export function pieces(text: string): string[] {
  return segmentText(text).segments.map((s) => text.slice(s.start, s.end));
}

/**
 * Passages and dropped spans must tile [0, text.length) exactly: sorted, no gap, no overlap.
 * Returns a description of the first problem, or null.
 */
export function tilingProblem(length: number, spans: Array<{ start: number; end: number }>): string | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let pos = 0;
  for (const s of sorted) {
    if (s.end <= s.start) return `empty span at ${s.start}`;
    if (s.start > pos) return `gap [${pos}, ${s.start})`;
    if (s.start < pos) return `overlap at ${s.start}`;
    pos = s.end;
  }
  return pos === length ? null : `gap at end [${pos}, ${length})`;
}

export function summaryTiling(text: string, summary: SourceSummary, passages: TaggedPassage[]): string | null {
  for (const p of passages) if (text.slice(p.start, p.end) !== p.text) return `passage ${p.id} text differs from source slice`;
  return tilingProblem(text.length, [...passages, ...summary.dropped]);
}

/** A tagger that labels nothing, for testing the pipeline's structure apart from the tagger. */
export const nullTagger = (ps: Passage[]): TaggedPassage[] =>
  ps.map(({ folded: _f, ...p }) => ({ ...p, label: 'noise', tactics: [], mentions: [], evidence: [], citations: [], confidence: 0 }));

export function tempDir(prefix = 'kb-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeBytes(dir: string, name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export { decode };
