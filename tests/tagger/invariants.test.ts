/**
 * Output invariants over whole sources: every passage is explained by evidence whose offsets point
 * into its text, prohibited passages carry tactic codes and the provisions behind each code in all
 * four jurisdictions, other labels carry none, and tagging is deterministic and order-independent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Lang, type Passage, TaggedPassage } from '../../src/records';
import { JURISDICTIONS } from '../../src/lexicon/schema';
import { tagPassages } from '../../src/tagger/index';
import { loadDevSet } from '../../src/eval/labels';
import { passage } from './helpers';

const SOURCES = fileURLToPath(new URL('../../content/sources', import.meta.url));
const LANG_OF: Record<string, Lang> = { '000': 'ko', '001': 'es', '002': 'zh-Hans', '003': 'zh-Hans', '004': 'zh-Hant' };

/** Each seed cut at line breaks into passages (a crude stand-in for `segment`, enough for invariants). */
function seedSources(): Passage[][] {
  return readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(join(SOURCES, f), 'utf8');
      let offset = 0;
      let heading: string | undefined;
      const out: Passage[] = [];
      for (const line of text.split('\n')) {
        const start = offset;
        offset += line.length + 1;
        if (!line.trim()) continue;
        const p = passage(line, LANG_OF[f.slice(0, 3)] ?? 'und', out.length, { id: `${f}:${start}`, source: f, start, end: start + line.length, ...(heading ? { heading } : {}) });
        out.push(p);
        if (line.length < 30 && !/[。.!?！？]$/.test(line)) heading = line;
      }
      return out;
    });
}

const sources = seedSources();
const devSource = loadDevSet().map((it, i) => passage(it.text, it.lang, i, { id: `dev${i}`, ...(it.heading ? { heading: it.heading } : {}) }));
const tagged = [...sources, devSource].map((ps) => tagPassages(ps));
const all = tagged.flat();

describe('tagger output', () => {
  it('tags every passage it is given, in the same order', () => {
    [...sources, devSource].forEach((ps, i) => expect(tagged[i].map((t) => t.id)).toEqual(ps.map((p) => p.id)));
  });

  it('produces records that satisfy the passage contract', () => {
    for (const t of all) expect(TaggedPassage.safeParse(t).success, t.id).toBe(true);
  });

  it('explains every label with at least one evidence item whose offsets give its cue', () => {
    for (const t of all) {
      expect(t.evidence.length, `${t.id} ${t.label}`).toBeGreaterThan(0);
      for (const e of t.evidence) {
        expect(e.start).toBeLessThanOrEqual(e.end);
        expect(t.text.slice(e.start, e.end)).toBe(e.cue);
      }
    }
  });

  it('gives every prohibited passage tactic evidence and citations for each code in all four jurisdictions', () => {
    const prohibited = all.filter((t) => t.label === 'prohibited');
    expect(prohibited.length).toBeGreaterThan(20);
    for (const t of prohibited) {
      expect(t.tactics.length, t.id).toBeGreaterThan(0);
      for (const code of t.tactics) {
        expect(t.evidence.some((e) => e.role === 'tactic'), t.id).toBe(true);
        for (const j of JURISDICTIONS) expect(t.citations.some((c) => c.code === code && c.jurisdiction === j), `${t.id} ${code} ${j}`).toBe(true);
      }
    }
  });

  it('gives lawful and noise passages no tactic codes and no citations, and keeps mentions apart from tactics', () => {
    for (const t of all) {
      if (t.label !== 'prohibited') {
        expect(t.tactics).toEqual([]);
        expect(t.citations).toEqual([]);
      }
      expect(t.mentions.filter((m) => t.tactics.includes(m))).toEqual([]);
    }
  });

  it('labels boilerplate passages noise', () => {
    const p = passage('版权声明：本站部分内容来源于网络，如有侵权请联系删除。', 'zh-Hans', 0, { kind: 'boilerplate', boilerplate: 'copyright' });
    const t = tagPassages([p])[0];
    expect(t.label).toBe('noise');
    expect(t.evidence[0].rule).toMatch(/boilerplate/);
  });

  it('is deterministic: the same input gives deep-equal output', () => {
    const again = [...sources, devSource].map((ps) => tagPassages(ps));
    expect(again).toEqual(tagged);
  });

  it('does not depend on the order the passages arrive in', () => {
    const ps = sources[1];
    const shuffled = [...ps].reverse();
    const byId = new Map(tagPassages(shuffled).map((t) => [t.id, t]));
    for (const t of tagPassages(ps)) expect(byId.get(t.id)).toEqual(t);
  });
});
