/**
 * Interface vocabulary shared by pages and the browser scripts (no node: imports): tactic names and
 * one-line definitions (paraphrasing LABELS.md), label and language names, shown in English and,
 * where it helps, in the passage's language. Codes are LABELS.md's, never renamed.
 */
import type { Label, Lang, TacticCode } from '../records';

export interface TacticInfo {
  code: TacticCode;
  name: string;
  /** What the code covers (LABELS.md, paraphrased). */
  definition: string;
  /** Name in the corpus languages. */
  local: Record<'ko' | 'es' | 'zh-Hans' | 'zh-Hant', string>;
}

export const TACTIC_INFO: TacticInfo[] = [
  { code: 'threat-violence', name: 'Threats and violence', definition: 'Violence, threats of violence or harm, and intimidation of the debtor, relatives or property.', local: { ko: '폭행·협박', es: 'amenazas y violencia', 'zh-Hans': '暴力威胁', 'zh-Hant': '暴力威脅' } },
  { code: 'insult-abuse', name: 'Insults and abuse', definition: 'Obscene, insulting or degrading language and humiliation aimed at the debtor or people around them.', local: { ko: '욕설·모욕', es: 'insultos y humillación', 'zh-Hans': '辱骂侮辱', 'zh-Hant': '辱罵侮辱' } },
  { code: 'third-party-pressure', name: 'Pressure through third parties', definition: 'Contacting or involving people who do not owe the debt (family, friends, employer, colleagues, phone contacts) to disclose it or to push the debtor.', local: { ko: '제3자 압박', es: 'presión a terceros', 'zh-Hans': '向第三人施压', 'zh-Hant': '向第三人施壓' } },
  { code: 'public-shaming', name: 'Public shaming', definition: 'Exposing the debtor publicly or embarrassing them in front of others: posts, posters, group chats, lists, scenes.', local: { ko: '공개 망신', es: 'exposición pública', 'zh-Hans': '公开曝光', 'zh-Hant': '公開曝光' } },
  { code: 'harassment-contact', name: 'Harassing contact', definition: 'Calls or visits meant to wear the debtor down: repeated or high-frequency calls, inconvenient hours, shadowing, refusing to stop.', local: { ko: '반복·야간 연락', es: 'contacto acosador', 'zh-Hans': '骚扰式联系', 'zh-Hant': '騷擾式聯繫' } },
  { code: 'false-legal-threat', name: 'False legal threats', definition: 'Threatening arrest, prison, criminal charges or legal steps that are untrue or not intended, or misstating legal consequences.', local: { ko: '허위 법적 위협', es: 'amenazas legales falsas', 'zh-Hans': '虚假法律威胁', 'zh-Hant': '虛假法律威脅' } },
  { code: 'false-identity', name: 'False identity', definition: 'Posing as a lawyer, court, police or government office, or hiding who is collecting.', local: { ko: '신분 사칭', es: 'suplantación de identidad', 'zh-Hans': '冒充身份', 'zh-Hant': '冒充身分' } },
  { code: 'deception', name: 'Deception', definition: 'Lying or pretexting to obtain information or payment: wrong amounts, invented deadlines, false promises.', local: { ko: '기망', es: 'engaño', 'zh-Hans': '欺骗', 'zh-Hant': '欺騙' } },
  { code: 'coercion-confinement', name: 'Coercion and confinement', definition: 'Refusing to leave, detaining the debtor, entering a home without consent, taking property without legal process.', local: { ko: '강요·감금', es: 'coacción y retención', 'zh-Hans': '强迫拘禁', 'zh-Hant': '強迫拘禁' } },
  { code: 'bribery-collusion', name: 'Bribery and collusion', definition: 'Paying or colluding with insiders or officials for leverage or information about the debtor.', local: { ko: '매수·유착', es: 'soborno y colusión', 'zh-Hans': '收买串通', 'zh-Hant': '收買串通' } },
  { code: 'exploit-vulnerability', name: 'Exploiting vulnerability', definition: 'Pressing people who are vulnerable or not liable: the sick, the bereaved, minors, relatives beyond the estate.', local: { ko: '취약성 악용', es: 'abuso de vulnerabilidad', 'zh-Hans': '利用弱势处境', 'zh-Hant': '利用弱勢處境' } },
  { code: 'unfair-charges', name: 'Unfair charges', definition: 'Fees, penalties or interest not authorised by the contract or by law.', local: { ko: '부당 비용 청구', es: 'cargos indebidos', 'zh-Hans': '不当收费', 'zh-Hant': '不當收費' } },
];

export const TACTIC_BY_CODE = new Map(TACTIC_INFO.map((t) => [t.code as string, t]));

/** Position of a code in LABELS.md's table: picks its colour (`--t0` … `--t11`). */
export function tacticIndex(code: string): number {
  return TACTIC_INFO.findIndex((t) => t.code === code);
}

export function tacticName(code: string): string {
  return TACTIC_BY_CODE.get(code)?.name ?? code;
}

/** The tactic's name in a passage language, if we have one (zh-Hant, zh-Hans, ko, es). */
export function tacticLocal(code: string, lang: string): string | undefined {
  return (TACTIC_BY_CODE.get(code)?.local as Record<string, string> | undefined)?.[lang];
}

export const LABEL_INFO: Record<Label, { name: string; meaning: string; local: Record<string, string> }> = {
  prohibited: { name: 'Prohibited', meaning: 'advises or approvingly describes a tactic the law forbids', local: { ko: '금지', es: 'prohibido', 'zh-Hans': '违规', 'zh-Hant': '違規' } },
  lawful: { name: 'Lawful', meaning: 'about collection, and what it advises is lawful (or it warns against a tactic)', local: { ko: '적법', es: 'lícito', 'zh-Hans': '合法', 'zh-Hant': '合法' } },
  noise: { name: 'Noise', meaning: 'not about collection practice (other topics, boilerplate, fragments)', local: { ko: '무관', es: 'ruido', 'zh-Hans': '无关', 'zh-Hant': '無關' } },
};

export const LANG_NAMES: Record<Lang, string> = {
  ko: 'Korean', es: 'Spanish', 'zh-Hans': 'Chinese (Simplified)', 'zh-Hant': 'Chinese (Traditional)', en: 'English', und: 'Undetermined',
};

export function langName(lang: string): string {
  return (LANG_NAMES as Record<string, string>)[lang] ?? lang;
}

export const JURISDICTIONS: Record<string, string> = {
  US: 'United States', KR: 'Korea', CN: 'China', 'ES-EU': 'Spain / EU',
};

/** Evidence codes that are not tactics, as shown in the "why this label" panel. */
export const EVIDENCE_CODE_NAMES: Record<string, string> = {
  topic: 'about debt collection',
  noise: 'noise signal',
  'stance-warn': 'stance: warns or forbids',
  'stance-advise': 'stance: advises or performs',
  context: 'context',
};

export function evidenceCodeName(code: string): string {
  return EVIDENCE_CODE_NAMES[code] ?? tacticName(code);
}

/** A `lang` for a short string by its script (Hangul → ko, Han → zh, Latin → none). */
export function scriptLang(text: string, zh: 'zh-Hans' | 'zh-Hant' = 'zh-Hans'): string | undefined {
  if (/[\uac00-\ud7a3]/.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) return zh;
  return undefined;
}
