/**
 * Counts shown on the home and tactic pages that link to searches. They follow the search
 * engine's rules so a number and the page it links to agree: duplicates are collapsed into their
 * first copy, and the tactic filter matches passages that use the tactic or mention it.
 */
import type { TaggedPassage } from '../records';
import type { SiteData } from './data';

/** First copies only (a duplicate whose original is in the data is folded into it). */
export function distinct(data: SiteData): TaggedPassage[] {
  return data.passages.filter((p) => !(p.duplicateOf && data.byId.has(p.duplicateOf)));
}

/** source → tactic → number of distinct prohibited passages matching the tactic filter. */
export function sourceTacticMatrix(data: SiteData): Map<string, Map<string, number>> {
  const m = new Map<string, Map<string, number>>();
  for (const s of data.sources) m.set(s.source, new Map());
  for (const p of distinct(data)) {
    if (p.label !== 'prohibited') continue;
    const row = m.get(p.source) ?? new Map<string, number>();
    m.set(p.source, row);
    for (const t of new Set([...p.tactics, ...p.mentions])) row.set(t, (row.get(t) ?? 0) + 1);
  }
  return m;
}

/** Strongest examples first: confidence, then how many cues of that code fired, then reading order. */
export function strongestFirst(code: string) {
  const cues = (p: TaggedPassage) => p.evidence.filter((e) => e.code === code && e.role === 'tactic').length;
  return (a: TaggedPassage, b: TaggedPassage) =>
    b.confidence - a.confidence || cues(b) - cues(a) || a.text.length - b.text.length || a.id.localeCompare(b.id);
}
