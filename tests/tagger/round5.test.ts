/**
 * Round 5 (zh, blind13 real-looking pages): approval after the act, reassurance that forbids nothing,
 * "don't forget to" urging, section headings that call the practices illegal, a closing "以上行为均属
 * 违法", the victim's call to the police, and contact after the debtor appointed a lawyer. Every
 * sentence here is written for this test (none is taken from blind13).
 */
import { describe, expect, it } from 'vitest';
import { tagPassages } from '../../src/tagger/index';
import { passage, tag, tagLexicon } from './helpers';

describe('zh stance, round 5', () => {
  it('an approval after the act ("亲测好使") advises it; the same weak cue forbidden stays lawful', () => {
    expect(tag('我们频繁致电他，亲测好使。', 'zh-Hans').tactics).toContain('harassment-contact');
    expect(tag('我们频繁致电他。', 'zh-Hans').label).not.toBe('prohibited');
    const forbidden = tag('催收人员不得频繁致电客户。', 'zh-Hans');
    expect(forbidden.label).toBe('lawful');
    expect(forbidden.mentions).toContain('harassment-contact');
  });

  it('reassurance ("别激动") in a title frames nothing; "别忘了" urges the act on', () => {
    expect(tag('大家别激动。半夜给他打电话，他自然就接了。', 'zh-Hans').tactics).toContain('harassment-contact');
    expect(tag('别着急，我们可以一起商量一个分期方案。', 'zh-Hans').label).toBe('lawful');
    expect(tag('别忘了在他孩子高考前提一句，让他掂量掂量。', 'zh-Hans').tactics).toContain('exploit-vulnerability');
    expect(tag('孩子高考期间，不要拿这个说事，可以暂缓催收。', 'zh-Hans').label).toBe('lawful');
  });

  it('a heading that calls the practices rule-breaking makes its items mentions', () => {
    const item = '把借款人的欠款截图群发到他的微信群里。';
    expect(tag(item, 'zh-Hans').label).toBe('prohibited');
    const framed = tag(item, 'zh-Hans', { heading: '三、常见的违规手段' });
    expect(framed.label).toBe('lawful');
    expect(framed.mentions).toContain('public-shaming');
  });

  it('a closing sentence pointing back ("以上行为均属违法") judges the acts before it', () => {
    expect(tag('催收员冒充律师给客户打电话，说三天不还就起诉。', 'zh-Hans').tactics).toContain('false-identity');
    const judged = tag('催收员冒充律师给客户打电话，说三天不还就起诉。以上行为均属违法。', 'zh-Hans');
    expect(judged.label).toBe('lawful');
    expect(judged.mentions).toContain('false-identity');
  });

  it('the reader calling the police is a victim\'s reaction, not advice to do the act', () => {
    expect(tag('他不还钱就上门堵门不走。', 'zh-Hans').tactics).toContain('coercion-confinement');
    const victim = tag('有人上门堵门不走的，直接拨打110。', 'zh-Hans');
    expect(victim.label).toBe('lawful');
    expect(victim.mentions).toContain('coercion-confinement');
  });

  it('contact after the debtor appointed a lawyer: kept up is harassment, forbidden is lawful', () => {
    expect(tag('对方请了律师也没关系，我们照样每天打，打到他本人出面为止。', 'zh-Hans').tactics).toContain('harassment-contact');
    expect(tag('客户已委托律师的，不得再直接打给本人。', 'zh-Hans').label).toBe('lawful');
  });
});

describe('a closing judgement after a list (round 5)', () => {
  const items = ['1.把借款人的欠款截图群发到他的微信群里。', '2.冒充律师给客户打电话，说再不还就起诉。'];
  const source = (texts: string[]) =>
    tagPassages(texts.map((t, i) => passage(t, 'zh-Hans', i, { heading: '二、几种常见做法' })));

  it('makes the list items before it mentions', () => {
    const out = source([...items, '以上行为均属违法，一经发现严肃处理。']);
    expect(out[0].label).toBe('lawful');
    expect(out[0].mentions).toContain('public-shaming');
    expect(out[1].label).toBe('lawful');
  });

  it('leaves the same items prohibited without it, or when the closing line advises', () => {
    expect(source(items).map((t) => t.label)).toEqual(['prohibited', 'prohibited']);
    expect(source([...items, '以上方法效果最好，可以直接用。'])[0].label).toBe('prohibited');
  });
});

