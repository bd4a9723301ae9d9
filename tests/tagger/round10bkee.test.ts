/**
 * Round 10b (ko/es/en, issue 4: tactic codes): one table per mechanism, each case a sentence written for this test
 * (none taken from a page or a split). Each rule appears on the side it fires and, next to it, on the side it must
 * not: `tactics` lists the codes the passage must carry (exactly), `not` codes it must not carry.
 */
import { describe, it } from 'vitest';
import { checkTagCase, type TagCase } from './helpers';

const check = (c: TagCase): void => checkTagCase(c, { learned: false });

/** es: a debtor-type label with a colon heads a description; third-person verbs after it are no imperatives. */
const profiles: TagCase[] = [
  { text: 'Perfil: llama a todas horas al gestor, insulta y amenaza con ir a la prensa.', lang: 'es', label: 'lawful' },
  { text: 'Rasgos típicos: miente sobre sus ingresos, grita y cuelga el teléfono.', lang: 'es', label: 'lawful' },
  // The advice beside it, in its own sentence, still advises.
  { text: 'Características: grita y amenaza. Técnica: llama a su jefe y dile que el empleado debe dinero.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Ve a su perfil de Facebook y publica que te debe dinero.', lang: 'es', label: 'prohibited', tactics: ['public-shaming'] },
];

/** es / en: the act said to get the one who does it into trouble is warned against. */
const consequences: TagCase[] = [
  { text: 'Llamar a su familia para presionarlo te puede meter en problemas.', lang: 'es', label: 'lawful' },
  { text: 'Si cobras recargos que no firmó te expones a una multa.', lang: 'es', label: 'lawful' },
  { text: 'Changing the locks without a court order can get you sued.', lang: 'en', label: 'lawful' },
  // Conceded and done anyway: advice.
  { text: 'Llamar a su jefe te puede meter en problemas, pero igual hazlo: funciona.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: 'Publica su nombre en Facebook; verás que paga.', lang: 'es', label: 'prohibited', tactics: ['public-shaming'] },
];

/** A location question that keeps the debt out is lawful; one that tells the debt is third-party pressure. */
const location: TagCase[] = [
  { text: 'Pregúntale a su hermana dónde trabaja ahora, pero nunca menciones la deuda.', lang: 'es', label: 'lawful' },
  { text: 'Pregúntale a su hermana dónde trabaja y cuéntale que te debe dinero.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure'] },
  { text: '동생분께 요즘 어디 사는지만 물어보세요. 빚 얘기는 하지 마시고요.', lang: 'ko', label: 'lawful' },
  { text: 'Ask his cousin where he works now and tell her he owes you money.', lang: 'en', label: 'prohibited', tactics: ['third-party-pressure'] },
];

/** ko: "no need to" sets the act before it aside, unless the step is a bluff said as such. */
const noNeed: TagCase[] = [
  { text: '경찰에 고소할 필요는 없고 지급명령부터 신청하세요.', lang: 'ko', label: 'lawful' },
  { text: '고객 가족에게 연락할 필요는 없습니다. 본인에게만 연락하세요.', lang: 'ko', label: 'lawful' },
  { text: '상환을 거부하면 형사 고소를 하겠다고 말하고, 실제로는 고소할 필요가 없습니다.', lang: 'ko', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: '고소한다고 문자 보내세요. 실제로 고소할 필요는 없고 겁만 주면 됩니다.', lang: 'ko', label: 'prohibited', tactics: ['false-legal-threat'] },
  // Only the act before the warning: the call after it is advised.
  { text: '겁줄 필요 없이 바로 어머니께 전화해서 아들 빚 얘기를 하세요.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure'] },
];

/** Multi-code conventions: a third party told the debt is theirs, pretext calls, a pose with the order it announces. */
const conventions: TagCase[] = [
  { text: 'Dile a su madre que la deuda pasará a ella.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  { text: 'Call his wife and tell her she is legally on the hook for his card balance.', lang: 'en', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  { text: '어머니께 가족이 갚아야 한다고 말씀드리세요.', lang: 'ko', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  { text: 'Call his HR department "to verify employment" and let it slip that he is behind on payments.', lang: 'en', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  { text: 'Call his HR department to verify employment, without mentioning the debt.', lang: 'en', label: 'lawful', not: ['deception'] },
  { text: 'Le marco al trabajo y pido hablar con su jefe "para una referencia laboral", y ya con él le cuento que el empleado debe.', lang: 'es', label: 'prohibited', tactics: ['third-party-pressure', 'deception'] },
  { text: '인사팀에 재직 확인을 핑계로 전화해서 연체 사실을 알리세요.', lang: 'ko', label: 'prohibited', not: ['harassment-contact'] },
  { text: 'Otra opción: mandarle un SMS como si fuera del juzgado: "Juzgado 2.º: se ha dictado orden de embargo contra usted".', lang: 'es', label: 'prohibited', tactics: ['false-identity', 'false-legal-threat'] },
  { text: '법원에서 보낸 것처럼 문자를 보내서 압류 절차가 시작됐다고 하세요.', lang: 'ko', label: 'prohibited', tactics: ['false-identity', 'false-legal-threat'] },
  { text: '법원에서 지급명령이 나오면 압류 절차를 시작할 수 있습니다.', lang: 'ko', label: 'lawful' },
];

/** Scare words and authorities: the debtor paying is no bribe; the police said to "fall on" a debtor is a false threat. */
const authority: TagCase[] = [
  { text: 'Dile que si no paga le va a caer la policía por deber plata.', lang: 'es', label: 'prohibited', tactics: ['false-legal-threat'] },
  { text: 'Si no me pagaba, le decía que le iba a caer la policía, y siempre pagaba.', lang: 'es', label: 'prohibited', tactics: ['false-legal-threat'], not: ['bribery-collusion'] },
  { text: 'Dale una propina al portero para que te diga a qué hora sale.', lang: 'es', label: 'prohibited', tactics: ['bribery-collusion'] },
];

/** en: self-help lockouts are coercion; warned against, a mention. */
const lockouts: TagCase[] = [
  { text: 'When my tenant stopped paying I just changed the locks while she was at work. She paid the next day.', lang: 'en', label: 'prohibited', tactics: ['coercion-confinement'] },
  { text: 'Never change the locks or shut off the water yourself; a landlord must go through the eviction court.', lang: 'en', label: 'lawful' },
];

describe('round 10b (ko / es / en codes by mechanism)', () => {
  const tables: Record<string, TagCase[]> = { profiles, consequences, location, noNeed, conventions, authority, lockouts };
  for (const [name, cases] of Object.entries(tables))
    describe(name, () => {
      it.each(cases.map((c) => [c.text, c] as const))('%s', (_t, c) => check(c));
    });
});
