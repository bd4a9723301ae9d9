import { describe, expect, it } from 'vitest';
import { cutLong } from '../../src/pipeline/segment';
import { pieces, segmentText, tilingProblem } from './helpers';

describe('segment: list markers are strong boundaries', () => {
  it.each([
    ['zh-Hans 1./2.', '1.电话提醒要礼貌\n每次通话先核实身份，再说明逾期金额和还款日期。\n2.协商分期\n客户确有困难时，可以提出分期还款方案并书面确认。', 2],
    ['zh-Hans (一)/(二)', '(一)催收前的准备\n熟悉合同条款，整理客户资料，确认担保人信息。\n(二)催收中的沟通\n语气平和，记录每一次承诺的时间和金额。', 2],
    ['zh-Hant 第1篇', '第1篇：外訪注意事項\n外訪前先電話預約，兩人同行並全程錄音。\n第2篇：調解流程\n雙方可向調解委員會申請調解，達成協議後簽字。', 2],
    ['ko 첫째/둘째', '첫째, 상환 일정을 먼저 안내하세요.\n채무자가 이해했는지 확인하고 납부 방법을 알려 드립니다.\n둘째, 분할 상환을 제안하세요.\n소득이 줄어든 채무자에게는 월 납입액을 낮춰 줄 수 있습니다.', 2],
    ['es Primero/Segundo', 'Primero, identifíquese siempre al llamar.\nDiga su nombre, la empresa y el motivo de la llamada antes de hablar de la deuda.\nSegundo, ofrezca un plan de pagos.\nSi el cliente no puede pagar todo, proponga cuotas que pueda cumplir.', 2],
    ['circled ①②', '① 납부 기한을 문자로 안내합니다. 안내는 오전 9시 이후에 보냅니다.\n② 연락이 닿지 않으면 우편으로 통지합니다. 통지서에는 채권자 이름을 적습니다.', 2],
    ['3) style', '1) 先核对欠款金额，确保账目准确无误，避免争议。\n2) 再约定还款时间，并把约定写进书面材料留存。\n3) 最后按约定回访，确认款项到账后出具结清证明。', 3],
  ])('%s', (_name, text, n) => {
    const got = pieces(text);
    expect(got).toHaveLength(n);
  });
});

describe('segment: a heading stays with its body', () => {
  it.each([
    ['zh heading + paragraph', '催收人员行为规范\n催收人员应当文明用语，不得使用威胁或侮辱性语言，通话全程录音备查。'],
    ['ko heading + paragraph', '연락 시간 지키기\n채무자에게는 오전 8시부터 오후 9시 사이에만 연락하고, 그 밖의 시간에는 연락하지 않습니다.'],
    ['es heading + paragraph', 'Cómo negociar\nEscuche primero la situación del cliente y después proponga una fecha de pago realista.'],
    ['numbered question + answer', '2)客户说没钱怎么办?\n先了解收入情况，再根据实际能力制定分期计划，不要一次性要求全部结清。'],
  ])('%s', (_name, text) => {
    expect(pieces(text)).toHaveLength(1);
  });

  it('keeps labelled sub-parts (特点 / 例子 / 应对技巧) with their item', () => {
    const text = '1.拖延型客户\n特点：总说下周再还，但从不兑现。\n例子：“这周工资没发，下周一定还。”\n应对技巧：请他写下具体日期和金额，到期前一天再次提醒。';
    expect(pieces(text)).toHaveLength(1);
  });
});

describe('segment: long units', () => {
  it('cuts a long paragraph at sentence ends, never mid-sentence', () => {
    const sentence = '催收员在每次通话后都要及时记录客户的承诺和还款计划，以便后续跟进核对。';
    const text = sentence.repeat(40);
    const got = pieces(text);
    expect(got.length).toBeGreaterThan(1);
    for (const p of got) {
      expect(p.length).toBeLessThanOrEqual(600);
      expect(p.endsWith('。')).toBe(true);
    }
  });

  it('splits an over-long line at inline list markers', () => {
    const item = (n: number) => `${n}、依法申请支付令，債權人可以向法院提出申請，法院审查后发出支付令，债务人应当在十五日内清偿债务或者提出书面异议。`;
    const text = Array.from({ length: 12 }, (_, i) => item(i + 1)).join('');
    const got = pieces(text);
    expect(got.length).toBeGreaterThanOrEqual(6);
    expect(got.every((p) => /^\d+、/.test(p))).toBe(true);
  });

  it('cuts text without any punctuation at word boundaries', () => {
    const text = 'cobranza '.repeat(300);
    const cuts = cutLong(text, 0, text.length - 1, 600, 200);
    for (const [a, b] of cuts) {
      expect(b - a).toBeLessThanOrEqual(600);
      expect(text.slice(a, b)).toMatch(/^cobranza( cobranza)*$/);
    }
  });
});