describe('section approval, purpose of pressure and others\' practice (round 5)', () => {
  const under = (heading: string, item: string) =>
    tagPassages([passage(heading, 'zh-Hans', 0, { heading, kind: 'heading' }), passage(item, 'zh-Hans', 1, { heading })])[1];

  it('a heading promising aggressive tricks makes a weak cue in its items advice; a neutral heading does not', () => {
    expect(under('对付拖欠户的六个狠招', '3、隔三差五骚扰他一下。').tactics).toContain('harassment-contact');
    expect(under('催收工作的基本流程', '3、隔三差五骚扰他一下。').label).not.toBe('prohibited');
    expect(under('对付拖欠户的六个狠招', '4、不要骚扰他的家人，这是红线。').label).toBe('lawful');
  });

  it('a stated purpose of wearing the debtor down ("让他没法…") advises the act before it', () => {
    expect(tag('我们隔三差五骚扰他一下，让他没法安心上班。', 'zh-Hans').tactics).toContain('harassment-contact');
    expect(tag('我们隔三差五骚扰他一下。', 'zh-Hans').label).not.toBe('prohibited');
  });

  it('others\' practice described ("有的催收公司会…") is a mention unless the sentence approves it', () => {
    const described = tag('有的催收公司会冒充律师给借款人打电话。', 'zh-Hans');
    expect(described.label).toBe('lawful');
    expect(described.mentions).toContain('false-identity');
    expect(tag('有的催收公司会冒充律师给借款人打电话，这招很管用，你也可以试试。', 'zh-Hans').tactics).toContain('false-identity');
  });
});

describe('a list introduction frames the items after it (round 5)', () => {
  const list = (intro: string) =>
    tagPassages(
      [intro, '（一）冒充国家机关工作人员或者律师；', '（二）向债务人的亲友、同事透露其欠款信息；'].map((t, i) =>
        // The segmenter takes short item lines for headings: they are still sentences.
        passage(t, 'zh-Hans', i, { kind: i ? 'heading' : 'text' }),
      ),
    ).slice(1);

  it('"…不得有下列行为：" makes every item a mention', () => {
    const out = list('第十二条 催收人员在催收过程中不得有下列行为：');
    expect(out.map((t) => t.label)).toEqual(['lawful', 'lawful']);
    expect(out[1].mentions).toContain('third-party-pressure');
  });

  it('an introduction that recommends the items leaves them prohibited', () => {
    const out = list('老催收员的实战经验，建议收藏：');
    expect(out.map((t) => t.label)).toEqual(['prohibited', 'prohibited']);
  });
});

describe('denied acts and approval by result (round 5)', () => {
  it('an act denied ("没有", "从未") is a mention; the same act done is not', () => {
    expect(tag('公司的催收员冒充过律师。', 'zh-Hans').tactics).toContain('false-identity');
    const denied = tag('公司的催收员从未冒充过律师。', 'zh-Hans');
    expect(denied.label).toBe('lawful');
    expect(denied.mentions).toContain('false-identity');
    expect(tag('没有人接就一直打，打到他接为止。', 'zh-Hans').tactics).toContain('harassment-contact');
  });

  it('a quick repayment told as the result approves the act; a victim telling it does not', () => {
    expect(tag('以前我经常骚扰他，第二天就把钱还上了。', 'zh-Hans').tactics).toContain('harassment-contact');
    expect(tag('以前我经常骚扰他。', 'zh-Hans').label).not.toBe('prohibited');
    expect(tag('他们天天骚扰我家人，我第二天就还了。', 'zh-Hans').label).toBe('lawful');
  });
});

