/**
 * Round 2 of the tagger (issue 4): phenomena found on the blind2 split, each tested with sentences
 * written for this file (not blind2's): Korean conditional clauses and quoted speech, euphemised
 * family or workplace contact, stake-outs, pretexts, veiled menace through children, court and
 * sanction reports, debtor-rights guidance, job ads, training reflections and quick-loan ads.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, TacticCode } from '../../src/records';
import { tag } from './helpers';

describe('who acts in a Korean conditional clause', () => {
  it('keeps a subject-marked debtor as the agent of a "-면" clause followed by advice to the collector', () => {
    const t = tag('채무자가 욕설을 퍼부으면 차분하게 통화를 끝내고 녹취 파일을 보관하세요.', 'ko');
    expect(t.label).toBe('lawful');
    expect(t.tactics).toEqual([]);
  });

  it('does not let a clause inside quoted speech cut the debtor off from the act', () => {
    const t = tag("채무자가 '회사로 찾아오면 신고하겠다'며 협박하면 대응하지 말고 팀장에게 보고하세요.", 'ko');
    expect(t.label).toBe('lawful');
  });

  it('reads a topic-marked debtor as the topic, not the agent, of a stake-out in a "-면" clause', () => {
    const t = tag('연락을 피하는 고객은 회사 앞에서 출근할 때까지 기다리면 결국 만나게 됩니다.', 'ko');
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toContain('harassment-contact');
  });
});

describe('euphemisms and indirect tactics', () => {
  it.each([
    ['zh-Hans', '他要是一直不回消息，就去“问候一下”他父母，顺便提提他欠的钱。', 'third-party-pressure'],
    ['zh-Hant', '客戶避不見面，就去他工作的地方拜訪一下，跟他老闆聊聊他的欠款。', 'third-party-pressure'],
    ['zh-Hans', '找不到人就去他小区楼下等，等到他回家为止。', 'harassment-contact'],
    ['zh-Hans', '他不还就坐在他家客厅，不给钱就不走。', 'coercion-confinement'],
    ['zh-Hant', '提醒他一下，我們知道他女兒在哪個學校上學。', 'threat-violence'],
    ['zh-Hans', '财务室的小王那边给点好处，就能拿到他的银行卡号。', 'bribery-collusion'],
    ['es', 'Si no atiende el teléfono, pásate por su oficina y pregunta por él a sus compañeros.', 'third-party-pressure'],
    ['es', 'Dile que llamas del banco para una encuesta y así te confirma su dirección actual.', 'false-identity'],
    ['es', 'Añádele 40 euros de gastos de recobro a la deuda aunque el contrato no diga nada.', 'unfair-charges'],
    ['en', 'Her mother just died, so this week is the best time to press her for a lump sum.', 'exploit-vulnerability'],
    ['en', 'The account is time-barred, but tell her she still owes it and we will sue.', 'false-legal-threat'],
    ['zh-Hans', '他最听他丈母娘的话，你就去找他丈母娘，让她去说。', 'third-party-pressure'],
    ['ko', '연락이 없으면 장모님께 전화해서 사정을 얘기하세요.', 'third-party-pressure'],
    ['ko', '밤늦게 찾아가 초인종을 여러 번 누르면 대부분 나옵니다.', 'harassment-contact'],
    ['zh-Hant', '凌晨一點再打一次，讓他知道我們沒在開玩笑。', 'harassment-contact'],
    ['en', 'Text his landlord and let them know he is three months behind.', 'third-party-pressure'],
    ['es', 'Haz que se enteren sus suegros de lo que debe; eso lo presiona más que nada.', 'third-party-pressure'],
    ['ko', '계속 미루면 누나한테도 전화해서 동생 빚 얘기를 하세요.', 'third-party-pressure'],
    ['es', 'Menciónale a su prima que él tiene pagos atrasados con nosotros.', 'third-party-pressure'],
    ['en', 'Message his cousin on Facebook and mention the unpaid balance.', 'third-party-pressure'],
  ] as Array<[Lang, string, TacticCode]>)('%s: "%s" is prohibited with %s', (lang, text, code) => {
    const t = tag(text, lang);
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toContain(code);
  });
});

describe('reports, sanctions and rights guidance', () => {
  it.each([
    ['zh-Hans', '警方通报：三名催收人员在借款人家门口泼油漆，已被刑事拘留。', 'threat-violence'],
    ['zh-Hant', '一名催收員把客戶欠款貼在臉書社團，被公司記大過處分。', 'public-shaming'],
    ['es', 'El juzgado condenó a la empresa por llamar a los vecinos del deudor y contarles la deuda.', 'third-party-pressure'],
    ['en', 'A collection agency was ordered to pay $40,000 after its staff posed as police officers.', 'false-identity'],
  ] as Array<[Lang, string, TacticCode]>)('%s: a report of wrongdoing stays lawful with the code as a mention', (lang, text, code) => {
    const t = tag(text, lang);
    expect(t.label).toBe('lawful');
    expect(t.mentions).toContain(code);
  });

  it('keeps an explained lawful court step prohibited-free ("通常是向法院起诉")', () => {
    const t = tag('对于长期拖欠的客户，通常是向法院起诉，通过判决来追回欠款。', 'zh-Hans');
    expect(t.label).toBe('lawful');
  });
});

describe('noise that sounds like collection', () => {
  it.each([
    ['en', 'We are hiring a part-time Accounts Receivable Specialist. Must have 2 years of experience; competitive pay.'],
    ['en', 'This workshop taught me that a growth mindset and teamwork make every role easier.'],
    ['ko', '급전이 필요하신가요? 저신용자도 OK, 최대 500만 원까지 비대면 대출 가능합니다.'],
    ['ko', '이번 교육을 통해 느낀 점은 작은 습관이 큰 변화를 만든다는 것이다.'],
    ['zh-Hans', '诚聘电话客服：负责逾期提醒。任职要求：中专以上学历，工作时间早九晚六，底薪加提成。'],
    ['es', 'Buscamos teleoperador/a de recobro. Requisitos: ESO o equivalente. Se ofrece jornada completa y alta inmediata.'],
    ['en', 'Collections Representative. Duties include outbound calls on past-due accounts. Qualifications: high school diploma; hourly pay.'],
    ['ko', '채권 추심원 모집 / 자격 요건: 신용관리사 자격증 소지자 / 근무 시간: 09시~18시'],
  ] as Array<[Lang, string]>)('%s: "%s" is noise', (lang, text) => {
    expect(tag(text, lang).label).toBe('noise');
  });
});
