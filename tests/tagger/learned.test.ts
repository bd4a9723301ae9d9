import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/records';
import { fold } from '../../src/text/fold';
import { defaultTaggerOptions, tagPassages } from '../../src/tagger/index';
import { features, predict, setModel, trainModel, type Example } from '../../src/tagger/learned';
import { passage } from './helpers';

const ex = (text: string, lang: Lang, label: Example['label'], tactics: Example['tactics'] = []): Example => ({
  features: features(fold(text), lang),
  label,
  tactics,
});

// A toy training set written for this test (not from the seeds or labels.jsonl).
const TOY: Example[] = [
  ex('催收员应当反复给他的邻居打电话施压', 'zh-Hans', 'prohibited', ['third-party-pressure']),
  ex('给邻居打电话施压让他们转告欠款', 'zh-Hans', 'prohibited', ['third-party-pressure']),
  ex('打电话施压邻居催他还钱', 'zh-Hans', 'prohibited', ['third-party-pressure']),
  ex('法律规定催收应当文明合规进行', 'zh-Hans', 'lawful'),
  ex('催收应当文明合规并保护隐私', 'zh-Hans', 'lawful'),
  ex('合规催收保护借款人隐私', 'zh-Hans', 'lawful'),
  ex('本店新品上市欢迎选购优惠', 'zh-Hans', 'noise'),
  ex('欢迎选购本店优惠新品', 'zh-Hans', 'noise'),
];

afterEach(() => setModel(null));

