/**
 * Round 7 (zh, prohibited-heavy pages, blind21): scripted lines, taunts and rhetorical questions that
 * carry a tactic without an explicit instruction frame, and the same cue forbidden or reported. Every
 * sentence here is written for this test (none is taken from a page or from blind21).
 */
import { describe, expect, it } from 'vitest';
import { passage, tag } from './helpers';
import { tagPassages } from '../../src/tagger/index';

describe('scripted lines and their stance, round 7', () => {
  it('zh: a script line ending in 的。” is speech to the debtor, not a statute item', () => {
    const script = '“再拖一周，你微信里那几十号人我就挨个打过去，让大家评评理，看看你是怎么做人的。”';
    expect(tag(`客户说下个月再还时：\n${script}`, 'zh-Hans').label).toBe('prohibited');
    // A real enumerated item keeps its statute voice.
    const item = tag('（三）向债务人以外的第三人透露债务情况，挨个打过去催要的；', 'zh-Hans');
    expect(item.label).not.toBe('prohibited');
  });

  it('zh: a rhetorical question inside a quoted script is the speaker’s, a reader’s question is not advice', () => {
    const quoted = tag('可以这样问他：“你爸刚做完手术吧？这事要是传出去，你孩子以后考公政审都过不了，你想清楚了吗？”', 'zh-Hans');
    expect(quoted.label).toBe('prohibited');
    expect(quoted.tactics).toContain('false-legal-threat');
    expect(tag('欠网贷会影响孩子考公政审吗？', 'zh-Hans').label).not.toBe('prohibited');
  });

  it('zh: a report word inside speech to the debtor does not frame the script; a real complaint does', () => {
    const script = '“举报你随便去举报，到时候是民事还是刑事就由不得你了。”';
    expect(tag(`客户扬言要举报时，回他一句：${script}`, 'zh-Hans').label).toBe('prohibited');
    expect(tag('借款人向12378举报称，催收员在电话里说他的事到时候是民事还是刑事由不得他。', 'zh-Hans').label).toBe('lawful');
    // The debtor's own words keep their report word.
    expect(tag('借款人在电话里说：“你们再打，我就报警，到时候是民事还是刑事由不得你们。”', 'zh-Hans').label).not.toBe('prohibited');
  });

  it('zh: 别以为 is a taunt, not a prohibition; 别 before the act still forbids', () => {
    expect(tag('“别以为换了号就没事，你媳妇在哪上班、孩子在哪上学我们都清清楚楚。”', 'zh-Hans').tactics).toContain('threat-violence');
    expect(tag('外访时别拿对方家人在哪上学、在哪上班说事，不得暗示知道其家人行踪。', 'zh-Hans').label).toBe('lawful');
  });

  it('zh: a police report the collector threatens is no report frame; a victim’s report is', () => {
    expect(tag('你就跟他讲：只要我们一报案，你就得进去蹲几年。', 'zh-Hans').label).toBe('prohibited');
    expect(tag('我已经报案了，催收员在电话里说我要进去蹲几年，这合法吗？', 'zh-Hans').label).not.toBe('prohibited');
  });

  it('zh: a scripted-lines heading makes its items advice; a heading forbidding the lines does not', () => {
    const line = '“今天不还，明天我们就去你老家，顺便跟村长聊聊。”';
    const under = (heading: string) =>
      tagPassages([passage(heading, 'zh-Hans', 0, { kind: 'heading', heading }), passage(line, 'zh-Hans', 1, { heading })])[1];
    expect(under('三、催收话术速记卡').label).toBe('prohibited');
    expect(under('三、严禁使用的话术').label).not.toBe('prohibited');
  });
});

