/**
 * Round 10b (zh): the ordinary vocabulary of a creditor's domain (property fees, rent, school fees,
 * supplier invoices, wages, utilities, car loans) colliding with tactic cues. One table of sentences
 * written for this test (none taken from a page or a split), each mechanism on the side it fires and
 * on the side it must not. `tactics` lists the codes the passage must carry (exactly), `not` codes it
 * must not carry.
 */
import { describe, expect, it } from 'vitest';
import { repeatedTitlePassages } from '../../src/tagger/page';
import { checkTagCase, type TagCase } from './helpers';

const cases: TagCase[] = [
  // A fee name is the debt itself in many domains; it is an unfair charge only when padded or unagreed.
  { text: '租户拖欠了三个月的房租和物业管理费，我们先电话提醒，再发书面催告函。', label: 'lawful' },
  { text: '按租赁合同约定收取每月的管理费和卫生费，租户逾期的先打电话提醒。', label: 'lawful' },
  { text: '社區管委會每月催繳管理費,先寄繳費通知給住戶本人。', lang: 'zh-Hant', label: 'lawful', not: ['unfair-charges'] },
  { text: '装修款拖了两个月，就在尾款上多加一笔管理费，反正合同里没有他也不会细看。', label: 'prohibited', tactics: ['unfair-charges'] },
  { text: '物业费、管理费要分项列明，不得擅自多收。', label: 'lawful' },
  // A fee charged for relief from collection itself; the same fee exposed as a scam.
  { text: '告诉他先交五百块延期服务费，就能再宽限一个月。', label: 'prohibited', tactics: ['unfair-charges'] },
  { text: '所谓“停催服务费”根本不存在，正规催收机构不会收取。', label: 'lawful', not: ['unfair-charges'] },
  // A written demand addressed to the debtor is lawful; the same notice sent to his parents is contact.
  { text: '按照服务合同，向欠费业主送达书面催缴通知，并保留签收记录。', label: 'lawful' },
  { text: '把催费通知直接寄到他父母家里，让老人知道儿子欠了物业费。', label: 'prohibited', tactics: ['third-party-pressure'] },
  // Neighbours learning from a posted list are the public, not contacts told one by one.
  { text: '在单元门口张贴欠费户名单，写上门牌号，邻居一看就知道是谁家欠钱。', label: 'prohibited', tactics: ['public-shaming'] },
  { text: '在小区门口的电子屏上滚动播放欠费户的房号和金额。', label: 'prohibited', tactics: ['public-shaming'] },
  { text: '电梯里只能张贴统一的缴费提醒，不得写明欠费业主的房号。', label: 'lawful' },
  // Poses as any local authority; the same bodies asked to mediate.
  { text: '打电话的时候就说自己是居委会的，上面在统计欠费情况，让他赶紧交。', label: 'prohibited', tactics: ['false-identity'], not: ['third-party-pressure'] },
  { text: '上门时就说我们是市场监管局的，来查他店里的账。', label: 'prohibited', tactics: ['false-identity'] },
  { text: '跟租客说我们是城管的，再不交钱就把他的摊位收了。', label: 'prohibited', tactics: ['false-identity'] },
  { text: '催學費的時候可以說自己是教育局的,讓家長覺得事情很嚴重。', lang: 'zh-Hant', label: 'prohibited', tactics: ['false-identity'] },
  { text: '催繳時可以說是里長辦公室的人,叫他趕快把欠的錢繳一繳。', lang: 'zh-Hant', label: 'prohibited', tactics: ['false-identity'] },
  { text: '催缴时必须表明自己是物业公司的工作人员，不得冒充街道办、居委会或派出所。', label: 'lawful' },
  { text: '可以请社区居委会出面调解，由工作人员组织双方协商还款。', label: 'lawful' },
  { text: '可以请村委会出面协调，双方坐下来谈还款计划。', label: 'lawful' },
  { text: '直接去村委会找村长，让村干部去他家做工作，逼他把钱还了。', label: 'prohibited', tactics: ['third-party-pressure'] },
  // A further witness in news or a thread reports; a colleague's tip with approval is still advice.
  { text: '另一位租户透露，房东曾在半夜带人上门催租，把门敲得震天响。', label: 'lawful' },
  { text: '还有一位车主说，催收员天天打电话到他单位，同事都知道了。', label: 'lawful' },
  { text: '另一位老催收说，晚上十一点以后打最管用，一晚上打十几次他就扛不住了。', label: 'prohibited', tactics: ['harassment-contact'] },
  // Guards or a crowd at the door are a show of force (threat-violence).
  { text: '带上五六个保安一起去他店里，站一排，他看了就怕了。', label: 'prohibited', tactics: ['threat-violence'] },
  { text: '欠薪纠纷应当申请劳动仲裁，不要带人去堵老板的门。', label: 'lawful' },
  { text: '上门催缴时由一名管家和一名保安陪同，全程录音录像，态度要礼貌。', label: 'lawful' },
  { text: '找幾個保全一起上門,一排人站在門口,他就不敢不繳。', lang: 'zh-Hant', label: 'prohibited', tactics: ['threat-violence'] },
  // Swearing back in a group chat is insult, not a post exposing the debt.
  { text: '業主在群組裡罵管理員,我們就直接回罵,罵到他不敢再講。', lang: 'zh-Hant', label: 'prohibited', tactics: ['insult-abuse'] },
  { text: '业主在群里骂人，管家不要回骂，私下联系他了解原因。', label: 'lawful' },
  { text: '在业主群里发他的欠费截图，点名让大家评评理。', label: 'prohibited', tactics: ['public-shaming'] },
  // Knocking until he gives in; lock-outs; a child held back; service-domain debts are on topic.
  { text: '燃气费拖了半年的，每天早上七点不到就去敲门，敲到他交为止。', label: 'prohibited', tactics: ['harassment-contact'] },
  { text: '租客拖欠房租，房东可以直接换锁，把他的东西搬到楼道里。', label: 'prohibited', tactics: ['coercion-confinement'] },
  { text: '租客拖欠房租的，房东应当书面催告，仍不支付的可以解除合同并起诉。', label: 'lawful' },
  { text: '学费不交齐，就不让他孩子参加期末考试，家长自然会想办法。', label: 'prohibited', tactics: ['exploit-vulnerability'] },
  { text: '学校对欠费学生家庭应当了解困难原因，符合条件的帮助申请助学金。', label: 'lawful' },
  { text: '抄表员上门抄表时顺便把催费单交给户主本人，提醒按时缴纳水电费。', label: 'lawful' },
  // The domain's role noun with no owner before it, in a sentence naming its debt, is the debtor (or the
  // property office, the creditor); with an owner ("他的房东") it is a third party.
  { text: '物业客服打电话通知业主，上半年的物业费还欠着，提醒尽快缴纳。', label: 'lawful' },
  { text: '工人们给老板打电话，讨要拖欠了三个月的工资。', label: 'lawful' },
  { text: '打电话给他的房东，说他欠我们钱，让房东催他还。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '学生欠的住宿费，直接打给他在外地打工的父母，让他们寄钱来。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '直接打给他老板，说他欠我们货款不给，让老板扣他工资。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '学生欠的住宿费，学校先联系学生本人，确实困难的可以申请缓交。', label: 'lawful' },
  { text: '管委會依規約寄發催繳通知給區分所有權人,並保留掛號回執。', lang: 'zh-Hant', label: 'lawful' },
  { text: '收车的时候就说自己是交警，说这辆车涉及违章要扣下。', label: 'prohibited', tactics: ['false-identity'] },
  // Paying words and fee names alone are not collection: a tariff notice and a payment-app ad stay noise.
  { text: '2026年本市居民阶梯电价调整，第一档电价每度0.56元，缴费方式不变。', label: 'noise' },
  { text: '【推广】手机一键缴纳水电费、燃气费，新用户首单立减5元！', label: 'noise' },
  // A document-site title with its "(精选N篇)" suffix, repeated, is furniture.
  { text: '物业费收缴率提升方案(精选6篇)\n物业费收缴率提升方案(精选6篇)', label: 'noise' },
  { text: '房租催缴技巧与方法（通用3篇）', label: 'noise' },
  { text: '工程款催款技巧总结(优秀4篇)', label: 'noise' },
  // A paid course is still an ad; school fees owed are not.
  { text: '【实战班】三天学会催收话术，学费仅需199元，立即报名！', label: 'noise' },
];

describe('round 10b zh: domain words colliding with cues', () => {
  it.each(cases)('$text', (c) => checkTagCase(c));
});

describe('round 10b: a title line twice in one passage is page furniture', () => {
  const body = '到期前三天发消息提醒，到期当天打电话，逾期一周再寄催款函。';
  it.each([
    { texts: ['信用卡逾期催收话术技巧(精选5篇)\n信用卡逾期催收话术技巧(精选5篇)', body], furniture: [0] },
    // Too short to be a title, a sentence line, or two different lines: not by this rule.
    { texts: ['催收技巧\n催收技巧', body], furniture: [] },
    { texts: ['到期当天一定要给客户打电话提醒。\n到期当天一定要给客户打电话提醒。', body], furniture: [] },
    { texts: ['信用卡逾期催收话术技巧(精选5篇)\n信用卡逾期催收话术技巧 第1篇', body], furniture: [] },
  ])('$texts.0', ({ texts, furniture }) => {
    expect([...repeatedTitlePassages(texts)]).toEqual(furniture);
  });
});
