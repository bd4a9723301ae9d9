/**
 * Stance, per language: the same tactic advised is prohibited, forbidden is lawful (with the code
 * kept as a mention); negations that urge the act on, Korean "~하지 말고 ~하세요", the debtor as
 * agent, reports of wrongdoing and statutes. Every sentence here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, TacticCode } from '../../src/records';
import { tag } from './helpers';

type Pair = [Lang, TacticCode, string, string];

const SAME_CUE: Pair[] = [
  ['zh-Hans', 'third-party-pressure', '遇到拖着不还的，可以直接爆通讯录，让他没脸见人。', '公司明令禁止爆通讯录，发现一次扣一个月奖金。'],
  ['zh-Hans', 'harassment-contact', '他不接就半夜给他打电话，让他睡不好觉。', '严禁半夜给客户打电话，也不要在节假日上门催款。'],
  ['zh-Hans', 'false-identity', '电话里你就自称是法院执行局的，他马上就会还钱。', '催收员不得冒充法院执行局工作人员，违者追究责任。'],
  ['zh-Hant', 'third-party-pressure', '他再拖，就打給他的主管，說他欠錢不還。', '依規定，催收人員不得打給債務人的主管透露欠款。'],
  ['zh-Hant', 'public-shaming', '把他的欠款照片貼到社區公告欄，讓鄰居都知道。', '切勿把債務人的欠款照片貼到社區公告欄，以免觸法。'],
  ['ko', 'third-party-pressure', '연락이 안 되면 그 사람 직장 상사에게 전화해서 빚 얘기를 하세요.', '채무자의 직장 상사에게 전화해서 빚 얘기를 해서는 안 됩니다.'],
  ['ko', 'false-legal-threat', '돈을 안 내면 내일 경찰이 체포하러 간다고 말하세요.', '경찰이 체포하러 간다는 식의 거짓 위협은 절대 하지 마십시오.'],
  ['es', 'third-party-pressure', 'Si no paga, llama a su jefe y cuéntale lo de la deuda.', 'Nunca llames a su jefe para contarle lo de la deuda.'],
  ['es', 'public-shaming', 'Publica en sus redes que es un moroso para que se entere todo el barrio.', 'Está prohibido publicar en sus redes que es un moroso.'],
  ['en', 'third-party-pressure', 'If she stops answering, call her boss and tell him about the debt.', 'Never call a consumer\'s boss to discuss the debt.'],
  ['en', 'false-legal-threat', 'Tell him a warrant is out for his arrest so he pays today.', 'Do not tell consumers a warrant is out for their arrest.'],
];

describe('the same cue advised or forbidden', () => {
  it.each(SAME_CUE)('%s %s: advised is prohibited', (lang, code, advised) => {
    const t = tag(advised, lang);
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toContain(code);
  });

  it.each(SAME_CUE)('%s %s: forbidden is lawful and keeps the code as a mention', (lang, code, _advised, forbidden) => {
    const t = tag(forbidden, lang);
    expect(t.label).toBe('lawful');
    expect(t.tactics).toEqual([]);
    expect(t.mentions).toContain(code);
    expect(t.evidence.some((e) => e.role === 'stance' && e.code === 'stance-warn')).toBe(true);
  });
});

describe('negation that does not forbid', () => {
  it.each([
    ['zh-Hans', '不要只打一次电话，要连续打，打到他接为止。'],
    ['zh-Hant', '別怕他生氣，繼續半夜打給他，打到他接為止。'],
    ['es', 'No dejes de llamarlo cada hora hasta que responda.'],
    ['en', "Don't stop calling until he picks up."],
    ['ko', '한 번만 하지 말고 받을 때까지 계속 전화하세요.'],
  ] as Array<[Lang, string]>)('%s: an urged-on act stays a tactic', (lang, text) => {
    const t = tag(text, lang);
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toContain('harassment-contact');
  });

  it('splits Korean "~하지 말고 ~하세요": the first act is forbidden, the second advised', () => {
    const t = tag('욕은 하지 말고, 대신 새벽에 계속 전화하세요.', 'ko');
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toEqual(['harassment-contact']);
  });

  it('keeps Korean "~하지 말고" lawful when the second act is lawful', () => {
    const t = tag('새벽에 전화하지 말고, 낮에 정중하게 상환 일정을 안내하세요.', 'ko');
    expect(t.label).toBe('lawful');
  });
});

describe('who acts and how the act is framed', () => {
  it.each([
    ['zh-Hans', '有个借款人在电话里骂我们，还扬言要找人收拾我们，我们只能录音取证。'],
    ['ko', '채무자가 오히려 우리 직원을 협박해서 통화를 녹음해 두었습니다.'],
    ['es', 'El deudor amenazó al gestor y colgó; el gestor registró la llamada y siguió el protocolo.'],
    ['en', 'The debtor threatened our agent; the call was logged and the account reviewed.'],
  ] as Array<[Lang, string]>)('%s: the debtor as agent is not a collector tactic', (lang, text) => {
    const t = tag(text, lang);
    expect(t.label).toBe('lawful');
    expect(t.tactics).toEqual([]);
  });

  it.each([
    ['zh-Hans', '据媒体报道，一家催收公司因爆通讯录被警方查处，负责人被判刑。', 'third-party-pressure'],
    ['es', 'Me llamaron a medianoche y le contaron a mi jefe que debía dinero.', 'third-party-pressure'],
    ['ko', '한 추심업체 직원이 채무자 가족에게 대신 갚으라고 요구했다가 과태료 처분을 받았다.', 'third-party-pressure'],
  ] as Array<[Lang, string, TacticCode]>)('%s: a report of wrongdoing is lawful with a mention', (lang, text, code) => {
    const t = tag(text, lang);
    expect(t.label).toBe('lawful');
    expect(t.mentions).toContain(code);
  });

  it.each([
    ['zh-Hans', '催收高利放贷产生的非法债务，使用暴力、胁迫方法，情节严重的，处三年以下有期徒刑。'],
    ['ko', '채권추심자는 채무자 또는 관계인을 폭행하거나 협박하는 행위를 하여서는 아니 된다.'],
  ] as Array<[Lang, string]>)('%s: a statute listing forbidden acts is lawful', (lang, text) => {
    const t = tag(text, lang);
    expect(t.label).toBe('lawful');
    expect(t.mentions).toContain('threat-violence');
  });

  it('lets a warning heading frame the items under it', () => {
    const t = tag('Llamar a tus familiares y a tu jefe para hablar de tu deuda', 'es', { heading: '¿Qué no pueden hacer los cobradores?' });
    expect(t.label).toBe('lawful');
    expect(t.mentions).toContain('third-party-pressure');
  });

  it('labels a circumvention of a rule prohibited', () => {
    const t = tag('规定是不能找家人，但你可以打给他家人，就说核实地址，顺便提一下他欠款的事。', 'zh-Hans');
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toContain('third-party-pressure');
  });
});

describe('noise that mentions debts', () => {
  it.each([
    ['zh-Hans', '本行新推出信用贷款，额度高，最快当天放款，欢迎来电咨询。'],
    ['zh-Hant', '誠徵催收專員，月薪三萬起，工作地點台北，具經驗者優先錄取。'],
    ['es', 'Se busca cobrador con experiencia; sueldo fijo más comisiones, se requiere bachillerato.'],
    ['ko', '신규 대출 상품 출시 기념, 최저 금리 혜택과 당일 승인 이벤트를 진행합니다.'],
  ] as Array<[Lang, string]>)('%s: an advertisement or job ad is noise', (lang, text) => {
    expect(tag(text, lang).label).toBe('noise');
  });
});

describe('Korean passive and conditional acts (round 4)', () => {
  it('a passive -당하다 names what the subject would suffer: a warning, not a threat', () => {
    const warned = tag('이 방법은 잘못하면 고소당해요. 회사에 알리면 채권추심법 위반입니다.', 'ko');
    expect(warned.label).not.toBe('prohibited');
    const advised = tag('안 갚으면 바로 형사 고소하겠다고 말하세요.', 'ko');
    expect(advised.label).toBe('prohibited');
    expect(advised.tactics).toContain('false-legal-threat');
  });

  it('an act in the conditional clause is the occasion of the advice, not the advised act', () => {
    const cond = tag('처음엔 상환 일정을 안내하고, 그래도 버티면 분할 상환을 제안하세요.', 'ko');
    expect(cond.tactics).not.toContain('coercion-confinement');
    const advised = tag('돈을 받을 때까지 그 집 앞에서 버티세요.', 'ko');
    expect(advised.tactics).toContain('coercion-confinement');
  });
});

describe('Korean relative clause subject (round 4)', () => {
  it('a debtor heading a relative clause is not the agent of the main act', () => {
    const rel = tag('채무자가 다니는 헬스장 단톡방에 돈을 안 갚는다고 올리면 하루 만에 연락이 옵니다.', 'ko');
    expect(rel.label).toBe('prohibited');
    expect(rel.tactics).toContain('public-shaming');
    const own = tag('채무자가 단톡방에 우리 회사 욕을 올리면 캡처해서 보관하세요.', 'ko');
    expect(own.tactics).not.toContain('public-shaming');
  });
});