describe('concepts from blind21 phenomena, round 7', () => {
  it('zh: muscle at the door and funeral imagery are menace when advised, mentions when reported', () => {
    expect(tag('上门的时候多喊上几个膀大腰圆的兄弟，往门口一站就行。', 'zh-Hans').tactics).toContain('threat-violence');
    expect(tag('据警方通报，该团伙多次喊上几个膀大腰圆的兄弟往债务人门口一站。', 'zh-Hans').label).toBe('lawful');
    expect(tag('给他寄一束白菊花，什么话都别写。', 'zh-Hans').tactics).toContain('threat-violence');
  });

  it('zh: exposure in group chats and social feeds is shaming; the debtor who was exposed reports it', () => {
    expect(tag('把他的欠条照片扔到他们小区群里，再配上寻人启事。', 'zh-Hans').tactics).toContain('public-shaming');
    expect(tag('我就是被挂在小区群里的那个人，现在出门都抬不起头。', 'zh-Hans').label).not.toBe('prohibited');
    expect(tag('不得将债务人信息扔到小区群里。', 'zh-Hans').label).toBe('lawful');
  });

  it('zh: a false guarantor story to a contact is deception; the rule against it is lawful', () => {
    expect(tag('打给紧急联系人就说：他当初把您填成了担保人，钱还不上只能由您来承担。', 'zh-Hans').tactics).toEqual(
      expect.arrayContaining(['deception', 'third-party-pressure']),
    );
    expect(tag('严禁对联系人谎称其被填成了担保人。', 'zh-Hans').label).toBe('lawful');
  });

  it('zh: interest disguised as a daily penalty is an unfair charge; a court capping it is lawful', () => {
    expect(tag('借条上把利息写成违约金，按天算千分之三。', 'zh-Hans').tactics).toContain('unfair-charges');
    expect(tag('法院认为，双方约定按天算千分之三的违约金过高，超出部分不予支持。', 'zh-Hans').label).toBe('lawful');
  });
});

describe('page structure, round 7', () => {
  const page = (texts: string[]) => tagPassages(texts.map((t, i) => passage(t, 'zh-Hans', i)));

  it('zh: a comment approving a numbered tip (第二招 / 三、) takes its codes; a warning in another speaker\'s turn does not block it', () => {
    const tips = ['第一招：先打个电话客气提醒一下，把还款日说清楚。', '第二招：他不接就往他单位打，找他领导聊聊他欠钱的事。'];
    const approved = page([...tips, '网友甲：第二招我们上个月刚用过，当天就结清了。'])[2];
    expect(approved.label).toBe('prohibited');
    expect(approved.tactics).toContain('third-party-pressure');
    const thread = page([...tips, '网友乙：这不就是违法催收吗？\n\n网友丙：第二招我用过，真管用。'])[2];
    expect(thread.label).toBe('prohibited');
    const warned = page([...tips, '网友丁：第二招千万别用，这是违法的。'])[2];
    expect(warned.label).not.toBe('prohibited');
    expect(warned.mentions).toContain('third-party-pressure');
  });

  it('zh: a dashed ad tag stays noise with the next tip\'s title glued under it; the tip itself is not noise', () => {
    const [ad, tip] = page(['——广告——\n\n低息贷款，最快当天放款，点击下方链接立即申请>>\n\n第三招：往他单位打', '挑上班时间打到他们前台，让前台转给他领导。']);
    expect(ad.label).toBe('noise');
    expect(tip.label).not.toBe('noise');
  });

  it('zh: a browser title ending in a site name is noise; the same words in a sentence are not', () => {
    expect(page(['干了三年贷后，说说对付老赖的几个办法_贷后吧_百度贴吧'])[0].label).toBe('noise');
    expect(page(['我在百度贴吧看到有人教新人往客户单位打电话施压，这种做法是违法的。'])[0].label).toBe('lawful');
  });
});

describe('more concepts written from fresh probes, round 7', () => {
  it('zh: HR told of the debt, accounts said to be frozen, a car driven off — advised vs forbidden', () => {
    expect(tag('你就跟他说，已经同步给你们公司人事部了。', 'zh-Hans').tactics).toContain('third-party-pressure');
    expect(tag('不得将欠款情况告知债务人公司人事部。', 'zh-Hans').label).toBe('lawful');
    expect(tag('就说他名下的银行卡明天都会被冻结。', 'zh-Hans').tactics).toContain('false-legal-threat');
    expect(tag('上门先把他的电动车开走，钱还了再还车。', 'zh-Hans').tactics).toContain('coercion-confinement');
    expect(tag('严禁把客户的车开走抵债。', 'zh-Hans').label).toBe('lawful');
  });

  it('zh-Hant: a stakeout at the door is harassment; a rule against it is lawful', () => {
    expect(tag('每天晚上去他家門口站崗，一直按電鈴。', 'zh-Hant').tactics).toContain('harassment-contact');
    expect(tag('催收人員不得到債務人住處站崗或按電鈴騷擾。', 'zh-Hant').label).toBe('lawful');
  });
});

