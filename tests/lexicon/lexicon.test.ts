/**
 * The lexicon as data: every file validates against its schema, ids and cues are unique, every
 * tactic code has cues in every script, and every cue compiles to a matcher that finds its own words.
 */
import { describe, expect, it } from 'vitest';
import { TACTICS } from '../../src/records';
import { foldQuery } from '../../src/text/fold';
import { compileLexicon, FOLDERS, makeTarget, MATCH_LANGS, type MatchLang } from '../../src/lexicon/compile';
import { loadLexiconFiles, LexiconError } from '../../src/lexicon/load';
import { JURISDICTIONS, LEXICON_LANGS, TacticsFile } from '../../src/lexicon/schema';
import { fold } from '../../src/text/fold';

const files = loadLexiconFiles();

describe('lexicon files', () => {
  it('load and validate for every language folder', () => {
    for (const lang of LEXICON_LANGS) {
      expect(files.tactics[lang], `${lang}/tactics.yml`).toBeDefined();
      expect(files.stance[lang], `${lang}/stance.yml`).toBeDefined();
      expect(files.topic[lang], `${lang}/topic.yml`).toBeDefined();
      expect(files.noise[lang], `${lang}/noise.yml`).toBeDefined();
    }
  });

  it('rejects an entry whose id does not start with its code', () => {
    const bad = { lang: 'es', entries: [{ id: 'insult-abuse/es/x', code: 'threat-violence', note: 'n', cues: ['amenazar'] }] };
    expect(TacticsFile.safeParse(bad).success).toBe(false);
  });

  it('names the file and the field when a file is invalid', () => {
    expect(() => loadLexiconFiles('/nonexistent-lexicon-dir')).toThrow();
    const e = new LexiconError('x.yml: entries.0.code: bad');
    expect(e.message).toMatch(/x\.yml/);
  });

  it('gives every entry and marker a unique id', () => {
    const ids: string[] = [];
    for (const lang of LEXICON_LANGS) {
      ids.push(...files.tactics[lang]!.entries.map((e) => e.id));
      ids.push(...files.stance[lang]!.markers.map((m) => m.id));
      ids.push(...files.topic[lang]!.entries.map((e) => e.id));
      ids.push(...files.noise[lang]!.entries.map((e) => e.id));
    }
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup).toEqual([]);
  });

  it('keeps each entry in the folder of its language', () => {
    for (const lang of LEXICON_LANGS)
      for (const e of [...files.tactics[lang]!.entries, ...files.topic[lang]!.entries, ...files.noise[lang]!.entries])
        expect(e.id.split('/')[1], e.id).toBe(lang);
  });

  it('lists no cue twice for the same code or kind within a matching language', () => {
    for (const m of MATCH_LANGS) {
      const seen = new Map<string, string>();
      const dups: string[] = [];
      const note = (key: string, where: string): void => {
        if (seen.has(key)) dups.push(`${key} (${seen.get(key)} and ${where})`);
        else seen.set(key, where);
      };
      for (const folder of FOLDERS[m]) {
        for (const e of files.tactics[folder]!.entries)
          for (const c of [...e.cues, ...e.surface]) note(`${e.code}:${e.strength}:${foldQuery(c)}`, e.id);
        for (const e of files.topic[folder]!.entries) for (const c of e.cues) note(`topic:${foldQuery(c)}`, e.id);
        for (const e of files.noise[folder]!.entries) for (const c of e.cues) note(`noise:${foldQuery(c)}`, e.id);
      }
      expect(dups, m).toEqual([]);
    }
  });
});

describe('coverage', () => {
  it.each([...LEXICON_LANGS])('has strong and weak cues for every tactic code in %s', (lang) => {
    const entries = files.tactics[lang]!.entries;
    for (const code of TACTICS) {
      const mine = entries.filter((e) => e.code === code);
      expect(mine.length, `${lang} ${code}`).toBeGreaterThan(0);
      expect(mine.some((e) => e.strength === 'strong'), `${lang} ${code} strong`).toBe(true);
    }
  });

  it('cites provisions of all four jurisdictions for every code', () => {
    for (const code of TACTICS) for (const j of JURISDICTIONS) expect(files.citations.codes[code]?.[j]?.length, `${code} ${j}`).toBeGreaterThan(0);
  });

  it.each([...LEXICON_LANGS])('has warning and advising stance markers in %s', (lang) => {
    const roles = new Set(files.stance[lang]!.markers.map((m) => m.role));
    for (const r of ['warn', 'advise', 'report', 'statute']) expect(roles.has(r as never), `${lang} ${r}`).toBe(true);
  });
});

describe('compiled cues', () => {
  it.each([...MATCH_LANGS])('every single-part tactic cue in %s matches its own written form', (m: MatchLang) => {
    const lex = compileLexicon(files, m);
    const misses: string[] = [];
    for (const e of lex.tactics)
      for (const p of e.patterns) {
        if (p.gapped) continue;
        const cue = p.source.replace(/^=/, '');
        const text = `xx ${cue} xx`;
        if (!p.find(makeTarget(text, fold(text), m)).length) misses.push(`${e.id}: ${p.source}`);
      }
    expect(misses).toEqual([]);
  });

  it('matches a cue written once in Simplified inside Traditional text', () => {
    const zh = compileLexicon(files, 'zh');
    const entry = zh.tactics.find((e) => e.id === 'third-party-pressure/zh-Hans/blast-contacts')!;
    const text = '直接爆通訊錄';
    expect(entry.patterns.some((p) => p.find(makeTarget(text, fold(text), 'zh')).length)).toBe(true);
  });

  it.each([
    ['es', 'amenazar', 'El cobrador amenazó al cliente.'],
    ['es', 'llamar', 'Llámale a su madre.'],
    ['ko', '협박하다', '추심원이 채무자를 협박했다.'],
    ['ko', '알리다', '직장에 알렸습니다.'],
    // -ㅂ니다, -ㄴ다 and -ㄹ on an open last syllable (round 7: manuals are written in -ㅂ니다).
    ['ko', '알리다', '직장에 알립니다.'],
    ['ko', '기다리다', '회사 앞에서 기다린다.'],
    ['ko', '찾아가다', '내일 집으로 찾아갈 겁니다.'],
    ['en', 'threaten', 'He threatened the consumer.'],
  ] as const)('matches %s stem cue "%s" in an inflected form', (lang, cue, text) => {
    const lex = compileLexicon({ ...files, tactics: { [lang]: { lang, entries: [{ id: `threat-violence/${lang}/t`, code: 'threat-violence', note: 'n', strength: 'strong', cues: [cue], surface: [], within: 'sentence', not: [], also: [] }] } } }, lang);
    expect(lex.tactics[0].patterns[0].find(makeTarget(text, fold(text), lang)).length).toBeGreaterThan(0);
  });

  it('does not let a stem prefix swallow an unrelated word', () => {
    const es = compileLexicon(files, 'es');
    const text = 'Llámalo de madrugada.';
    const family = es.tactics.find((e) => e.id === 'third-party-pressure/es/tell-others')!;
    const hits = family.groups![1].flatMap((p) => p.find(makeTarget(text, fold(text), 'es')));
    expect(hits).toEqual([]);
  });
});
