/**
 * Stance of one tactic occurrence: is the act advised or performed (a tactic), named in order to
 * forbid it, reported as wrongdoing or quoted from a statute (a mention), or done by the debtor
 * (neither)? The rules follow TAXONOMY.md §6:
 *
 *   1. statute voice anywhere in the passage → mention;
 *   2. a warning that governs the act → mention. A warning governs by its scope: `before` acts
 *      after it in the sentence with no advising or adversative marker between ("禁止侮辱、诽谤",
 *      but "不要等他回电，直接打给他单位" advises); `near` acts after it in its clause ("nunca
 *      amenaces", "do not tell consumers a warrant is out"); `after` acts before it in the sentence (Korean "알려서는 안 됩니다")
 *      unless a "~지 말고" clause or an adversative closes the scope; `sentence` every act of the
 *      sentence ("es ilegal"). Negations that urge the act on ("不要只打一次", "no dejes de") are
 *      `cancel` markers, removed before this step;
 *   3. the debtor is the agent ("债务人威胁说…", "채무자가 협박해서", "el deudor amenazó") → none;
 *   4. a report frame (news, sanction, complaint, victim's account) → mention;
 *   5. a warning in the section context (heading or item title) with no advice in the clause → mention;
 *   6. otherwise a strong cue is a tactic; a weak cue is a tactic only when advice governs it.
 */
import type { Span } from '../lexicon/compile';
import type { Analysis, MarkerHit, Occurrence } from './analyse';
import { unitAt } from './units';

export type VerdictKind = 'tactic' | 'mention' | 'debtor';

export interface Verdict {
  kind: VerdictKind;
  /** Short reason, e.g. `warn-before`, `debtor-agent`, `strong`, `advised`. */
  reason: string;
  /** The markers that decided it (evidence). */
  markers: MarkerHit[];
}

/** Context from outside the passage (heading, item title) that frames its acts. */
export interface StanceContext {
  warn: MarkerHit[];
  /** Approval in the section heading ("对付老赖的八个狠招"): its items' weak cues are advice. */
  advise?: MarkerHit[];
}

const between = (a: Span, b: Span): Span => ({ start: Math.min(a.end, b.end), end: Math.max(a.start, b.start) });
const within = (h: Span, s: Span): boolean => h.start >= s.start && h.end <= s.end;

/**
 * A speaker label opening a line of a comment thread: "MikeT:", "Reply from X:", "用户“晴天”：", "[댓글] 닉네임:",
 * a name of two or three capitalised words with an optional role ("Sarah K. (attorney):", "Tom Becker:").
 */
const SPEAKER_LINE = /^[ \t]*(?:(?:\[[^\]\n]{1,8}\][ \t]*)?(?:(?:推|噓|嘘|→)[ \t]+)?(?:用户|網友|网友|Reply from )?[“"「]?[\p{L}\p{N}_.\-]{2,24}[”"」]?|\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){1,2}(?:[ \t]*\([^)\n]{1,24}\))?|\p{Lu}[\p{L}'’.\-]+[ \t]*\([^)\n]{1,24}\))[ \t]*[:：]/gmu;

/**
 * The sender label of a line of an exported chat, at any line start: KakaoTalk PC ("[박실장] [오전 9:03] "),
 * KakaoTalk mobile ("2025년 11월 18일 오전 9:03, 박실장 : "), WhatsApp Android ("12/11/25, 08:17 - Gustavo (jefe): ")
 * and iOS ("[12/11/25, 08:17:02] Gustavo: "). The label names who speaks (a nickname such as "Gustavo (jefe)" or
 * "회수팀장" is no cue), and each label opens a speaker turn.
 */
const CHAT_LINE =
  /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*\[(?:오전|오후|AM|PM|am|pm)?[ \t]*\d{1,2}:\d{2}(?:[ \t]*(?:AM|PM|am|pm))?\][ \t]*|\d{4}년[ \t]*\d{1,2}월[ \t]*\d{1,2}일[ \t]*(?:오전|오후)[ \t]*\d{1,2}:\d{2},[ \t]*[^\n:：]{1,30}[ \t]*[:：][ \t]*|\[?\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[apAP]\.?[ \t]?[mM]\.?)?\]?[ \t]*(?:[-–][ \t]*)?[^\n:：]{1,40}?[:：][ \t]*)/gmu;

