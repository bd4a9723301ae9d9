import { expect } from 'vitest';
import type { Label, Lang, Passage, TacticCode, TaggedPassage } from '../../src/records';
import { fold } from '../../src/text/fold';
import { tagPassages, type TaggerOptions } from '../../src/tagger/index';

/** A passage of a one-off source, as the pipeline would hand it to the tagger. */
export function passage(text: string, lang: Lang, seq = 0, extra: Partial<Passage> = {}): Passage {
  return { id: `t${seq}`, source: 'test.txt', start: 0, end: text.length, text, lang, seq, kind: 'text', folded: fold(text), ...extra };
}

/** Tag one passage on its own. */
export function tag(text: string, lang: Lang, extra: Partial<Passage> = {}, options: Partial<TaggerOptions> = {}): TaggedPassage {
  return tagPassages([passage(text, lang, 0, extra)], options)[0];
}

/**
 * Tag one passage with the lexicon alone (learned model off): for contrast pairs that test a lexicon
 * rule the model does not know. The model is measured on held-out pages instead; the cases where it
 * overrides such a contrast are listed in content/lexicon/README.md (round 8).
 */
export function tagLexicon(text: string, lang: Lang, extra: Partial<Passage> = {}): TaggedPassage {
  return tag(text, lang, extra, { learned: false });
}

/**
 * One row of a table-driven tagger test: a sentence written for the test, the label it must get,
 * `tactics` the codes it must carry (exactly), `has` codes it must carry among others, `not` codes it
 * must not carry. `lang` defaults to zh-Hans.
 */
export interface TagCase {
  text: string;
  lang?: Lang;
  label: Label;
  tactics?: TacticCode[];
  has?: TacticCode[];
  not?: TacticCode[];
}

/** Tag a case's sentence on its own and check its label and codes. */
export function checkTagCase({ text, lang = 'zh-Hans', label, tactics, has = [], not = [] }: TagCase, options: Partial<TaggerOptions> = {}): void {
  const t = tag(text, lang, {}, options);
  expect(t.label).toBe(label);
  if (tactics) expect([...t.tactics].sort()).toEqual([...tactics].sort());
  for (const c of has) expect(t.tactics).toContain(c);
  for (const c of not) expect(t.tactics).not.toContain(c);
}
