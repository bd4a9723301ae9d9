/**
 * Schema of content/lexicon/concepts.yml: the multilingual concept lexicon behind cross-lingual
 * search. A concept id (a tactic code of LABELS.md, or a collection topic such as `payment-plan`)
 * maps to surface forms per language; a query that contains a surface form is expanded with the
 * concept's forms in every language (lower boost) and with the concept term itself, which the
 * index adds to every passage that carries the tactic/mention or contains one of its forms.
 *
 * No `node:` imports: the compiled concept table travels inside the search index to the browser.
 */
import { z } from 'zod';
import { TACTICS } from '../records';

export const CONCEPT_LANGS = ['en', 'ko', 'es', 'zh-Hans', 'zh-Hant'] as const;

const Forms = z.array(z.string().min(1)).default([]);

export const Concept = z.object({
  /** Stable id: a tactic code (kind `tactic`) or a kebab-case topic id (kind `topic`). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'concept ids are kebab-case'),
  kind: z.enum(['tactic', 'topic']),
  /** One-line English gloss shown to users. */
  gloss: z.string().min(1),
  /** Surface forms per language; multi-word forms match as phrases (all their terms). */
  forms: z.object({
    en: Forms,
    ko: Forms,
    es: Forms,
    'zh-Hans': Forms,
    'zh-Hant': Forms,
  }),
  /** So common that the concept only adds weight and never counts as covering a query word. */
  broad: z.boolean().default(false),
  /**
   * Combinations of other concepts that name this one in a query (query side only): a query that
   * names every concept of one combination, e.g. `[pressure, family]` for "pressure his parents",
   * names this concept too, covering the words its parts cover. Passages get the concept from their
   * tactic codes and forms, never from combinations.
   */
  combos: z.array(z.array(z.string()).min(2)).default([]),
  /**
   * Narrower concepts a query naming this one names too, covering the same words (query side only):
   * "illegal collection practices" names every tactic code.
   */
  includes: z.array(z.string()).default([]),
  note: z.string().optional(),
});
export type Concept = z.infer<typeof Concept>;

export const ConceptFile = z
  .object({
    version: z.number().int().positive(),
    /** Extra Chinese words for the index-time segmenter (jieba domain dictionary). */
    segmentation: z.array(z.string().min(1)).default([]),
    concepts: z.array(Concept).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of file.concepts.entries()) {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `duplicate concept id ${c.id}` });
      seen.add(c.id);
      const isTactic = (TACTICS as readonly string[]).includes(c.id);
      if (c.kind === 'tactic' && !isTactic)
        ctx.addIssue({ code: 'custom', path: ['concepts', i, 'id'], message: `${c.id} is not a tactic code of LABELS.md; use kind: topic` });
      if (c.kind === 'topic' && isTactic)
        ctx.addIssue({ code: 'custom', path: ['concepts', i, 'kind'], message: `${c.id} is a tactic code; use kind: tactic` });
      for (const [j, combo] of c.combos.entries())
        for (const id of combo)
          if (!file.concepts.some((o) => o.id === id) || id === c.id)
            ctx.addIssue({ code: 'custom', path: ['concepts', i, 'combos', j], message: `${c.id}: combination names an unknown concept ${id}` });
      for (const id of c.includes)
        if (!file.concepts.some((o) => o.id === id) || id === c.id)
          ctx.addIssue({ code: 'custom', path: ['concepts', i, 'includes'], message: `${c.id}: includes an unknown concept ${id}` });
      const total = CONCEPT_LANGS.reduce((n, l) => n + c.forms[l].length, 0);
      if (total === 0) ctx.addIssue({ code: 'custom', path: ['concepts', i, 'forms'], message: `${c.id} has no surface forms` });
    }
  });
export type ConceptFile = z.infer<typeof ConceptFile>;

export { conceptTerm } from './compile';
