/**
 * `npm run eval -- labels`: the tagger on the hand-labelled development set
 * tests/fixtures/labels.jsonl. Prints precision / recall / F1 per label and per language, macro-F1,
 * the confusion matrix, tactic-code precision / recall, the share of prohibited passages with the
 * right codes, hard-case accuracy, the same figures on the blind split (items written before the
 * lexicon and never used to tune it), and every misclassified passage.
 *
 * Items taken from a seed or extra text are tagged in context when the current ingest yields a
 * passage with exactly their text (neighbours and section then count, as in `npm run ingest`);
 * every other item is tagged on its own, as a one-passage source with its `heading` as context.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Lang, Label, LABELS, type Passage, TacticCode, type TaggedPassage } from '../records';
import { fold } from '../text/fold';
import { tagPassages, type TaggerOptions } from '../tagger/index';

export const DEV_SET_PATH = fileURLToPath(new URL('../../tests/fixtures/labels.jsonl', import.meta.url));

/** One line of tests/fixtures/labels.jsonl. */
export const DevItem = z.object({
  text: z.string().min(1),
  lang: Lang,
  heading: z.string().optional(),
  label: Label,
  tactics: z.array(TacticCode),
  mentions: z.array(TacticCode).optional(),
  hard: z.literal(true).optional(),
  kind: z.enum(['text', 'heading', 'boilerplate']).optional(),
  note: z.string().optional(),
  /**
   * `seed:003`, `extra:<file>`, `doc:<file>` (a whole written page in tests/fixtures/docs/, labelled
   * passage by passage as the ingest segments it) or `written` (a single written passage).
   */
  origin: z.string().regex(/^(seed:\d{3}|extra:[\w.-]+|doc:[\w.-]+|written)$/),
  /** Written before the lexicon existed and never used to tune it. */
  blind: z.literal(true).optional(),
  /**
   * A later held-out split, scored apart: `blind2` (written before its author read the lexicon cue
   * lists; round 2 was then fixed on its misses), `blind3` (written after round 2; round 2b was then
   * fixed on its misses), `blind4` (written after round 2b, scored once; later general changes were
   * made by its author), `blind5` (written against the final round-2 tagger, scored once, never tuned on),
   * then `blind6`, `blind7`, … per later round (see content/lexicon/README.md for what each was used for).
   */
  split: z.string().regex(/^blind\d+$/, 'split is blind<N>').optional(),
});
export type DevItem = z.infer<typeof DevItem>;

