/**
 * The literal prefilter of compiled patterns (src/lexicon/compile.ts) never hides a match: every
 * regex match on the development texts contains one of the pattern's required literals.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon, makeTarget, MATCH_LANGS, type Pattern } from '../../src/lexicon/compile';
import { loadLexiconFiles } from '../../src/lexicon/load';
import { loadDevSet } from '../../src/eval/labels';
import { matchLangOf } from '../../src/tagger/index';
import { fold } from '../../src/text/fold';

describe('literal prefilter', () => {
  it('keeps every regex match on the development texts', () => {
    const files = loadLexiconFiles();
    const items = loadDevSet();
    let checked = 0;
    for (const lang of MATCH_LANGS) {
      const lex = compileLexicon(files, lang);
      const patterns: Pattern[] = [];
      for (const e of [...lex.tactics, ...lex.markers, ...lex.topic, ...lex.noise]) patterns.push(...e.patterns, ...e.fast);
      for (const e of lex.tactics) for (const g of e.groups ?? []) patterns.push(...g);
      const texts = items.filter((i) => matchLangOf(i.lang, i.text) === lang).map((i) => makeTarget(i.text, fold(i.text), lang));
      for (const p of patterns) {
        if (!p.lits || !p.re || !p.field) continue;
        const re = new RegExp(p.re.source, 'g');
        for (const t of texts)
          for (const m of t[p.field].matchAll(re)) {
            checked++;
            expect(p.lits.some((l) => m[0].includes(l)), `${lang} ${p.source} on "${m[0]}"`).toBe(true);
          }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