/** The sender labels of the exported-chat lines of `text` (see CHAT_LINE). */
export function chatLabels(text: string): Span[] {
  return [...text.matchAll(CHAT_LINE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** The span of the speaker turn holding `o`; the whole text when the passage has fewer than two turns. */
export function speakerTurn(text: string, o: Span): Span {
  const starts = [...new Set([...[...text.matchAll(SPEAKER_LINE)].map((m) => m.index!), ...chatLabels(text).map((l) => l.start)])].sort((a, b) => a - b);
  if (starts.length < 2) return { start: 0, end: text.length };
  const start = Math.max(0, ...starts.filter((x) => x <= o.start));
  const end = starts.find((x) => x > o.start) ?? text.length;
  return { start: start === starts[0] ? 0 : start, end };
}

/** The blank-line block of `text` holding `o` (the whole text when it has one block). */
function blockAt(text: string, o: Span): Span {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(/\n[ \t\u3000]*\n/g)) {
    if (m.index! + m[0].length <= o.start) start = m.index! + m[0].length;
    else if (m.index! >= o.end) {
      end = m.index!;
      break;
    }
  }
  return { start, end };
}

/** The markers inside `span` that satisfy `pred`. */
export function markersIn(a: Analysis, span: Span, pred: (m: MarkerHit) => boolean): MarkerHit[] {
  return a.markers.filter((m) => within(m, span) && pred(m));
}

/** An advise marker, or a negation that urges rather than forbids ("don't leave until…"). */
export const isAdvising = (m: MarkerHit): boolean => m.role === 'advise' || (m.role === 'cancel' && m.advise === true);
const isBreaker = (m: MarkerHit): boolean => isAdvising(m) || m.role === 'break';

/** The warning marker that governs `o`, if any. */
export function governingWarning(a: Analysis, o: Occurrence): MarkerHit | undefined {
  const sent = unitAt(a.sentences, o.start);
  const clause = unitAt(a.clauses, o.start);
  for (const w of markersIn(a, sent, (m) => m.role === 'warn')) {
    // "No need" after a bluff said as such ("…고소하겠다고 말하고, 실제로는 고소할 필요가 없습니다") sets aside the
    // step itself, not the threat: it forbids nothing (round 10b).
    if (w.id === 'stance/ko/no-need' && /실제로|진짜|정말로/.test(a.target.text.slice(sent.start, w.start))) continue;
    switch (w.scope) {
      case 'sentence':
        if (!markersIn(a, between(w, o), (m) => m.role === 'break').length && !concededWarning(a, w, sent)) return w;
        // zh: a judgement after the act that points back at it ("…我们绝对不这样做") covers the whole
        // sentence before it, across the clauses of the act it disowns (round 11).
        if (w.start >= o.end && /这样|这么|这种|這樣|這麼|這種/.test(w.cue) && !concededWarning(a, w, sent)) return w;
        break;
      case 'clause':
        if (within(w, clause)) return w;
        break;
      case 'before':
        if (w.end <= o.start && !markersIn(a, between(w, o), isBreaker).length) return w;
        break;
      case 'near':
        // A negator governs the rest of its clause ("do not tell consumers a warrant is out").
        if (w.end <= o.start && within(w, clause) && !markersIn(a, between(w, o), isBreaker).length) return w;
        break;
      case 'after': {
        // A Korean cue matched on its stem takes in the ending that opens the prohibition
        // ("회사로 전화하지 말라고": the cue runs to "전화하지", the warning starts at its "지").
        // (Not a cue that spells out the negation itself, "나가지 마" of "나가지 마라": it ends inside a word.)
        const tail = w.start > o.start && w.end > o.end && !/[가-힣]/.test(a.target.text[o.end] ?? '');
        if (w.start < o.end && !tail) break;
        const gap = between(o, w);
        const closes = markersIn(a, gap, (m) => m.role === 'break' || (m.role === 'warn' && /(?:말고|마시고)$/.test(m.cue)));
        if (!closes.length && !koConcessiveGap(a.target.text.slice(o.start, w.start))) return w;
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

/**
 * A Korean clause ending in the connective -되 between an act and a warning after it ("가족에게 연락하되
 * 욕은 하지 마세요": do contact the family, but do not swear): the act is granted, not forbidden; the
 * warning governs only the clause after -되 (round 10). Not 안 되 / 못 되 (a prohibition).
 */
function koConcessiveGap(gap: string): boolean {
  return /(?<=[가-힣])(?<![안못않])되(?=[\s,])/.test(gap);
}

/**
 * "Do it anyway" after an adversative: a pro-verb that takes up the act already named, with no act of its
 * own ("hazlo", "do it anyway", "꼭 하세요"), unlike advice that turns to another act ("pero puedes enviar un
 * burofax", "but you can send a demand letter", "지급명령은 신청하세요").
 */
const DO_IT_ANYWAY = /(?<![\p{L}])(?:haz(?:lo|la)|h[áa]g(?:alo|ala|anlo)|hac[eé](?:lo|la)|igual(?:mente)?\s+(?:funciona|sirve)|funciona|do it|it works|works)(?![\p{L}])|(?:꼭|그냥|일단|무조건|어쨌든)\s*(?:하세요|하십시오|해야|해라|하면 됩니다)/iu;

/**
 * A judgement of illegality conceded and then overridden in its sentence ("불법이지만 그래도 꼭 하세요", "es
 * ilegal, pero si no queda otra, hazlo", "it's illegal, but it works, so do it"): an adversative after the
 * warning, then a do-it-anyway pro-verb after the adversative. Korean and Latin-script cues only (round 10).
 */
function concededWarning(a: Analysis, w: MarkerHit, sent: Span): boolean {
  if (/[\p{Script=Han}]/u.test(w.cue)) return false;
  const after: Span = { start: w.end, end: sent.end };
  return markersIn(a, after, (b) => b.role === 'break').some((b) => DO_IT_ANYWAY.test(a.target.text.slice(b.end, sent.end)));
}

/** Korean connective endings after which a new clause has its own subject. */
const KO_OWN_SUBJECT = /[가-힣](?:면|으면|는데|은데|지만|니까|으니까|므로|도록)(?=[\s,])|(?:경우|때)(?:에|에는|엔)?(?=[\s,])/g;
/** The act's word or the next one ends in a conditional ending (-면, -으면), not the advice "-면 됩니다". */
const KO_CONDITIONAL_WORD = /^[가-힣]*(?:\s+[가-힣]+)?(?:면|으면)(?=[\s,.])(?!\s*(?:됩니다|돼요|된다|되고|좋습니다|좋아요|효과))/;
/** The reader addressed as the debtor inside a clause (your debt, calls you; tu deuda, te llama). */
const READER_DEBTOR = {
  en: /\byour\b|\b(?:calls?|called|calling|contacts?|contacted|threatens?|threatened|texts?|texted|visits?|visited|harass(?:es|ed)?|emails?|emailed)\s+you\b/,
  // "te" before a verb of the debtor's speech is the collector being told ("si te cuenta que…").
  es: /(?<![a-zñ])(?:tu|tus|ti|contigo)(?![a-zñ])|(?<![a-zñ])te(?!\s+(?:cuenta|dice|pide|contesta|responde|explica|promete|jura|comenta|abre|paga|ofrece)(?![a-zñ]))(?![a-zñ])/,
};
/** After a debtor subject: its verb in adnominal form then a noun ("[가] 다니는 헬스장", "[가] 일하는 가게"). */
const KO_RELATIVE_AFTER = /^\s*[가-힣]+(?:는|던|은)\s+[가-힣]/;
/** Korean passive -당하다 after a two-syllable act noun (고소당해요, 협박당했다; not 부당한, 정당하게). */
const KO_PASSIVE = /^[가-힣]{2}당(?:하|해|했|한|할|합|함)/;
/** The cue's own word is a conditional (-면, -다면), not the advice "-면 됩니다" / "-면 효과". */
const KO_CONDITION_WORD = /^[가-힣]*(?:면|으면|다면)(?=[\s,])(?!\s*(?:됩니다|돼요|된다|되고|좋습니다|좋아요|효과))/;
/** A sentence that opens by pointing back at the previous one. */
const LOOKS_BACK =
  /^[\s"'“”]*(?:that|this|it|such|these|those|all three|all of these|all of them|both|eso|esto|ello|lo cual|esta|este|estas|estos|las tres|los tres|todas estas|todos estos|ambas|ambos|don't follow it|do not follow it|don't do this|don't do that|never do this|never do that|no lo hagas|no hagas esto|nunca hagas esto|이는|이것은|이것도|이건|그건|그것은|이런|그런|이러한|세 가지 모두|두 가지 모두|모두 불법|따라 하지 마|这|这种|这些|此|那|上述|以上|前述|上面)(?![a-zñ])/i;

/**
 * A judgement of illegality in one of the two sentences after `o`'s that opens by pointing back
 * ("All three are illegal", "Don't follow it: … is a violation", "세 가지 모두 불법이며").
 */
function judgementOfNext(a: Analysis, o: Span): MarkerHit | undefined {
  const i = a.sentences.findIndex((s) => o.start >= s.start && o.start < s.end);
  if (i < 0) return undefined;
  for (const next of a.sentences.slice(i + 1, i + 3)) {
    if (!LOOKS_BACK.test(a.target.folded.slice(next.start, next.end))) continue;
    const w = markersIn(a, next, (m) => m.role === 'warn' && m.scope === 'sentence')[0];
    if (w) return w;
  }
  return undefined;
}

/** Openings that point back at a whole list or several paragraphs ("以上行为", "上述做法", "All of the above"). */
const LOOKS_BACK_AT_LIST = /^[\s"'“”]*(?:以上|上述|前述|上面这些|上面的|all of the above|the above|todo lo anterior|lo anterior|이상의|위의)/i;

/**
 * A sentence of `a` (from its `first` sentence on) that points back at a list and judges it unlawful
 * ("以上行为均属违法"): the tagger applies it to the list items before the passage.
 */
export function listJudgement(a: Analysis, first = 0): MarkerHit | undefined {
  for (const sent of a.sentences.slice(first)) {
    if (!LOOKS_BACK_AT_LIST.test(a.target.folded.slice(sent.start, sent.end))) continue;
    if (markersIn(a, sent, isAdvising).length) continue;
    const w = markersIn(a, sent, (m) => m.role === 'warn' && m.scope === 'sentence')[0];
    if (w) return w;
  }
  return undefined;
}

/** The word before an es/en noun that makes it an object or a prepositional complement. */
const LATIN_OBJECT_BEFORE =
  /(?:^|[^a-zñ])(?:to|with|for|from|at|about|on|remind|tell|call|ask|text|email|contact|visit|inform|notify|warn|pressure|push|press|a|al|con|para|por|de|del|dile|llama|avisa|recuerda|recuerdale|presiona|contacta|sobre|contra|hacia|ante|against|of|into|toward|towards|by)\s+$/;
/** Particles after a Korean noun that make it a recipient or object, not a subject. */
const KO_NOT_SUBJECT = /^(?:에게|한테|께|을|를|의|에|으로|로)/;
/** A Korean conditional ending closing a clause ("끊었다면", "하면", "오거든"). */
const KO_CONDITIONAL_END = /[가-힣](?:면|다면|라면|으면|거든)(?=[\s,])/;
/** Clauses opened by a subordinator keep their subject to themselves. */
const SUBORDINATE = /^(?:si|cuando|aunque|mientras|if|when|whenever|although|unless|如果|若|假如|一旦|当)\b/u;

/** Characters that make the following debtor noun an object or recipient, not the agent (zh). */
const ZH_OBJECT_BEFORE = /(?:[对向给跟和与把让令使逼找催将为替帮从同叫请怕到去在盯说讲]|告知|告诉|通知|联系|打给|要求|提醒|找到|对付|确认|核实|询问|通过)$/;
/** Verbs of saying or vowing that keep the debtor as the agent of what they announce. */
const ZH_SPEECH = /扬言|声称|叫嚣|放话|威胁说|威胁要|扬言要|说要去|说要找/;
/** Words between a zh agent and the act that start a consequence clause ("客户不接就打…"). */
const ZH_CONSEQUENCE = /就|则|便|的话|时候|之后|以后|如果|一旦|的[，,]/;

/** Whether the debtor is the grammatical agent of occurrence `o`. */
export function debtorIsAgent(a: Analysis, o: Span & { entry: Occurrence['entry'] }): MarkerHit | undefined {
  const lang = a.target.lang;
  // Korean chains clauses with -고/-며/-서 under one subject: look back over the sentence, but not
  // past a conditional or contrastive clause (-면, -는데, -지만, -니까), which has its own subject.
  let clause = unitAt(a.clauses, o.start);
  if (lang === 'ko') {
    const sent = unitAt(a.sentences, o.start);
    // Quoted speech ("'집에 찾아오면 …'고") does not open a clause of the sentence itself.
    const before = a.target.text.slice(sent.start, o.start).replace(/'[^']*'|"[^"]*"|‘[^’]*’|“[^”]*”|「[^」]*」/g, (q) => ' '.repeat(q.length));
    let cut = 0;
    for (const m of before.matchAll(KO_OWN_SUBJECT)) cut = m.index! + m[0].length;
    clause = { start: sent.start + cut, end: sent.end };
  }
  const folded = a.target.folded;
  const isAgent = (m: MarkerHit): boolean => m.role === 'debtor' || m.role === 'collector';
  // Korean: a noun marked as recipient or object ("추심원에게", "채무자를") is not the agent; es / en:
  // a noun right after a verb of addressing or a preposition is an object ("remind the debtor",
  // "llama al deudor", "con el cliente").
  const notAgentKo = (m: MarkerHit): boolean =>
    lang === 'ko'
      ? KO_NOT_SUBJECT.test(a.target.text.slice(m.end, m.end + 2))
      : (lang === 'es' || lang === 'en') && LATIN_OBJECT_BEFORE.test(a.target.plain.slice(Math.max(0, m.start - 24), m.start));
  let agents = markersIn(a, { start: clause.start, end: o.start }, (m) => isAgent(m) && !notAgentKo(m) && !quotedWord(a, m));
  let crossed = false;
  if (!agents.length && lang !== 'ko') {
    // No subject in the clause: it carries over from an earlier clause of the sentence ("借款人…，还扬言要…"),
    // but not out of a conditional or temporal clause ("Si el cliente no responde, comuníquese …").
    const sent = unitAt(a.sentences, o.start);
    agents = markersIn(a, { start: sent.start, end: o.start }, (m) => isAgent(m) && !notAgentKo(m) && !quotedWord(a, m)).filter((m) => {
      const cl = unitAt(a.clauses, m.start);
      return !SUBORDINATE.test(a.target.plain.slice(cl.start, cl.end).trimStart());
    });
    crossed = true;
  }
  // Korean relative clause: a subject-marked debtor whose verb is adnominal ("채무자가 다니는 헬스장")
  // is the subject inside a noun phrase, not of the act that follows it.
  if (lang === 'ko') agents = agents.filter((m) => !(m.role === 'debtor' && KO_RELATIVE_AFTER.test(a.target.text.slice(m.end, o.start))));
  // Korean conditional clause ("채무자가 … 위협하면, 통화를 마치고 보고하세요"): the advice after it
  // belongs to the main clause. A subject-marked debtor (이/가) is the agent of the conditional act; a
  // topic-marked one (은/는: "고객은 집 앞에서 기다리면 나옵니다") is only what the sentence is about.
  if (lang === 'ko' && agents.length && KO_CONDITIONAL_WORD.test(a.target.text.slice(o.start, o.end + 14))) {
    const agent = agents[agents.length - 1];
    if (agent.role !== 'debtor') return undefined;
    return /[이가]$/.test(agent.cue) ? agent : undefined;
  }
  // Korean: a subject-marked debtor whose clause runs on to a conditional ending before any advice
  // ("채무자가 욕설을 하고 전화를 끊었다면 … 서면으로 하는 것이 좋습니다") did the act; the advice is
  // the collector's answer to it.
  if (lang === 'ko' && agents.length) {
    const agent = agents[agents.length - 1];
    if (agent.role === 'debtor' && /[이가]$/.test(agent.cue)) {
      const sent = unitAt(a.sentences, o.start);
      const firstAdvice = markersIn(a, { start: o.end, end: sent.end }, isAdvising)[0];
      if (KO_CONDITIONAL_END.test(a.target.text.slice(o.end, firstAdvice ? firstAdvice.start : sent.end))) return agent;
    }
  }
  // Korean: an act the sentence tells the collector to do ("…전화하여 압력을 가해야 합니다") is theirs.
  if (lang === 'ko') {
    const sent = unitAt(a.sentences, o.start);
    if (markersIn(a, { start: o.end, end: sent.end }, isAdvising).length) return undefined;
  }
  // Chinese is SVO: the subject opens its clause, so the first agent of the clause wins when it is
  // in subject position; otherwise the nearest one before the act.
  let last = agents[agents.length - 1];
  if (lang === 'zh' && agents.length > 1) {
    const cl = unitAt(a.clauses, agents[0].start);
    if (agents[0].start - cl.start <= 6 && !ZH_OBJECT_BEFORE.test(folded.slice(Math.max(0, agents[0].start - 4), agents[0].start))) last = agents[0];
  }
  if (!last || last.role !== 'debtor') return undefined;
  // A description label ending in a colon ("Características: grita, insulta y amenaza…") heads the debtor's
  // own acts listed after it in its sentence: their third-person verbs are no imperatives (round 10b).
  if (lang === 'es' && /[:：]\s*$/.test(last.cue)) return last;
  const gap = folded.slice(last.end, o.start);
  // The debtor's own words ("借款人…扬言要找人…"): what follows is still the debtor's act.
  // Advice (or the collector) between them addresses the collector, who is then the agent
  // ("借款人失联，可以联系…", "客戶如果說要去申訴，你就跟他說…"): checked before the debtor's speech.
  if (crossed && markersIn(a, { start: last.end, end: o.start }, (m) => isAdvising(m) || m.role === 'collector').length) return undefined;
  // The debtor's own words ("借款人…扬言要找人…"): what follows is still the debtor's act; the speech
  // verb may end right where the cue starts ("说要|找人").
  if (lang === 'zh' && ZH_SPEECH.test(gap + folded.slice(o.start, o.start + 2)) && !/[。！？!?]/.test(gap)) return last;
  if (lang === 'zh') {
    const before = folded.slice(Math.max(0, last.start - 4), last.start);
    if (before.endsWith('被')) return last;
    // A class of debtors named by a relative clause and a comma ("这周起结清的客户，账上多挂一笔…") is the
    // topic of the instruction, not its agent.
    if (before.endsWith('的') && /^[，,]/.test(folded.slice(last.end, last.end + 1))) return undefined;
    if (ZH_OBJECT_BEFORE.test(before)) return undefined;
    // "债务人家人": the debtor names whose relatives are meant, not who acts.
    if (gap === '' && o.entry.code === 'third-party-pressure') return undefined;
    if (gap.length > 16 || ZH_CONSEQUENCE.test(gap)) return undefined;
    // "债务人的同事": the debtor owns the target; "客户的威胁": the debtor owns the act; so with a short
    // modifier between ("客户最新的住址…就能拿到", round 10).
    if (/^[^，。,；;！？!?：:]{0,4}的/.test(gap) && o.entry.strength === 'strong') return undefined;
    return last;
  }
  if (lang === 'ko') return last;
  // es / en: the subject shortly before the verb, or a debtor subject opening the clause, which holds
  // over its coordinated verbs ("El deudor nos insultó y amenazó con publicar … en redes").
  if (gap.trim().split(/\s+/).filter(Boolean).length <= 5) return last;
  const opensClause = !crossed && /^[\s"'“”¿¡(\-–—]*$/.test(a.target.plain.slice(clause.start, last.start));
  return opensClause && !markersIn(a, { start: last.end, end: o.start }, (m) => isAdvising(m) || (m.role === 'collector' && !notAgentKo(m))).length ? last : undefined;
}

/**
 * Decide the stance of one occurrence. For a co-occurrence (parts in different places) a warning that
 * governs any part makes it a mention ("never discuss … with their employer"), the agent is read at
 * its last part ("客户害怕父母，我们可以逼其父母施压": 我们 is the agent of 施压), and advice at any
 * part promotes a weak one.
 */
export function stanceOf(a: Analysis, o: Occurrence, ctx: StanceContext): Verdict {
  const last = o.parts.reduce((x, y) => (y.start > x.start ? y : x), o.parts[0]);
  return stanceAt(a, o, o.parts.length > 1 ? { ...o, start: last.start, end: last.end } : o, ctx);
}

/**
 * Markers that advise an act at `o`: before it in its clause (zh, es, en), or after it in the sentence
 * (ko, verb-final); an approval with sentence scope ("凌晨打过去没有不接的，亲测好使") anywhere in the sentence.
 */
function advice(a: Analysis, o: Span): MarkerHit | undefined {
  const sent = unitAt(a.sentences, o.start);
  const clause = unitAt(a.clauses, o.start);
  const approval = markersIn(a, sent, (m) => m.role === 'advise' && m.scope === 'sentence')[0];
  if (approval) return approval;
  // zh: an instruction to say something ("跟他讲：…", "就说…") governs the rest of its sentence, which is
  // what the collector is to say, across the clauses of the line.
  if (a.target.lang === 'zh') {
    const lead = markersIn(a, { start: sent.start, end: o.start }, (m) => isAdvising(m) && (/(?:说|讲|講|說|告诉|告訴)$/.test(m.cue) || /^\s*[：:]/.test(a.target.text.slice(m.end, m.end + 3))));
    if (lead.length) return lead[lead.length - 1];
  }
  if (a.target.lang === 'ko') return markersIn(a, { start: o.end, end: sent.end }, isAdvising)[0] ?? markersIn(a, clause, isAdvising)[0];
  return markersIn(a, { start: clause.start, end: o.start }, isAdvising).pop() ?? markersIn(a, o, isAdvising)[0];
}

/**
 * zh: an agent word that is the whole of a short quotation ("写上“老赖”两个字", "标上「骗子」") is a word
 * written or said, not the subject of the act (round 10).
 */
function quotedWord(a: Analysis, m: MarkerHit): boolean {
  if (a.target.lang !== 'zh') return false;
  const t = a.target.text;
  return /[“"「『‘]$/.test(t.slice(Math.max(0, m.start - 1), m.start)) && /^[”"」』’]/.test(t.slice(m.end, m.end + 1));
}

/** zh: words opening the consequence of ignoring a warning ("千万别动手，否则…", "搞不好还要…"). */
const ZH_OTHERWISE = /否则|不然|要不然|搞不好|弄不好|免得|以免|到时候/;

/**
 * zh: an act named in the consequence clause of a warning earlier in its sentence ("千万不要动手…，否则有理也变没理，
 * 搞不好还要进去蹲几年") is what the warned reader risks, not a line to use on the debtor (round 10).
 */
function warnedConsequence(a: Analysis, o: Span): boolean {
  if (a.target.lang !== 'zh') return false;
  const sent = unitAt(a.sentences, o.start);
  const warns = markersIn(a, { start: sent.start, end: o.start }, (m) => m.role === 'warn');
  if (!warns.length) return false;
  const w = warns[warns.length - 1];
  // A modal 要 there ("还要进去", "反倒要赔") says what will happen, it advises nothing.
  const modal = (m: MarkerHit): boolean => m.cue === '要' && /[还也倒而会就]$/.test(a.target.folded.slice(Math.max(0, m.start - 1), m.start));
  return ZH_OTHERWISE.test(a.target.folded.slice(w.end, o.start)) && !markersIn(a, { start: w.end, end: o.start }, (m) => isBreaker(m) && !modal(m)).length;
}

/** `whole` is the occurrence, `o` the place where its agent is read (its last part). */
function stanceAt(a: Analysis, whole: Occurrence, o: Occurrence, ctx: StanceContext): Verdict {
  const statute = a.markers.filter((m) => m.role === 'statute');
  if (statute.length) return { kind: 'mention', reason: 'statute', markers: [statute[0]] };

  // A warning over any part makes a co-occurrence a mention, unless an adversative or advice stands
  // between it and the act (the last part): "规定是不能跟联系人说欠款，但你可以说…".
  const lastPart = whole.parts.reduce((x, y) => (y.start > x.start ? y : x), whole.parts[0]);
  for (const part of whole.parts) {
    const warn = governingWarning(a, { ...whole, start: part.start, end: part.end });
    if (!warn) continue;
    if (part !== lastPart && markersIn(a, between(warn, lastPart), isBreaker).length) continue;
    return { kind: 'mention', reason: `warn-${warn.scope}`, markers: [warn] };
  }
  // A judgement opening the next sentence looks back at this one ("…posted about her debt on
  // Facebook. That is a clear violation", "Eso es ilegal", "이는 불법입니다").
  const judged = judgementOfNext(a, o);
  if (judged) return { kind: 'mention', reason: 'warn-next', markers: [judged] };

  const sent = unitAt(a.sentences, o.start);
  const advisedInSentence = markersIn(a, sent, isAdvising);
  if (a.target.lang === 'ko') {
    const word = a.target.text.slice(o.start).match(/^[가-힣]+/)?.[0] ?? '';
    // Passive -당하다 on a two-syllable act noun ("고소당해요", "협박당했다"): the subject suffered the
    // act; a warning ("4번은 잘못하면 고소당해요") or a victim's account, not a tactic.
    if (KO_PASSIVE.test(word)) return { kind: 'mention', reason: 'passive', markers: [] };
    // The act is the condition of the advice that follows ("그래도 버티면 회사로 찾아가세요"): the
    // imperative governs the main clause, not the conditional one (whose subject is the debtor).
    const cond = KO_CONDITION_WORD.exec(a.target.text.slice(o.start));
    if (cond && !markersIn(a, { start: sent.start, end: o.start }, isAdvising).length && markersIn(a, { start: o.start + cond[0].length, end: sent.end }, isAdvising).length)
      return { kind: 'debtor', reason: 'condition', markers: [] };
  }
  // Chinese first-person passive ("我就是被这样跟踪过的", "我被挂到了群里"): the speaker suffered the act. (A
  // passive in a threat, "你会被列入通缉名单", is what the collector says: not this.)
  if (a.target.lang === 'zh') {
    const clause = unitAt(a.clauses, o.start);
    if (/我[^，,。；;！!？?“”"]{0,6}被[^，,。；;！!？?]{0,4}$/.test(a.target.folded.slice(clause.start, o.start)))
      return { kind: 'mention', reason: 'passive', markers: [] };
  }
  if (warnedConsequence(a, o)) return { kind: 'mention', reason: 'warn-consequence', markers: [] };
  const agent = debtorIsAgent(a, o);
  // The debtor's illness, bereavement or hardship is the occasion of the tactic, not an act of theirs,
  // when the sentence advises acting on it ("Si el deudor está hospitalizado, aprovecha…").
  if (agent && !(whole.entry.code === 'exploit-vulnerability' && advisedInSentence.length))
    return { kind: 'debtor', reason: 'debtor-agent', markers: [agent] };

  // es / en: a report word inside the content of an instruction ("Dile que … aunque no haya
  // ninguna denuncia", "Tell him we'll file a complaint") is part of what the collector says.
  const latin = a.target.lang === 'es' || a.target.lang === 'en';
  // Quoted speech (a script line, often spanning several sentences). A report word inside speech
  // addressed to the debtor ("“投诉你随便投…”") is the speaker's, not a report frame.
  const quotes = [...a.target.text.matchAll(/“[^”]*”|「[^」]*」|"[^"]*"/g)].map((q) => ({ start: q.index!, end: q.index! + q[0].length }));
  // The speaker is the nearest agent or instruction before the quote in its sentence: the debtor's own
  // words ("客户在电话里说：“你们敢来我就报警”") keep their report words.
  const debtorSpeaks = (q: Span): boolean => {
    const before = a.markers.filter((m) => m.end <= q.start && m.start >= unitAt(a.sentences, q.start).start && (m.role === 'debtor' || m.role === 'collector' || isAdvising(m)));
    return before.length > 0 && before[before.length - 1].role === 'debtor';
  };
  const toDebtor = quotes.filter((q) => /[你您]/.test(a.target.text.slice(q.start, q.end)) && !debtorSpeaks(q));
  // …and so is the rest of a sentence after an instruction to say it ("跟他说：…就会被抓").
  const leadIn = advisedInSentence.find((m) => /^\s*[：:]/.test(a.target.text.slice(m.end, m.end + 3)) || /(?:说|讲|講|告诉|告訴|說)$/.test(m.cue));
  // zh: a clause opened by a verb of saying after the act ("冒充…律师打给他，说要提告", "自称是书记官，说有一份判决要他签收")
  // is what the collector says: its report words are the collector's line, not a report frame.
  const saidAfter = (m: MarkerHit): boolean => {
    // A victim's own words in that clause ("说要上门爆我的通讯录") still report.
    if (a.target.lang !== 'zh' || m.start < o.end || /我/.test(m.cue)) return false;
    const c = unitAt(a.clauses, m.start);
    return c.start > o.start && within(c, sent) && /^\s*(?:就|再|然后|并|还)?(?:说|說|讲|講)/.test(a.target.text.slice(c.start, m.start));
  };
  const spoken = (m: MarkerHit): boolean => toDebtor.some((q) => within(m, q)) || (!!leadIn && m.start >= leadIn.end && within(m, sent)) || saidAfter(m);
  // A scoped report marker ("有的催收公司会…", others' practice described) yields to advice in its sentence.
  // An insider's approval by own use ("我们组现在还在用", "这事我们也干过": a sentence-scope approval whose cue
  // says 我) endorses what a report word of its sentence or speaker turn names ("判决书里那句…我们组现在还在用").
  const ownUse = (span: Span): MarkerHit[] => markersIn(a, span, (m) => m.role === 'advise' && m.scope === 'sentence' && /我/.test(m.cue) && !quotes.some((q) => within(m, q)));
  const reportsHere = ownUse(sent).length ? [] : markersIn(a, sent, (m) => m.role === 'report' && !spoken(m) && !(latin && advisedInSentence.some((x) => x.end <= m.start)) && !(m.scope && advisedInSentence.length));
  if (reportsHere.length) return { kind: 'mention', reason: 'report', markers: [reportsHere[0]] };
  // A question asks about the act, it does not advise it ("Can a collector call my parents?").
  // Not a question quoted as what to say ("就回他：「…還敢大小聲？」", 'ask: "when will you pay?"').
  const sentText = a.target.text.slice(sent.start, sent.end);
  // …and a question inside it is the speaker's rhetorical one ("…你忍心让一家老小跟着你背锅？").
  const quoted = quotes.some((q) => within(o, q));
  // …nor a question the next words quote as a line to say (Korean "…보내 드릴까요? 라고 물어봐")
  // (or "…, wouldn't it? Say that.").
  const quotedNext = /^\s*(?:이?라고|하고)(?![가-힣])|^\s*(?:say|tell (?:him|her|them))(?: exactly)? (?:that|this|it)\b/i.test(a.target.text.slice(sent.end));
  if (/[?？]\s*$/.test(sentText) && !/[「『“"‘:：]/.test(sentText) && !advisedInSentence.length && !quoted && !quotedNext)
    return { kind: 'mention', reason: 'question', markers: [] };
  // es / en: an act in a conditional clause done to the reader ("Si una agencia publica tu deuda…",
  // "If a collector calls your boss…") is a consumer guide's hypothesis about the reader as debtor.
  if (latin) {
    const clause = unitAt(a.clauses, o.start);
    const cl = a.target.plain.slice(clause.start, clause.end);
    if (SUBORDINATE.test(cl.trimStart()) && READER_DEBTOR[a.target.lang as 'es' | 'en'].test(cl))
      return { kind: 'mention', reason: 'reader-debtor', markers: [] };
  }
  // In a comment thread glued into one passage each speaker's turn ("Laura88: …", "用户“晴天”：…") is its
  // own frame: one commenter's victim account does not make another's tip a report.
  const turn = speakerTurn(a.target.text, o);
  // …and so is each blank-line block the segmenter glued ("【弹幕】…已举报" above "[04:15] 第三个，…").
  const block = blockAt(a.target.text, o);
  const reportsElsewhere = ownUse(turn).length ? [] : a.markers.filter((m) => m.role === 'report' && within(m, turn) && within(m, block) && !spoken(m));
  // Advice words inside quoted speech ("模板里有这么一句：“…法院直接执行”") are the quote's, not advice to the reader.
  const advisedOutsideQuotes = advisedInSentence.filter((m) => !quotes.some((q) => within(m, q)));
  if (reportsElsewhere.length && !advisedOutsideQuotes.length) return { kind: 'mention', reason: 'report-passage', markers: [reportsElsewhere[0]] };

  const advised = whole.parts.map((p) => advice(a, p)).find(Boolean);
  if (ctx.warn.length && !advised && !advisedInSentence.length) return { kind: 'mention', reason: 'warn-context', markers: [] };
  if (!advised && ctx.advise?.length) return { kind: 'tactic', reason: 'advise-context', markers: [] };

  if (whole.entry.strength === 'strong') return { kind: 'tactic', reason: 'strong', markers: advised ? [advised] : [] };
  // A scripted line: inside a quote addressed to the debtor or a contact (你 / 您, not the debtor's own
  // words, no report or warning framing it, checked above) the act is rehearsed, so a weak cue counts
  // ("场景4 …“…骗子都比你讲信用…”").
  if (a.target.lang === 'zh' && toDebtor.some((q) => within(o, q))) return { kind: 'tactic', reason: 'scripted', markers: [] };
  // Weak cues need advice that governs them.
  if (advised) return { kind: 'tactic', reason: 'advised', markers: [advised] };
  return { kind: 'mention', reason: 'named', markers: [] };
}