describe('victims, warnings and push comments, round 7', () => {
  it('zh: a first-person passive is suffered, not done; a passive threat told to the debtor is still a tactic', () => {
    expect(tag('我被他们跟踪了整整一个礼拜，出门都害怕。', 'zh-Hans').label).not.toBe('prohibited');
    expect(tag('跟他说：再拖下去你就会被列入网上通缉名单，出门就被抓。', 'zh-Hans').label).toBe('prohibited');
  });

  it('zh: a claim judged false and a no-such-act promise are lawful; the claim as advice is a tactic', () => {
    expect(tag('就说他名下的银行卡明天都会被冻结。', 'zh-Hans').label).toBe('prohibited');
    expect(tag('律师提醒：催收方声称“你名下的银行卡明天都会被冻结”属于虚假陈述。', 'zh-Hans').label).toBe('lawful');
    expect(tag('本公司承诺：不联系单位，不上门堵人。', 'zh-Hans').label).toBe('lawful');
  });

  it('zh-Hant: PTT push lines are speaker turns; a push approving a numbered tip takes its codes', () => {
    const texts = ['1. 到他家樓下等，他一出門就跟上去，讓他走到哪都覺得有人在看。', '推 abc: 第1點我也用過，超有效\n→ def99: 我就是被這樣跟蹤過的，很可怕'];
    const t = tagPassages(texts.map((x, i) => passage(x, 'zh-Hant', i)))[1];
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toContain('harassment-contact');
    expect(tag('→ def99: 我就是被這樣跟蹤過的，很可怕', 'zh-Hant').label).not.toBe('prohibited');
  });

  it('zh-Hant: knowing the child\'s school and its hours is menace; a rule against it is lawful', () => {
    expect(tag('跟他講我們知道小孩讀哪間，放學的時間我們也很清楚。', 'zh-Hant').tactics).toContain('threat-violence');
    expect(tag('催收人員不得向債務人暗示知道其小孩讀哪間學校。', 'zh-Hant').label).toBe('lawful');
  });
});

describe('speech after an instruction to say it, round 7', () => {
  it('zh: a report word in the line the collector is told to say is part of the line; a real report frames it', () => {
    expect(tag('就说我们是他单位纪委的，接到举报要核实他的经济问题。', 'zh-Hans').tactics).toContain('false-identity');
    expect(tag('据报道，有催收员自称是借款人单位纪委的，说接到举报要核实其经济问题。', 'zh-Hans').label).toBe('lawful');
  });

  it('zh: a fee per day late and promised unrest are tactics when advised, mentions when forbidden', () => {
    expect(tag('跟他讲，逾期费一天一百五，拖得越久越多。', 'zh-Hans').tactics).toContain('unfair-charges');
    expect(tag('不得向客户收取逾期费一天一百五之类合同外的费用。', 'zh-Hans').label).toBe('lawful');
    expect(tag('他敢拉黑，就让他手机一整天都别想安静。', 'zh-Hans').tactics).toContain('harassment-contact');
  });
});

describe('news pages, round 7', () => {
  it('zh: an indictment quoting a training script is reported; the same script as advice is a tactic', () => {
    expect(tag('据检察机关指控，被告公司培训材料中写道：“客户不还，就让他全家都知道。”', 'zh-Hans').label).toBe('lawful');
    expect(tag('培训时告诉新人：客户不还，就让他全家都知道。', 'zh-Hans').label).toBe('prohibited');
  });

  it('zh: a related-reading block is noise, also when its links name tactics', () => {
    const t = tagPassages([passage('【延伸阅读】\n网贷逾期会被爆通讯录吗？\n催收打电话给家人违法吗', 'zh-Hans', 0)])[0];
    expect(t.label).toBe('noise');
    expect(tag('网贷逾期会被爆通讯录吗？催收打电话给家人违法吗？我该怎么办。', 'zh-Hans').label).not.toBe('noise');
  });
});

describe('banned lines in a staff manual, round 7', () => {
  it('zh: lines quoted under a 禁用话术 heading are mentions; the same lines under a script-card heading are tactics', () => {
    const lines = ['“再拖下去，你手机里的人我们挨个打过去。”', '“你家住几楼我们都知道，晚上开门留个心眼。”'];
    const under = (heading: string) =>
      tagPassages([passage(heading, 'zh-Hans', 0, { kind: 'heading', heading }), ...lines.map((l, i) => passage(l, 'zh-Hans', i + 1, { heading }))]).slice(1);
    for (const t of under('（二）禁用话术（一经发现按严重违规处理）')) expect(t.label).toBe('lawful');
    for (const t of under('（二）催收话术速记卡')) expect(t.label).toBe('prohibited');
  });

  it('zh: handing the debt to rougher people is menace when said, a mention when reported', () => {
    expect(tag('跟他说这笔钱已经转给地下钱庄了，那些人可没我们这么客气。', 'zh-Hans').tactics).toContain('threat-violence');
    expect(tag('据警方通报，该团伙在电话中称已将债务转给地下钱庄，“那些人可没我们这么客气”。', 'zh-Hans').label).toBe('lawful');
  });
});

