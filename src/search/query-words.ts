/**
 * Schema of content/lexicon/query-words.yml: the query-side word lists of src/search/query.ts
 * (function words dropped from queries, light words that frame a question without naming its
 * topic). Validated when loaded (src/search/load-query-words.ts) and in the tests; the browser
 * reads the same lists from the generated src/search/query-words.data.ts, so this module (zod)
 * stays out of the search bundle.
 */
import { z } from 'zod';

const Words = z.array(z.string().min(1)).default([]);

const HAN = /^\p{Script=Han}+$/u;
const HANGUL = /^[\uac00-\ud7a3]+$/;
/** Latin light words are compared lower case and accent-free: write them so. */
const LATIN = /^[a-z]+(?:'[a-z]+)?$/;

export const QueryWordsFile = z
  .object({
    version: z.number().int().positive(),
    /** Function words of queries, dropped unless the query has nothing else. */
    stop: z.object({ 'zh-Hans': Words, ko: Words, en: Words, es: Words }).strict(),
    /** Light words: generic (optional for a full match) unless a specific concept covers them. */
    light: z.object({ en: Words, es: Words, ko: Words, 'zh-Hans': Words }).strict(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const script = { 'zh-Hans': HAN, ko: HANGUL, en: LATIN, es: LATIN } as const;
    for (const part of ['stop', 'light'] as const)
      for (const [lang, words] of Object.entries(file[part]) as Array<[keyof typeof script, string[]]>) {
        const seen = new Set<string>();
        for (const [i, w] of words.entries()) {
          if (seen.has(w)) ctx.addIssue({ code: 'custom', path: [part, lang, i], message: `duplicate word ${w}` });
          seen.add(w);
          if (!script[lang].test(w)) ctx.addIssue({ code: 'custom', path: [part, lang, i], message: `${w} is not a ${lang} word as queries are compared (${script[lang]})` });
        }
      }
  });
export type QueryWordsFile = z.infer<typeof QueryWordsFile>;

/** The lists as the query analysis reads them (the generated data module has this shape). */
export type QueryWordLists = Pick<QueryWordsFile, 'stop' | 'light'>;
