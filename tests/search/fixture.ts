/**
 * A small hand-written passage set (sentences written for these tests, not taken from the seeds)
 * and a helper that builds a search engine over it with jieba and the real concept lexicon.
 */
import { registerJieba } from '../../src/search/jieba-node';
import { loadConcepts } from '../../src/search/load-concepts';
import { loadCedictGlosses } from '../../src/search/cedict-node';
import { buildIndex, type SerializedIndex } from '../../src/search/build';
import { SearchEngine } from '../../src/search/engine';
import type { Lang, TaggedPassage } from '../../src/records';

type P = Pick<TaggedPassage, 'id' | 'source' | 'lang' | 'label' | 'tactics' | 'mentions' | 'text' | 'start' | 'end'> &
  Partial<Pick<TaggedPassage, 'duplicateOf'>>;

let offset = 0;
function p(id: string, lang: Lang, label: TaggedPassage['label'], text: string, extra: Partial<P> = {}): P {
  const start = offset;
  offset += text.length + 1;
  return { id, source: `fx-${lang}.txt`, lang, label, tactics: [], mentions: [], text, start, end: start + text.length, ...extra };
}

export const PASSAGES: P[] = [
  // Korean
  p('ko-visit', 'ko', 'lawful', '담당 직원이 오후에 채무자의 집을 방문해서 상환 일정을 다시 안내했다.'),
  p('ko-family', 'ko', 'prohibited', '돈을 안 갚으면 가족에게 알리고 회사 동료들한테도 전화해서 압박하세요.', { tactics: ['third-party-pressure'] }),
  p('ko-call', 'ko', 'lawful', '밤 9시 이후에는 전화하지 않고 문자로만 납부 기일을 알려 드립니다.'),
  p('ko-rehab', 'ko', 'lawful', '개인회생을 신청한 채무자에게는 직접 추심을 멈춰야 합니다.'),
  p('ko-noise', 'ko', 'noise', '신입 영업사원 채용 공고: 방문 판매 경력자 우대, 가족 같은 분위기.'),
  // Spanish
  p('es-threat', 'es', 'prohibited', 'El gestor amenazó al deudor con demandarlo y con llamarle a su jefe cada mañana.', {
    tactics: ['false-legal-threat', 'third-party-pressure'],
  }),
  p('es-plan', 'es', 'lawful', 'Ofrezca un plan de pagos en cuotas mensuales y escuche las razones del cliente.'),
  p('es-family', 'es', 'prohibited', 'Si no contesta, hay que llamar a sus familiares hasta que alguien pague.', { tactics: ['third-party-pressure'] }),
  p('es-noise', 'es', 'noise', 'Oferta de empleo: buscamos teleoperadores para venta de seguros por teléfono.'),
  // Simplified Chinese
  p('hans-family', 'zh-Hans', 'prohibited', '客户不接电话就联系他的家人和同事施压,效果最好。', { tactics: ['third-party-pressure'] }),
  p('hans-creditor', 'zh-Hans', 'lawful', '债权人可以依法向法院起诉,并申请支付令。'),
  p('hans-harass', 'zh-Hans', 'lawful', '严禁在夜间反复拨打电话骚扰客户,这属于软暴力。', { mentions: ['harassment-contact'] }),
  p('hans-phrase-a', 'zh-Hans', 'lawful', '上门催收前要先电话预约。'),
  p('hans-phrase-b', 'zh-Hans', 'lawful', '催收员上门时要出示证件,不得强行进入。'),
  p('hans-noise', 'zh-Hans', 'noise', '这款手机的电池可以用两天,打电话很清楚,欢迎到门店试用。'),
  // Traditional Chinese, with a pinyin gloss artefact
  p('hant-creditor', 'zh-Hant', 'lawful', '債權人應先寄發存證信函(hán),再聲請支付命令。'),
  p('hant-dup', 'zh-Hant', 'lawful', '債權人應先寄發存證信函(hán),再聲請支付命令。', { duplicateOf: 'hant-creditor' }),
  p('hant-visit', 'zh-Hant', 'prohibited', '催收人員上門後坐在客戶店裡不走,直到他還錢為止。', { tactics: ['harassment-contact', 'coercion-confinement'] }),
  // English
  // Spanish text that language identification called English.
  p('en-mislabel', 'en', 'lawful', 'Nos llamaron muchas veces al trabajo por una deuda antigua.'),
  p('en-harass', 'en', 'prohibited', 'Keep calling his workplace every hour until his boss tells him to pay.', {
    tactics: ['harassment-contact', 'third-party-pressure'],
  }),
];

let cached: SerializedIndex | null = null;
/** The serialised index over PASSAGES (built once per test file). */
export function fixtureIndex(): SerializedIndex {
  if (!cached) {
    registerJieba();
    cached = buildIndex(PASSAGES, loadConcepts(), { bridge: loadCedictGlosses() });
  }
  return cached;
}

export function fixtureEngine(): SearchEngine {
  return new SearchEngine(fixtureIndex());
}

/**
 * A maker of lawful unit passages laid end to end in one imaginary text per language
 * (`unit-<lang>.txt`), for tests that build a small index of their own.
 */
export function passageMaker(): <L extends Lang>(id: string, lang: L, text: string) => P & { lang: L; label: 'lawful' } {
  let at = 0;
  return (id, lang, text) => {
    const start = at;
    at += text.length + 1;
    return { id, source: `unit-${lang}.txt`, lang, label: 'lawful' as const, tactics: [], mentions: [], text, start, end: start + text.length };
  };
}
