/**
 * Stage 2, `normalise`: `SourceDoc` → `NormalisedDoc`.
 *
 * Nothing is removed from the text: the display text stays byte-true to the source. Instead the
 * stage finds artefacts (pinyin/zhuyin glosses such as `職責(zé)`, control characters, HTML markup)
 * and builds `folded`, a same-length matching text in which artefacts are blanked, Traditional is
 * folded to Simplified and full-width forms are narrowed (see src/text/fold.ts). Every later stage
 * matches on `folded` and reports offsets that are valid in `text` unchanged.
 */
import type { ArtefactSpan, NormalisedDoc, SourceDoc } from '../records';
import { findArtefacts, fold } from '../text/fold';

/** Script/style blocks, comments and tags, found only in sources that really contain markup. */
const MARKUP = /<!doctype[^<>]*>|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,5});|<script\b[\s\S]*?(?:<\/script\s*>|$)|<style\b[\s\S]*?(?:<\/style\s*>|$)|<!--[\s\S]*?(?:-->|$)|<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/gi;
const LOOKS_LIKE_HTML = /<(?:script|style|html|body|div|p|br|span|a|img|iframe|table|td|tr|li|ul|h[1-6])\b[^<>]*>/i;

export function findMarkup(text: string): ArtefactSpan[] {
  if (!LOOKS_LIKE_HTML.test(text)) return [];
  const out: ArtefactSpan[] = [];
  for (const m of text.matchAll(MARKUP)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'markup' });
  return out;
}

export function normalise(doc: SourceDoc): NormalisedDoc {
  const artefacts: ArtefactSpan[] = [...findArtefacts(doc.text), ...findMarkup(doc.text)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  // NFC is applied to queries and lexicon cues; the corpus text is already NFC in practice, and
  // re-normalising it would change lengths (and so offsets), so folding works per code unit instead.
  return { ...doc, folded: fold(doc.text, artefacts), artefacts };
}
