/**
 * One passage against the compiled lexicon: every cue, marker, topic and noise hit with its offsets,
 * the sentences and clauses, and for each tactic occurrence the stance verdict (src/tagger/stance.ts).
 * Pure: the same text and lexicon give the same analysis.
 */
import type { CompiledLexicon, CompiledTactic, Span, Target } from '../lexicon/compile';
import { makeTarget } from '../lexicon/compile';
import type { StanceRole, StanceScope } from '../lexicon/schema';
import { clauses, sentences, unitAt } from './units';

export interface MarkerHit extends Span {
  role: StanceRole;
  scope?: StanceScope;
  advise?: boolean;
  id: string;
  cue: string;
}

export interface WeightedHit extends Span {
  id: string;
  weight: number;
  category?: string;
  cue: string;
}

/** One firing of a tactic entry: its overall span and the spans that are evidence. */
export interface Occurrence extends Span {
  entry: CompiledTactic;
  parts: Span[];
}

export interface Analysis {
  target: Target;
  sentences: Span[];
  clauses: Span[];
  occurrences: Occurrence[];
  /** Tactic cue hits a `not:` suppressor of their entry cancelled (the lexicon weighed and set them aside). */
  suppressed: number;
  markers: MarkerHit[];
  topic: WeightedHit[];
  noise: WeightedHit[];
}

const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Priority when two markers of equal length overlap (higher wins). */
const ROLE_PRIORITY: Record<StanceRole, number> = {
  cancel: 7,
  statute: 6,
  report: 5,
  warn: 4,
  advise: 3,
  break: 2,
  debtor: 1,
  collector: 0,
};

/** Longest match wins among overlapping markers; ties by role priority, then position. */
function resolveMarkers(hits: MarkerHit[]): MarkerHit[] {
  const sorted = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || ROLE_PRIORITY[b.role] - ROLE_PRIORITY[a.role] || a.start - b.start,
  );
  const kept: MarkerHit[] = [];
  for (const h of sorted) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Distinct weighted hits: one per cue text position, overlapping shorter hits dropped. */
