/**
 * Sentences and clauses of a passage, as offset ranges into its text. Stance scope is decided
 * inside these units: a warning governs acts in its own sentence, advice in its own clause.
 *
 * Boundaries are read on the original text (not the folded one, which turns the enumeration comma
 * 、 into `,`): sentences end at 。！？!?；; and line breaks, and at `.` before a space or the end;
 * clauses also end at ，,：: and brackets, and in Korean after a connective ending (-고, -며, -면,
 * -서, -지만, -는데, -니까 …) so "욕은 하지 말고, 대신 …하세요" has two clauses.
 */
import type { Span } from '../lexicon/compile';

const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$|["'”’」])/g;
const CLAUSE_END = /[。！？!?；;\n，,：:（）()「」『』]|\.(?=\s|$|["'”’」])/g;
/** A Korean eojeol ending in a connective ending, followed by a space. */
const KO_CONNECTIVE = /[가-힣](?:고|며|면|면서|서|지만|는데|니까|므로|거나|든지|도록|려고|자마자)(?=\s)/g;

function cut(text: string, ends: number[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const e of [...new Set(ends)].sort((a, b) => a - b)) {
    if (e > start) out.push({ start, end: e });
    start = Math.max(start, e);
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.length ? out : [{ start: 0, end: text.length }];
}

/** Sentences of `text` (each includes its closing punctuation). */
export function sentences(text: string): Span[] {
  return cut(text, [...text.matchAll(SENTENCE_END)].map((m) => m.index! + m[0].length));
}

/** Clauses of `text`; Korean connective endings close a clause. */
export function clauses(text: string, korean: boolean): Span[] {
  const ends = [...text.matchAll(CLAUSE_END)].map((m) => m.index! + m[0].length);
  if (korean)
    for (const m of text.matchAll(KO_CONNECTIVE)) {
      // Quotative -라고/-다고/-자고/-냐고 embeds a quote; it does not end the clause.
      if (/[라다자냐]고$/.test(m[0])) continue;
      ends.push(m.index! + m[0].length);
    }
  return cut(text, ends);
}

/** The unit containing offset `at` (the last unit when `at` is the end of the text). */
export function unitAt(units: Span[], at: number): Span {
  for (const u of units) if (at >= u.start && at < u.end) return u;
  return units[units.length - 1];
}
