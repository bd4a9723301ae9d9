/**
 * `npm run train-tagger`: train the learned tagger component (src/tagger/learned.ts) on every item of
 * tests/fixtures/labels.jsonl and write content/lexicon/model.json.
 * `npm run train-tagger -- --eval`: honest estimates instead — leave-one-split-out for every blind split
 * and 5-fold CV over the dev items — with and without the model, per flip gate. Items of a written
 * page (tests/fixtures/docs) are tagged in their page, as the labels eval tags them.
 */
import { writeFileSync } from 'node:fs';
import { cliArgs } from '../src/cli/args';
import { join } from 'node:path';
import { contextKey, DOCS_DIR, indexByOrigin, itemPassage, loadDevSet, scoreLabels, scoreTactics, type DevItem } from '../src/eval/labels';
import { runIngest } from '../src/pipeline/run';
import type { Passage, TaggedPassage } from '../src/records';
import type { TaggerOptions } from '../src/tagger/index';
import { modelFeatures, tagPassages } from '../src/tagger/index';
import { MODEL_PATH, setModel, trainModel, type Example } from '../src/tagger/learned';

const { values } = cliArgs(
  'train-tagger',
  { options: { eval: { type: 'boolean', default: false }, variants: { type: 'string' } } },
  { usage: 'npm run train-tagger [-- --eval [--variants NAME,NAME]]  (variants: substrings of the variant names)', exitCode: 1 },
);

const items = loadDevSet();
const passages: Passage[] = items.map((item, i) => itemPassage(item, i));
const examples: Example[] = items.map((item, i) => ({ features: modelFeatures(passages[i]), label: item.label, tactics: item.tactics }));

if (!values.eval) {
  const model = trainModel(examples);
  const json = JSON.stringify(model);
  writeFileSync(MODEL_PATH, json + '\n');
  process.stdout.write(`train-tagger: ${examples.length} items, ${model.vocab} features, ${(json.length / 1024).toFixed(0)} KB → ${MODEL_PATH}\n`);
} else {
  const folds: { name: string; test: number[] }[] = [];
  for (const s of [...new Set(items.map((it) => it.split).filter((x): x is string => !!x))].sort()) folds.push({ name: s, test: items.flatMap((it, i) => (it.split === s ? [i] : [])) });
  const dev = items.flatMap((it, i) => (it.split ? [] : [i]));
  const devPred: Record<string, TaggedPassage[]> = {};
  const fmt = (test: number[], out: TaggedPassage[]): string => {
    const s = scoreLabels(test.map((i) => items[i].label), out.map((o) => o.label));
    const t = scoreTactics(test.map((i) => items[i]), out);
    return `F1 ${s.macroF1.toFixed(3)} P ${s.perLabel.prohibited.p.toFixed(2)} R ${s.perLabel.prohibited.r.toFixed(2)} codes ${(100 * t.exact).toFixed(0)}% (${t.n})`;
  };
  const variants: Record<string, Partial<TaggerOptions>> = {
    base: { learned: false },
    'lawful-flip': { learned: true, learnedFromNoise: false, learnedGate: 'none' },
    '+noise-flip,no-mention': { learned: true, learnedFromNoise: true, learnedGate: 'no-mention' },
    '+noise-flip,cue': { learned: true, learnedFromNoise: true, learnedGate: 'cue' },
    'silent,NB only (round 8)': { learned: true, learnedFromNoise: true, learnedGate: 'silent', learnedNoiseThreshold: 0.99, learnedAgree: { lawful: 0, noise: 0, bare: 1.01 } },
    'silent (shipped)': { learned: true, learnedFromNoise: true, learnedGate: 'silent' },
  };
  const wanted = values.variants?.split(',').map((v) => v.trim()).filter(Boolean);
  if (wanted) for (const k of Object.keys(variants)) if (!wanted.some((w) => k.includes(w))) delete variants[k];
  // Items of a written page are tagged in their page (as the labels eval and a held-out page are);
  // the others on their own. Only the fold's own pages are ingested, once per variant.
  const tagFold = (test: number[], options: Partial<TaggerOptions>): TaggedPassage[] => {
    const docs = [...new Set(test.map((i) => items[i].origin).filter((o) => o.startsWith('doc:')))].map((o) => join(DOCS_DIR, o.slice(4)));
    const inPage = docs.length ? indexByOrigin(runIngest({ sourcesDir: '/nonexistent', files: docs, tagger: (ps) => tagPassages(ps, options) }).passages, (source) => `doc:${source}`) : new Map();
    return test.map((i) => inPage.get(contextKey(items[i].origin, items[i].text)) ?? tagPassages([passages[i]], options)[0]);
  };
  const run = (test: number[]): Record<string, TaggedPassage[]> => {
    const testSet = new Set(test);
    setModel(trainModel(examples.filter((_, i) => !testSet.has(i))));
    return Object.fromEntries(Object.entries(variants).map(([name, options]) => [name, tagFold(test, options)]));
  };
  const avg: Record<string, number[]> = {};
  const codeAvg: Record<string, number[]> = {};
  for (const f of folds) {
    const r = run(f.test);
    const gold = f.test.map((i) => items[i].label);
    const line = Object.entries(r).map(([k, v]) => {
      (avg[k] ??= []).push(scoreLabels(gold, v.map((o) => o.label)).macroF1);
      const t = scoreTactics(f.test.map((i) => items[i]), v);
      if (t.n) (codeAvg[k] ??= []).push(t.exact);
      return `${k}: ${fmt(f.test, v)}`;
    });
    process.stdout.write(`${f.name} (n=${f.test.length})\n  ${line.join('\n  ')}\n`);
  }
  const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  process.stdout.write(`blind average macro-F1: ${Object.entries(avg).map(([k, v]) => `${k} ${mean(v).toFixed(3)}`).join(', ')}\n`);
  process.stdout.write(`blind average exact codes: ${Object.entries(codeAvg).map(([k, v]) => `${k} ${(100 * mean(v)).toFixed(1)}%`).join(', ')}\n`);
  for (let k = 0; k < 5; k++) {
    const test = dev.filter((_, j) => j % 5 === k);
    const r = run(test);
    for (const [key, v] of Object.entries(r)) (devPred[key] ??= []).push(...v);
  }
  const devOrder = [0, 1, 2, 3, 4].flatMap((k) => dev.filter((_, j) => j % 5 === k));
  process.stdout.write(`dev 5-fold CV (n=${dev.length})\n  ${Object.entries(devPred).map(([k, v]) => `${k}: ${fmt(devOrder, v)}`).join('\n  ')}\n`);
  setModel(null);
}
