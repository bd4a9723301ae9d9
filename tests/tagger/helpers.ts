import type { Lang, Passage, TaggedPassage } from '../../src/records';
import { fold } from '../../src/text/fold';
import { tagPassages } from '../../src/tagger/index';

/** A passage of a one-off source, as the pipeline would hand it to the tagger. */
export function passage(text: string, lang: Lang, seq = 0, extra: Partial<Passage> = {}): Passage {
  return { id: `t${seq}`, source: 'test.txt', start: 0, end: text.length, text, lang, seq, kind: 'text', folded: fold(text), ...extra };
}

/** Tag one passage on its own. */
export function tag(text: string, lang: Lang, extra: Partial<Passage> = {}): TaggedPassage {
  return tagPassages([passage(text, lang, 0, extra)])[0];
}