describe('learned tagger component', () => {
  it.each([
    ['催收電話', 'zh-Hant' as Lang],
    ['독촉 전화를 했다', 'ko' as Lang],
    ['llamaron a sus vecinos', 'es' as Lang],
  ])('gives features whose offsets lie inside the text: %s', (text, lang) => {
    const fs = features(fold(text), lang);
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('folds Traditional and Simplified to the same character features', () => {
    const a = features(fold('催收電話'), 'zh-Hant').map((f) => f.h);
    const b = features(fold('催收电话'), 'zh-Hans').map((f) => f.h);
    expect(a).toEqual(b);
  });

  it('trains deterministically', () => {
    expect(JSON.stringify(trainModel(TOY, 1))).toBe(JSON.stringify(trainModel([...TOY], 1)));
  });

  it('ranks the label with the shared n-grams highest and the right code first', () => {
    const m = trainModel(TOY, 1);
    const pr = predict(m, features(fold('他们给邻居打电话施压'), 'zh-Hans'));
    expect(pr.p.prohibited).toBeGreaterThan(pr.p.lawful);
    expect(pr.p.prohibited).toBeGreaterThan(pr.p.noise);
    expect(pr.codes[0].code).toBe('third-party-pressure');
    expect(pr.top.length).toBeGreaterThan(0);
    const noisy = predict(m, features(fold('欢迎选购新品'), 'zh-Hans'));
    expect(noisy.p.noise).toBeGreaterThan(noisy.p.prohibited);
  });

  it('is on by default with the silent gate; switched off, the output does not depend on the model', () => {
    expect(defaultTaggerOptions.learned).toBe(true);
    expect(defaultTaggerOptions.learnedGate).toBe('silent');
    const p = passage('可以跟他的邻居聊聊他欠钱的事，让邻居劝劝他。', 'zh-Hans');
    const before = tagPassages([p], { learned: false });
    setModel(trainModel(TOY, 1));
    expect(tagPassages([p], { learned: false })).toEqual(before);
  });



  it('never turns a noise passage with an other-topic cue prohibited and gives every flipped passage model evidence', () => {
    setModel(trainModel(TOY, 1));
    const ps = [
      passage('欢迎选购本店优惠新品', 'zh-Hans', 0),
      passage('可以给邻居打电话施压，让他们转告', 'zh-Hans', 1),
    ];
    const base = tagPassages(ps);
    const withModel = tagPassages(ps, { learned: true, learnedThreshold: 0.5 });
    if (base[0].label === 'noise') expect(withModel[0].label).toBe('noise');
    for (const t of withModel)
      if (t.label === 'prohibited') {
        expect(t.tactics.length).toBeGreaterThan(0);
        expect(t.evidence.some((e) => e.role === 'tactic')).toBe(true);
        for (const e of t.evidence) expect(t.text.slice(e.start, e.end)).toBe(e.cue);
      }
  });
});

describe('learned tagger component, combined with the lexicon', () => {
  // A toy model that (wrongly, on purpose) finds "payment options" prohibited: it shows the gate.
  const es = (text: string, label: Example['label'], tactics: Example['tactics'] = []): Example => ex(text, 'es', label, tactics);
  const toy = (): void =>
    setModel(
      trainModel(
        [
          es('explíquele al cliente las opciones de pago', 'prohibited', ['false-legal-threat']),
          es('las opciones de pago del cliente explíquele', 'prohibited', ['false-legal-threat']),
          es('el cliente y sus opciones de pago', 'prohibited', ['false-legal-threat']),
          es('la ley protege al deudor en el cobro', 'lawful'),
          es('el cobro debe respetar la ley', 'lawful'),
          es('la ley y el deudor', 'lawful'),
          es('compre hoy nuestro nuevo producto', 'noise'),
          es('nuevo producto en oferta hoy', 'noise'),
        ],
        1,
      ),
    );

  it('flips a lawful passage with an advise marker and shows model evidence inside the text', () => {
    toy();
    const p = passage('Muéstrele al cliente qué opciones de pago tiene para su deuda.', 'es');
    expect(tagPassages([p], { learned: false })[0].label).toBe('lawful');
    // The `cue` gate wants a weak cue of the model's code left undecided by the stance analysis.
    expect(tagPassages([p], { learned: true, learnedThreshold: 0.5, learnedGate: 'cue' })[0].label).toBe('lawful');
    const t = tagPassages([p], { learned: true, learnedThreshold: 0.5, learnedGate: 'none' })[0];
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toEqual(['false-legal-threat']);
    const model = t.evidence.filter((e) => e.rule.startsWith('model/'));
    expect(model.length).toBeGreaterThan(0);
    for (const e of model) {
      expect(e.role).toBe('tactic');
      expect(t.text.slice(e.start, e.end)).toBe(e.cue);
    }
    expect(t.citations.length).toBeGreaterThan(0);
  });

  it('speaks only where the lexicon found no tactic cue under the silent gate', () => {
    toy();
    const silent = passage('Muéstrele al cliente qué opciones de pago tiene para su deuda.', 'es');
    // the same advice beside a weak cue (insistir) the lexicon weighed and left lawful
    const withCue = passage('Muéstrele al cliente qué opciones de pago tiene para su deuda, sin insistir.', 'es');
    const opts = { learned: true, learnedThreshold: 0.5 } as const;
    expect(tagPassages([withCue], { learned: false })[0].label).toBe('lawful');
    expect(tagPassages([withCue], { ...opts, learnedGate: 'none' })[0].label).toBe('prohibited');
    expect(tagPassages([withCue], { ...opts, learnedGate: 'silent' })[0].label).toBe('lawful');
    expect(tagPassages([silent], { ...opts, learnedGate: 'silent' })[0].label).toBe('prohibited');
  });

  it('never overrules a warning under the no-mention gate, however confident the model', () => {
    toy();
    const p = passage('Muéstrele al cliente qué opciones de pago tiene para su deuda; está prohibido presionarlo.', 'es');
    expect(tagPassages([p], { learned: true, learnedThreshold: 0.5, learnedGate: 'none' })[0].label).toBe('prohibited');
    expect(tagPassages([p], { learned: true, learnedThreshold: 0.5, learnedGate: 'no-mention' })[0].label).toBe('lawful');
  });

  it('without a weak cue or advise marker flips only under the silent gate, and only when the logistic head is sure', () => {
    toy();
    const p = passage('La cliente ya conoce las opciones de pago que tiene para su deuda.', 'es');
    const opts = { learned: true, learnedThreshold: 0.5 } as const;
    expect(tagPassages([p], { ...opts, learnedGate: 'no-mention' })[0].label).toBe('lawful');
    expect(tagPassages([p], { ...opts, learnedGate: 'silent', learnedAgree: { lawful: 0, noise: 0, bare: 1.01 } })[0].label).toBe('lawful');
    expect(tagPassages([p], { ...opts, learnedGate: 'silent', learnedAgree: { lawful: 0, noise: 0, bare: 0 } })[0].label).toBe('prohibited');
  });

  it('needs the logistic head to agree with the naive Bayes posterior', () => {
    toy();
    const p = passage('Muéstrele al cliente qué opciones de pago tiene para su deuda.', 'es');
    const opts = { learned: true, learnedThreshold: 0.5, learnedGate: 'silent' } as const;
    expect(tagPassages([p], { ...opts, learnedAgree: { lawful: 0, noise: 0, bare: 0 } })[0].label).toBe('prohibited');
    expect(tagPassages([p], { ...opts, learnedAgree: { lawful: 1.01, noise: 1.01, bare: 0 } })[0].label).toBe('lawful');
  });
});
