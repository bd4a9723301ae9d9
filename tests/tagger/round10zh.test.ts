/**
 * Round 10 (zh, seed-genre pages): one table of cases, each a sentence written for this test (none taken
 * from a page or a split). Each mechanism appears on the side it fires and, next to it, on the side it
 * must not: advised vs. forbidden, reported or said by the debtor; noise registers vs. collection practice
 * in the same words. `tactics` lists the codes the passage must carry (exactly), `not` codes it must not.
 */
import { describe, it } from 'vitest';
import { checkTagCase, type TagCase } from './helpers';

const cases: TagCase[] = [
  // Work-summary (总结 / 述职) register is noise; practice told inside a summary is not.
  { text: '时光飞逝，转眼间一年又过去了，回顾这一年在催收中心的工作，现将工作情况总结如下。', label: 'noise' },
  { text: '今年我共清收不良贷款四十余笔，超额完成年度指标，被分行评为优秀员工。', label: 'noise' },
  { text: '新的一年里，我会再接再厉，争取取得更好的成绩，感谢领导和同事的帮助。', label: 'noise' },
  { text: '今年我体会最深的是，对暂时困难的客户要耐心倾听，帮他们申请分期还款。', label: 'lawful' },
  { text: '本文关键词：贷后管理，催收话术，年终总结范文', label: 'noise' },
  // A headline glued to its byline is furniture; a dated sentence is not a byline.
  { text: '网贷逾期被催收怎么办？律师教你三步应对\n\n法律小课堂 · 2026-01-09 19:45 · 阅读 3.4万', label: 'noise' },
  { text: '2025年6月，我们向法院起诉了借款人，并申请了诉前财产保全。', label: 'lawful' },
  // Shop instalment pitches and lending caution use credit words without being collection.
  { text: '店员话术：“这台手机可以分12期免息，首付零元，您今天就能拿走，逾期的话会上征信哦。”', label: 'noise' },
  { text: '朋友之间借钱，能不借就不借，借出去的钱就当送人了。', label: 'noise' },
  { text: '某银行信用卡中心 逾期管理作业指引（内部资料 请勿外传）', label: 'noise' },
  // A relative's knowledge asked of the debtor is talk; a threat to tell them is contact.
  { text: '电话里就问他：“欠钱不还，你媳妇知道你这么窝囊吗？”', label: 'prohibited', tactics: ['insult-abuse'] },
  { text: '跟他说：“你媳妇知道你欠钱吗？再不还我们就打给她。”', label: 'prohibited', tactics: ['third-party-pressure'] },
  // Who owes: a title that is itself the debtor (老板欠钱) is no third party; customers told are the public.
  { text: '去他的饭馆坐着，有客人问起来就说“老板欠钱不还”。', label: 'prohibited', tactics: ['public-shaming'], not: ['third-party-pressure'] },
  { text: '直接打给他老板，说他欠钱不还，让老板扣他工资。', label: 'prohibited', tactics: ['third-party-pressure'] },
  // 当着…的面: before others it is a scene; before his own parents it is pressure on them.
  { text: '挑他们公司开晨会的时候去，当着全部门同事的面问他什么时候还钱。', label: 'prohibited', tactics: ['public-shaming'] },
  { text: '上门时当着他父母的面把欠条念一遍，让老人替他着急。', label: 'prohibited', tactics: ['third-party-pressure'], not: ['public-shaming'] },
  // A debtor owning the object through a modifier is no agent ("客户最新的住址…就能拿到").
  { text: '过年给小区物业送几张超市卡，客户最新的住址和车牌就都能查到。', label: 'prohibited', tactics: ['bribery-collusion'] },
  { text: '严禁向物业、银行网点人员送购物卡换取客户的住址信息。', label: 'lawful' },
  // The consequence clause of a warning is what the reader risks.
  { text: '再着急也千万别动手，否则有理变没理，弄不好自己还要进去蹲几年。', label: 'lawful', not: ['false-legal-threat'] },
  { text: '跟他说清楚，再不还钱，我们就让你进去蹲几年。', label: 'prohibited', tactics: ['false-legal-threat'] },
  // Cursing with a measure word; the same act forbidden.
  { text: '遇到嘴硬的，先骂他几句挫挫锐气，再谈还款。', label: 'prohibited', tactics: ['insult-abuse'] },
  { text: '无论客户态度多差，都不能骂他几句出气。', label: 'lawful' },
  // A slur captioned on his photo; a notice stuck up where others pass.
  { text: '把他的照片打印出来，下面写上“老赖”两个大字。', label: 'prohibited', tactics: ['insult-abuse'] },
  { text: '外访时把催款通知往他家门上一贴，让整栋楼都知道。', label: 'prohibited', tactics: ['public-shaming'] },
  { text: '催款通知只能当面交给本人，不得张贴在门上或楼道里。', label: 'lawful' },
  // Word spread at his workplace; a home sit-in; goods listed to be carried off.
  { text: '给他几个同事打电话说他赖账，让大家在单位里传一传。', label: 'prohibited', tactics: ['third-party-pressure', 'public-shaming'] },
  { text: '上门后就在他家客厅坐着，不拿出还款计划我们就一直坐下去。', label: 'prohibited', tactics: ['coercion-confinement'] },
  { text: '进门先把他家的电视、冰箱登记下来，告诉他下周来搬。', label: 'prohibited', tactics: ['coercion-confinement'] },
  // Relatives told to raise the money; a student's school and graduation.
  { text: '客户住院联系不上，就打给他的家属，让家属想办法先把钱凑上。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '客户是在校生就告诉他，再拖就联系他的辅导员，看学校还让不让他毕业。', label: 'prohibited', tactics: ['exploit-vulnerability', 'third-party-pressure'] },
  { text: '抓住客户好面子的心理，多讲讲按时还款对他信用的好处。', label: 'lawful', not: ['false-legal-threat'] },
  // A made-up errand to get an address is deception; an admitted untruth about a fee is deception and a charge.
  { text: '以“有个到付件要签收”为理由给他打电话，把他现在的住址问出来。', label: 'prohibited', tactics: ['deception'] },
  { text: '告诉他要另交一笔“结案费”，其实合同里根本没有这项费用。', label: 'prohibited', tactics: ['deception', 'unfair-charges'] },
  // Police claimed as a partner; enforcement announced as imminent; everyone he knows told.
  { text: '跟他说我们跟派出所有合作，不还就通报到他户籍地。', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: '把他的欠款截图发给他所有的微信好友。', label: 'prohibited', tactics: ['public-shaming', 'third-party-pressure'] },
  // Contacts told they are jointly liable; a real guarantor is.
  { text: '打给他的紧急联系人，就说借款人不还，你们作为联系人要承担连带责任。', label: 'prohibited', tactics: ['false-legal-threat', 'third-party-pressure'] },
  { text: '担保人依合同承担连带责任，我们可以依法向担保人追偿。', label: 'lawful' },
  // A promise withdrawn once the money is in.
  { text: '就说今天还清能免全部罚息，等他还了钱再说系统不支持。', label: 'prohibited', tactics: ['deception'] },
  // A quoted slur is a word written, not the agent; the phone-book sweep by text is both codes.
  { text: '把他的头像P上“骗子”两个字，发到他的老乡群里。', label: 'prohibited', tactics: ['insult-abuse', 'public-shaming'] },
  { text: '把他的通讯录导出来，挨个发短信告诉他们他欠钱不还。', label: 'prohibited', tactics: ['third-party-pressure', 'public-shaming'] },
  { text: '不得导出借款人的通讯录挨个发短信。', label: 'lawful' },
  // A text whose own words admit the lawsuit is invented.
  { text: '短信里写“你的案件已移交法院，近期将上门拘传”，其实我们根本没起诉。', label: 'prohibited', tactics: ['false-legal-threat', 'deception'] },
  // A paid course on collection is an ad.
  { text: '【精品课程】催收实战班，七天学会让客户主动还款，限时报名立减300元！', label: 'noise' },
  // 老赖 as the one dealt with is a referent, not a slur; victims' accounts and passives report.
  { text: '碰到老赖怎么办？可以先发律师函，再向法院起诉。', label: 'lawful', not: ['insult-abuse'] },
  { text: '我表姐就是被网贷天天打电话打到单位，领导都知道了。', label: 'lawful' },
];

describe('round 10 zh: seed-genre mechanisms', () => {
  it.each(cases)('$text', (c) => checkTagCase(c));
});
