/**
 * Round 3 (issue 4, generalisation): the same cue advised, forbidden and reported, per language, for
 * the mechanisms added in this round — clause-initial imperatives (en/es), approval of results,
 * victims' first-person reports and questions, the debtor's own act before a Korean conditional,
 * "don't leave until" urging, false-basis legal threats, and advised tactics counting as topic.
 * Every sentence here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, TacticCode } from '../../src/records';
import { tag } from './helpers';

type Triple = [Lang, TacticCode, string, string, string];

/** [lang, code, advised, forbidden, reported by a victim or the news] */
const TRIPLES: Triple[] = [
  ['en', 'harassment-contact', 'Ring her at 5 a.m. every morning; she will answer eventually.', 'Collectors must not call at 5 a.m. or at any other inconvenient time.', 'The collector called me at 5 a.m. three days in a row. Is that legal?'],
  ['en', 'third-party-pressure', 'Email his manager and let her know he owes us money.', 'Never contact a debtor\'s manager about the debt.', 'A collector emailed my manager about my loan. Can they do that?'],
  ['en', 'false-legal-threat', 'Tell her the car will be repossessed tomorrow even though nothing has been filed.', 'Do not tell a consumer the car will be repossessed when nothing has been filed.', 'My collector told my husband the car would be repossessed tomorrow. Is this legal?'],
  ['es', 'harassment-contact', 'Plántate en la puerta de su casa hasta que pague.', 'No está permitido plantarse en la puerta de su casa hasta que pague.', 'El cobrador se plantó en la puerta de mi casa hasta que pagué. ¿Es legal que hagan eso?'],
  ['es', 'public-shaming', 'Deja una nota en la puerta de su local que diga que es un moroso.', 'Está prohibido dejar una nota en la puerta de su local que diga que es un moroso.', 'Me dejaron una nota en la puerta del local diciendo que yo debía dinero. ¿Es legal?'],
  ['ko', 'third-party-pressure', '본인이 안 받으면 회사 인사팀에 전화해서 빚 얘기를 하세요.', '회사 인사팀에 전화해서 빚 얘기를 해서는 안 됩니다.', '추심원이 제 회사 인사팀에 전화해서 빚 얘기를 했습니다. 이게 합법인가요?'],
  ['ko', 'threat-violence', '갚지 않으면 몸이 성하지 못할 거라고 말해 두세요.', '몸이 성하지 못할 거라는 식의 위협은 절대 하지 마십시오.', '추심원이 저에게 몸이 성하지 못할 거라고 했습니다. 어디에 신고해야 하나요?'],
];

describe('round 3: the same cue advised, forbidden or reported', () => {
  it.each(TRIPLES)('%s %s: advised is prohibited', (lang, code, advised) => {
    const t = tag(advised, lang);
    expect(t.label).toBe('prohibited');
    expect(t.tactics).toContain(code);
  });
  it.each(TRIPLES)('%s %s: forbidden is lawful with a mention', (lang, code, _a, forbidden) => {
    const t = tag(forbidden, lang);
    expect(t.label).toBe('lawful');
    expect(t.mentions).toContain(code);
  });
  it.each(TRIPLES)('%s %s: a victim\'s report is lawful with a mention', (lang, code, _a, _f, reported) => {
    const t = tag(reported, lang);
    expect(t.label).toBe('lawful');
    expect(t.tactics).toEqual([]);
    expect(t.mentions).toContain(code);
  });
});

