import { describe, expect, it } from 'vitest';
import { repeatedTitlePassages } from '../../src/tagger/page';
import { tagPassages } from '../../src/tagger/index';
import { passage } from './helpers';

describe('page furniture: a title repeated across the page', () => {
  const page = [
    'Cómo cobrar una factura vencida sin perder al cliente | Blog Pymes',
    'Inicio › Blog › Cobranza › Cómo cobrar una factura vencida sin perder al cliente',
    'Cómo cobrar una factura vencida sin perder al cliente',
    'Llama al cliente, escucha su situación y propón un plan de pagos por escrito.',
  ];

  it('marks the browser title, the breadcrumb and the repeated title, not the body', () => {
    expect([...repeatedTitlePassages(page)].sort()).toEqual([0, 1, 2]);
  });

  it('needs the title to recur: a lone unpunctuated line is not furniture', () => {
    expect(repeatedTitlePassages([page[2], page[3]]).size).toBe(0);
  });

  it('a passage with a punctuated body line is not furniture even when it repeats the title', () => {
    const merged = `${page[2]}\nPublicado el 3 de mayo.\n${page[3]}`;
    expect(repeatedTitlePassages([page[0], merged]).has(1)).toBe(false);
  });

  it('long unpunctuated lines are body text, not titles', () => {
    const long = 'Cuando el cliente no contesta durante varias semanas conviene revisar el contrato y las garantías antes de iniciar cualquier reclamación formal en el juzgado';
    expect(repeatedTitlePassages([long, `${long} y seguir`]).size).toBe(0);
  });

  it('the tagger labels the furniture noise and keeps the advice lawful', () => {
    const out = tagPassages(page.map((t, i) => passage(t, 'es', i)));
    expect(out.map((p) => p.label)).toEqual(['noise', 'noise', 'noise', 'lawful']);
    expect(out[0].evidence[0].rule).toBe('context/repeated-title');
  });
});

describe('headlines that name a tactic', () => {
  it('a news headline naming an abuse is a title (noise), its body is the lawful report', () => {
    const out = tagPassages([
      passage('Agency fined after collectors threatened borrowers with arrest', 'en', 0),
      passage('The regulator fined the agency $400,000 after its collectors told borrowers they would be arrested unless they paid. The agency must also refund the fees it added to the accounts.', 'en', 1),
    ]);
    expect(out[0].label).toBe('noise');
    expect(out[0].evidence[0].rule).toBe('context/headline');
  });

  it('a one-line instruction is not a headline', () => {
    const out = tagPassages([passage('Threaten him with arrest if he does not pay by Friday', 'en', 0)]);
    expect(out[0].label).toBe('prohibited');
  });

  it('a list item is not a headline', () => {
    const out = tagPassages([
      passage('Prohibited conduct', 'en', 0, { kind: 'heading' }),
      passage('- Threatening consumers with arrest for unpaid debts', 'en', 1, { heading: 'Prohibited conduct' }),
    ]);
    expect(out[1].evidence.some((e) => e.rule === 'context/headline')).toBe(false);
  });
});

describe('passages glued from blocks', () => {
  it('a lawful tip keeps its label when the segmenter glued an ad block after it', () => {
    const tip = '10. Report the debt to a credit bureau only after you have a judgment, and make sure the amount is accurate.';
    const ad = 'Sponsored: Bad credit? Get up to $5,000 deposited as soon as tomorrow. No hidden fees. Check your rate in 2 minutes!';
    const out = tagPassages([passage(`${tip}\n\n${ad}`, 'en', 0)]);
    expect(out[0].label).toBe('lawful');
  });

  it('the same ad on its own is noise', () => {
    const ad = 'Sponsored: Bad credit? Get up to $5,000 deposited as soon as tomorrow. No hidden fees. Check your rate in 2 minutes!';
    expect(tagPassages([passage(ad, 'en', 0)])[0].label).toBe('noise');
  });
});

