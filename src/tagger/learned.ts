/**
 * A small learned component beside the cue lexicon: multinomial Naive Bayes over hashed, binary
 * features (character 1–3-grams of the folded Han / Hangul runs, analyzer stems and stem bigrams of
 * Latin words, Korean stems, and the lexicon's own signals passed in by the tagger). Targets: the
 * label (3-way) and, among prohibited passages, one-vs-rest per tactic code.
 *
 *   trainModel(examples) → Model (plain JSON, deterministic)   predict(model, features) → Prediction
 *
 * Dependency-free and pure; content/lexicon/model.json is written by scripts/train-tagger.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { koStems, latinTerm } from '../analyzer/index';
import type { Label, Lang, TacticCode } from '../records';
import { LABELS, TACTICS } from '../records';

export const MODEL_PATH = fileURLToPath(new URL('../../content/lexicon/model.json', import.meta.url));

/** Hash space of feature buckets. */
const BUCKETS = 1 << 20;

/** One feature: its hash bucket and where it sits in the passage (for evidence). */
export interface Feature {
  h: number;
  start: number;
  end: number;
}

const fnvStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

/** FNV-1a, 32 bit, folded into BUCKETS. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return (h >>> 0) % BUCKETS;
}

const HAN = /\p{Script=Han}+/gu;
const HANGUL = /[\uac00-\ud7a3]+/g;
const LATIN = /[\p{Script=Latin}]+/gu;

/**
 * Features of one passage: `folded` is the length-preserving fold of the text (src/text/fold.ts),
 * `signals` extra symbolic features (lexicon cue codes, stance roles) without offsets.
 */
export function features(folded: string, lang: Lang, signals: string[] = []): Feature[] {
  const out: Feature[] = [];
  const grams = (re: RegExp, tag: string): void => {
    for (const m of folded.matchAll(re)) {
      const run = m[0];
      const base = m.index!;
      const seed = fnvStep(0x811c9dc5, tag.charCodeAt(0));
      for (let i = 0; i < run.length; i++) {
        // FNV-1a extended one character at a time: the same value as hashFeature(tag + gram).
        let h = seed;
        for (let n = 1; n <= 3 && i + n <= run.length; n++) {
          h = fnvStep(h, run.charCodeAt(i + n - 1));
          out.push({ h: (h >>> 0) % BUCKETS, start: base + i, end: base + i + n });
        }
      }
    }
  };
  grams(HAN, 'z');
  grams(HANGUL, 'k');
  for (const m of folded.matchAll(HANGUL))
    for (const s of koStems(m[0])) out.push({ h: hashFeature(`ks${s}`), start: m.index!, end: m.index! + m[0].length });
  const latinLang: Lang = lang === 'es' || lang === 'en' ? lang : 'und';
  let prev: { t: string; start: number } | null = null;
  for (const m of folded.matchAll(LATIN)) {
    const t = latinTerm(m[0], latinLang);
    const start = m.index!;
    const end = start + m[0].length;
    if (!t) continue;
    out.push({ h: hashFeature(`l${t}`), start, end });
    if (prev) out.push({ h: hashFeature(`b${prev.t} ${t}`), start: prev.start, end });
    prev = { t, start };
  }
  for (const s of signals) out.push({ h: hashFeature(`s${s}`), start: 0, end: 0 });
  return out;
}

/**
 * The trained model. `f[bucket]` = document counts: one per label (LABELS order), then one per
 * tactic code (TACTICS order, prohibited documents only). Buckets seen in fewer than `minDf`
 * training documents are dropped.
 */
export interface Model {
  version: 1;
  docs: number[]; // per label, then per code (prohibited docs carrying that code)
  mass: number[]; // total feature occurrences per label, then per code, then "prohibited without code" per code
  vocab: number;
  f: Record<string, number[]>;
  /** Logistic regression, prohibited vs the rest, over the same buckets (calibrated where NB is not). */
  lr?: { bias: number; w: Record<string, number> };
}

export interface Example {
  features: Feature[];
  label: Label;
  tactics: TacticCode[];
}

const NL = LABELS.length;
const NC = TACTICS.length;

