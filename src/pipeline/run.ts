/**
 * The ingest pipeline, stage by stage:
 *
 *   read → normalise → segment → langid → ids → dedupe (corpus-wide) → tag → write
 *
 * A source that cannot be read is reported (one line naming the file) and skipped; the other
 * sources still ingest. Output is deterministic: the same inputs give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  type DroppedSpan,
  type Passage,
  SourceManifestEntry,
  type SourceDoc,
  type SourceError,
  type SourceSummary,
  type TaggedPassage,
} from '../records';
import { dedupe, defaultDedupeOptions, type DedupeItem, type DedupeStats } from './dedupe';
import { assignLangs } from './langid';
import { normalise } from './normalise';
import { ReadError, readSource } from './read';
import { type BoilerplateRule, defaultSegmentOptions, segment, type SegmentOptions } from './segment';

export type Tagger = (passages: Passage[]) => TaggedPassage[];

export interface IngestOptions {
  /** Folder of source files (and optional manifest.yml). */
  sourcesDir: string;
  /** Extra individual files to ingest (tests, reference texts). */
  files: string[];
  boilerplatePath: string;
  segment: Partial<SegmentOptions>;
  tagger: Tagger;
  /** Progress callback: source, stage. */
  progress: (source: string, stage: string, index: number, total: number) => void;
}

export interface IngestResult {
  passages: TaggedPassage[];
  sources: SourceSummary[];
  errors: SourceError[];
  warnings: string[];
  dedupe: DedupeStats;
  timings: Record<string, number>;
}

const SOURCE_EXT = /\.(txt|md|text|markdown|html?)$/i;

const BoilerplateFile = z.array(
  z.object({ id: z.string().min(1), pattern: z.string().min(1), note: z.string().optional(), example: z.string().optional() }),
);

/** Load boilerplate line rules; a malformed file is an error naming it. */
export function loadBoilerplate(path: string): BoilerplateRule[] {
  const data = BoilerplateFile.parse(parseYaml(readFileSync(path, 'utf8')));
  return data.map((r) => {
    try {
      return { id: r.id, pattern: new RegExp(r.pattern, 'iu') };
    } catch (e) {
      throw new Error(`${path}: rule ${r.id}: bad pattern (${(e as Error).message})`);
    }
  });
}

