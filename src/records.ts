/**
 * Every record that crosses a stage boundary, as a zod schema plus its inferred type.
 *
 *   read ──SourceDoc──▶ normalise ──NormalisedDoc──▶ segment ──Passage[]/DroppedSpan[]──▶
 *   langid ──▶ dedupe ──▶ tag ──TaggedPassage[]──▶ write (passages.jsonl, sources.json)
 *
 * Offsets (`start`, `end`) are always JavaScript string offsets (UTF-16 code units) into the
 * source text as decoded by `read`, end exclusive, so `text === source.text.slice(start, end)`.
 * Evidence offsets are relative to the passage text.
 */
import { z } from 'zod';

/** Language codes used everywhere: folder names, the `lang` field, test names. */
export const LANGS = ['ko', 'es', 'zh-Hans', 'zh-Hant', 'en', 'und'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** The three labels of LABELS.md. */
export const LABELS = ['lawful', 'prohibited', 'noise'] as const;
export const Label = z.enum(LABELS);
export type Label = z.infer<typeof Label>;

/** The twelve tactic codes of LABELS.md, never renamed. */
export const TACTICS = [
  'threat-violence',
  'insult-abuse',
  'third-party-pressure',
  'public-shaming',
  'harassment-contact',
  'false-legal-threat',
  'false-identity',
  'deception',
  'coercion-confinement',
  'bribery-collusion',
  'exploit-vulnerability',
  'unfair-charges',
] as const;
export const TacticCode = z.enum(TACTICS);
export type TacticCode = z.infer<typeof TacticCode>;

/** Optional per-source manifest entry (content/sources/manifest.yml). */
export const SourceManifestEntry = z.object({
  /** File name in content/sources/. */
  file: z.string(),
  title: z.string().default(''),
  /** Language as declared by whoever collected the text (may be wrong; langid decides per passage). */
  lang: z.string().default('und'),
  origin: z.string().default(''),
  notes: z.string().default(''),
  /** Reference texts (statutes, guides) from outside the seed corpus. */
  reference: z.boolean().default(false),
});
export type SourceManifestEntry = z.infer<typeof SourceManifestEntry>;

/** `read`: one decoded source file. */
export const SourceDoc = z.object({
  /** File name in content/sources/ (the `source` field of every passage). */
  source: z.string(),
  path: z.string(),
  /** Decoded text; offsets point into this string. */
  text: z.string(),
  /** Encoding the bytes were decoded from (e.g. `utf-8`, `gb18030`, `euc-kr`). */
  encoding: z.string(),
  bom: z.boolean(),
  bytes: z.number().int().nonnegative(),
  /** sha256 of the raw bytes. */
  sha256: z.string(),
  manifest: SourceManifestEntry,
});
export type SourceDoc = z.infer<typeof SourceDoc>;

/** A span of the source that is in no passage, and why. Passages + dropped spans tile the text. */
export const DroppedSpan = z.object({
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  reason: z.enum(['whitespace', 'bom', 'control', 'markup', 'separator']),
});
export type DroppedSpan = z.infer<typeof DroppedSpan>;

/** Artefact spans found by `normalise` (pinyin/zhuyin glosses such as `(zé)`), in source offsets. */
export const ArtefactSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['pinyin', 'zhuyin', 'control', 'markup']),
});
export type ArtefactSpan = z.infer<typeof ArtefactSpan>;

/** `normalise`: the source plus a length-preserving folded text for matching. */
export const NormalisedDoc = SourceDoc.extend({
  /**
   * Same length as `text`, position for position: artefacts blanked to spaces, full-width
   * forms narrowed, Traditional folded to Simplified, lower-cased. Never displayed.
   */
  folded: z.string(),
  artefacts: z.array(ArtefactSpan),
});
export type NormalisedDoc = z.infer<typeof NormalisedDoc>;

export const PassageKind = z.enum(['text', 'heading', 'boilerplate']);
export type PassageKind = z.infer<typeof PassageKind>;

/** `segment` (+ `langid`, `dedupe`): a unit of advice with exact provenance. */
export const Passage = z.object({
  /** Stable id: hash of source name, passage text and its occurrence number in the source. */
  id: z.string(),
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  lang: Lang,
  /** Order of the passage within its source, from 0. */
  seq: z.number().int().nonnegative(),
  kind: PassageKind,
  /** Why segment called it boilerplate (`page-counter`, `copyright`, `repeated-title`, `teaser` …). */
  boilerplate: z.string().optional(),
  /** Text of the nearest heading above (section context for the tagger), if any. */
  heading: z.string().optional(),
  /** Id of the first copy when this passage repeats another (exactly or nearly). */
  duplicateOf: z.string().optional(),
  /** Length-preserving folded text (see NormalisedDoc.folded) for this passage. */
  folded: z.string(),
});
export type Passage = z.infer<typeof Passage>;

/** One piece of evidence behind a label; offsets relative to the passage text. */
export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The matched text as it appears in the passage. */
  cue: z.string(),
  /** A tactic code, or `topic` / `noise` / `stance-warn` / `stance-advise` / `context`. */
  code: z.string(),
  /** Lexicon entry id that fired (e.g. `third-party-pressure/zh/contact-family`). */
  rule: z.string(),
  /** What the evidence did: supported a tactic, flipped it to a mention, marked topic or noise. */
  role: z.enum(['tactic', 'mention', 'stance', 'topic', 'noise', 'context']),
});
export type Evidence = z.infer<typeof Evidence>;

export const Citation = z.object({
  code: TacticCode,
  jurisdiction: z.enum(['US', 'KR', 'CN', 'ES-EU']),
  provision: z.string(),
  summary: z.string(),
});
export type Citation = z.infer<typeof Citation>;

/** `tag`: the published record (the contract of dist-data/passages.jsonl). */
export const TaggedPassage = Passage.omit({ folded: true }).extend({
  label: Label,
  tactics: z.array(TacticCode),
  mentions: z.array(TacticCode),
  evidence: z.array(Evidence),
  citations: z.array(Citation),
  confidence: z.number().min(0).max(1),
});
export type TaggedPassage = z.infer<typeof TaggedPassage>;

/** Per-source summary in dist-data/sources.json. */
export const SourceSummary = z.object({
  source: z.string(),
  title: z.string(),
  lang: z.string(),
  origin: z.string(),
  notes: z.string(),
  reference: z.boolean(),
  encoding: z.string(),
  bom: z.boolean(),
  bytes: z.number(),
  chars: z.number(),
  sha256: z.string(),
  passages: z.array(z.string()),
  dropped: z.array(DroppedSpan.omit({ source: true })),
  counts: z.object({
    passages: z.number(),
    byLabel: z.record(z.number()),
    byLang: z.record(z.number()),
    duplicates: z.number(),
    droppedChars: z.number(),
  }),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

/** A source the pipeline refused, with the one-line reason. */
export const SourceError = z.object({ source: z.string(), message: z.string() });
export type SourceError = z.infer<typeof SourceError>;
