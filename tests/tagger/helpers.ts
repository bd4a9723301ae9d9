import type { Lang, Passage, TaggedPassage } from '../../src/records';
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