export function loadManifest(dir: string): Map<string, SourceManifestEntry> {
  const path = join(dir, 'manifest.yml');
  const out = new Map<string, SourceManifestEntry>();
  if (!existsSync(path)) return out;
  const parsed = z.array(SourceManifestEntry).safeParse(parseYaml(readFileSync(path, 'utf8')) ?? []);
  if (!parsed.success) throw new Error(`${path}: invalid manifest: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  for (const e of parsed.data) out.set(e.file, e);
  return out;
}

/** Stable passage id: the source name, the passage text and which occurrence of that text it is. */
export function passageId(source: string, text: string, occurrence: number): string {
  return createHash('sha256').update(`${source}\u0000${text}\u0000${occurrence}`).digest('hex').slice(0, 12);
}

/**
 * The sources of a folder: text files by extension (.txt .md .html …) or without one. Anything else
 * (a .docx, a sub-folder) is not read, and says so in `skipped`, so no text is left out silently.
 */
export function listSources(dir: string, skipped: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'manifest.yml') continue;
    if (e.isDirectory()) skipped.push(`${e.name}/: sub-folder not read; put its files in ${dir} itself`);
    else if (SOURCE_EXT.test(e.name) || !e.name.includes('.')) out.push(join(dir, e.name));
    else skipped.push(`${e.name}: not read (sources are text files: .txt, .md, .html or no extension); convert it to text`);
  }
  return out.sort();
}

export function runIngest(options: Partial<IngestOptions> & Pick<IngestOptions, 'tagger'>): IngestResult {
  const opts: IngestOptions = {
    sourcesDir: 'content/sources',
    files: [],
    boilerplatePath: 'content/segment/boilerplate.yml',
    segment: {},
    progress: () => {},
    ...options,
  };
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, f: () => T): T => {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    }
  };
  const segOpts: SegmentOptions = {
    ...defaultSegmentOptions,
    boilerplate: loadBoilerplate(opts.boilerplatePath),
    ...opts.segment,
  };
  const manifest = loadManifest(opts.sourcesDir);
  const warnings: string[] = [];
  const paths = [...listSources(opts.sourcesDir, warnings), ...opts.files];
  const errors: SourceError[] = [];

  interface Work { doc: SourceDoc; passages: Passage[]; dropped: Omit<DroppedSpan, 'source'>[] }
  const work: Work[] = [];
  paths.forEach((path, index) => {
    const name = path.split('/').pop()!;
    try {
      opts.progress(name, 'read', index, paths.length);
      const read = time('read', () => readSource(path, manifest.get(name)));
      warnings.push(...read.warnings);
      opts.progress(name, 'normalise', index, paths.length);
      const norm = time('normalise', () => normalise(read.doc));
      opts.progress(name, 'segment', index, paths.length);
      const seg = time('segment', () => segment(norm, segOpts));
      opts.progress(name, 'langid', index, paths.length);
      const texts = seg.segments.map((s) => ({ text: norm.text.slice(s.start, s.end), folded: norm.folded.slice(s.start, s.end) }));
      const langs = time('langid', () => assignLangs(texts, read.doc.manifest.lang));
      const seen = new Map<string, number>();
      const passages: Passage[] = seg.segments.map((s, seq) => {
        const text = texts[seq].text;
        const occurrence = seen.get(text) ?? 0;
        seen.set(text, occurrence + 1);
        return {
          id: passageId(name, text, occurrence),
          source: name,
          start: s.start,
          end: s.end,
          text,
          lang: langs[seq],
          seq,
          kind: s.kind,
          ...(s.boilerplate ? { boilerplate: s.boilerplate } : {}),
          ...(s.heading ? { heading: s.heading } : {}),
          folded: texts[seq].folded,
        };
      });
      work.push({ doc: read.doc, passages, dropped: seg.dropped });
    } catch (e) {
      if (e instanceof ReadError) errors.push({ source: name, message: e.message });
      else if (e instanceof Error) errors.push({ source: name, message: `${name}: ${e.message.split('\n')[0]}` });
      else throw e;
    }
  });

  // Duplicates are linked across the whole corpus, in source order.
  const items: DedupeItem[] = work.flatMap((w) => w.passages.map((p) => ({ ...p, doc: p.source })));
  const stats = time('dedupe', () => dedupe(items, defaultDedupeOptions));
  let k = 0;
  for (const w of work) {
    w.passages = w.passages.map((p) => {
      const it = items[k++];
      const out: Passage = { ...p, kind: it.kind };
      if (it.boilerplate) out.boilerplate = it.boilerplate;
      if (it.duplicateOf) out.duplicateOf = it.duplicateOf;
      return out;
    });
  }

  const passages: TaggedPassage[] = [];
  const sources: SourceSummary[] = [];
  work.forEach((w, index) => {
    opts.progress(w.doc.source, 'tag', index, work.length);
    const tagged = time('tag', () => opts.tagger(w.passages));
    passages.push(...tagged);
    const byLabel: Record<string, number> = {};
    const byLang: Record<string, number> = {};
    for (const p of tagged) {
      byLabel[p.label] = (byLabel[p.label] ?? 0) + 1;
      byLang[p.lang] = (byLang[p.lang] ?? 0) + 1;
    }
    const m = w.doc.manifest;
    sources.push({
      source: w.doc.source,
      title: m.title,
      lang: m.lang,
      origin: m.origin,
      notes: m.notes,
      reference: m.reference,
      encoding: w.doc.encoding,
      bom: w.doc.bom,
      bytes: w.doc.bytes,
      chars: w.doc.text.length,
      sha256: w.doc.sha256,
      passages: tagged.map((p) => p.id),
      dropped: w.dropped,
      counts: {
        passages: tagged.length,
        byLabel,
        byLang,
        duplicates: tagged.filter((p) => p.duplicateOf).length,
        droppedChars: w.dropped.reduce((n, d) => n + d.end - d.start, 0),
      },
    });
  });
  return { passages, sources, errors, warnings, dedupe: stats, timings };
}
