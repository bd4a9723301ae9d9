/**
 * Temporary tagger placeholder so `npm run ingest` runs while the lexicon-based tagger is written:
 * every passage is `noise` with a `context` evidence item. Replaced by the real tagger (issue 4).
 */
import type { Passage, TaggedPassage } from '../records';

/** Tag all passages of ONE source, in reading order (seq). Pure and deterministic. */
export function tagPassages(passages: Passage[]): TaggedPassage[] {
  return passages.map(({ folded: _folded, ...p }) => ({
    ...p,
    label: 'noise',
    tactics: [],
    mentions: [],
    evidence: [{ start: 0, end: p.text.length, cue: p.text.slice(0, 40), code: 'context', rule: 'placeholder', role: 'context' }],
    citations: [],
    confidence: 0,
  }));
}
