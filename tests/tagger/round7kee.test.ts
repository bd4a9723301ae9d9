/**
 * Round 7 ko / es / en (prohibited-heavy pages, blind22): speaker labels, Korean report and
 * consequence frames, declining an act, quotative scares, "o no" that forbids nothing, the court named
 * without a pose, and people in front of whom a debt is raised. Each rule is checked both ways: the
 * same cue advised and forbidden, reported or only named. Every sentence is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tag } from './helpers';

describe('round 7: ko', () => {
  it('a comment label and nickname are no cues; the same words in the comment body are', () => {
    const label = tag('[댓글] 동네총무: 다음 달 모임 회비는 이번 주까지 입금 부탁드립니다.', 'ko');
    expect(label.tactics).not.toContain('public-shaming');
    const body = tag('[댓글] 총무: 아파트 단톡방에 그 사람 이름이랑 빚진 금액을 올리세요.', 'ko');
    expect(body.label).toBe('prohibited');
    expect(body.tactics).toContain('public-shaming');
  });

  it('an investigation found (드러났다) reports the acts; the same acts advised are tactics', () => {
    const act = '채무자 지인들에게 돈을 대신 갚으라고 문자를 보내';
    const reported = tag(`수사 결과 이들은 ${act} 온 것으로 드러났다.`, 'ko');
    expect(reported.label).toBe('lawful');
    expect(reported.mentions).toContain('third-party-pressure');
    expect(tag(`${act}세요.`, 'ko').label).toBe('prohibited');
  });

  it('a legal consequence ("…문제가 될 수 있습니다") warns; the threat advised is a tactic', () => {
    expect(tag('돈을 못 갚았다고 구속 운운하면 오히려 협박죄 문제가 될 수 있습니다.', 'ko').label).toBe('lawful');
    expect(tag('돈을 안 갚으면 바로 구속된다고 말하세요.', 'ko').label).toBe('prohibited');
  });

  it('declining an act ("…는 건 좀 아닌 것 같고") is no advice', () => {
    expect(tag('회사에 전화하는 건 좀 아닌 것 같고, 일단 내용증명부터 보내 보려고 합니다.', 'ko').label).toBe('lawful');
    expect(tag('회사에 전화해서 팀장한테 빚 얘기를 하세요.', 'ko').label).toBe('prohibited');
  });

  it('a lockout until paid is coercion; a warning against it is a mention', () => {
    const act = tag('세입자가 안 내면 도어락 비밀번호를 바꿔 버리세요.', 'ko');
    expect(act.tactics).toContain('coercion-confinement');
    expect(tag('도어락 비밀번호를 바꿔 버리는 것은 불법입니다.', 'ko').label).toBe('lawful');
  });

  it('"…다고 겁을 주세요" is coded by what is said, a bare scare as a threat', () => {
    const quoted = tag('안 갚으면 내일 바로 압류 들어간다고 겁을 주세요.', 'ko');
    expect(quoted.tactics).not.toContain('threat-violence');
    const bare = tag('돈 안 갚는 사람한테는 직접 손대지는 말고 겁은 확실히 줘야 합니다.', 'ko');
    expect(bare.tactics).toEqual(['threat-violence']);
  });
});

describe('round 7: es', () => {
  it('"esté en el contrato o no" does not forbid the charge; a real prohibition does', () => {
    const act = tag('Cóbrale el recargo semanal, esté en el contrato o no.', 'es');
    expect(act.tactics).toContain('unfair-charges');
    expect(tag('No le cobres recargos que no estén en el contrato.', 'es').label).toBe('lawful');
  });

  it('the court named in a lawful answer is no pose; posing as court staff is', () => {
    expect(tag('El plazo depende del juzgado; puedes pedir un embargo precautorio de sus cuentas.', 'es').label).toBe('lawful');
    const pose = tag('Preséntate por teléfono como personal del juzgado.', 'es');
    expect(pose.tactics).toContain('false-identity');
  });

  it('confronting him in front of his workers shames him; a warning against it is a mention', () => {
    expect(tag('Ve a su taller y reclámale la deuda delante de sus empleados.', 'es').tactics).toContain('public-shaming');
    expect(tag('Nunca le reclames la deuda delante de sus empleados.', 'es').label).toBe('lawful');
  });
});

describe('round 7: en', () => {
  it('"in front of his house" is a place; "in front of his coworkers" is shaming', () => {
    expect(tag('Wait in front of his house every night until he comes out.', 'en').tactics).not.toContain('public-shaming');
    expect(tag('Bring up the balance in front of his coworkers at lunch.', 'en').tactics).toContain('public-shaming');
    expect(tag('Never bring up the balance in front of his coworkers.', 'en').label).toBe('lawful');
  });

  it('a photo of the debtor\'s home sent as a message menaces; a victim reporting it does not advise', () => {
    expect(tag('Text him a picture of his front door and say nothing else.', 'en').tactics).toContain('threat-violence');
    expect(tag('A collector texted me a picture of my front door. Is that even legal?', 'en').label).toBe('lawful');
  });

  it('a mechanic\'s lien is a lawful remedy; taking his tools until he pays is not', () => {
    expect(tag("If the homeowner won't pay the invoice, you can file a mechanic's lien on the property.", 'en').label).toBe('lawful');
    expect(tag('Take his tools from the van and tell him he gets them back when he pays.', 'en').tactics).toContain('coercion-confinement');
  });
});

describe('round 7: police and prosecutors announced over a civil debt', () => {
  it('ko: advised is a false legal threat; forbidden is a mention', () => {
    const act = tag('안 갚으면 경찰서에서 연락 갈 거라고 하세요. 실제로 신고 안 해도 됩니다.', 'ko');
    expect(act.tactics).toEqual(['false-legal-threat']);
    expect(tag('빚을 못 갚았다고 경찰서에서 연락 갈 거라고 말하는 것은 불법입니다.', 'ko').label).toBe('lawful');
  });

  it('es: advised is a false legal threat; forbidden is a mention', () => {
    expect(tag('Dile que si no paga el lunes, llega la policía por él.', 'es').tactics).toContain('false-legal-threat');
    expect(tag('Está prohibido decirle al deudor que llega la policía por él si no paga.', 'es').label).toBe('lawful');
  });

  it('en: advised is a false legal threat; a consumer reporting it is a mention', () => {
    expect(tag("Tell him the DA's office is reviewing his file on the unpaid balance.", 'en').tactics).toContain('false-legal-threat');
    expect(tag("A collector told me the DA's office was reviewing my file. I reported it to the CFPB.", 'en').label).toBe('lawful');
  });
});

describe('round 7: speaker labels of other forums', () => {
  it('a Reddit handle or a "name dijo:" label carries no cue; the body still does', () => {
    const handle = tag('u/harass_me_not · 12 points: We settled on a payment plan of three instalments for the invoice.', 'en');
    expect(handle.label).toBe('lawful');
    const nick = tag('cobrador_amenazante dijo: Le ofrecí una quita del 20 % y firmamos un convenio de pago.', 'es');
    expect(nick.label).toBe('lawful');
    expect(tag('u/old_hand · 3 points: Call his boss twice a day until he pays the invoice.', 'en').label).toBe('prohibited');
  });
});
