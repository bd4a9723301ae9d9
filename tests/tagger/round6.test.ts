/**
 * Round 6 (real-looking pages, blind13–20): report frames and quotation scope. A script quoted in a
 * regulator's notice, an insider's words told to investigators, a leaked internal document introduced
 * by the page, and a list of acts a prohibition opened ("may not threaten …, or tell …") are reported
 * or forbidden, not advised. Every sentence here is written for this test (none is taken from a page).
 */
import { describe, expect, it } from 'vitest';
import { tag } from './helpers';

describe('report frames and quotation scope, round 6', () => {
  it('zh: a script quoted in a regulator notice is reported; the same script as advice is a tactic', () => {
    const script = '“下周还不上，我们就把你的欠款截图发到你们单位的工作群里。”';
    expect(tag(`你就跟他说：${script}`, 'zh-Hans').label).toBe('prohibited');
    const reported = tag(`通报显示，该公司的催收员在电话中对客户说：${script}`, 'zh-Hans');
    expect(reported.label).toBe('lawful');
    expect(reported.mentions.length).toBeGreaterThan(0);
    expect(tag(`监管部门认定，催收员曾对客户说：${script}`, 'zh-Hans').label).toBe('lawful');
  });

  it('zh: an insider recalling the pressure script is reported; a collector teaching it is a tactic', () => {
    expect(tag('据一名前催收员回忆，主管要求他们“客户不接就一直换号码打”。', 'zh-Hans').label).toBe('lawful');
    expect(tag('客户不接就一直换号码打，效果好。', 'zh-Hans').label).toBe('prohibited');
  });

  it('en: a former employee telling investigators what was done is reported; the same move advised is a tactic', () => {
    const move = 'call his employer and say the wage garnishment starts Monday';
    expect(tag(`Just ${move}.`, 'en').label).toBe('prohibited');
    const reported = tag(`A former employee told investigators that the team would "${move}."`, 'en');
    expect(reported.label).toBe('lawful');
    expect(tag(`According to the settlement, agents used to ${move}.`, 'en').label).toBe('lawful');
  });

  it('en: a verb joined by "or" to a prohibited list stays forbidden; a new sentence can still advise', () => {
    const law = tag("Collectors must not threaten jail, use obscene words, or tell a neighbor about the balance owed.", 'en');
    expect(law.label).toBe('lawful');
    expect(law.mentions).toContain('third-party-pressure');
    expect(tag('Never threaten jail. Then tell a neighbor about the balance owed.', 'en').label).toBe('prohibited');
  });

  it('es: a leaked internal script introduced by the page is reported; the same lines as advice are a tactic', () => {
    const lines = 'dile que si no paga hoy mismo le embargamos la nómina y avisamos a su empresa';
    expect(tag(`Cuando no conteste, ${lines}.`, 'es').label).toBe('prohibited');
    const leaked = tag(`Un exempleado nos hizo llegar el manual interno de la agencia: "${lines}".`, 'es');
    expect(leaked.label).toBe('lawful');
  });

  it("en: in a glued comment thread one speaker's victim account does not frame another's tip", () => {
    const tip = 'SkipGuy: Best way to find a runner is to call his sister and hint that the cops are involved. Works every time.';
    const victim = "Jen_22: They called my mom at work twice and said I'd be arrested.";
    expect(tag(`${tip}\n\n${victim}`, 'en').label).toBe('prohibited');
    expect(tag(victim, 'en').label).not.toBe('prohibited');
  });

  it("zh: seeking out a relative's workplace is a tactic when approved, a report in a victim's account, lawful when forbidden", () => {
    expect(tag('查到他媳妇上班的公司，直接打过去，比什么都管用。', 'zh-Hans').tactics).toContain('third-party-pressure');
    expect(tag('上个月他们查到我媳妇上班的公司，打电话过去说我欠钱。', 'zh-Hans').label).not.toBe('prohibited');
    expect(tag('催收人员不得查找债务人配偶的单位并打电话过去。', 'zh-Hans').label).toBe('lawful');
  });

  it('a related-link line glued to an ad tagged on the next line is noise; an advice line before the ad is not', () => {
    expect(tag('- Can a collector garnish your tax refund\n\nSponsored: Fast personal loans, approval in minutes!', 'en').label).toBe('noise');
    expect(tag('Ask the collector to send a written validation notice before you pay anything. Keep copies of every letter.\n\nSponsored: Fast personal loans, approval in minutes!', 'en').label).toBe('lawful');
  });

  it('a leaked playbook or a sanctioned platform\'s training material quoted in a report is reported; the same line as a tip is a tactic', () => {
    const line = 'Call the neighbors and ask if they know he owes us money.';
    expect(tag(`Tip from our team: ${line.toLowerCase()}`, 'en').label).toBe('prohibited');
    expect(tag(`The leaked playbook, which we have reviewed, instructs staff: "${line}" Lawyers say this breaks federal law.`, 'en').label).toBe('lawful');
    expect(tag('The consent decree describes how agents were coached to tell borrowers that their wages would be garnished by Friday.', 'en').label).toBe('lawful');
    const zh = '客户不还就打他单位电话，让领导知道。';
    expect(tag(zh, 'zh-Hans').label).toBe('prohibited');
    expect(tag(`该平台的内部培训材料写道：“${zh}”目前该平台已被约谈。`, 'zh-Hans').label).toBe('lawful');
  });
});