describe('comments that point at a numbered item of the page', () => {
  const list = [
    'Consejos para cobrar a tiempo',
    '1. Manda un recordatorio amable antes del vencimiento y guarda copia de cada mensaje.',
    '2. Ve a su negocio a la hora de más clientela y reclámale en voz alta delante de todos.',
    '3. Propón un plan de pagos por escrito y firma el acuerdo con el cliente.',
  ];
  const tagPage = (comment: string) => tagPassages([...list, comment].map((t, i) => passage(t, 'es', i)));

  it('approving a prohibited item reports using it: prohibited with its codes and a cross-reference', () => {
    const item = tagPage('x')[2];
    expect(item.label).toBe('prohibited');
    const out = tagPage('Yo hice el punto 2 con un cliente de la tienda y funciona, pagó al día siguiente.').at(-1)!;
    expect(out.label).toBe('prohibited');
    expect(out.tactics).toEqual(item.tactics);
    expect(out.evidence.some((e) => e.role === 'tactic' && e.rule.startsWith('context/cross-reference:'))).toBe(true);
    expect(out.citations.length).toBeGreaterThan(0);
  });

  it('a warning about the same item only mentions its codes', () => {
    const item = tagPage('x')[2];
    const out = tagPage('Ojo con el punto 2: es ilegal y te pueden denunciar.').at(-1)!;
    expect(out.label).not.toBe('prohibited');
    for (const c of item.tactics) expect(out.mentions).toContain(c);
  });

  it('approving a lawful item changes nothing', () => {
    const out = tagPage('El punto 3 funciona muy bien, recomiendo hacerlo siempre.').at(-1)!;
    expect(out.label).toBe('lawful');
  });
});

describe('comment labels and ad tags', () => {
  it('a comment speaker label is not a comment box: the comment keeps its content label', () => {
    const lawful = tagPassages([passage('[댓글] 세무사사무실: 먼저 내용증명을 보내시고, 답이 없으면 법원에 지급명령을 신청하세요.', 'ko', 0)])[0];
    expect(lawful.label).toBe('lawful');
    const advised = tagPassages([passage('[댓글] 목공소아저씨: 저는 그 사장 와이프 가게까지 찾아가서 말했더니 그날 저녁에 바로 들어오더라고요. 가족이 알면 제일 빨라요.', 'ko', 0)])[0];
    expect(advised.label).toBe('prohibited');
    expect(advised.tactics).toContain('third-party-pressure');
  });

  it('a bare comment-box line is still noise', () => {
    expect(tagPassages([passage('댓글 3 | 공감 12 | 스크랩', 'ko', 0)])[0].label).toBe('noise');
  });

  it('an explicit ad tag makes the passage noise even when it names collection', () => {
    const t = tagPassages([passage('[광고] 미수금 회수 전문 신용정보회사 - 착수금 없이 성공보수만! 상담 전화 1588-0000', 'ko', 0)])[0];
    expect(t.label).toBe('noise');
    expect(t.evidence[0].rule).toBe('context/ad-tag');
    const en = tagPassages([passage('Sponsored · Behind on a collection account? See if you qualify for debt relief today.', 'en', 0)])[0];
    expect(en.evidence[0].rule).toBe('context/ad-tag');
  });
});

describe('item numbers after a subtitle timestamp (round 9)', () => {
  it('reads "[04:15] 第三个，" as item 3 and lends its codes to an approving comment', async () => {
    const { itemNumber } = await import('../../src/tagger/page');
    expect(itemNumber('[04:15] 第三个，找他妈。')).toBe(3);
    expect(itemNumber('[04:15] 大家好，第三个问题等会说。')).toBeNull();
    const page = [
      '[04:15] 第三个，找他身边的人，给他妈打电话说他欠了八万，让老人家催他还钱。',
      '[05:00] 第四个，准备好还款计划书，跟客户协商分期。',
      '贷后小钱：第三招太好用了，上周刚用过，他妈第二天就替他还了一半。',
    ].map((t, i) => passage(t, 'zh-Hans', i));
    const tagged = tagPassages(page);
    expect(tagged[2].label).toBe('prohibited');
    expect(tagged[2].tactics).toContain('third-party-pressure');
  });
});
