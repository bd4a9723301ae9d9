/**
 * Legal grounding per tactic code for the tactic pages: the tagger's content/lexicon/citations.yml
 * (read leniently: only code → jurisdiction → [{provision, summary, verified?}] is used), merged
 * with every citation found in the passages, so a page shows the provisions even when the file
 * is missing and never drops one a passage cites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { TaggedPassage } from '../records';

export const JURISDICTION_ORDER = ['US', 'KR', 'CN', 'ES-EU'] as const;

export interface Provision {
  provision: string;
  summary: string;
  verified?: string;
  /** Passages in the data citing it. */
  cited: number;
}

const Lenient = z.object({
  codes: z.record(z.record(z.array(z.object({ provision: z.string(), summary: z.string().default(''), verified: z.string().optional() })))),
});

export const CITATIONS_FILE = 'content/lexicon/citations.yml';

let memo: { passages: TaggedPassage[]; result: Map<string, Map<string, Provision[]>> } | undefined;

export function legalGrounding(passages: TaggedPassage[], file = resolve(CITATIONS_FILE)): Map<string, Map<string, Provision[]>> {
  if (memo?.passages === passages) return memo.result;
  const out = new Map<string, Map<string, Provision[]>>();
  const slot = (code: string, j: string) => {
    if (!out.has(code)) out.set(code, new Map());
    const byJ = out.get(code)!;
    if (!byJ.has(j)) byJ.set(j, []);
    return byJ.get(j)!;
  };
  if (existsSync(file)) {
    const parsed = Lenient.safeParse(parse(readFileSync(file, 'utf8')));
    if (parsed.success) {
      for (const [code, byJ] of Object.entries(parsed.data.codes))
        for (const [j, list] of Object.entries(byJ)) for (const p of list) slot(code, j).push({ ...p, cited: 0 });
    }
  }
  for (const p of passages) {
    for (const c of p.citations) {
      const list = slot(c.code, c.jurisdiction);
      const hit = list.find((x) => x.provision === c.provision);
      if (hit) hit.cited++;
      else list.push({ provision: c.provision, summary: c.summary, cited: 1 });
    }
  }
  memo = { passages, result: out };
  return out;
}