describe('segment: boilerplate and dropped spans', () => {
  it.each([
    ['page counter', '某公司催收制度_第2页', 'page-counter'],
    ['traditional download prompt', '下載本文檔', 'download'],
    ['copyright with pinyin glosses inside', '版權(quán)說明:本文檔由用戶提供並上傳', 'copyright'],
    ['related articles', '相关内容', 'related'],
  ])('marks a %s line as boilerplate', (_name, line, reason) => {
    const text = `催收员应当依法催收，不得骚扰债务人的家人和同事。\n${line}\n`;
    const seg = segmentText(text);
    const bp = seg.segments.find((s) => s.kind === 'boilerplate');
    expect(bp?.boilerplate).toBe(reason);
  });

  it('records separators, markup-only lines and whitespace as dropped spans', () => {
    const text = '\uFEFF第一段内容，说明还款方式和还款日期。\n\n---\n<script>alert("x")</script>\n第二段内容，说明逾期后的处理流程。\n';
    const seg = segmentText(text);
    expect(tilingProblem(text.length, [...seg.segments, ...seg.dropped])).toBeNull();
    const reasons = new Set(seg.dropped.map((d) => d.reason));
    expect(reasons).toEqual(new Set(['bom', 'whitespace', 'separator', 'markup']));
  });

  it('reads a one-line HTML page as its blocks: tags, scripts and entities become markup spans', () => {
    const text =
      '<!DOCTYPE html><html><head><title>催收技巧</title><style>p{color:red}</style></head><body>' +
      '<h1>催收技巧大全</h1><p>1. 每天给债务人打电话提醒还款日期。</p><p><b>2. 客户有困难时&nbsp;可以协商分期。</b></p>' +
      '<script>var x = "<p>not text</p>";</script><p>Paso 3: ofrezca un plan de pagos &amp; confirme por escrito.</p></body></html>';
    const seg = segmentText(text);
    expect(tilingProblem(text.length, [...seg.segments, ...seg.dropped])).toBeNull();
    const got = seg.segments.map((s) => text.slice(s.start, s.end));
    // block tags end passages; inline tags at a passage's edges are trimmed off, inner ones stay
    expect(got).toEqual(expect.arrayContaining(['1. 每天给债务人打电话提醒还款日期。', '2. 客户有困难时&nbsp;可以协商分期。', 'Paso 3: ofrezca un plan de pagos &amp; confirme por escrito.']));
    expect(got.join('\n')).not.toMatch(/<|not text|color:red/);
    const markup = seg.dropped.filter((d) => d.reason === 'markup').map((d) => text.slice(d.start, d.end)).join('');
    expect(markup).toContain('<script>var x = "<p>not text</p>";</script>');
    expect(markup).toContain('<b>');
  });

  it('leaves angle brackets alone in a text without HTML', () => {
    const text = '催收的三个阶段: 逾期<30天 提醒, 30-90天 协商, >90天 诉讼。\nSi la deuda es <100 euros, llame primero.';
    const seg = segmentText(text);
    expect(seg.dropped.filter((d) => d.reason === 'markup')).toEqual([]);
    expect(seg.segments.map((s) => text.slice(s.start, s.end)).join('\n')).toBe(text);
  });

  it('turns Markdown front matter into one boilerplate passage', () => {
    const text = '---\ntitle: Cobranza\nlayout: default\n---\n\n# Sus derechos\n\nNadie puede llamarle a medianoche para cobrarle.';
    const seg = segmentText(text);
    expect(seg.segments[0]).toMatchObject({ kind: 'boilerplate', boilerplate: 'front-matter' });
    expect(seg.segments).toHaveLength(2);
  });

  it('marks a truncated teaser of the opening', () => {
    const body = '在催收过程中，我们首先要明确自己的立场，通过沟通达成目标。对于不同的客户，要采取不同的方法。';
    const text = `如何做好催收\n${body.slice(0, 30)}\n如何做好催收\n${body}\n`;
    const seg = segmentText(text);
    expect(seg.segments.some((s) => s.boilerplate === 'teaser')).toBe(true);
  });
});
