/**
 * Round 9 (zh, tactic codes): one table of cases, each a sentence written for this test (none taken
 * from a page or a split). Each new concept or stance rule appears advised and, next to it, forbidden,
 * reported or said by the debtor; `tactics` lists the codes the passage must carry (exactly), `not`
 * codes it must not carry.
 */
import { describe, it } from 'vitest';
import { checkTagCase, type TagCase } from './helpers';

const cases: TagCase[] = [
  // An insider's own continued use outranks the report word that names the practice.
  { text: '新闻里说的那种冒充律师发函的做法，我们公司现在还在用，客户收到就慌。', label: 'prohibited', tactics: ['false-identity'] },
  { text: '新闻里说有催收公司冒充律师发函，已被监管部门约谈。', label: 'lawful' },
  // A scripted line to the debtor performs its weak cue; the debtor's own words do not.
  { text: '场景：客户又一次失约\n“你这种骗子，嘴里就没一句真话。”', label: 'prohibited', tactics: ['insult-abuse'] },
  { text: '借款人在电话里说：“你们这些骗子，我要去告你们。”', label: 'lawful' },
  // A class of debtors named as the topic is not the agent of the instruction.
  { text: '上个月结清的客户，一律在账上多挂一笔“上门服务费”。', label: 'prohibited', tactics: ['unfair-charges'] },
  // The debtor after a verb of saying is inside what is said.
  { text: '电话里就说客户已经上了失信名单，高铁飞机都坐不了。', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: '客户说他已经上了失信名单，坐不了高铁，问我们怎么办。', label: 'lawful' },
  // Veiled accidents and the family's routine recited.
  { text: '你就跟他唠一句：这店万一哪天半夜着火了，可就太可惜了。', label: 'prohibited', tactics: ['threat-violence'] },
  { text: '严禁对客户说“万一哪天店里着火了多可惜”之类的话。', label: 'lawful' },
  { text: '跟他提一句：你闺女每天几点放学、从哪个门出来，我们都清楚。', label: 'prohibited', tactics: ['threat-violence'] },
  { text: '不得对客户说“你闺女几点放学我们都知道”这类话。', label: 'lawful' },
  // Swearing off the record.
  { text: '要骂就关了录音再骂，别让质检抓到。', label: 'prohibited', tactics: ['insult-abuse'] },
  { text: '严禁关了录音再骂客户。', label: 'lawful' },
  // A courier pose is false-identity + deception; hiding who calls is false-identity.
  { text: '打过去就说自己是中通的快递员，问他家里人现在住哪。', label: 'prohibited', tactics: ['false-identity', 'deception'] },
  { text: '跟他通电话的时候千万别露出是我们公司打的。', label: 'prohibited', tactics: ['false-identity'] },
  // Contacts made aware, institutions made to step in.
  { text: '每周至少让五个联系人知晓他的逾期情况。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '不得让联系人知晓借款人的逾期情况。', label: 'lawful' },
  { text: '实在不行就请他所在村委出面催一催。', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '禁止要求借款人所在村委出面催收。', label: 'lawful' },
  // Signs at the gate; the same act in a court's reasoning.
  { text: '去他小区门口举牌子，写上他的名字和欠款数。', label: 'prohibited', tactics: ['public-shaming'] },
  { text: '法院认为，在债务人单位门口举牌子属于软暴力。', label: 'lawful' },
  // A fraud report threatened over a civil debt: false-legal-threat, and 诈骗 is what the debtor is accused of.
  { text: '客户嘴硬就跟他说，我们直接去公安报你诈骗。', label: 'prohibited', tactics: ['false-legal-threat'], not: ['deception'] },
  { text: '借款人称催收员威胁要去公安报他诈骗，已向12378举报。', label: 'lawful' },
  // A sick debtor pressed; a rule to pause.
  { text: '跟他讲：你住院了也得先还，病房里来看你的人一人借你五百就凑齐了。', label: 'prohibited', tactics: ['exploit-vulnerability'] },
  { text: '客户住院期间应暂停催收，待出院后再协商还款方案。', label: 'lawful' },
  // Knocking by the clock; the neighbours brought out to watch.
  { text: '外访时隔十分钟敲一次门，从早上一直敲到晚上。', label: 'prohibited', tactics: ['harassment-contact'] },
  // Photos of the building sent to the debtor himself are menace, not a public post.
  { text: '到了先拍张他家楼下的照片发到客户手机上，附一句：我们已经到你家楼下了。', label: 'prohibited', tactics: ['threat-violence'] },
  // A third-person "他不要脸" describes the debtor; it insults nobody.
  { text: '他不要脸，你就直接去他单位找他领导。', label: 'prohibited', not: ['insult-abuse'] },
  // A scare word takes the code of what the scare says; alone it is threat-violence.
  { text: '吓唬吓唬他也无妨，就说派出所已经立案了，明天就来抓他。', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: '对付这种人，一定要吓唬吓唬他。', label: 'prohibited', tactics: ['threat-violence'] },
  // The debtor's relative named to him as a subject is talked about; a relative called is contacted.
  { text: '你就回他：“欠钱不还的东西，你爸妈知道自己养了个白眼狼吗？”', label: 'prohibited', tactics: ['insult-abuse'] },
  { text: '你就跟他说：“再不还，我就打给你爸妈，告诉他们你欠钱。”', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '提一句：“你也不想你老婆天天接到我们电话吧？”', label: 'prohibited', tactics: ['third-party-pressure'] },
  // Legal action announced, then admitted to be a bluff.
  { text: '短信就写“您的案件已提交法院立案”。其实就是吓唬一下，不会真去。', label: 'prohibited', tactics: ['false-legal-threat'] },
  // A request for advice is no instruction, for the lexicon or the learned model.
  { text: '请教一下，有个客户说要走法律程序，让我们有本事直接去起诉，这种怎么回？', label: 'lawful' },
  // A court's further finding reports the fees; office small talk in a team chat is noise.
  { text: '另查明，该公司在借款人还款时另行收取“催收服务费”共计三十余万元。', label: 'lawful', not: ['unfair-charges'] },
  { text: '中午谁点外卖？楼下那家黄焖鸡拼一单。', label: 'noise' },
  // Round 9b concepts, each with a contrast.
  { text: '跟他提一句：你每天几点下班、几点回家，我们都清楚。', label: 'prohibited', tactics: ['threat-violence'] },
  { text: '逾期客户问催收员是不是知道他几点下班，我们如实说只在工作时间联系他协商还款。', label: 'lawful' },
  { text: '到了他家就别走了，他不还钱我们就在他家住下。', label: 'prohibited', tactics: ['coercion-confinement'] },
  { text: '告诉他今天先还五百，剩下的全部免掉，其实根本没这回事。', label: 'prohibited', tactics: ['deception'] },
  { text: '客户刚出院，这时候应暂停催收，出院一个月后再联系。', label: 'lawful' },
  { text: '寄信的信封上印“某区人民法院执行局”，他一看就慌。', label: 'prohibited', tactics: ['false-identity'] },
  // A clause opened by a verb of saying after the act is the collector's line; a victim's words still report.
  { text: '打过去就自称是法院的书记官，说有一份判决要他签收。', label: 'prohibited', tactics: ['false-identity'] },
  { text: '他们冒充律师打给我，说要起诉我，我已经报警了。', label: 'lawful' },
  { text: '跟他講：你阿嬤住在哪我們也知道，老人家身體不好。', lang: 'zh-Hant', label: 'prohibited', tactics: ['threat-violence'] },
  // A report word in another glued block does not frame an item; a subtitle timestamp does not hide its number.
  { text: '【弹幕】已举报\n\n[04:15] 第三个，给他妈打电话，就说他再躲着，后面的事我们也控制不了。', label: 'prohibited', tactics: ['threat-violence', 'third-party-pressure'] },
  { text: '第八个，晚上的节奏。九点以后别打电话，那是红线。但你可以十一点发微信，发完就撤回。', label: 'prohibited', tactics: ['harassment-contact'] },
  { text: '法律人：第六招虚报金额涉嫌诈骗，大家千万别学。', label: 'lawful' },
];

describe('round 9 zh: codes and stance', () => {
  it.each(cases)('$text', (c) => checkTagCase(c));
});