/** Train Naive Bayes counts (binary features per document). Deterministic for the same examples. */
export function trainModel(examples: Example[], minDf = 2): Model {
  const counts = new Map<number, number[]>();
  const docs = new Array(NL + NC).fill(0);
  for (const ex of examples) {
    const li = LABELS.indexOf(ex.label);
    docs[li]++;
    const codes = ex.label === 'prohibited' ? ex.tactics.map((c) => TACTICS.indexOf(c)) : [];
    for (const c of codes) docs[NL + c]++;
    for (const h of new Set(ex.features.map((f) => f.h))) {
      let row = counts.get(h);
      if (!row) counts.set(h, (row = new Array(NL + NC).fill(0)));
      row[li]++;
      for (const c of codes) row[NL + c]++;
    }
  }
  const f: Record<string, number[]> = {};
  const mass = new Array(NL + 2 * NC).fill(0);
  const pi = LABELS.indexOf('prohibited');
  for (const h of [...counts.keys()].sort((a, b) => a - b)) {
    const row = counts.get(h)!;
    if (row.slice(0, NL).reduce((s, x) => s + x, 0) < minDf) continue;
    let last = row.length;
    while (last > NL && row[last - 1] === 0) last--;
    f[h] = row.slice(0, last);
    for (let i = 0; i < NL + NC; i++) mass[i] += row[i];
    for (let c = 0; c < NC; c++) mass[NL + NC + c] += row[pi] - row[NL + c];
  }
  return { version: 1, docs, mass, vocab: Object.keys(f).length, f, lr: trainLogistic(examples, f) };
}

/**
 * L2-regularised logistic regression (AdaGrad over binary features), prohibited vs the rest, on the
 * buckets NB kept. NB's posteriors are extreme (nearly every flip has p > 0.99), so a threshold on
 * them cannot separate right from wrong flips; the logistic head's probability can, and the tagger
 * asks both to agree. Deterministic: a fixed shuffle per epoch.
 */
function trainLogistic(examples: Example[], kept: Record<string, number[]>, epochs = 12, lambda = 1e-3): { bias: number; w: Record<string, number> } {
  const rows = examples.map((ex) => ({ y: ex.label === 'prohibited' ? 1 : 0, x: [...new Set(ex.features.map((f) => f.h))].filter((h) => h in kept) }));
  const w = new Map<number, number>();
  const g2 = new Map<number, number>();
  let bias = 0;
  let gb = 0;
  const eta = 0.5;
  let seed = 12345;
  const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000);
  const order = rows.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { x, y } = rows[i];
      let z = bias;
      for (const h of x) z += w.get(h) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - y;
      gb += g * g;
      bias -= (eta / Math.sqrt(gb + 1e-8)) * g;
      for (const h of x) {
        const wi = w.get(h) ?? 0;
        const gi = g + lambda * wi;
        const acc = (g2.get(h) ?? 0) + gi * gi;
        g2.set(h, acc);
        w.set(h, wi - (eta / Math.sqrt(acc + 1e-8)) * gi);
      }
    }
  }
  const out: Record<string, number> = {};
  for (const h of [...w.keys()].sort((a, b) => a - b)) if (Math.abs(w.get(h)!) >= 1e-3) out[h] = Math.round(w.get(h)! * 1e4) / 1e4;
  return { bias: Math.round(bias * 1e4) / 1e4, w: out };
}

export interface Prediction {
  /** Posterior per label (LABELS order). */
  p: Record<Label, number>;
  /** Log-odds per tactic code (code vs other prohibited passages). */
  codes: { code: TacticCode; score: number }[];
  /** Present features most in favour of `prohibited`, strongest first (deduplicated spans). */
  top: Feature[];
  /** p(prohibited) of the logistic head when the model has one, else the NB posterior. */
  pProhibited: number;
}

/** Smoothing of the Naive Bayes counts. */
const ALPHA = 0.5;

interface Compiled {
  /** Per bucket: log-likelihood per label, then per code the log-ratio code vs other prohibited. */
  rows: Map<number, Float64Array>;
  prior: number[];
  codePrior: number[];
}
const compiledCache = new WeakMap<Model, Compiled>();

