/**
 * Round 11 (zh): who is the third party in trade credit, who is the teller, what counts as a report,
 * and tactic codes for officials' favours, fines, others' property and concealed charges. One table of
 * sentences written for this test (none taken from a page or a split; other domains and wordings than
 * the blind37 pages), each mechanism on the side it fires and on the side it must not. `tactics` lists
 * the codes the passage must carry (exactly), `not` codes it must not carry.
 */
import { describe, it } from 'vitest';
import { checkTagCase, type TagCase } from './helpers';

const cases: TagCase[] = [
  // Trade credit: the 客户 is a company that owes; its office and officers are the debtor side. Its own
  // customers, a consumer's employer and a person sought at the office are third parties.
  { text: '账期过了两个月，我们业务员直接去对方公司找财务对账，把发票和送货单都带上，当场商量付款日期。', label: 'lawful' },
  { text: '加工费拖了半年，我打电话给客户的老总，约了下周去他们厂里面谈还款计划。', label: 'lawful' },
  { text: '货款要不回来，就给他的下游客户挨个打电话，说这家公司欠钱不还，让他们别再跟他合作。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '他欠的是信用卡，你就到客户公司找他，当着他同事的面问他什么时候还。', label: 'prohibited', has: ['third-party-pressure'] },
  { text: '装修款拖着不给，就打给他单位领导，说他欠我们工程尾款不还。', label: 'prohibited', tactics: ['third-party-pressure'] },
  // A person noun followed by its own saying is the teller; reached by a verb before it, the one told.
  { text: '有的房东会跟拖欠房租的人说，整栋楼的中介都打过招呼了，其实根本没打过。', label: 'prohibited', tactics: ['deception'] },
  { text: '让他老板跟他说，再不还钱就别来上班了，他老板也知道他欠钱。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '打给他爸妈，跟他爸妈说他在外面欠了十几万。', label: 'prohibited', tactics: ['third-party-pressure'] },
  // 别想 / 休想 said to the debtor is a threat, not a prohibition on the reader; 别想着 still forbids.
  { text: '跟他说，不还钱你就别想在这个镇上混下去，出门小心点。', label: 'prohibited', tactics: ['threat-violence'] },
  { text: '催收时别想着吓唬客户，要把还款方案讲清楚。', label: 'lawful' },
  // A courier errand as pretext: deception, and the reception desk reached under it is not told the debt.
  { text: '打到他上班的酒店前台，说是送快递的，让前台把他叫下来。', label: 'prohibited', has: ['deception'], not: ['third-party-pressure'] },
  { text: '打到他公司前台，说是寄快递要核对部门，顺便提一句他在我们这有笔款逾期了。', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  // Acquaintances in a public office treated to act against the debtor; a lawful enforcement request.
  { text: '我们在税务局有朋友，请他吃顿饭，让他去查查这家公司的账。', label: 'prohibited', tactics: ['bribery-collusion'] },
  { text: '客户拒不履行判决的，可以向法院申请强制执行，法院会查询其银行账户。', label: 'lawful' },
  // Goods held at customs are not the debtor stopped at the border.
  { text: '跟他说已经通知了出入境，他一下飞机就会被扣留。', label: 'prohibited', tactics: ['false-legal-threat'] },
  // A fine for a private debt, and others' property said to be enforced, are false legal threats.
  { text: '就跟他说，拖着不交物业费要罚款五千，还要上黑名单。', label: 'prohibited', has: ['false-legal-threat'] },
  { text: '逾期不交的，按合同每天收取万分之五的违约金。', label: 'lawful' },
  { text: '告诉他媳妇，他的债还不上，你们家里的房子也会被查封。', label: 'prohibited', tactics: ['false-legal-threat', 'third-party-pressure'] },
  { text: '夫妻共同债务由双方共同偿还，法院可以执行夫妻共同财产。', label: 'lawful' },
  // A charge above the contract, told by padding or by counting on the debtor not checking.
  { text: '协议上写的是月息一分，收的时候按两分算，一般人看不出来。', label: 'prohibited', tactics: ['unfair-charges'] },
  { text: '借条上写小一点，还钱的时候按大的算，借款人很少较真。', label: 'prohibited', tactics: ['unfair-charges'] },
  { text: '利息按借条上写的月息一分收取，多收的部分要退还给借款人。', label: 'lawful' },
  // A list judged after it in its own sentence ("…都可能违法") is named, not advised.
  { text: '半夜打电话、到单位闹、在群里发照片，这些做法都可能违法，千万别学。', label: 'lawful' },
  { text: '半夜打电话最有效，他睡不好自然就还了。', label: 'prohibited', tactics: ['harassment-contact'] },
  // Witnesses named by trade or residence report; a telling to a trade partner is still the tactic.
  { text: '一位开餐馆的老板说，催收的人天天坐在店里，客人都不敢进来。', label: 'lawful' },
  { text: '当地居民回忆，那几天总有人在楼道里贴欠款告示。', label: 'lawful' },
  { text: '打给他店里的合作商户，就说你们老板在我们这儿有笔账没还，打交道留个心眼。', label: 'prohibited', tactics: ['third-party-pressure'] },
  // The victim's own name or photo as object: an account, not a tip; the same act done to "him" is.
  { text: '那个网贷平台把我的照片发到了我们小区群里，我现在都不敢出门。', label: 'lawful' },
  { text: '把他的照片发到小区群里，让邻居都知道他欠钱。', label: 'prohibited', tactics: ['public-shaming'] },
  // Quiz items test the rules; the same acts as instructions do not.
  { text: '多选题：以下哪些属于违规催收？A.辱骂客户 B.爆通讯录 C.冒充律师 答案：ABC', label: 'lawful' },
  { text: '判斷題:客戶說正在籌錢,催收員可以每隔十分鐘打一次電話確認。(×)', lang: 'zh-Hant', label: 'lawful' },
  { text: '客户不接电话就发短信骂他，骂到他受不了为止。', label: 'prohibited', tactics: ['insult-abuse'] },
  // Trade ads injected into a page are noise; credit sales are collection.
  { text: '【推荐】进口饲料厂家直销，量大从优，诚招各地经销商，咨询电话：139xxxx', label: 'noise' },
  { text: '赊销给养殖户的饲料款，年底前要逐户对账，签字确认欠款金额。', label: 'lawful' },
  // Others' practice told approvingly is advice; disowned or punished it is a mention.
  { text: '隔壁组的小李每次都说自己是法院的，客户一听就怕，这招真好用。', label: 'prohibited', tactics: ['false-identity'] },
  { text: '也有人会说自己是律师事务所的，我们绝对不这样做，这样是违法的。', label: 'lawful' },
  // Disowned after the act in the same sentence, across clauses ("…，我们公司从来不这样做").
  { text: '有的同行会天天去客户店里坐着，逼他还钱，我们公司从来不这样做。', label: 'lawful' },
  { text: '听说有的同行会冒充律师事务所发函，这种事我们坚决不做。', label: 'lawful' },
  { text: '不要只打一次，要天天打，打到他接为止。', label: 'prohibited', tactics: ['harassment-contact'] },
  // A business that cannot go on is no regret of the collector's; his own quitting is.
  { text: '我们做不下去的单子，就转给外包，让他们直接打他家里人。', label: 'prohibited', tactics: ['third-party-pressure'] },
  // The collector's own colleagues are no third party; the debtor's colleagues are.
  { text: '我们有个老同事，去了就站在他店门口，见人就说这家老板欠钱不还。', label: 'prohibited', tactics: ['public-shaming'] },
  { text: '找到他们公司的同事，告诉同事他欠我们钱。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '我们公司的领导跟客户说，可以申请延期还款。', label: 'lawful' },
  // Renovation arrears: the final payment (尾款) is the debt; a lock changed, a crowd of workers at the
  // door; 装修 alone is no sales noise.
  { text: '业主不结尾款，装修队就把他家的门锁换了，钥匙不给他。', label: 'prohibited', tactics: ['coercion-confinement'] },
  { text: '尾款拖着不给，就叫上十几个工人一起去他家门口坐着。', label: 'prohibited', has: ['threat-violence'] },
  { text: '装修尾款有争议的，可以申请第三方质检，按验收结果结算。', label: 'lawful' },
];

describe('round 11 zh: third parties, tellers, reports and codes', () => {
  it.each(cases)('$text', (c) => checkTagCase(c));
});