export function loadDevSet(path: string = DEV_SET_PATH): DevItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = DevItem.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`${path}:${i + 1}: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
      return r.data;
    });
}

/** A dev item as a one-passage source, the form the tagger (and the learned model) take. */
export function itemPassage(item: DevItem, i = 0): Passage {
  return {
    id: `dev-${i}`,
    source: 'dev',
    start: 0,
    end: item.text.length,
    text: item.text,
    lang: item.lang,
    seq: 0,
    kind: item.kind ?? 'text',
    ...(item.heading ? { heading: item.heading } : {}),
    folded: fold(item.text),
  };
}

/** Tag one dev item as a one-passage source. */
export function tagItem(item: DevItem, i = 0, options: Partial<TaggerOptions> = {}): TaggedPassage {
  return tagPassages([itemPassage(item, i)], options)[0];
}

/** `LABEL_EVAL_LEARNED=0`: score the lexicon alone (the learned component is on by default), for comparison. */
export function evalTaggerOptions(env: NodeJS.ProcessEnv = process.env): Partial<TaggerOptions> {
  return env.LABEL_EVAL_LEARNED === '0' ? { learned: false } : {};
}

export interface LabelScores {
  n: number;
  accuracy: number;
  macroF1: number;
  perLabel: Record<Label, { p: number; r: number; f1: number; support: number }>;
  confusion: Record<Label, Record<Label, number>>;
}

export function scoreLabels(gold: Label[], pred: Label[]): LabelScores {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as LabelScores['confusion'];
  gold.forEach((g, i) => confusion[g][pred[i]]++);
  const perLabel = {} as LabelScores['perLabel'];
  for (const l of LABELS) {
    const tp = confusion[l][l];
    const predicted = LABELS.reduce((s, g) => s + confusion[g][l], 0);
    const support = LABELS.reduce((s, p) => s + confusion[l][p], 0);
    const p = predicted ? tp / predicted : 0;
    const r = support ? tp / support : 0;
    perLabel[l] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, support };
  }
  const present = LABELS.filter((l) => perLabel[l].support > 0);
  return {
    n: gold.length,
    accuracy: gold.length ? gold.filter((g, i) => g === pred[i]).length / gold.length : 0,
    macroF1: present.length ? present.reduce((s, l) => s + perLabel[l].f1, 0) / present.length : 0,
    perLabel,
    confusion,
  };
}

export interface TacticScores {
  /** Micro precision / recall of codes over passages that are prohibited in gold or prediction. */
  p: number;
  r: number;
  /** Gold-prohibited passages predicted prohibited with exactly the gold codes / with at least one gold code. */
  exact: number;
  overlap: number;
  n: number;
  perCode: Record<string, { tp: number; fp: number; fn: number }>;
}

export function scoreTactics(items: DevItem[], out: TaggedPassage[]): TacticScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let overlap = 0;
  let n = 0;
  const perCode: TacticScores['perCode'] = {};
  const bump = (c: string, k: 'tp' | 'fp' | 'fn'): void => {
    perCode[c] ??= { tp: 0, fp: 0, fn: 0 };
    perCode[c][k]++;
  };
  items.forEach((it, i) => {
    const gold = new Set(it.label === 'prohibited' ? it.tactics : []);
    const pred = new Set(out[i].label === 'prohibited' ? out[i].tactics : []);
    for (const c of pred) (gold.has(c) ? (tp++, bump(c, 'tp')) : (fp++, bump(c, 'fp')));
    for (const c of gold) if (!pred.has(c)) fn++, bump(c, 'fn');
    if (it.label === 'prohibited') {
      n++;
      if (out[i].label === 'prohibited') {
        if (gold.size === pred.size && [...gold].every((c) => pred.has(c))) exact++;
        if ([...gold].some((c) => pred.has(c))) overlap++;
      }
    }
  });
  return { p: tp + fp ? tp / (tp + fp) : 0, r: tp + fn ? tp / (tp + fn) : 0, exact: n ? exact / n : 0, overlap: n ? overlap / n : 0, n, perCode };
}

export interface SplitScores {
  labels: LabelScores;
  tactics: TacticScores;
  byLang: Record<string, LabelScores>;
  hard: { n: number; accuracy: number };
}

export interface LabelEval {
  all: LabelScores;
  byLang: Record<string, LabelScores>;
  tactics: TacticScores;
  hard: { n: number; accuracy: number };
  blind: { labels: LabelScores; tactics: TacticScores };
  /** Per held-out split (`blind2`, `blind3`): labels, tactic codes, per-language scores, hard cases. */
  splits: Record<string, SplitScores>;
  misses: Array<{ item: DevItem; got: TaggedPassage }>;
}

const SOURCES_DIR = fileURLToPath(new URL('../../content/sources', import.meta.url));
/** The extra public texts (outside the repository; skipped when absent). */
export const EXTRA_DIR = '/work/shared/extra';
/**
 * Whole pages written for evaluation (never shipped in the site): their passages are labelled in
 * labels.jsonl with `origin: "doc:<file>"` and tagged in context, as a held-out page would be.
 */
export const DOCS_DIR = fileURLToPath(new URL('../../tests/fixtures/docs', import.meta.url));

/** The key of a dev item, or of the tagged passage it is looked up as: its origin and its text. */
export const contextKey = (origin: string, text: string): string => `${origin}\u0000${text}`;

/** Tagged passages keyed by contextKey (the first copy of a repeated text), their origin from their source. */
export function indexByOrigin(passages: TaggedPassage[], originOf: (source: string) => string, index = new Map<string, TaggedPassage>()): Map<string, TaggedPassage> {
  for (const p of passages) {
    const key = contextKey(originOf(p.source), p.text);
    if (!index.has(key)) index.set(key, p);
  }
  return index;
}

/**
 * Tagged passages of the seed and extra sources, keyed by `origin` and text, from the current ingest
 * pipeline; empty when the pipeline cannot run (then every item is tagged on its own).
 */
export async function contextIndex(options: Partial<TaggerOptions> = {}): Promise<Map<string, TaggedPassage>> {
  const index = new Map<string, TaggedPassage>();
  try {
    const { runIngest } = await import('../pipeline/run');
    const texts = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)) : []);
    const docs = new Set(texts(DOCS_DIR).map((f) => f.slice(DOCS_DIR.length + 1)));
    const r = runIngest({ sourcesDir: SOURCES_DIR, files: [...texts(EXTRA_DIR), ...texts(DOCS_DIR)], tagger: (ps) => tagPassages(ps, options) });
    indexByOrigin(r.passages, (source) => (/^\d{3}_/.test(source) ? `seed:${source.slice(0, 3)}` : docs.has(source) ? `doc:${source}` : `extra:${source}`), index);
  } catch (e) {
    process.stderr.write(`labels eval: ingest unavailable, tagging every item on its own (${(e as Error).message.split('\n')[0]})\n`);
  }
  return index;
}

/** Evaluate the tagger on `items`; with a context index, seed/extra items are tagged in their source. */
export function evaluateLabels(items: DevItem[], context: Map<string, TaggedPassage> = new Map(), options: Partial<TaggerOptions> = {}): LabelEval & { inContext: number } {
  let inContext = 0;
  const out = items.map((it, i) => {
    const hit = context.get(contextKey(it.origin, it.text));
    if (hit) inContext++;
    // A written page's gold is per passage: an item that no longer matches a passage is stale gold.
    else if (context.size && it.origin.startsWith('doc:')) {
      throw new Error(`labels.jsonl item ${i + 1} (${it.origin}) is not a passage of the current ingest of tests/fixtures/docs/${it.origin.slice(4)}: relabel it after a segmentation change`);
    }
    return hit ?? tagItem(it, i, options);
  });
  const gold = items.map((i) => i.label);
  const pred = out.map((o) => o.label);
  const byLang: LabelEval['byLang'] = {};
  for (const lang of [...new Set(items.map((i) => i.lang))].sort()) {
    const idx = items.map((it, i) => (it.lang === lang ? i : -1)).filter((i) => i >= 0);
    byLang[lang] = scoreLabels(idx.map((i) => gold[i]), idx.map((i) => pred[i]));
  }
  const hardIdx = items.map((it, i) => (it.hard ? i : -1)).filter((i) => i >= 0);
  const blindIdx = items.map((it, i) => (it.blind ? i : -1)).filter((i) => i >= 0);
  const splits: Record<string, SplitScores> = {};
  for (const name of [...new Set(items.map((i) => i.split).filter((x): x is NonNullable<DevItem['split']> => !!x))].sort()) {
    const idx = items.map((it, i) => (it.split === name ? i : -1)).filter((i) => i >= 0);
    const byLangS: Record<string, LabelScores> = {};
    for (const lang of [...new Set(idx.map((i) => items[i].lang))].sort()) {
      const li = idx.filter((i) => items[i].lang === lang);
      byLangS[lang] = scoreLabels(li.map((i) => gold[i]), li.map((i) => pred[i]));
    }
    const hardS = idx.filter((i) => items[i].hard);
    splits[name] = {
      labels: scoreLabels(idx.map((i) => gold[i]), idx.map((i) => pred[i])),
      tactics: scoreTactics(idx.map((i) => items[i]), idx.map((i) => out[i])),
      byLang: byLangS,
      hard: { n: hardS.length, accuracy: hardS.length ? hardS.filter((i) => gold[i] === pred[i]).length / hardS.length : 0 },
    };
  }
  const misses = items
    .map((item, i) => ({ item, got: out[i] }))
    .filter(({ item, got }) => item.label !== got.label || (item.label === 'prohibited' && [...item.tactics].sort().join() !== [...got.tactics].sort().join()));
  return {
    all: scoreLabels(gold, pred),
    byLang,
    tactics: scoreTactics(items, out),
    hard: { n: hardIdx.length, accuracy: hardIdx.length ? hardIdx.filter((i) => gold[i] === pred[i]).length / hardIdx.length : 0 },
    blind: {
      labels: scoreLabels(blindIdx.map((i) => gold[i]), blindIdx.map((i) => pred[i])),
      tactics: scoreTactics(blindIdx.map((i) => items[i]), blindIdx.map((i) => out[i])),
    },
    splits,
    misses,
    inContext,
  };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function printScores(title: string, s: LabelScores): string[] {
  const lines = [`${title}  n=${s.n}  accuracy ${pct(s.accuracy)}  macro-F1 ${pct(s.macroF1)}`];
  for (const l of LABELS) {
    const x = s.perLabel[l];
    lines.push(`  ${l.padEnd(10)} P ${pct(x.p)}  R ${pct(x.r)}  F1 ${pct(x.f1)}  (n=${x.support})`);
  }
  return lines;
}

/** Print the evaluation report on stdout. */
export async function runLabelEval(path: string = DEV_SET_PATH): Promise<void> {
  const items = loadDevSet(path);
  const options = evalTaggerOptions();
  const context = await contextIndex(options);
  const e = evaluateLabels(items, context, options);
  const tuned = evaluateLabels(items.filter((i) => !i.split), context, options);
  const lines: string[] = ['Label evaluation on ' + path + (options.learned === false ? ' (lexicon alone: learned component OFF)' : ''), `${e.inContext} of ${items.length} items tagged in their source (current ingest), the rest on their own`, ''];
  lines.push(...printScores('ALL', e.all), '');
  lines.push(...printScores('DEV without the later splits (the set the lexicon was tuned on, plus the first blind split)', tuned.all));
  lines.push(`  tactic codes exact ${pct(tuned.tactics.exact)} (n=${tuned.tactics.n}); hard accuracy ${pct(tuned.hard.accuracy)} (n=${tuned.hard.n})`);
  for (const [lang, s] of Object.entries(tuned.byLang)) lines.push(`  ${lang.padEnd(8)} n=${String(s.n).padStart(3)}  macro-F1 ${pct(s.macroF1)}  prohibited P ${pct(s.perLabel.prohibited.p)} R ${pct(s.perLabel.prohibited.r)}`);
  lines.push('');
  lines.push('Confusion (rows gold, columns predicted):');
  lines.push(`  ${''.padEnd(11)}${LABELS.map((l) => l.padStart(11)).join('')}`);
  for (const g of LABELS) lines.push(`  ${g.padEnd(11)}${LABELS.map((p) => String(e.all.confusion[g][p]).padStart(11)).join('')}`);
  lines.push('');
  for (const [lang, s] of Object.entries(e.byLang)) lines.push(`  ${lang.padEnd(8)} n=${String(s.n).padStart(3)}  macro-F1 ${pct(s.macroF1)}  acc ${pct(s.accuracy)}  prohibited P ${pct(s.perLabel.prohibited.p)} R ${pct(s.perLabel.prohibited.r)}`);
  lines.push('');
  lines.push(`Tactic codes: micro P ${pct(e.tactics.p)}  R ${pct(e.tactics.r)}; gold-prohibited with exact codes ${pct(e.tactics.exact)}, with ≥1 right code ${pct(e.tactics.overlap)} (n=${e.tactics.n})`);
  for (const [c, x] of Object.entries(e.tactics.perCode).sort()) lines.push(`  ${c.padEnd(22)} tp ${x.tp}  fp ${x.fp}  fn ${x.fn}`);
  lines.push('', `Hard cases: accuracy ${pct(e.hard.accuracy)} (n=${e.hard.n})`, '');
  lines.push(...printScores('BLIND split (written before the lexicon, never tuned on)', e.blind.labels));
  lines.push(`  tactic codes exact ${pct(e.blind.tactics.exact)}  ≥1 right ${pct(e.blind.tactics.overlap)} (n=${e.blind.tactics.n})`, '');
  for (const [name, sp] of Object.entries(e.splits)) {
    lines.push(...printScores(`${name.toUpperCase()} split (held out; see DevItem.split)`, sp.labels));
    lines.push(`  tactic codes micro P ${pct(sp.tactics.p)} R ${pct(sp.tactics.r)}; exact ${pct(sp.tactics.exact)}  ≥1 right ${pct(sp.tactics.overlap)} (n=${sp.tactics.n}); hard accuracy ${pct(sp.hard.accuracy)} (n=${sp.hard.n})`);
    for (const [lang, s] of Object.entries(sp.byLang)) lines.push(`  ${lang.padEnd(8)} n=${String(s.n).padStart(3)}  macro-F1 ${pct(s.macroF1)}  acc ${pct(s.accuracy)}  prohibited P ${pct(s.perLabel.prohibited.p)} R ${pct(s.perLabel.prohibited.r)}`);
    lines.push('');
  }
  // Blind items stay blind: their misses are counted but not shown unless asked for.
  const showBlind = process.env.LABEL_EVAL_SHOW_BLIND === '1';
  const shown = e.misses.filter((m) => showBlind || !(m.item.blind || m.item.split));
  lines.push(`Misclassified (${e.misses.length}; ${e.misses.length - shown.length} blind ones hidden, LABEL_EVAL_SHOW_BLIND=1 shows them):`);
  for (const { item, got } of shown) {
    const ev = got.evidence.map((x) => `${x.role}:${x.code}:${x.cue}`).slice(0, 6).join(' | ');
    lines.push(`- [${item.lang}${item.hard ? ',hard' : ''}${item.blind ? ',blind' : ''}${item.split ? `,${item.split}` : ''}] gold ${item.label}${item.tactics.length ? ` ${item.tactics.join('+')}` : ''} → ${got.label}${got.tactics.length ? ` ${got.tactics.join('+')}` : ''}  ${item.text.slice(0, 90).replace(/\n/g, ' ')}`);
    lines.push(`    evidence: ${ev}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

// Allow `npx tsx src/eval/labels.ts`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void runLabelEval();