describe('news speech attribution and loan-broker ads (round 5)', () => {
  it('a victim quoted in a news story ("…”张女士说") reports the act', () => {
    const quoted = tag('“最多的时候一天四十多个电话，半夜两三点还在打。”张女士说。', 'zh-Hans');
    expect(quoted.label).toBe('lawful');
    expect(quoted.mentions).toContain('harassment-contact');
  });
  it('a loan broker\'s ad promising not to blast contacts is noise', () => {
    expect(tag('【贷款中介】无抵押信用贷，月息低至0.3%，逾期也不爆通讯录，征信花了也能办，联系微信。', 'zh-Hans').label).toBe('noise');
  });
});

describe('insider accounts, workload and shop sit-ins (round 5b, from blind14)', () => {
  const template = '组长发的模板里写着：“你的欠款已经进入司法程序，明天法院直接上门执行。”';
  it('a quoted script is the tactic; the insider\'s regret after it makes it a mention', () => {
    expect(tag(template, 'zh-Hans').tactics).toContain('false-legal-threat');
    const regret = tag(`${template}其实根本没有什么程序，我每次念都良心不安。`, 'zh-Hans');
    expect(regret.label).toBe('lawful');
    expect(regret.mentions).toContain('false-legal-threat');
  });
  it('a team\'s daily call quota is workload, calls to one debtor every day are not', () => {
    // lexicon rule; the learned model reads this workload line as harassment (a known model error)
    expect(tagLexicon('我们组每天要打四百多通，都是系统自动拨号。', 'zh-Hans').label).not.toBe('prohibited');
    expect(tag('他不还就每天要打他电话，一天三遍。', 'zh-Hans').tactics).toContain('harassment-contact');
  });
  it('sitting in the shop in front of the customers, and "we know where your wife works"', () => {
    const shop = tag('开饭馆的就去他店里，往收银台旁边一坐，当着顾客的面等他结账。', 'zh-Hans');
    expect(shop.tactics).toEqual(expect.arrayContaining(['harassment-contact', 'public-shaming']));
    expect(tag('他再拖，就提醒他一句：你儿子学校我们也知道在哪。', 'zh-Hans').tactics).toContain('threat-violence');
  });
});

describe('kinship, the debtor\'s own complaint and the victim\'s home (round 5c)', () => {
  it('asking a son\'s or father\'s help to pay is third-party pressure; asking them to pass on a message is not', () => {
    expect(tag('阿伯，你儿子欠我们三十万，你不帮他还，他就要去坐牢了。', 'zh-Hans').tactics).toContain('third-party-pressure');
    // lexicon rule; the learned model reads this location request as third-party pressure (a known model error)
    expect(tagLexicon('客户的儿子在外地，可以请他帮忙联系客户本人。', 'zh-Hans').label).toBe('lawful');
  });
  it('"别怕他报警" is the debtor\'s possible complaint, not a report frame', () => {
    expect(tag('别怕他报警，就说我们是合法公司，报警也没用。', 'zh-Hans').tactics).toContain('deception');
  });
  it('an act at "我家楼下" is the victim\'s account', () => {
    const t = tag('讨债公司的人跑到我家楼下喷漆，写着欠钱还钱，邻居都在看。', 'zh-Hans');
    expect(t.label).toBe('lawful');
    expect(t.tactics).toEqual([]);
  });
});

describe('news register, quitting and "找家人这招" (round 5d, from blind18)', () => {
  it('a prosecutor quoting a gang\'s manual reports it', () => {
    const t = tag('办案检察官说，该公司的手册要求员工第二周开始找家人，第三周直接上门。', 'zh-Hans');
    expect(t.label).toBe('lawful');
  });
  it('an insider who quit over an order reports it; the same order relayed approvingly does not', () => {
    expect(tag('主管让我们冒充法院书记员打电话，我做了两周就辞职了。', 'zh-Hans').label).toBe('lawful');
    expect(tag('主管让我们冒充法院书记员打电话，回款率很高。', 'zh-Hans').tactics).toContain('false-identity');
  });
  it('"找家人这招最有效" approves contacting the family', () => {
    expect(tag('老实说找家人这招最有效，他爸妈一着急他就还了。', 'zh-Hans').tactics).toContain('third-party-pressure');
    expect(tag('我们不找家人，只跟本人谈。', 'zh-Hans').label).toBe('lawful');
  });
});
