/**
 * The site's view of the ingest output: loads passages.jsonl + sources.json once per build
 * (memoised: Astro calls getStaticPaths for every route), validates them against src/records.ts
 * and derives the lookups every page needs (by id, by source in reading order, copies of a
 * passage, slugs, counts). Node-only (reads files); pages and endpoints import it at build time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { LABELS, SourceSummary, TACTICS, TaggedPassage } from '../records';
import type { Label, TacticCode } from '../records';
import { readSource } from '../pipeline/read';
import { siteConfig, type PassagePagePolicy, type SiteConfig } from './config';
import { hasOwnPage } from './paths';

export interface SiteData {
  config: SiteConfig;
  /** In file order (sources in ingest order, passages in reading order). */
  passages: TaggedPassage[];
  byId: Map<string, TaggedPassage>;
  sources: SourceSummary[];
  /** Passages of each source, sorted by `seq`. */
  bySource: Map<string, TaggedPassage[]>;
  /** First copy id → the passages whose `duplicateOf` names it. */
  copies: Map<string, TaggedPassage[]>;
  /** Source file name → URL slug (unique). */
  slugs: Map<string, string>;
  /** Which passages get a page of their own (see `hasPage`). */
  policy: PassagePagePolicy;
  counts: Counts;
}

export interface Counts {
  total: number;
  byLabel: Record<Label, number>;
  byLang: Record<string, number>;
  /** Passages using each tactic (the `tactics` field). */
  byTactic: Record<TacticCode, number>;
  /** Passages naming each tactic without endorsing it (`mentions`). */
  byMention: Record<TacticCode, number>;
  /** source → label → count, and source → tactic → count. */
  sourceLabel: Map<string, Record<Label, number>>;
  sourceTactic: Map<string, Record<TacticCode, number>>;
  /** label → lang → count. */
  labelLang: Record<Label, Record<string, number>>;
  duplicates: number;
}

let cached: SiteData | undefined;

/** Load (once) and index the data named by the site config (KB_DATA_DIR). */
export function loadSiteData(config: SiteConfig = siteConfig()): SiteData {
  if (cached && cached.config.dataDir === config.dataDir) return cached;
  cached = indexData(readPassages(config.dataDir), readSources(config.dataDir), config);
  return cached;
}

export function readPassages(dir: string): TaggedPassage[] {
  const file = join(dir, 'passages.jsonl');
  if (!existsSync(file)) throw new Error(`${file} not found: run \`npm run ingest\` first (or set KB_DATA_DIR)`);
  const out: TaggedPassage[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = TaggedPassage.safeParse(JSON.parse(line));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}:${i + 1}: ${issue.path.join('.')}: ${issue.message}`);
    }
    out.push(parsed.data);
  });
  return out;
}

export function readSources(dir: string): SourceSummary[] {
  const file = join(dir, 'sources.json');
  if (!existsSync(file)) throw new Error(`${file} not found: run \`npm run ingest\` first (or set KB_DATA_DIR)`);
  return SourceSummary.array().parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** URL-safe slug of a source file name: `003_dc84.txt` → `003-dc84`. */
export function slugify(source: string): string {
  const base = source.replace(/\.[a-z0-9]+$/i, '').normalize('NFKD').toLowerCase();
  return base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'source';
}

const zero = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function indexData(passages: TaggedPassage[], sources: SourceSummary[], config: SiteConfig): SiteData {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const bySource = new Map<string, TaggedPassage[]>();
  const copies = new Map<string, TaggedPassage[]>();
  for (const p of passages) {
    if (!bySource.has(p.source)) bySource.set(p.source, []);
    bySource.get(p.source)!.push(p);
    if (p.duplicateOf) {
      if (!copies.has(p.duplicateOf)) copies.set(p.duplicateOf, []);
      copies.get(p.duplicateOf)!.push(p);
    }
  }
  for (const list of bySource.values()) list.sort((a, b) => a.seq - b.seq);
  // Sources that have passages but no summary still get a reader.
  const known = new Set(sources.map((s) => s.source));
  const allSources = [...sources];
  for (const source of bySource.keys()) if (!known.has(source)) allSources.push(stubSummary(source, bySource.get(source)!));

  const slugs = new Map<string, string>();
  const used = new Set<string>();
  for (const s of allSources) {
    let slug = slugify(s.source);
    for (let n = 2; used.has(slug); n++) slug = `${slugify(s.source)}-${n}`;
    used.add(slug);
    slugs.set(s.source, slug);
  }

  const policy: PassagePagePolicy =
    config.passagePages === 'auto' ? (passages.length > config.autoLimit ? 'signal' : 'all') : config.passagePages;
  return { config, passages, byId, sources: allSources, bySource, copies, slugs, policy, counts: count(passages) };
}

function stubSummary(source: string, ps: TaggedPassage[]): SourceSummary {
  return {
    source, title: source, lang: ps[0]?.lang ?? 'und', origin: '', notes: '', reference: false, encoding: '',
    bom: false, bytes: 0, chars: ps.length ? ps[ps.length - 1].end : 0, sha256: '', passages: ps.map((p) => p.id),
    dropped: [], counts: { passages: ps.length, byLabel: {}, byLang: {}, duplicates: 0, droppedChars: 0 },
  };
}

function count(passages: TaggedPassage[]): Counts {
  const c: Counts = {
    total: passages.length, byLabel: zero(LABELS), byLang: {}, byTactic: zero(TACTICS), byMention: zero(TACTICS),
    sourceLabel: new Map(), sourceTactic: new Map(),
    labelLang: { lawful: {}, prohibited: {}, noise: {} }, duplicates: 0,
  };
  for (const p of passages) {
    c.byLabel[p.label]++;
    c.byLang[p.lang] = (c.byLang[p.lang] ?? 0) + 1;
    c.labelLang[p.label][p.lang] = (c.labelLang[p.label][p.lang] ?? 0) + 1;
    if (p.duplicateOf) c.duplicates++;
    if (!c.sourceLabel.has(p.source)) c.sourceLabel.set(p.source, zero(LABELS));
    if (!c.sourceTactic.has(p.source)) c.sourceTactic.set(p.source, zero(TACTICS));
    c.sourceLabel.get(p.source)![p.label]++;
    for (const t of new Set(p.tactics)) {
      c.byTactic[t]++;
      c.sourceTactic.get(p.source)![t]++;
    }
    for (const t of new Set(p.mentions)) c.byMention[t]++;
  }
  return c;
}

/** Whether a passage has a page of its own (otherwise links go to its place in the source reader). */
export function hasPage(data: SiteData, p: TaggedPassage): boolean {
  return hasOwnPage(data.policy, p);
}

/** Passages that get a page of their own. */
export function pagedPassages(data: SiteData): TaggedPassage[] {
  return data.passages.filter((p) => hasPage(data, p));
}

/**
 * The decoded text of a source, exactly as ingest saw it (same decoder, same sha256), or null when
 * the raw file is not available or has changed since ingest (the reader then marks dropped spans
 * by length and reason only).
 */
export function sourceText(data: SiteData, s: SourceSummary): string | null {
  for (const dir of data.config.sourcesDir.split(delimiter)) {
    const path = join(dir, s.source);
    if (!existsSync(path)) continue;
    try {
      const { doc } = readSource(path);
      if (!s.sha256 || doc.sha256 === s.sha256) return doc.text;
    } catch {
      /* unreadable now: fall through */
    }
  }
  return null;
}
