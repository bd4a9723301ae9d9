/**
 * Round 10 (ko/es/en, issue 4): one table per mechanism, each case a sentence written for this test
 * (none taken from a page or a split). Each rule appears on the side it fires and, next to it, on the
 * side it must not: `tactics` lists the codes the passage must carry (exactly), `not` codes it must
 * not carry. Page chrome is tested on small multi-passage sources.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/records';
import { tagPassages } from '../../src/tagger/index';
import { checkTagCase, passage, tag, type TagCase } from './helpers';

const check = (c: TagCase): void => checkTagCase(c);

/** Korean cautions whose ending looks like advice, backfire consequences, -되 and conceded warnings. */
const koStance: TagCase[] = [
  { text: '채무자 가족에게 빚 얘기를 하는 것은 삼가야 합니다.', lang: 'ko', label: 'lawful' },
  { text: '직장에 찾아가는 행동은 자제해 주세요.', lang: 'ko', label: 'lawful' },
  { text: '손님들 앞에서 큰 소리로 돈 얘기를 하시면 명예훼손이 될 수 있습니다.', lang: 'ko', label: 'lawful' },
  { text: '회사에 찾아가 동료들 앞에서 빚 얘기를 하시면 명예훼손이 될 수 있으니 주의하세요.', lang: 'ko', label: 'lawful' },
  { text: '부모님께 대신 갚으라고 하면 오히려 불리해질 수 있으니 삼가시기 바랍니다.', lang: 'ko', label: 'lawful' },
  { text: '허락 없이 채무자 집에 들어가시면 주거침입이 될 수 있다는 점에 유의하셔야 합니다.', lang: 'ko', label: 'lawful' },
  // The same acts advised.
  { text: '안 받으면 시어머니한테 전화해서 아들 빚 얘기를 해 두는 게 좋습니다.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '연락이 끊기면 직장 동료들에게 돈 문제로 급하다고 말해야 합니다.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure'] },
  // "밤길 조심하세요" stays a threat: 조심 is no caution marker.
  { text: '밤길 조심하세요. 가족들 무사할지 모르겠네요.', lang: 'ko', label: 'prohibited', tactics: ['threat-violence'] },
  // -되: the act before it is granted, the warning governs what follows.
  { text: '가족에게 연락하되 욕은 하지 마세요.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '채무자 가족에게 연락하면 안 됩니다.', lang: 'ko', label: 'lawful' },
  // A warning conceded, then advice.
  { text: '부모님께 연락하는 건 불법이지만 그래도 제일 빠르니 꼭 하세요.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '부모님께 연락하는 건 불법입니다. 대신 지급명령을 신청하세요.', lang: 'ko', label: 'lawful' },
  { text: '부모님께 연락하는 건 불법이지만 그래도 지급명령은 신청하세요.', lang: 'ko', label: 'lawful' },
  // 출국금지 is an order named in a threat, not 금지 said to the reader.
  { text: '문자에 "이번 주 미입금 시 출국금지 신청 예정"이라고 써 보내세요. 실제로 할 필요는 없어요.', lang: 'ko', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: '소송까지 갈 필요 없이 지급명령을 신청하시면 됩니다.', lang: 'ko', label: 'lawful' },
  { text: '소송까지 할 필요는 없습니다. 지급명령으로 충분합니다.', lang: 'ko', label: 'lawful' },
  { text: '이번 주 안에 안 주면 형사 고소한다고 문자 보내세요. 실제로 고소 안 해도 됩니다.', lang: 'ko', label: 'prohibited', tactics: ['false-legal-threat'] },
];

/** Spanish: concessions, enclitic imperatives, name-calling, telling verbs, bluffs. */
const esStance: TagCase[] = [
  { text: 'Llamar a sus familiares es ilegal, pero si no queda otra, hazlo.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Llamar a sus familiares es ilegal; llama solo al deudor.', lang: 'es', label: 'lawful' },
  // Only a do-it-anyway pro-verb overrides the warning, not advice that turns to another act.
  { text: 'Es ilegal llamar a su familia, pero puedes enviar un burofax.', lang: 'es', label: 'lawful' },
  { text: "It's illegal to call their family, but you can send a demand letter.", lang: 'en', label: 'lawful' },
  { text: "It's illegal to call their employer, but it works, so do it anyway.", lang: 'en', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Cuando te levante la voz, recuérdale que es un caradura y un fracasado.', lang: 'es', label: 'prohibited', tactics: ['insult-abuse'] },
  { text: 'Nadie quiere quedar como un fracasado ante su familia, así que ofrécele un plan de pagos.', lang: 'es', label: 'lawful', not: ['insult-abuse'] },
  { text: 'Le conté a su suegra que su yerno me debe dinero y me funcionó.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Le conté a mi abogado lo que pasó y me recomendó un monitorio.', lang: 'es', label: 'lawful', not: ['third-party-pressure'] },
  { text: 'Dile que mañana le llega la demanda; no hace falta que la presentes de verdad.', lang: 'es', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: 'Si el deudor no se opone, no hace falta juicio: el juzgado despacha la ejecución.', lang: 'es', label: 'lawful' },
  { text: 'Para un monitorio no hace falta abogado; el juzgado te da un formulario.', lang: 'es', label: 'lawful' },
  // The lawful location call: the pretext co-occurrence stands down when the debt is kept out.
  { text: 'Puedes llamar a su trabajo solo para verificar su domicilio, sin mencionar la deuda.', lang: 'es', label: 'lawful' },
];

/** Advice forms from unsaved probes: Spanish first-person frames and subjunctive advice, Korean nominal advice. */
const adviceForms: TagCase[] = [
  { text: 'Lo que yo haría: plantarme en su casa a las diez de la noche y no irme hasta que pague.', lang: 'es', label: 'prohibited', has: ['coercion-confinement'] },
  { text: 'Yo que tú no llamaría a su familia: es ilegal y te pueden denunciar.', lang: 'es', label: 'lawful' },
  { text: 'Mi consejo es que envíes un burofax y, si no paga, un monitorio.', lang: 'es', label: 'lawful' },
  { text: 'Vale la pena avisarle a su cuñada que el hermano anda endeudado.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Lo ideal es que lo esperes a la salida del trabajo todos los días.', lang: 'es', label: 'prohibited', tactics: ['harassment-contact'] },
  { text: '차용증에 없는 연체료를 월 10%씩 붙여서 받으면 됩니다.', lang: 'ko', label: 'prohibited', tactics: ['unfair-charges'] },
  { text: '차용증에 없는 이자는 청구할 수 없습니다.', lang: 'ko', label: 'lawful' },
  { text: '제일 확실한 건 채무자 부모님 댁에 찾아가는 겁니다.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure'] },
];

/** Codes: a scare takes the code of what it says; poses, searches, companions, pretexts, muscle. */
const codes: TagCase[] = [
  { text: 'Asústalo: dile que su caso ya está en la fiscalía y que le espera la cárcel.', lang: 'es', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: 'Scare him a little: tell him the sheriff is coming tomorrow to take his car.', lang: 'en', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: '이번 주 안에 안 갚으면 경찰이 와서 체포한다고 말하세요.', lang: 'ko', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: 'Dile que el lunes pasa el actuario con la orden de embargo aunque no haya juicio.', lang: 'es', label: 'prohibited', tactics: ['false-legal-threat'], not: ['false-identity'] },
  { text: '내일 경찰서에 고소장 넣겠다고 하세요. 진짜 넣을 필요는 없어요.', lang: 'ko', label: 'prohibited', tactics: ['false-legal-threat'], not: ['false-identity'] },
  { text: 'Búscala en Facebook, averigua quién es su hermana y escríbele contándole la deuda.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Sube su foto a Facebook con la palabra moroso.', lang: 'es', label: 'prohibited', tactics: ['public-shaming'] },
  { text: 'Find him on Facebook, figure out who his brother is and call the brother about the debt.', lang: 'en', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Ve a su casa con dos compañeros y quédense en la puerta hasta que salga.', lang: 'es', label: 'prohibited', not: ['third-party-pressure'] },
  { text: 'Plántate junto al mostrador de su negocio toda la mañana.', lang: 'es', label: 'prohibited', tactics: ['harassment-contact'] },
  { text: 'Llama a recursos humanos para confirmar su domicilio y de paso comentas que debe tres meses.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  { text: 'Dígales a sus referencias que es un asunto legal urgente y que nos llame hoy.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  { text: 'If she stops answering, call her sister and tell her the debt is hers too, even if it isn\'t true.', lang: 'en', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  { text: 'Pregúntale a sus compañeros si saben cómo localizarlo, porque tiene una deuda pendiente con nosotros.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Si no paga, que se pase un amigo con pinta de matón a saludarlo.', lang: 'es', label: 'prohibited', tactics: ['threat-violence'] },
  { text: 'La policía detuvo a dos matones que amenazaban a deudores por encargo de una financiera.', lang: 'es', label: 'lawful' },
  { text: '채무자 아들이 다니는 학교 이름을 슬쩍 말해 보세요. 태도가 바로 달라집니다.', lang: 'ko', label: 'prohibited', tactics: ['threat-violence'] },
  { text: '채무자가 없을 때 가게 창고에 들어가서 물건을 몰래 가져오면 됩니다.', lang: 'ko', label: 'prohibited', tactics: ['coercion-confinement'] },
  { text: '법원 판결 없이 채무자 물건을 가져오면 절도가 될 수 있으니 조심하세요.', lang: 'ko', label: 'lawful' },
  { text: '서류에 있는 부모님 연락처로 매일 전화하세요.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure', 'harassment-contact'] },
  { text: '시아버지가 입원해 계시면 병문안 가서 사정을 말하세요. 마음 약해져서 대신 갚아 주십니다.', lang: 'ko', label: 'prohibited', has: ['exploit-vulnerability'] },
  { text: '채무자 가족이 입원 중이면 추심을 잠시 멈추고 퇴원 후에 연락하세요.', lang: 'ko', label: 'lawful' },
];

/** Page furniture noise cues (ko/es/en): disclaimers, download prompts, software ads. */
const noise: TagCase[] = [
  { text: 'La información de esta guía tiene carácter meramente informativo y no constituye asesoramiento jurídico.', lang: 'es', label: 'noise' },
  { text: 'This post is for informational purposes only and does not constitute legal advice.', lang: 'en', label: 'noise' },
  { text: '이 글은 참고용이며 법률 자문이 아닙니다.', lang: 'ko', label: 'noise' },
  { text: 'Descarga la plantilla de carta de reclamación en PDF (requiere registro).', lang: 'es', label: 'noise' },
  { text: 'Chase invoices on autopilot with LedgerBee: no credit card required, free for 14 days.', lang: 'en', label: 'noise' },
];

describe('round 10 ko/es/en', () => {
  it.each(koStance)('ko stance: $text', check);
  it.each(esStance)('es stance: $text', check);
  it.each(adviceForms)('advice forms: $text', check);
  it.each(codes)('codes: $text', check);
  it.each(noise)('noise: $text', check);
});

describe('round 10 page chrome (ko/es/en)', () => {
  const page = (texts: string[], lang: Lang) => tagPassages(texts.map((t, i) => passage(t, lang, i)), { learned: false });

  it.each<[Lang, string, string]>([
    ['es', 'Cómo recuperar una deuda de un cliente: 9 pasos (guía actualizada)', 'Primero envía un burofax con el importe y un plazo de pago. Después propón un plan de cuotas por escrito.'],
    ['en', 'What to Do When a Client Will Not Pay (A Freelancer Guide)', 'Send a polite reminder first. Then offer a written payment plan with clear dates.'],
    ['ko', '빌려준 돈 돌려받는 방법 총정리 (변호사 상담 후기)', '먼저 내용증명을 보내고 답이 없으면 지급명령을 신청하세요. 분할 상환 약정서도 좋은 방법입니다.'],
  ])('the opening title line of a %s page is noise', (lang, title, body) => {
    const [t, b] = page([title, body], lang);
    expect(t.label).toBe('noise');
    expect(b.label).toBe('lawful');
  });

  it('a one-line passage that is the whole source is not taken for a page title', () => {
    expect(tag('추심업체 직원이 회사 동료들에게 제 빚 얘기를 했습니다. 이런 것도 처벌이 되나요?', 'ko').label).toBe('lawful');
  });

  it('a breadcrumb with a byline is noise', () => {
    const [, crumbs] = page(
      ['Reclamar facturas impagadas: guía rápida', 'Inicio » Empresa » Cobros » Reclamar facturas impagadas\nPor Redacción | Actualizado el 3/11/2026 | 6 min de lectura', 'Envía un burofax con el importe y un plazo de diez días.'],
      'es',
    );
    expect(crumbs.label).toBe('noise');
  });

  it('an ad label alone on the first line makes the passage an ad', () => {
    const [, ad] = page(['Cómo cobrar una factura vencida', 'PUBLICIDAD\n¿Te falta liquidez? Dinero en tu cuenta hoy mismo, sin papeleos.', 'Envía un burofax con el importe.'], 'es');
    expect(ad.label).toBe('noise');
  });
});