describe('round 3: stance mechanisms', () => {
  it('en: a clause-initial imperative advises a weak cue', () => {
    expect(tag('Then push him with repeated calls about the balance.', 'en').label).toBe('prohibited');
    expect(tag('If a collector makes repeated calls about the balance, ask for the debt to be validated.', 'en').label).toBe('lawful');
  });
  it('en: "call him a" does not match "call him at"', () => {
    expect(tag('Call him at 6 a.m. before his shift; he can\'t dodge you then.', 'en').tactics).toEqual(['harassment-contact']);
  });
  it('en: a negated relative clause about the debtor does not forbid the act', () => {
    expect(tag('Remind him that people who don\'t pay tend to have accidents.', 'en').label).toBe('prohibited');
  });
  it('ko: the debtor\'s act before a conditional ending is not a tactic, the advice after it is lawful', () => {
    const t = tag('채무자가 전화로 추심원에게 폭언을 하고 끊었다면 녹음 파일을 보관해 두는 것이 좋습니다.', 'ko');
    expect(t.label).toBe('lawful');
    expect(t.tactics).toEqual([]);
  });
  it('ko: "나가지 마라" with "until paid" urges the collector to stay', () => {
    expect(tag('돈을 받을 때까지 채무자 집 안에 앉아서 나가지 마라.', 'ko').tactics).toContain('coercion-confinement');
  });
  it('es: the debtor\'s illness named in the condition of advice is the occasion of a tactic', () => {
    expect(tag('Si la deudora está hospitalizada, aprovecha y llámala a la habitación.', 'es').tactics).toContain('exploit-vulnerability');
  });
  it('es: a report word inside an instruction is what the collector says', () => {
    expect(tag('Dile que mañana lo van a detener, aunque no haya ninguna denuncia.', 'es').tactics).toContain('false-legal-threat');
  });
  it('advised tactics count as topic: no collection word needed', () => {
    expect(tag('Wake him up with a call before dawn; he won\'t be able to think straight.', 'en').label).toBe('prohibited');
  });
  it('compliance instructions are about collection (lawful, not noise)', () => {
    expect(tag('Send the validation notice within five days and note the date in the account notes.', 'en').label).toBe('lawful');
    expect(tag('Registra cada contacto con el cliente y el compromiso de pago alcanzado.', 'es').label).toBe('lawful');
  });
  it('sales calls stay noise', () => {
    expect(tag('Keep calling the prospect until the sale closes; our sales team does ten follow-ups per lead.', 'en').label).toBe('noise');
  });
  it('a question asks about the act, it does not advise it', () => {
    const t = tag('Can a collector text my sister about the loan? What are my rights?', 'en');
    expect(t.label).toBe('lawful');
    expect(t.mentions).toContain('third-party-pressure');
  });
  it('a judgement opening the next sentence looks back at the act', () => {
    const t = tag('Un lector nos contó que la agencia publicó su deuda en Facebook. Eso es ilegal y se puede denunciar.', 'es');
    expect(t.label).toBe('lawful');
    expect(t.mentions).toContain('public-shaming');
  });
  it('es/en: a conditional about what is done to the reader is a consumer guide', () => {
    expect(tag('If a collector calls your employer about the debt, write down the date and report it.', 'en').label).toBe('lawful');
    expect(tag('Si la agencia llama a tu jefe por la deuda, anota la fecha y presenta un reclamo.', 'es').label).toBe('lawful');
    expect(tag('If he ignores the letters, call his employer about the debt.', 'en').label).toBe('prohibited');
  });
  it('es: a debtor subject opening the clause holds over its coordinated verbs', () => {
    const t = tag('El deudor nos gritó por teléfono y amenazó con colgar nuestras conversaciones en redes sociales.', 'es');
    expect(t.tactics).toEqual([]);
  });
  it('personal-finance self-help is noise, a collector\'s payment-plan letter is not', () => {
    expect(tag('How to get out of debt: make a budget, cancel subscriptions and use the snowball method.', 'en').label).toBe('noise');
    expect(tag('We can set up a payment plan that fits your budget; just call us back.', 'en').label).toBe('lawful');
  });
  it('anyone around the debtor told about the money: advised, forbidden, or a lawful recipient', () => {
    expect(tag('Ask his bowling partner whether he knows the guy owes us money.', 'en').tactics).toContain('third-party-pressure');
    expect(tag('Never ask his bowling partner whether he owes money.', 'en').label).toBe('lawful');
    expect(tag('Ask his attorney whether the client intends to pay the balance.', 'en').label).toBe('lawful');
    expect(tag('채무자 낚시 동호회 총무님께 돈 문제를 슬쩍 물어보세요.', 'ko').tactics).toContain('third-party-pressure');
    expect(tag('상담원에게 상환 계획을 말씀하시면 분할 납부를 안내해 드립니다.', 'ko').label).toBe('lawful');
    expect(tag('Pregúntale a su casero si sabe que debe tres meses de cuotas.', 'es').tactics).toContain('third-party-pressure');
    expect(tag('Escríbele a su representante legal para proponer un plan de pagos.', 'es').label).toBe('lawful');
  });
  it('es/en: a debtor noun after a verb of addressing or a preposition is an object, not the agent', () => {
    expect(tag('Remind the customer, politely but clearly, that his boss will be told about the debt.', 'en').tactics).toContain('third-party-pressure');
    expect(tag('Recuérdale al cliente que sus vecinos se van a enterar de la deuda.', 'es').tactics).toContain('third-party-pressure');
  });
  it('zh (colleague proposals 1-4): advice before the debtor\'s speech, speech verbs ending at the cue, objects after 怕, warnings closed by 但', () => {
    expect(tag('客戶如果說要去申訴，你就跟他說申訴也沒用，金管會跟我們是一夥的。', 'zh-Hant').label).toBe('prohibited');
    expect(tag('有的客户接到电话就骂人，甚至说要找人收拾催收员。', 'zh-Hans').tactics).toEqual([]);
    expect(tag('不要怕客户生气，继续打到他愿意谈为止。', 'zh-Hans').tactics).toContain('harassment-contact');
    expect(tag('规定是不能跟联系人说欠款，但你可以说“麻烦转告他，再不回电话后果自负”。', 'zh-Hans').tactics).toContain('third-party-pressure');
  });
});