function weighted(lex: CompiledLexicon['topic'], t: Target): WeightedHit[] {
  const hits: WeightedHit[] = [];
  for (const e of lex)
    for (const p of e.fast)
      for (const s of p.find(t)) hits.push({ ...s, id: e.id, weight: e.weight, category: (e as { category?: string }).category, cue: t.text.slice(s.start, s.end) });
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: WeightedHit[] = [];
  for (const h of hits) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

function findOccurrences(lex: CompiledLexicon, t: Target, sents: Span[], cls: Span[], suppressed: Span[] = []): Occurrence[] {
  const out: Occurrence[] = [];
  for (const entry of lex.tactics) {
    // Suppressor hits are found once per entry, and only when the entry fires.
    let notHits: Span[] | null = null;
    const blocked = (s: Span): boolean => {
      if (!entry.not.length) return false;
      notHits ??= entry.not.flatMap((p) => p.find(t));
      const sent = unitAt(sents, s.start);
      const hit = notHits.some((n) => n.start >= sent.start && n.end <= sent.end);
      if (hit) suppressed.push(s);
      return hit;
    };
    for (const p of entry.fast)
      for (const s of p.find(t)) if (!blocked(s)) out.push({ ...s, entry, parts: [s], gapped: p.gapped } as Occurrence & { gapped: boolean });
    if (entry.groups) {
      const unitsOf = entry.within === 'clause' ? cls : entry.within === 'sentence' ? sents : [{ start: 0, end: t.text.length }];
      // Stop at the first group with no hit anywhere: most co-occurrence entries fail there.
      const groupHits: Span[][] = [];
      for (const g of entry.groups) {
        const hs = g.flatMap((p) => p.find(t));
        if (!hs.length) break;
        groupHits.push(hs.sort((a, b) => a.start - b.start));
      }
      if (groupHits.length < entry.groups.length) continue;
      for (const u of unitsOf) {
        // One hit per group, none overlapping another group's hit (one word cannot fill two roles).
        const parts: Span[] = [];
        for (const hs of groupHits) {
          const h = hs.find((x) => inside(x, u) && !parts.some((q) => overlaps(q, x)));
          if (!h) break;
          parts.push(h);
        }
        if (parts.length < groupHits.length) continue;
        const span = { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
        if (!blocked(span)) out.push({ ...span, entry, parts, gapped: true } as Occurrence & { gapped: boolean });
      }
    }
  }
  // An occurrence inside a longer one of the same entry, or a weak one inside a strong one of the same
  // code, adds nothing; different entries stay (each gets its own stance).
  out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Occurrence[] = [];
  for (const o of out) {
    if (kept.some((k) => inside(o, k) && (k.entry === o.entry || (k.entry.code === o.entry.code && k.entry.strength === 'strong' && o.entry.strength === 'weak'))))
      continue;
    kept.push(o);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Spanish imperatives with enclitic pronouns carry a written accent the bare verb lacks
 * (llámele, dígale, comuníquese, preséntese, cuéntales): they address the collector, so they advise.
 */
const ES_IMPERATIVE = /(?<![a-zñáéíóúü])[a-zñ]*[áéíóú][a-zñ]*(?:se|le|les|lo|la|los|las|me|nos)(?![a-zñáéíóúü])/g;
function spanishImperatives(t: Target): MarkerHit[] {
  const out: MarkerHit[] = [];
  for (const m of t.folded.matchAll(ES_IMPERATIVE))
    out.push({ start: m.index!, end: m.index! + m[0].length, role: 'advise', scope: 'clause', id: 'stance/es/imperative-enclitic', cue: t.text.slice(m.index!, m.index! + m[0].length) });
  return out;
}

/**
 * Korean plain-style (반말) imperatives closing a sentence, the register of chat instructions ("계속 두드려",
 * "그냥 끌고 와", "인사팀으로 돌려", "과일바구니 들고 가"): the last word of a sentence that is not a question
 * ends in an infinitive-form syllable (아/어/여, contracted 해 와 줘 봐 둬 려 …) with no past-tense ㅆ
 * before it ("했어", "갔어" report). Passives in -혀 ("안 잡혀") are statements. Stative verbs and adjectives in the same form are statements, not
 * instructions ("없어", "괜찮아", "미안해"), and so are a few nouns ending so ("안내", "피해").
 */
const KO_IMPERATIVE_END = /[아어여해와가줘봐둬놔려쳐춰워겨져내켜꿔뤄써러펴]$/;
const KO_NOT_IMPERATIVE = /(?:없어|있어|같아|좋아|싫어|많아|적어|괜찮아|몰라|아파|바빠|미안해|고마워|뭐해|어때|그래|이래|저래|싶어|같애|맞아|돼|안내|이내|시내|이해|피해|손해|방해|는가|인가|던가|한가|을까|ㄹ까|거야|잖아|잖어|는데|나가|누가|내가|네가|제가|우리가|그가|이가|뭐가|어디가|인데|한데|은데|든가)$/;
const KO_TRAILER = /[\s.!~…ㅋㅎㅠㅜ^;)"'”’」』\p{Extended_Pictographic}\u200d\ufe0f]*$/u;
function koreanPlainImperatives(t: Target, sents: Span[]): MarkerHit[] {
  const out: MarkerHit[] = [];
  for (const sent of sents) {
    const raw = t.text.slice(sent.start, sent.end);
    const body = raw.replace(KO_TRAILER, '');
    if (/[?？]/.test(raw.slice(body.length))) continue;
    const word = /[가-힣]+$/.exec(body);
    if (!word || !KO_IMPERATIVE_END.test(word[0]) || KO_NOT_IMPERATIVE.test(word[0])) continue;
    // Past tense before the ending ("했어", "갔어", "봤어"): a report of what was done.
    const prev = word[0].length >= 2 ? word[0].charCodeAt(word[0].length - 2) - 0xac00 : -1;
    if (prev >= 0 && prev % 28 === 20) continue;
    const start = sent.start + word.index;
    out.push({ start, end: start + word[0].length, role: 'advise', scope: 'clause', id: 'stance/ko/imperative-chat', cue: word[0] });
  }
  return out;
}

/**
 * What may stand between a clause start and an imperative verb: list markers, quotes, dashes and
 * light adverbs or conjunctions ("Then call…", "Just text…", "y luego manda…", "Tip: leave…").
 */
const CLAUSE_OPENER =
  /^(?:[\s"'“”‘’«»¡¿(\-–—*•·>#]|\d+[.)]|[a-z][.)]\s|(?:and|then|just|so|also|simply|always|now|first|next|finally|otherwise|or|tip|y|e|o|luego|después|despues|entonces|primero|también|tambien|solo|sólo|simplemente|siempre|ahora|además|ademas|pues|consejo|truco)(?![a-zñáéíóúü]))*$/;

const LIST_OR = /(?:^|[\s,;])(?:or|nor|o|ni)\s+$/;
const LIST_OR_LATER = /,\s*(?:or|nor|o|ni)\s/;

/** Whether a marker at `s` opens its clause (only openers between the clause start and it). */
function opensClause(t: Target, cls: Span[], s: Span): boolean {
  const c = unitAt(cls, s.start);
  return CLAUSE_OPENER.test(t.plain.slice(c.start, s.start));
}

/**
 * Any person around the debtor as the recipient of an instruction about the money: the lexicon lists
 * family, employers and neighbours, but a paraphrase names anyone ("ask his softball coach whether he
 * keeps up with his payments", "채무자 조기축구회 회장님께 돈 문제를 물어보세요", "pregúntale a su
 * entrenador si sabe que tiene deudas"). Found structurally — a contact verb with a possessed person
 * (en/es) or a Korean dative noun that is not the debtor — in a sentence about owing or paying. The
 * occurrence is weak: it counts only when advice governs it, and warnings, reports and the debtor's
 * own acts apply as to any cue.
 */
const RECIPIENT: Record<'ko' | 'es' | 'en', RegExp> = {
  en: /(?<![a-z])(?:ask|tell|call|text|email|message|contact|ring|visit|dm|ping|warn|inform|notify|remind|write to|(?:friend request|message|note|letter|email|text|dm) to)\s+(?:his|her|their|the debtor's|the customer's)\s+((?:[a-z'-]+\s+){0,2}[a-z'-]+)/g,
  es: /(?<![a-zñ])(?:preguntale|pregunta|dile|diles|cuentale|cuentales|comenta|comentale|escribele|escribe|llama|llamale|avisa|avisale|mandale|manda|preguntales)\s+(?:a\s+)?(?:su|sus)\s+([a-zñ]+(?:\s+de\s+[a-zñ]+)?)/g,
  ko: /([가-힣]{1,8})(?:께|에게|한테)(?:도|는|라도|만)?(?=[\s,])/g,
};
/** Recipients who are the debtor, their lawyer, the collector's own side or an authority. */
const NOT_THIRD: Record<'ko' | 'es' | 'en', RegExp> = {
  en: /(?:^|\s)(?:number|phone|cell|account|balance|debt|loan|card|attorney|lawyer|counsel|home|house|mobile|voicemail|trustee|representative|guardian|executor|estate|agent|lender|creditor|bank|advisor|adviser|counselor|counsellor)(?:\s|$)/,
  es: /^(?:abogad[oa]|numero|telefono|celular|cuenta|deuda|casa|movil|correo|representante|asesor[a]?|tutor[a]?|albacea|apoderad[oa]|sindico|banco|acreedor)/,
  ko: /^(?:채무자|고객|고객님|본인|당사자|차주|연체자|그|그녀|그분|당신|보증인|연대보증인|변호사|법무사|법원|상담사|상담원|상담관|팀장|상사|담당자|직원|회사|추심원|추심자|채권자|금융감독원|경찰|우리|저희|나|저|누구|상대방|고객들|채무자들|대리인|법정대리인|후견인|상속인|관재인|파산관재인|유언집행자)$/,
};
/** Permission of the debtor makes contact with others lawful ("only if the client authorises it"). */
const CONSENT = /consent|authoriz|authoris|permission|autoriza|consentimiento|permiso|동의|허락|위임/;
const OWING: Record<'ko' | 'es' | 'en', RegExp> = {
  en: /(?<![a-z])(?:owe|owes|owed|owing|debt|debts|pay|pays|paying|payment|payments|bill|bills|balance|loan|money|behind on|broke)(?![a-z])/,
  es: /(?<![a-zñ])(?:debe|deben|debia|deuda|deudas|paga|pagar|pago|pagos|dinero|moroso|morosa|prestamo|atrasado)(?![a-zñ])/,
  ko: /돈|빚|갚|상환|연체|채무|대출|입금|미납/,
};
const KO_CONTACT = /알리|알려|말하|말해|말씀|얘기|이야기|물어|묻|연락|전화|문자|부탁|찾아가|소문/;
/**
 * A location question that keeps the debt out ("pregúntale a su hermana dónde trabaja, pero nunca menciones la deuda",
 * "ask his cousin where he works now without mentioning the debt", "빚 얘기는 하지 말고"): lawful under §1692b and
 * 채권추심법 제8조의3, so the money word of such a sentence does not make its recipient a third party (round 10b).
 */
const KEEP_DEBT_OUT: Record<'ko' | 'es' | 'en', RegExp> = {
  en: /without (?:mentioning|saying|telling)|(?:never|don't|do not) (?:mention|say|tell)/i,
  es: /sin (?:mencionar|decir|hablar de|contar)|(?:no|nunca) (?:menciones|mencione|le digas|les digas|le diga|les diga|hables de|hable de)/i,
  ko: /(?:빚|채무|돈|연체)[^.!?。]{0,6}(?:얘기는|얘기|이야기는|말은|사실은)\s*(?:하지 말|꺼내지 말|밝히지 말|빼고)|(?:빚|채무|연체)[^.!?。]{0,4}(?:밝히지|언급하지|말하지) 말/,
};
const SYNTHETIC_RECIPIENT: CompiledTactic = {
  id: 'third-party-pressure/any/recipient',
  code: 'third-party-pressure',
  also: [],
  strength: 'weak',
  note: 'Anyone around the debtor told or asked about the money (structural; src/tagger/analyse.ts).',
  patterns: [],
  fast: [],
  within: 'sentence',
  not: [],
};
function recipientOccurrences(t: Target, sents: Span[]): Occurrence[] {
  const lang = t.lang;
  if (lang === 'zh') return [];
  const out: Occurrence[] = [];
  const hay = lang === 'ko' ? t.folded : t.plain;
  const re = RECIPIENT[lang];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(hay)) !== null) {
    const who = m[1].trim();
    if (NOT_THIRD[lang].test(who)) continue;
    const sent = unitAt(sents, m.index);
    const s = hay.slice(sent.start, sent.end);
    if (!OWING[lang].test(s) || CONSENT.test(s) || KEEP_DEBT_OUT[lang].test(s)) continue;
    if (lang === 'ko' && !KO_CONTACT.test(hay.slice(m.index + m[0].length, sent.end))) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push({ ...span, entry: SYNTHETIC_RECIPIENT, parts: [span] });
  }
  return out;
}

/** Verbs right before "你" that make "你爸妈" an addressee or object ("打给你爸妈", "让你爸妈知道", "找你媳妇"). */
const ZH_TO_KIN = /[给找让叫跟和问向把]$|告诉$|通知$|联系$|打给$/;

/**
 * zh: a third-party co-occurrence whose person is the debtor's own relative named to him as the subject
 * of what follows ("你爸妈知道自己养出了…吗？", "你媳妇在城东上夜班吧…凑钱") talks about that person to the
 * debtor; no one is contacted. (Threats to contact them keep a verb before 你: "我打给你爸妈"; a person who
 * owes, "你儿子欠我们…", is the debtor, and 你 the relative spoken to.)
 */
function talkedAbout(text: string, o: Occurrence): boolean {
  if (domainDebtor(text, o) || b2bDebtorSide(text, o) || tellerNotTold(text, o) || ownSide(text, o)) return true;
  if (o.entry.code !== 'third-party-pressure' || o.parts.length < 2) return false;
  if (o.parts.some((p) => kinAskedAbout(text, p) || ownerOwes(text, p))) return true;
  const person = o.parts[0];
  if (!/[你您]$/.test(text.slice(Math.max(0, person.start - 1), person.start))) return false;
  if (o.parts[1].start < person.start) return false;
  // "阿伯，你儿子欠我们三十万": the person who owes is the debtor, and 你 is the relative spoken to.
  if (/^(?:也|还|都|又)?(?:欠|借了|借的|不还|还不上|逾期|赖账)/.test(text.slice(person.end, person.end + 4))) return false;
  return !ZH_TO_KIN.test(text.slice(Math.max(0, person.start - 3), person.start - 1));
}

/** "你爸妈知道你…吗" / "你老婆晓得你这么窝囊么": what the relative knows, asked of the debtor (round 10). */
const KIN_KNOWS_QUESTION = /^[^。！？!?\n]{0,4}(?:知道|晓得|曉得|知不知道|清楚)[^。！？!?\n]{0,30}(?:[?？]|[吗嗎么麼嘛][」”"』]?)/;

/**
 * zh: a relative named with 你/您 before it (no contact verb before that) whose knowledge is asked about in
 * a question to the debtor ("你爸妈知道你这么没出息吗") is talked about, not contacted, whatever the order of
 * the co-occurrence's other parts ("跟他说：…欠钱不还，你老婆知道…吗？").
 */
function kinAskedAbout(text: string, person: Span): boolean {
  if (!/[你您]$/.test(text.slice(Math.max(0, person.start - 1), person.start))) return false;
  if (ZH_TO_KIN.test(text.slice(Math.max(0, person.start - 3), person.start - 1))) return false;
  const after = text.slice(person.end);
  // …unless the script goes on to threaten telling them ("…吗？再不还，我们就打给他们").
  return KIN_KNOWS_QUESTION.test(after) && !KIN_TOLD_LATER.test(after);
}
const KIN_TOLD_LATER = /(?:打给|打电话给|告诉|通知|联系|找|去找|问问)(?:他们|她们|她|你家里|你家人|你爸妈|你父母)/;

/**
 * zh: a title or kin word that is itself the subject of owing, with no owner before it ("就说「老板欠钱不还」",
 * "老板欠了一屁股债"), names the debtor, not a third party (round 10). "你儿子欠…" (你 before it) is the other rule's.
 */
function ownerOwes(text: string, part: Span): boolean {
  if (/[你您他她的]$/.test(text.slice(Math.max(0, part.start - 1), part.start))) return false;
  if (/欠|借|还/.test(text.slice(part.start, part.end))) return false;
  return /^(?:也|还|還|都|又)?(?:欠[钱錢了债債我]|欠款不[还還]|[赖賴][账賬帐帳])/.test(text.slice(part.end, part.end + 5));
}

/**
 * zh: in a service or trade domain the one who owes goes by the domain's role noun — the parent owes the
 * school fees, the owner the property fees, the boss the wages or the invoice, the tenant the rent — and
 * the property office is the creditor of its own fees. Such a noun with no owner before it (not "他的老板",
 * "他房东"), in a sentence naming that domain's debt, is the debtor or the creditor, not a third party
 * ("班主任通知家长学费还欠八百", "物业打电话通知业主物业费还欠着") (round 10b).
 */
const DOMAIN_ROLES: Array<[RegExp, RegExp]> = [
  [/家长|家長/, /学费|學費|住宿费|住宿費|学杂费|學雜費|书本费|書本費|餐费|餐費|托管费|託管費|保育费|保育費/],
  [/业主|業主|物业|物業|管委会|管委會/, /物业费|物業費|管理费|管理費|停车费|停車費|公摊|公攤|催缴|催繳/],
  [/老板|老闆/, /工资|工資|工钱|工錢|薪水|欠薪|货款|貨款|工程款|材料款/],
  [/房客|租客|租户|租戶/, /房租|租金/],
  [/房东|房東/, /押金/],
];
function domainDebtor(text: string, o: Occurrence): boolean {
  if (o.entry.code !== 'third-party-pressure') return false;
  const sentence = (at: number): string => {
    const a = Math.max(...['。', '！', '？', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
    const ends = ['。', '！', '？', '\n'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
    return text.slice(a, ends.length ? Math.min(...ends) : text.length);
  };
  return o.parts.some((part) =>
    DOMAIN_ROLES.some(([role, debt]) => {
      const m = role.exec(text.slice(part.start, part.end));
      if (!m) return false;
      const at = part.start + m.index;
      return !/[你您他她的]$/.test(text.slice(Math.max(0, at - 1), at)) && debt.test(sentence(at));
    }),
  );
}

/**
 * zh: in trade credit the 客户 is a company that owes: its office (客户公司, 对方公司) and its own officers
 * (客户的财务, 对方的老板) are the debtor side, not a third party ("到客户公司当面去谈", "打电话给客户的财务和
 * 老板"). Not the company's own customers (下游客户, 客户的客户) and not a consumer's employer, where the
 * visit seeks a person there ("到客户公司找他") (round 11).
 */
const B2B_OFFICE = /^(?:去|到|上)?(?:客[户戶]|[对對]方)公司$/;
const B2B_OFFICER = /(?:客[户戶]|[对對]方)(?:公司)?的?(?:[^，,。；;！？\n的]{0,4}[和、与與])?$/;
const B2B_OFFICER_NOUN = /^(?:老板|老闆|老总|老總|财务|財務|会计|會計|出纳|出納|负责人|負責人|法人|经理|經理|前台|前臺)/;
const SEEKS_PERSON_THERE = /^(?:找|堵|等|问|問|核实|核實)(?:他|她|人|本人)/;
function b2bDebtorSide(text: string, o: Occurrence): boolean {
  if (o.entry.code !== 'third-party-pressure') return false;
  return o.parts.some((part) => {
    const p = text.slice(part.start, part.end);
    if (B2B_OFFICE.test(p)) return !SEEKS_PERSON_THERE.test(text.slice(part.end, part.end + 4));
    if (!B2B_OFFICER_NOUN.test(p)) return false;
    const before = text.slice(Math.max(0, part.start - 10), part.start);
    return B2B_OFFICER.test(before) && !/下游|客[户戶]的客[户戶]/.test(before);
  });
}

/**
 * zh: a person noun followed by its own saying to someone ("有的老板会跟欠账的人说…", "村干部就对他讲") is
 * the teller, not a third party told of the debt; unless a verb before makes them the one reached ("让他
 * 老板跟他说", "找他领导跟他讲") (round 11).
 */
const TELLS = /^(?:们|們)?(?:会|會|就|都|也|还|還|先|可以|一般)?(?:跟|对|對|向|和)[^，,。；;！？\n]{1,8}?(?:说|說|讲|講)/;
const REACHED_BEFORE = /[让讓叫找请請给給跟和问問向把]|告诉|告訴|通知|联系|聯繫|打给|打給/;
function tellerNotTold(text: string, o: Occurrence): boolean {
  if (o.entry.code !== 'third-party-pressure' || o.parts.length < 2) return false;
  const person = o.parts[0];
  return TELLS.test(text.slice(person.end, person.end + 14)) && !REACHED_BEFORE.test(text.slice(Math.max(0, person.start - 4), person.start));
}

/**
 * zh: the collector's own colleagues and bosses ("我们有个同事会…", "我们公司的领导") are the collector side,
 * never a third party told of the debt (round 11).
 */
const OUR = /(?:我们|我們|咱们|咱們|我司|本公司)(?:公司|组|組|部门|部門|店)?(?:的|里|裡|有个|有個|有一个|有一個|有位|有一位)?(?:老)?$/;
const COLLEAGUE = /^(?:老)?(?:同事|领导|領導|老板|老闆|主管|组长|組長|店长|店長|经理|經理|师傅|師傅|业务员|業務員|员工|員工)/;
function ownSide(text: string, o: Occurrence): boolean {
  if (o.entry.code !== 'third-party-pressure') return false;
  return o.parts.some((part) => COLLEAGUE.test(text.slice(part.start, part.end)) && OUR.test(text.slice(Math.max(0, part.start - 8), part.start)));
}

/** Analyse one passage. `folded` must be the same length as `text`. */
export function analysePassage(text: string, folded: string, lex: CompiledLexicon): Analysis {
  const target = makeTarget(text, folded, lex.lang);
  const sents = sentences(text);
  const cls = clauses(text, lex.lang === 'ko');
  const suppressed: Span[] = [];
  const found = findOccurrences(lex, target, sents, cls, suppressed).filter((o) => {
    if (!talkedAbout(text, o)) return true;
    suppressed.push(o);
    return false;
  });
  // The structural recipient adds a code only where no listed third-party cue fired in its sentence.
  const listed = (o: Span): boolean => found.some((f) => f.entry.code === 'third-party-pressure' && unitAt(sents, f.start) === unitAt(sents, o.start));
  const occurrences = [...found, ...recipientOccurrences(target, sents).filter((o) => !listed(o))].sort((a, b) => a.start - b.start || a.end - b.end);
  const solid = occurrences.filter((o) => !(o as Occurrence & { gapped?: boolean }).gapped);
  const raw: MarkerHit[] = [];
  // Statute articles never address anyone as 你 / 您: there an item ending ("…的；", "…的。”") closes a
  // scripted line ("…看看他们知不知道你是这么做人的。”"), not an enumerated offence.
  const addressed = lex.lang === 'zh' && /[你您]/.test(text);
  for (const m of lex.markers)
    for (const p of m.fast)
      for (const s of p.find(target)) {
        // A marker inside a contiguous cue is part of that cue ("不要脸", "别想走", "no te vas"), except
        // an imperative opening its clause: the cue verb itself is then the instruction ("Threaten him…").
        if (m.at === 'clause-start' && !opensClause(target, cls, s)) continue;
        if (m.at !== 'clause-start' && solid.some((o) => inside(s, o))) continue;
        if (addressed && m.role === 'statute' && text[s.start] === '的') continue;
        raw.push({ ...s, role: m.role, scope: m.scope, advise: m.advise, id: m.id, cue: text.slice(s.start, s.end) });
      }
  if (lex.lang === 'es') raw.push(...spanishImperatives(target));
  if (lex.lang === 'ko') raw.push(...koreanPlainImperatives(target, sents));
  // A bare verb joined by "or" / "nor" / "o" / "ni" to a list that a prohibition opened earlier in the
  // sentence ("a collector may not threaten arrest, …, or tell a consumer's employer") is one more
  // forbidden act of that list, not an instruction.
  const coordinated = (m: MarkerHit): boolean => {
    if (m.role !== 'advise' || !lex.markers.some((x) => x.id === m.id && x.at === 'clause-start')) return false;
    const c = unitAt(cls, m.start);
    const sent = unitAt(sents, m.start);
    // The joined item itself ("…, or tell"), or a comma item of a list the sentence closes with "or"
    // ("may not threaten jail, use obscene words, or tell …").
    const opener = target.plain.slice(c.start, m.start);
    const inList = /^\s*$/.test(opener) && /,\s*$/.test(target.plain.slice(sent.start, c.start)) && LIST_OR_LATER.test(target.plain.slice(m.end, sent.end));
    if (!LIST_OR.test(opener) && !inList) return false;
    return raw.some((w) => w.role === 'warn' && (w.scope === 'before' || w.scope === 'near') && w.start >= sent.start && w.end <= c.start);
  };
  for (let i = raw.length - 1; i >= 0; i--) if (coordinated(raw[i])) raw.splice(i, 1);
  return {
    target,
    sentences: sents,
    clauses: cls,
    occurrences,
    suppressed: suppressed.length,
    markers: resolveMarkers(raw),
    topic: weighted(lex.topic, target),
    noise: weighted(lex.noise, target),
  };
}
