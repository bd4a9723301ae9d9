import { describe, expect, it } from 'vitest';
import { compact, dedupe, type DedupeItem } from '../../src/pipeline/dedupe';
import { assignLangs, detectLang } from '../../src/pipeline/langid';
import { fold } from '../../src/text/fold';

describe('langid: per passage, not per file', () => {
  it.each([
    ['채무자에게 분할 상환을 안내하고 납부 일정을 확인합니다.', 'ko'],
    ['Le recomendamos ofrecer un plan de pagos al cliente que tiene dificultades.', 'es'],
    ['The collector must identify himself and state the purpose of the call.', 'en'],
    ['催收人员应当在规定时间内联系债务人，说明欠款金额。', 'zh-Hans'],
    ['催收人員應當在規定時間內聯繫債務人，說明欠款金額。', 'zh-Hant'],
    ['債務人逾期後，債權人可聲請支付命令。', 'zh-Hant'],
    ['채권추심법 제9조는 폭행·협박(脅迫)을 금지한다.', 'ko'],
  ])('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });

  it('gives passages too short to judge the majority language of their document', () => {
    const texts = ['催收员应当礼貌沟通，耐心倾听客户的困难。', '1.', '债务人可以申请分期还款。'].map((t) => ({ text: t, folded: fold(t) }));
    expect(assignLangs(texts, 'und')).toEqual(['zh-Hans', 'zh-Hans', 'zh-Hans']);
  });
});

const item = (id: string, doc: string, text: string, kind: DedupeItem['kind'] = 'text'): DedupeItem => ({ id, doc, text, folded: fold(text), kind });

describe('dedupe: one copy shown, the others linked', () => {
  it('links exact copies across scripts and punctuation widths', () => {
    const items = [
      item('a', 'd1', '催收人员应当文明用语，不得辱骂债务人或其家人。'),
      item('b', 'd1', '催收人員應當文明用語,不得辱罵債務人或其家人.'),
    ];
    dedupe(items);
    expect(items[1].duplicateOf).toBe('a');
    expect(items[0].duplicateOf).toBeUndefined();
  });

  it('turns a repeated short heading into a repeated-title boilerplate passage', () => {
    const items = [item('a', 'd', '如何有效控制逾期', 'heading'), item('b', 'd', '正文内容'), item('c', 'd', '如何有效控制逾期', 'heading')];
    const stats = dedupe(items);
    expect(items[2]).toMatchObject({ duplicateOf: 'a', kind: 'boilerplate', boilerplate: 'repeated-title' });
    expect(stats.repeatedTitles).toBe(1);
  });

  it('links a near copy with one changed word', () => {
    const base = 'Si el cliente no contesta, envíe un recordatorio por escrito con el importe y la fecha de vencimiento de la cuota pendiente. Guarde una copia del envío en el expediente del cliente.';
    const items = [item('a', 'd1', base), item('b', 'd2', base.replace('recordatorio', 'aviso'))];
    dedupe(items);
    expect(items[1].duplicateOf).toBe('a');
  });

  it('does not link passages that merely share a topic', () => {
    const items = [
      item('a', 'd', '채무자에게 전화하기 전에 연락 가능 시간을 확인하고, 통화 내용은 모두 기록해 둡니다.'),
      item('b', 'd', '채무자가 분할 상환을 요청하면 소득 자료를 받아 월 납입액을 함께 정합니다.'),
    ];
    dedupe(items);
    expect(items.map((i) => i.duplicateOf)).toEqual([undefined, undefined]);
  });

  it('compares text without spaces and punctuation', () => {
    expect(compact(fold('催收 , 技巧 。'))).toBe('催收技巧');
  });
});
