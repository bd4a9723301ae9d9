/**
 * The lexicon files under content/lexicon/<lang>/ as zod schemas: the schema is the documentation.
 *
 *   tactics.yml  cues per tactic code (LABELS.md), with strength, co-occurrence groups and suppressors
 *   stance.yml   markers that decide whether a cue is advised, forbidden, reported or the debtor's act
 *   topic.yml    "about debt collection" cues
 *   noise.yml    other topics, advertisements, boilerplate
 *   ../citations.yml  legal provisions per tactic code and jurisdiction (TAXONOMY.md §2)
 *
 * Cue syntax, every kind of file: a cue is a word or phrase; "A…B" means A then B with a short gap
 * (up to 12 characters in Chinese, 3 words elsewhere) inside one sentence; a leading "=" asks for the
 * surface form instead of the stem (Korean, Spanish, English). How a cue is matched depends
 * on the language (src/lexicon/compile.ts): Chinese cues as substrings of the folded text; Korean,
 * Spanish and English `cues` on the search analyzer's stems, their `surface` lists as substrings.
 */
import { z } from 'zod';
import { TacticCode } from '../records';

/** Languages that have a lexicon folder. zh-Hans and zh-Hant lists both apply to any Chinese passage. */
export const LEXICON_LANGS = ['zh-Hans', 'zh-Hant', 'ko', 'es', 'en'] as const;
export const LexiconLang = z.enum(LEXICON_LANGS);
export type LexiconLang = z.infer<typeof LexiconLang>;

/** The gap marker inside a cue. */
export const GAP = '…';

const Cue = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s && !s.startsWith(GAP) && !s.endsWith(GAP), { message: 'cue must be trimmed and not start or end with …' });

/** Entry ids: `<code or kind>/<lang>/<slug>`. */
const entryId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}/(zh-Hans|zh-Hant|ko|es|en)/[a-z0-9-]+$`), { message: `id must look like ${prefix}/<lang>/<slug>` });

/** One tactic entry: a concept with its surface forms in one language. */
export const TacticEntry = z
  .object({
    /** `<code>/<lang>/<slug>`, unique across the lexicon; recorded as the evidence `rule`. */
    id: z.string().regex(/^[a-z-]+\/(zh-Hans|zh-Hant|ko|es|en)\/[a-z0-9-]+$/),
    code: TacticCode,
    /** What concept the entry covers, for the reader of the evidence. */
    note: z.string().min(1),
    /** strong: operational wording, a tactic unless warned, reported or the debtor's act; weak: a name of the act, a tactic only when advised. */
    strength: z.enum(['strong', 'weak']).default('strong'),
    /** Alternatives: any one fires (stems for ko/es/en, substrings for Chinese). */
    cues: z.array(Cue).default([]),
    /** Alternatives matched as substrings of the folded text whatever the language. */
    surface: z.array(Cue).default([]),
    /** Co-occurrence: one cue from every group inside `within`. */
    all: z.array(z.array(Cue).min(1)).min(2).optional(),
    within: z.enum(['clause', 'sentence', 'passage']).default('sentence'),
    /** Suppressors: the entry does not fire when one of these occurs in the same sentence. */
    not: z.array(Cue).default([]),
    /** Further codes the wording supports (TAXONOMY §2.1 multi-label guidance). */
    also: z.array(TacticCode).default([]),
    source: z.string().optional(),
  })
  .refine((e) => e.cues.length + e.surface.length > 0 || e.all, { message: 'an entry needs cues, surface cues or all-groups' })
  .refine((e) => e.id.startsWith(`${e.code}/`), { message: 'id must start with the entry code' });
export type TacticEntry = z.infer<typeof TacticEntry>;

export const TacticsFile = z.object({ lang: LexiconLang, entries: z.array(TacticEntry).min(1) });
export type TacticsFile = z.infer<typeof TacticsFile>;

/** What a stance marker does (src/tagger/stance.ts). */
export const StanceRole = z.enum(['warn', 'advise', 'break', 'cancel', 'debtor', 'collector', 'report', 'statute']);
export type StanceRole = z.infer<typeof StanceRole>;

/**
 * Scope of a warning: `before` governs acts after it in the sentence until an advising or
 * adversative marker; `near` the act within a few words after it; `after` acts before it in the
 * sentence (Korean); `sentence` every act of its sentence.
 */
export const StanceScope = z.enum(['before', 'near', 'after', 'sentence', 'clause']);
export type StanceScope = z.infer<typeof StanceScope>;

export const StanceMarker = z
  .object({
    id: entryId('stance'),
    role: StanceRole,
    scope: StanceScope.optional(),
    /** For `cancel`: true when the negation urges the act on ("不要停"), false when it is just a word. */
    advise: z.boolean().optional(),
    /**
     * `clause-start`: the marker counts only when it opens its clause (after list markers, quotes and
     * light adverbs such as "just", "then", "y", "luego"): a bare verb there is an imperative
     * ("Call him at 6 a.m.", "Pega un cartel"), elsewhere it is any verb form.
     */
    at: z.enum(['clause-start']).optional(),
    note: z.string().min(1),
    cues: z.array(Cue).min(1),
  })
  .refine((m) => m.role !== 'warn' || m.scope, { message: 'a warn marker needs a scope' })
  .refine((m) => m.role !== 'cancel' || m.advise !== undefined, { message: 'a cancel marker needs advise: true|false' });
export type StanceMarker = z.infer<typeof StanceMarker>;

export const StanceFile = z.object({ lang: LexiconLang, markers: z.array(StanceMarker).min(1) });
export type StanceFile = z.infer<typeof StanceFile>;

export const TopicEntry = z.object({
  id: entryId('topic'),
  note: z.string().min(1),
  /** How strongly one cue says the passage is about collection practice. */
  weight: z.number().positive().default(1),
  cues: z.array(Cue).min(1),
});
export type TopicEntry = z.infer<typeof TopicEntry>;
export const TopicFile = z.object({ lang: LexiconLang, entries: z.array(TopicEntry).min(1) });
export type TopicFile = z.infer<typeof TopicFile>;

export const NoiseCategory = z.enum(['sales', 'recruitment', 'training', 'ad', 'boilerplate', 'company', 'personal-finance', 'economy']);
export const NoiseEntry = z.object({
  id: entryId('noise'),
  category: NoiseCategory,
  note: z.string().min(1),
  weight: z.number().positive().default(1),
  cues: z.array(Cue).min(1),
});
export type NoiseEntry = z.infer<typeof NoiseEntry>;
export const NoiseFile = z.object({ lang: LexiconLang, entries: z.array(NoiseEntry).min(1) });
export type NoiseFile = z.infer<typeof NoiseFile>;

export const JURISDICTIONS = ['US', 'KR', 'CN', 'ES-EU'] as const;

/** One legal provision behind a tactic code (TAXONOMY.md §2, verification mark kept in `verified`). */
export const Provision = z.object({
  provision: z.string().min(1),
  summary: z.string().min(1),
  /** V: checked against full text; S: secondary sources (TAXONOMY.md legend). */
  verified: z.enum(['V', 'S']),
});
export const CitationsFile = z.object({
  source: z.string(),
  codes: z.record(TacticCode, z.object({ US: z.array(Provision).min(1), KR: z.array(Provision).min(1), CN: z.array(Provision).min(1), 'ES-EU': z.array(Provision).min(1) })),
});
export type CitationsFile = z.infer<typeof CitationsFile>;