/** Precompute every log weight once per model, so prediction is additions only. */
function compile(model: Model): Compiled {
  let c = compiledCache.get(model);
  if (c) return c;
  const pi = LABELS.indexOf('prohibited');
  const total = model.docs.slice(0, NL).reduce((s, x) => s + x, 0);
  const v = ALPHA * model.vocab;
  const denom = LABELS.map((_, i) => Math.log(model.mass[i] + v));
  const codeDen = TACTICS.map((_, k) => Math.log(model.mass[NL + k] + v));
  const restDen = TACTICS.map((_, k) => Math.log(model.mass[NL + NC + k] + v));
  const rows = new Map<number, Float64Array>();
  for (const [key, row] of Object.entries(model.f)) {
    const w = new Float64Array(NL + NC);
    for (let i = 0; i < NL; i++) w[i] = Math.log(row[i] + ALPHA) - denom[i];
    for (let k = 0; k < NC; k++) {
      const inCode = row[NL + k] ?? 0;
      w[NL + k] = Math.log(inCode + ALPHA) - codeDen[k] - (Math.log(row[pi] - inCode + ALPHA) - restDen[k]);
    }
    rows.set(Number(key), w);
  }
  c = {
    rows,
    prior: LABELS.map((_, i) => Math.log((model.docs[i] + 1) / (total + NL))),
    codePrior: TACTICS.map((_, k) => Math.log((model.docs[NL + k] + 0.5) / (model.docs[pi] - model.docs[NL + k] + 0.5))),
  };
  compiledCache.set(model, c);
  return c;
}

const stamp = new Int32Array(BUCKETS);
let stampGen = 0;

/** Posterior of the label, per-code scores and the strongest prohibited-side features. */
export function predict(model: Model, feats: Feature[]): Prediction {
  const { rows, prior, codePrior } = compile(model);
  const logp = [...prior];
  const codeScore = [...codePrior];
  const pi = LABELS.indexOf('prohibited');
  // Binary features: each bucket counts once (a generation stamp instead of a Set per call).
  if (stampGen === 0x7fffffff) (stamp.fill(0), (stampGen = 0));
  const gen = ++stampGen;
  const scored: { f: Feature; w: number }[] = [];
  const lr = model.lr;
  let lrZ = lr?.bias ?? 0;
  for (const f of feats) {
    if (stamp[f.h] === gen) continue;
    stamp[f.h] = gen;
    const w = rows.get(f.h);
    if (!w) continue;
    lrZ += lr?.w[f.h] ?? 0; // the logistic head's weights are over the same kept buckets
    let other = -Infinity;
    for (let i = 0; i < NL; i++) {
      logp[i] += w[i];
      if (i !== pi && w[i] > other) other = w[i];
    }
    for (let k = 0; k < NC; k++) codeScore[k] += w[NL + k];
    if (f.end > f.start && w[pi] > other) scored.push({ f, w: w[pi] - other });
  }
  const mx = Math.max(...logp);
  const ex = logp.map((x) => Math.exp(x - mx));
  const z = ex.reduce((s, x) => s + x, 0);
  const p = Object.fromEntries(LABELS.map((l, i) => [l, ex[i] / z])) as Record<Label, number>;
  scored.sort((a, b) => b.w - a.w || a.f.start - b.f.start);
  const top: Feature[] = [];
  for (const { f } of scored) {
    if (top.length >= 3) break;
    if (top.some((t) => t.start < f.end && f.start < t.end)) continue;
    top.push(f);
  }
  const codes = TACTICS.map((code, k) => ({ code, score: codeScore[k] })).sort((a, b) => b.score - a.score || TACTICS.indexOf(a.code) - TACTICS.indexOf(b.code));
  return { p, codes, top, pProhibited: lr ? 1 / (1 + Math.exp(-lrZ)) : p.prohibited };
}

let loaded: Model | null | undefined;

/** The committed model (content/lexicon/model.json), or null when there is none. Read once. */
export function loadModel(): Model | null {
  if (loaded === undefined) loaded = existsSync(MODEL_PATH) ? (JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as Model) : null;
  return loaded;
}

/** Replace the process-wide model (evaluation folds, tests); null switches it off. */
export function setModel(model: Model | null): void {
  loaded = model;
}
