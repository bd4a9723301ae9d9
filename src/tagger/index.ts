/**
 * The tagger: every passage gets one label of LABELS.md (noise → prohibited → lawful), its tactic
 * codes, the codes it only mentions, the evidence that decided it (cue, code, offsets, lexicon rule),
 * the legal provisions behind each tactic code, and a confidence.
 *
 *   tagPassages(passagesOfOneSource) → TaggedPassage[]
 *
 * Per passage (src/tagger/analyse.ts, src/tagger/stance.ts): tactic cues with their stance
 * (advised → tactic; forbidden, reported, statutory → mention; the debtor's own act → neither),
 * topic cues ("about debt collection") and noise cues (other topics, ads, boilerplate). Across the
 * source: a passage with weak topic evidence leans on its neighbours and its section (passages under
 * the same heading), so a phone-sales section stays noise and a "12 tricks" section stays about
 * collection; a warning in the heading or in the item title just above frames the passage.
 * Pure and deterministic; the lexicon is read once per process.
 */
import type { Citation, Evidence, Lang, Label, Passage, TacticCode, TaggedPassage } from '../records';
import { TACTICS } from '../records';
import { compileLexicon, type CompiledLexicon, MATCH_LANGS, type MatchLang, type Span } from '../lexicon/compile';
import { loadLexiconFiles } from '../lexicon/load';
import { JURISDICTIONS, type CitationsFile } from '../lexicon/schema';
import { fold } from '../text/fold';
import { analysePassage, type Analysis, type MarkerHit, type Occurrence, type WeightedHit } from './analyse';
import { unitAt } from './units';
import { chatLabels, isAdvising, listJudgement, markersIn, speakerTurn, stanceOf, type StanceContext, type Verdict } from './stance';
import { conceptSignalsIn } from './concept-signals';
import { features as modelFeatureList, loadModel, predict, type Feature } from './learned';
import { isBreadcrumbBlock, isOpeningTitle, itemNumber, itemRefs, repeatedTitlePassages } from './page';

/** Tunable thresholds, in one place. */
export const defaultTaggerOptions = {
  /** Fewer content characters (Han / Hangul) or words (Latin) than this: a fragment, noise. */
  minContent: { zh: 5, ko: 5, es: 3, en: 3 } as Record<MatchLang, number>,
  /** Topic weight of one tactic occurrence (a named tactic is about collection). */
  tacticTopicWeight: 2,
  /** Topic weight of a weak cue neither advised nor forbidden in its sentence (a word, not a rule). */
  namedTacticTopicWeight: 1,
  /** Topic weight of a tactic the passage advises (strong cue, or an instruction in its sentence). */
  advisedTacticTopicWeight: 3,
  /**
   * Topic weight of a tactic a statute article names: 0, since criminal codes name insults, threats
   * and bribes in articles about other matters (heroes' honour, gambling, military secrets).
   */
  statuteTacticTopicWeight: 0,
  /** Own scores are clipped to ±clip before neighbours and sections average them. */
  clip: 4,
  /** Weight of the neighbours' mean score (two passages either side). */
  neighbourWeight: 0.75,
  /** Weight of the section's mean score (passages under the same heading). */
  sectionWeight: 0.5,
  /** A passage whose own score reaches this is decided on its own. */
  decisive: 2,
  /** Item titles at most this long frame the passage after them. */
  titleMaxChars: 80,
  /** Context score a statute article without collection words needs to count as lawful. */
  statuteContext: 0.3,
  /** A first sentence at most this long (Han/Hangul characters, Latin words) is the passage's title. */
  titleMaxContent: { zh: 20, ko: 20, es: 7, en: 7 } as Record<MatchLang, number>,
  /**
   * A one-line passage without sentence punctuation up to this long is a headline (a news title, a
   * forum thread title): noise unless it advises something (its body is the next passage).
   */
  headlineMaxContent: { zh: 30, ko: 30, es: 16, en: 16 } as Record<MatchLang, number>,
  /** Evidence items kept per kind (topic, noise). */
  maxEvidencePerKind: 6,
  /**
   * The learned model (src/tagger/learned.ts) may flip lawful → prohibited when its NB posterior
   * reaches `learnedThreshold`, its logistic head agrees (`learnedAgree`) and the gate allows it, and
   * noise → prohibited (`learnedFromNoise`) at `learnedNoiseThreshold` with no other-topic cue. ON with
   * the `silent` gate (content/lexicon/README.md, rounds 8 and 9).
   */
  learned: true,
  learnedThreshold: 0.95,
  /** With `learned`, a passage the lexicon calls noise may also flip (no other-topic cue). */
  learnedFromNoise: true,
  learnedNoiseThreshold: 0.95,
  /**
   * The p(prohibited) of the model's logistic head a flip also needs: from lawful, from noise, and
   * (with the `silent` gate) for a passage without an advise marker. Chosen by leave-one-split-out
   * (content/lexicon/README.md, round 9): blind average 0.867 → 0.876, higher precision on every split.
   */
  learnedAgree: { lawful: 0.3, noise: 0.6, bare: 0.8 },
  /**
   * What a flip needs besides the model: `cue` a weak cue of the model's code that the stance analysis
   * left undecided, and no warning; `no-mention` no warning marker and no cue judged forbidden, reported
   * or the debtor's own (the model never overrules the stance analysis); `silent` no warning and no
   * tactic cue of any kind (the model speaks only where the lexicon has nothing to say); `none` nothing.
   */
  learnedGate: 'silent' as 'cue' | 'no-mention' | 'silent' | 'none',
};
export type TaggerOptions = typeof defaultTaggerOptions;

interface Resources {
  lexicons: Record<MatchLang, CompiledLexicon>;
  citations: CitationsFile;
}
let resources: Resources | null = null;

/** The compiled lexicon (read and compiled once per process). */
export function getResources(): Resources {
  if (!resources) {
    const files = loadLexiconFiles();
    const lexicons = Object.fromEntries(MATCH_LANGS.map((l) => [l, compileLexicon(files, l)])) as Record<MatchLang, CompiledLexicon>;
    resources = { lexicons, citations: files.citations };
  }
  return resources;
}

const ES_WORDS = /^(el|la|los|las|de|del|que|y|en|un|una|por|para|con|no|es|tu|te|su|se|lo|al|mi|me)$/;
const EN_WORDS = /^(the|and|of|to|in|is|you|your|for|on|that|it|with|he|she|his|her|not|be|are|this)$/;

/** es or en for Latin-script text, by function-word votes (`fallback` on a tie). */
export function latinLang(text: string, fallback: 'es' | 'en'): 'es' | 'en' {
  let es = /[ñáéíóú¿¡]/i.test(text) ? 2 : 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ES_WORDS.test(w)) es++;
    if (EN_WORDS.test(w)) en++;
  }
  return es > en ? 'es' : en > es ? 'en' : fallback;
}

/**
 * Matching language of a passage. Chinese scripts share one lexicon; Latin-script text is checked
 * for es vs en (langid may call a short Spanish line English); `und` falls back on its script.
 */
export function matchLangOf(lang: Lang, text: string): MatchLang {
  if (lang === 'zh-Hans' || lang === 'zh-Hant') return 'zh';
  if (lang === 'ko') return 'ko';
  if (lang === 'es' || lang === 'en') return latinLang(text, lang);
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const hangul = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (han >= hangul && han >= latin && han > 0) return 'zh';
  if (hangul >= latin && hangul > 0) return 'ko';
  return latinLang(text, 'es');
}

function contentSize(text: string, lang: MatchLang): number {
  if (lang === 'zh') return (text.match(/\p{Script=Han}/gu) ?? []).length;
  if (lang === 'ko') return (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** A sentence's governing stance for the concept × stance features, strongest first. */
const SENTENCE_ROLES = ['warn', 'statute', 'report', 'debtor', 'advise'] as const;

/** Symbolic lexicon signals the learned model sees beside the text features. */
function lexiconSignals(a: Analysis, text: string, lang: Lang): string[] {
  // Concepts of the whole passage, then of each sentence (one analysis of the text for both).
  const [whole, ...bySentence] = conceptSignalsIn(text, lang, [{ start: 0, end: text.length }, ...a.sentences]);
  const out = new Set<string>(whole.map((id) => `c:${id}`));
  for (const o of a.occurrences) {
    out.add(`occ:${o.entry.code}:${o.entry.strength}`);
    // The stance verdict of each cue (without section context), so the model sees what the lexicon
    // decided: a forbidden or reported cue is evidence of a lawful passage, not of a prohibited one.
    const v = stanceOf(a, o, { warn: [] }).kind;
    out.add(`verdict:${v}`);
    out.add(`verdict:${o.entry.code}:${v}`);
  }
  for (const m of a.markers) out.add(`mk:${m.role}`);
  // Concept × the stance of the sentence naming it ("sc:advise:family", "sc:warn:workplace"): passage-level
  // concept and marker features lose which governs which; this conjunction reads the same in every language.
  bySentence.forEach((ids, i) => {
    const roles = new Set(markersIn(a, a.sentences[i], () => true).map((m) => (isAdvising(m) ? 'advise' : m.role)));
    const role = SENTENCE_ROLES.find((r) => roles.has(r)) ?? 'plain';
    for (const id of ids) out.add(`sc:${role}:${id}`);
  });
  if (a.topic.length) out.add('topic');
  if (a.noise.length) out.add('noise');
  return [...out].sort();
}

/** The learned model's features of a passage (the same as the tagger computes; used for training). */
export function modelFeatures(p: Passage): Feature[] {
  const lang = matchLangOf(p.lang, p.text);
  const folded = p.folded && p.folded.length === p.text.length ? p.folded : fold(p.text);
  return modelFeatureList(folded, p.lang, lexiconSignals(analysePassage(p.text, folded, getResources().lexicons[lang]), p.text, p.lang));
}

/** Per-passage findings before context is applied. */
interface Own {
  p: Passage;
  lang: MatchLang;
  analysis: Analysis;
  topicScore: number;
  noiseScore: number;
  /** topic − noise of the passage, or of its best block when it was glued from blocks (neighbours see the whole). */
  ownScore: number;
  size: number;
  /** Unpunctuated lines holding the page's repeated title (src/tagger/page.ts). */
  furniture?: boolean;
  /** The page's opening title line or a breadcrumb block (ko/es/en, round 10). */
  chrome?: boolean;
  /** The next passage is a longer body (this one may be its headline). */
  bodyFollows?: boolean;
}

function ownFindings(p: Passage, opts: TaggerOptions): Own {
  const lang = matchLangOf(p.lang, p.text);
  const folded = p.folded && p.folded.length === p.text.length ? p.folded : fold(p.text);
  const analysis = analysePassage(p.text, folded, getResources().lexicons[lang]);
  const distinct = (hits: { cue: string; weight: number }[]): number => {
    const seen = new Map<string, number>();
    for (const h of hits) seen.set(h.cue.toLowerCase(), Math.max(seen.get(h.cue.toLowerCase()) ?? 0, h.weight));
    return [...seen.values()].reduce((s, w) => s + w, 0);
  };
  // A statute's named offences say nothing about collection: only its topic words count (unless a
  // rule quotes the statute to forbid something: "禁止侮辱…根据刑法第二百四十六条…").
  const statute = statuteOnly(analysis);
  const inSentence = (o: Occurrence, pred: (m: MarkerHit) => boolean): boolean => markersIn(analysis, unitAt(analysis.sentences, o.start), pred).length > 0;
  // A tactic the passage advises (a strong cue, or any cue with an instruction in its sentence) is
  // collection advice even without a collection word ("Call him at 6 a.m. before he leaves for work").
  const advised = (o: Occurrence): boolean => o.entry.strength === 'strong' || inSentence(o, isAdvising);
  // A weak cue that is neither advised nor forbidden in its sentence is just a word ("llama molesto").
  const warned = (o: Occurrence): boolean => inSentence(o, (m) => m.role === 'warn' || m.role === 'report' || m.role === 'statute');
  /** Topic and noise scores of the hits inside `part`. */
  const scoreIn = (part: Span): { topic: number; noise: number } => {
    const codeWeight = new Map<string, number>();
    for (const o of analysis.occurrences) {
      if (o.start < part.start || o.start >= part.end) continue;
      const w = statute ? opts.statuteTacticTopicWeight : advised(o) ? opts.advisedTacticTopicWeight : warned(o) ? opts.tacticTopicWeight : opts.namedTacticTopicWeight;
      codeWeight.set(o.entry.code, Math.max(codeWeight.get(o.entry.code) ?? 0, w));
    }
    const inPart = (h: Span): boolean => h.start >= part.start && h.start < part.end;
    return {
      topic: distinct(analysis.topic.filter(inPart)) + [...codeWeight.values()].reduce((x, y) => x + y, 0),
      noise: distinct(analysis.noise.filter(inPart)),
    };
  };
  // A passage the segmenter glued together from blocks (a tip and the ad after it, a link list and
  // the comments below it) is about collection when one of its blocks is: noise words of the other
  // blocks do not outweigh it. One block: the whole passage.
  const blocks = paragraphs(p.text).filter((b) => contentSize(p.text.slice(b.start, b.end), lang) >= opts.minContent[lang]);
  // The speaker label of a comment or reply ("[댓글] 닉네임:", "Reply from X:", "Respuesta de X:") says
  // who speaks, not that the passage is a comment box: its noise words do not count.
  // Nor its other words: a nickname or the label itself ("[댓글] 동네형:") is no cue or marker.
  // So are the sender labels of an exported chat, on every line ("12/11/25, 08:17 - Gustavo (jefe): ").
  const label = SPEAKER_LABEL.exec(p.text);
  const labels = [...(label ? [{ start: 0, end: label[0].length }] : []), ...chatLabels(p.text)];
  if (labels.length) {
    const free = (h: Span): boolean => !labels.some((l) => h.start < l.end && l.start < h.end);
    analysis.noise = analysis.noise.filter(free);
    analysis.occurrences = analysis.occurrences.filter((o) => o.parts.every(free));
    analysis.markers = analysis.markers.filter(free);
  }
  if (lang === 'zh') analysis.noise.push(...zhBylineHits(p.text));
  const whole = scoreIn({ start: 0, end: p.text.length });
  const best = blocks.length > 1 ? Math.max(...blocks.map(scoreIn).map((b) => b.topic - b.noise)) : whole.topic - whole.noise;
  return { p, lang, analysis, topicScore: whole.topic, noiseScore: whole.noise, ownScore: Math.max(best, whole.topic - whole.noise), size: contentSize(p.text, lang) };
}

/**
 * zh: an article's byline line — a date with a time or a counter, and a reading count, source or author
 * ("生活百事通 · 2026-03-18 12:03 · 阅读 5.6万 · 来源：网络") — is page furniture, weighed as boilerplate
 * (round 10). Only a line of its own, so a date in a sentence ("2024年3月起诉") is not one.
 */
const ZH_BYLINE = /^[^\n。！？；]{0,40}?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?)[^\n。！？；]{0,40}?(?:阅读|閱讀|浏览|瀏覽|来源|來源|作者|发布|發布|评论|評論)[^\n。！？；]{0,30}$/gmu;
function zhBylineHits(text: string): WeightedHit[] {
  return [...text.matchAll(ZH_BYLINE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, id: 'noise/zh/byline-line', weight: 3, category: 'boilerplate', cue: m[0] }));
}

/** zh: at most three lines, one a byline, the others headline-sized (≤ 50 characters, no full stop). */
function zhTitleWithByline(text: string): boolean {
  const ls = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  if (ls.length < 2 || ls.length > 3) return false;
  const byline = (l: string): boolean => new RegExp(ZH_BYLINE.source, 'u').test(l);
  return ls.some(byline) && ls.every((l) => byline(l) || (l.length <= 50 && !/[。；;]/.test(l)));
}

const AD_TAG = /^\s*(?:[\[【(（]\s*(?:광고|홍보|AD|PR|sponsored|publicidad|anuncio|patrocinado|广告|廣告|推广|推廣)\s*[\]】)）]|[—\-－─]{1,4}\s*(?:广告|廣告|推广|推廣)\s*[—\-－─]{1,4}|(?:sponsored|advertisement|publicidad|anuncio|patrocinado|광고)\s*[:：|·•\-–—])/iu;

/** An ad label standing alone on the passage's first line ("PUBLICIDAD", "Advertisement", "광고") (round 10). */
const AD_LINE = /^\s*(?:publicidad|anuncio|patrocinado|advertisement|sponsored|ad|광고|스폰서|파워링크)\s*$/iu;

/** The header of a related-links block ("【延伸阅读】", "相关推荐：", "Related posts"). */
const RELATED_TAG = /^\s*[【\[]?\s*(?:延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关阅读|相關閱讀|相关推荐|相關推薦|相关文章|相關文章|往期推荐|热门推荐|熱門推薦|猜你喜欢|related (?:posts|articles|reading)|read more|lecturas relacionadas|관련 글|관련 기사)\s*[】\]]?\s*[:：]?\s*$/iu;

/**
 * A comment / reply speaker label opening a passage that goes on after it: "[댓글] 닉네임:", "Reply from
 * X:", a Reddit handle with its score ("u/name · 412 points:") or a forum's "name dijo:" / "name wrote:".
 */
const SPEAKER_LABEL =
  /^\s*(?:\[(?:댓글|답글|답변|comment|reply|comentario|respuesta)\]\s*[^\n:：]{0,30}|(?:댓글|답글|답변|comment|reply|comentario|respuesta)(?!\p{L})[^\n:：]{0,30}|u\/[\w-]{2,30}(?:\s*·\s*[\d,.]+k?\s*points?)?|[\p{L}\p{N}_.-]{2,30}\s+(?:dijo|escribió|comentó|respondió|wrote|said|replied|commented))[:：](?=\s*\S)/iu;

/** Blocks of a passage separated by blank lines. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n[ \t\u3000]*\n\s*/g)) {
    out.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((b) => b.end > b.start);
}

const contextCache = new Map<string, Analysis>();

/** The analysis of a context text (heading or item title) in a passage's language, memoised: a
 * heading is shared by every passage of its section, and both its warnings and its approval are read. */
function contextAnalysis(text: string, lang: MatchLang): Analysis {
  const key = `${lang}\u0000${text}`;
  let a = contextCache.get(key);
  if (!a) {
    a = analysePassage(text, fold(text), getResources().lexicons[lang]);
    if (contextCache.size > 5000) contextCache.clear();
    contextCache.set(key, a);
  }
  return a;
}

/** Warning markers of a context text (heading or item title), none when it advises. */
function contextWarnings(text: string | undefined, lang: MatchLang): MarkerHit[] {
  if (!text) return [];
  const a = contextAnalysis(text, lang);
  // Advice a warning governs in its clause is what it forbids ("严禁使用以下话术"), not advice.
  const governed = (m: MarkerHit): boolean => a.markers.some((w) => w.role === 'warn' && w.end <= m.start && unitAt(a.clauses, w.start) === unitAt(a.clauses, m.start));
  return a.markers.some((m) => isAdvising(m) && !governed(m)) ? [] : a.markers.filter((m) => m.role === 'warn' || m.role === 'statute');
}

/** Approval markers of a section heading with no warning ("对付老赖的八个狠招"). */
function contextApproval(text: string | undefined, lang: MatchLang): MarkerHit[] {
  if (!text) return [];
  const a = contextAnalysis(text, lang);
  const warned = a.markers.some((m) => m.role === 'warn' || m.role === 'statute' || m.role === 'report');
  return warned ? [] : a.markers.filter((m) => m.role === 'advise' && m.scope === 'sentence');
}

/** Statute voice with no rule of its own (no warning): an article quoted as such. */
function statuteOnly(a: Analysis): boolean {
  return a.markers.some((m) => m.role === 'statute') && !a.markers.some((m) => m.role === 'warn' && m.scope !== 'sentence');
}

/** A one-line heading-like passage: no sentence-final punctuation and short (list number aside). */
function isTitleLike(text: string, lang: MatchLang, opts: TaggerOptions, max: Record<MatchLang, number> = opts.titleMaxContent): boolean {
  const t = text.trim().replace(LIST_START, '').replace(/^\s*\d+\s+/, '');
  if (t.includes('\n') || /[。．.!?！？;；:：,，"”」)）]$/.test(t)) return false;
  return contentSize(t, lang) <= max[lang];
}

/** A request for advice or information (zh, ko, es, en), as opposed to a rhetorical question. */
const ASKING = /请教|请问|請教|請問|怎么回|怎么办|怎么处理|如何|该怎么|吗[?？]|어떻게|할까요|나요[?？]|cómo|qué hago|how do i|how should|what should|can i|is it legal/i;

/** Scare words: 吓唬, 吓一吓, 吓住; asustar, scare, frighten, 겁을 주다 (round 10) (the scare-with-content rule in decide()). */
const SCARE_WORD = /吓|嚇|as[uú]st|espant|scare|frighten|겁/i;

const LIST_START = /^\s*(?:\d+[.、．)）]|[(（]\s*[\d一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+[、.．]|[①-⑳]|[a-z][.、)]\s)/u;

const clip = (x: number, c: number): number => Math.max(-c, Math.min(c, x));
const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

function evidenceOf(text: string, start: number, end: number, code: string, rule: string, role: Evidence['role']): Evidence {
  return { start, end, cue: text.slice(start, end), code, rule, role };
}

/** A `context` evidence item over the passage's opening (cue kept short). */
function contextEvidence(text: string, rule: string): Evidence {
  const end = Math.min(text.length, 40);
  return evidenceOf(text, 0, Math.max(end, Math.min(text.length, 1)), 'context', rule, 'context');
}

function citationsFor(codes: TacticCode[]): Citation[] {
  const c = getResources().citations;
  const out: Citation[] = [];
  for (const code of codes)
    for (const j of JURISDICTIONS)
      for (const pr of c.codes[code]?.[j] ?? [])
        out.push({ code, jurisdiction: j, provision: pr.provision, summary: `${pr.summary} [${pr.verified}]` });
  return out;
}

const byTacticOrder = (a: TacticCode, b: TacticCode): number => TACTICS.indexOf(a) - TACTICS.indexOf(b);

/**
 * ko / es / en: a legal step named only in passing ("orden de embargo", a 'named' mention) inside the sentence of an
 * advised pose as a court or the police ("un SMS como si fuera del juzgado: «se ha dictado orden de embargo»") is
 * what the impostor threatens: false-identity plus false-legal-threat (TAXONOMY 2.1) (round 10b).
 */
const ARREST_OR_SEIZURE = /embarg|arrest|detenc|deten|captur|warrant|garnish|seiz|levy|압류|체포|구속|영장|강제집행|경매/i;
function posedThreats<T extends { o: Occurrence; v: Verdict }>(a: Analysis, verdicts: T[]): T[] {
  if (a.target.lang === 'zh') return [];
  const poses = verdicts.filter(({ o, v }) => v.kind === 'tactic' && (o.entry.code === 'false-identity' || o.entry.also.includes('false-identity')));
  // Arrest or seizure, as TAXONOMY 2.1 puts it (a lawsuit announced by the impostor is left to the pose).
  const named = verdicts.filter(({ o, v }) => v.kind === 'mention' && v.reason === 'named' && o.entry.code === 'false-legal-threat' && ARREST_OR_SEIZURE.test(a.target.text.slice(o.start, o.end)));
  // The same sentence, with no new instruction between the pose and the step ("preséntate como abogado y explícale
  // que el embargo es un proceso largo" poses, then explains: no threat).
  const same = (x: Occurrence, y: Occurrence): boolean =>
    unitAt(a.sentences, x.start).start === unitAt(a.sentences, y.start).start && x.start < y.start && !markersIn(a, { start: x.end, end: y.start }, isAdvising).length;
  return named.filter(({ o }) => poses.some((p) => same(p.o, o)));
}

/** Tag one passage given its own findings and its context. */
function decide(own: Own, ctx: StanceContext, contextScore: number, opts: TaggerOptions): TaggedPassage {
  const { p, analysis: a } = own;
  const { folded: _folded, ...base } = p;
  const text = p.text;
  const evidence: Evidence[] = [];
  const out = (label: Label, tactics: TacticCode[], mentions: TacticCode[], confidence: number): TaggedPassage => ({
    ...base,
    label,
    tactics,
    mentions,
    evidence: evidence.sort((x, y) => x.start - y.start || x.end - y.end || x.code.localeCompare(y.code)),
    citations: label === 'prohibited' ? citationsFor(tactics) : [],
    confidence: Math.round(confidence * 100) / 100,
  });

  // Noise first: boilerplate, fragments, headings.
  if (p.kind === 'boilerplate') {
    evidence.push(contextEvidence(text, `context/boilerplate${p.boilerplate ? `:${p.boilerplate}` : ''}`));
    return out('noise', [], [], 0.95);
  }

  // Stance of every tactic occurrence.
  let verdicts: { o: (typeof a.occurrences)[number]; v: Verdict }[] = a.occurrences.map((o) => ({ o, v: stanceOf(a, o, ctx) }));
  // A scare word ("吓唬吓唬也无妨") names how a line works, not what it threatens: when the passage also says
  // what the scare is (another advised code), the scare takes that code (round 7 convention); alone it is
  // threat-violence. Its cue stays in the evidence as context.
  const scare = ({ o, v }: (typeof verdicts)[number]): boolean => v.kind === 'tactic' && o.entry.code === 'threat-violence' && o.entry.strength === 'weak' && SCARE_WORD.test(text.slice(o.start, o.end));
  const tacticCodes = (vs: typeof verdicts): Set<TacticCode> => new Set(vs.filter(({ v }) => v.kind === 'tactic').flatMap(({ o }) => [o.entry.code, ...o.entry.also]));
  const rest = verdicts.filter((x) => !scare(x));
  if (rest.length < verdicts.length && [...tacticCodes(rest)].some((c) => c !== 'threat-violence') && !tacticCodes(rest).has('threat-violence')) {
    for (const { o } of verdicts.filter(scare)) evidence.push(evidenceOf(text, o.start, o.end, 'context', 'context/scare-with-content', 'context'));
    verdicts = rest;
  }
  const posed = posedThreats(a, verdicts);
  verdicts = verdicts.map((x) => (posed.includes(x) ? { o: x.o, v: { kind: 'tactic', reason: 'posed-threat', markers: [] } } : x));
  const tactics = new Set<TacticCode>();
  const mentions = new Set<TacticCode>();
  for (const { o, v } of verdicts) {
    const codes = [o.entry.code, ...o.entry.also];
    if (v.kind === 'tactic') codes.forEach((c) => tactics.add(c));
    else if (v.kind === 'mention') codes.forEach((c) => mentions.add(c));
  }
  const strongTactic = verdicts.some(({ o, v }) => v.kind === 'tactic' && o.entry.strength === 'strong');

  // A list item the segmenter took for a heading ("（二）冒充国家机关工作人员；") is a sentence: it is
  // tagged as text.
  const sentenceItem = LIST_START.test(text) && /[。；;！!？?]\s*$/.test(text);
  if (p.kind === 'heading' && !strongTactic && !sentenceItem) {
    evidence.push(contextEvidence(text, 'context/heading'));
    return out('noise', [], [], 0.7);
  }
  // An explicit ad tag opening the passage ("[광고]", "[AD]", "Sponsored:", "Publicidad:") is decisive.
  // …or opening a line after nothing but link-like lines (a "related posts" item glued to the ad below it).
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const adLine = lines.findIndex((l) => AD_TAG.test(l));
  const linksThenAd = adLine > 0 && lines.slice(0, adLine).every((l) => l.length <= 80 && !/[.。!！?？;；:：]$/.test(l) && !/[.。!！;；]\s/.test(l));
  // A strong cue only in a short last line after the ad is the next item's title glued to it ("——广告——
  // …立即测额度>>\n\n第四招：去他单位拜访"): the ad stays noise.
  const lastLine = text.lastIndexOf('\n') + 1;
  const titleAfterAd = lastLine > 0 && isTitleLike(text.slice(lastLine).replace(/["”'’」]+\s*$/, ''), own.lang, opts) && verdicts.every(({ o, v }) => v.kind !== 'tactic' || o.entry.strength !== 'strong' || o.start >= lastLine);
  // A "related reading" block: its header line, then link titles (questions included) and page chrome.
  const relatedBlock = RELATED_TAG.test(lines[0] ?? '') && lines.slice(1).every((l) => l.length <= 60 && !/[。；;]/.test(l));
  if (((AD_TAG.test(text) || AD_LINE.test(lines[0] ?? '') || linksThenAd) && (!strongTactic || titleAfterAd)) || (relatedBlock && !strongTactic)) {
    evidence.push(contextEvidence(text, 'context/ad-tag'));
    return out('noise', [], [], 0.85);
  }
  if (own.furniture && !strongTactic) {
    evidence.push(contextEvidence(text, 'context/repeated-title'));
    return out('noise', [], [], 0.75);
  }
  if (own.chrome && !strongTactic) {
    evidence.push(contextEvidence(text, 'context/page-chrome'));
    return out('noise', [], [], 0.7);
  }
  // A browser or document-site title: one unpunctuated line that ends in a site name ("…_催收吧_百度贴吧").
  const oneLine = !text.trim().includes('\n') && !/[。．.!?！？;；]\s*$/.test(text.trim());
  if (oneLine && !strongTactic && a.noise.some((h) => h.category === 'boilerplate' && text.trimEnd().length - h.end <= 1)) {
    evidence.push(contextEvidence(text, 'context/site-title'));
    return out('noise', [], [...mentions].sort(byTacticOrder), 0.75);
  }
  // zh: a headline glued to its byline ("欠钱不还怎么办？…\n\n作者 · 2026-03-18 12:03 · 阅读 5.6万"): the article's
  // title block, furniture like the byline itself (round 10).
  if (own.lang === 'zh' && !strongTactic && zhTitleWithByline(text)) {
    evidence.push(contextEvidence(text, 'context/byline'));
    return out('noise', [], [...mentions].sort(byTacticOrder), 0.75);
  }
  if (own.size < opts.minContent[own.lang] && !strongTactic) {
    evidence.push(contextEvidence(text, 'context/short'));
    return out('noise', [], [], 0.8);
  }
  if (isTitleLike(text, own.lang, opts) && !a.occurrences.length) {
    evidence.push(contextEvidence(text, 'context/title'));
    return out('noise', [], [], 0.7);
  }
  // A headline that names a tactic without advising it (a news title, a complaint's subject line) is
  // a title when a longer body follows: the body carries the report. (Alone, or followed by more short
  // lines, it is an entry of a list and keeps its own label.)
  // List items and quoted lines are entries of the list or quote above them, not headlines.
  const listed = LIST_START.test(text) || /^\s*(?:[-*+•·>▪●■◆]|\d+\\?[.)])/.test(text);
  if (own.bodyFollows && !listed && isTitleLike(text.replace(/["”'’»]+\s*$/, ''), own.lang, opts, opts.headlineMaxContent) && mentions.size && !tactics.size && !a.markers.some(isAdvising)) {
    evidence.push(contextEvidence(text, 'context/headline'));
    return out('noise', [], [...mentions].sort(byTacticOrder), 0.65);
  }
  // A statute article with no collection word is about something else (gambling, wildlife …) unless
  // its neighbours are about collection (the definitions of a collection act).
  if (statuteOnly(a) && !a.topic.length && contextScore <= opts.statuteContext) {
    evidence.push(...a.markers.filter((m) => m.role === 'statute').slice(0, 1).map((m) => evidenceOf(text, m.start, m.end, 'context', m.id, 'context')));
    return out('noise', [], [], 0.75);
  }

  const ownScore = own.ownScore;
  const score = Math.abs(ownScore) >= opts.decisive ? ownScore : ownScore + contextScore;
  const noiseEvidence = (): void => {
    for (const h of a.noise.slice(0, opts.maxEvidencePerKind)) evidence.push(evidenceOf(text, h.start, h.end, 'noise', h.id, 'noise'));
  };
  const topicEvidence = (): void => {
    for (const h of a.topic.slice(0, opts.maxEvidencePerKind)) evidence.push(evidenceOf(text, h.start, h.end, 'topic', h.id, 'topic'));
  };
  /**
   * The learned model (src/tagger/learned.ts), only with lexicon evidence to show: a weak tactic cue
   * or an advise marker. From noise (`fromNoise`) it needs an advise marker and no other-topic cue:
   * unseen advice such as "call him at 6 a.m." has no collection word, but it is an instruction.
   */
  const learnedFlip = (fromNoise: boolean): TaggedPassage | null => {
    const model = opts.learned ? loadModel() : null;
    if (!model || (fromNoise && !opts.learnedFromNoise)) return null;
    const weakCodes = a.occurrences.filter((o) => o.entry.strength === 'weak').map((o) => o.entry.code);
    // Advice words inside a request for advice ask about the act ("客户说要…，让我们直接去起诉，这种怎么回？"): such a
    // question (not a quoted line, not a rhetorical "他怎么知道是假的？") gives the model no instruction to read,
    // and a passage whose only advice words sit in one is not flipped at all.
    const asked = (m: MarkerHit): boolean => {
      const s = text.slice(unitAt(a.sentences, m.start).start, unitAt(a.sentences, m.start).end);
      return /[?？]\s*$/.test(s) && !/[「『“"‘]/.test(s) && ASKING.test(s);
    };
    const advise = a.markers.filter((m) => m.role === 'advise' && !asked(m));
    if (!advise.length && a.markers.some((m) => m.role === 'advise' && asked(m))) return null;
    // The `silent` gate needs no advise marker (its flips without one need a surer logistic head);
    // the others need a weak cue or an advise marker to show beside the model's evidence.
    const bare = opts.learnedGate === 'silent' && !advise.length;
    if (fromNoise ? (!advise.length && !bare) || a.noise.length > 0 : !weakCodes.length && !advise.length && !bare) return null;
    const folded = p.folded && p.folded.length === text.length ? p.folded : fold(text);
    const pr = predict(model, modelFeatureList(folded, p.lang, lexiconSignals(a, text, p.lang)));
    if (pr.p.prohibited < (fromNoise ? opts.learnedNoiseThreshold : opts.learnedThreshold)) return null;
    const agree = Math.max(fromNoise ? opts.learnedAgree.noise : opts.learnedAgree.lawful, bare ? opts.learnedAgree.bare : 0);
    if (pr.pProhibited < agree) return null;
    const mentionList = [...mentions].sort(byTacticOrder);
    // With the `cue` gate the code must be one the lexicon saw as a weak cue left undecided: a cue the
    // stance analysis judged forbidden, reported or the debtor's own (a mention) is never overruled.
    const undecided = new Set(verdicts.filter(({ o, v }) => o.entry.strength === 'weak' && v.kind !== 'mention' && v.kind !== 'debtor').map(({ o }) => o.entry.code));
    const withEvidence = opts.learnedGate === 'cue'
      ? pr.codes.filter((c) => undecided.has(c.code))
      : pr.codes.filter((c) => weakCodes.includes(c.code) || mentions.has(c.code));
    const warned = a.markers.some((m) => m.role === 'warn') || ctx.warn.length > 0 || verdicts.some(({ v }) => v.kind === 'mention' || v.kind === 'debtor');
    if (opts.learnedGate === 'cue' && (!withEvidence.length || warned)) return null;
    if (opts.learnedGate === 'no-mention' && warned) return null;
    // `silent`: the model only speaks where the lexicon found no tactic cue at all, not even one its
    // `not:` list set aside ("lien" in "file a mechanic's lien"): a cue the lexicon weighed is never overruled.
    if (opts.learnedGate === 'silent' && (warned || a.occurrences.length > 0 || a.suppressed > 0)) return null;
    const code = (withEvidence[0] ?? pr.codes[0]).code;
    for (const f of pr.top) evidence.push(evidenceOf(text, f.start, f.end, code, `model/${code}`, 'tactic'));
    for (const m of advise) evidence.push(evidenceOf(text, m.start, m.end, 'stance-advise', m.id, 'stance'));
    if (!pr.top.length) evidence.push(contextEvidence(text, `model/${code}`));
    return out('prohibited', [code], mentionList.filter((c) => c !== code), Math.min(0.8, pr.pProhibited * 0.8));
  };
  if (score <= 0 && !(strongTactic && ownScore > 0)) {
    const flip = learnedFlip(true);
    if (flip) return flip;
    noiseEvidence();
    if (!evidence.length) evidence.push(contextEvidence(text, ownScore === 0 ? 'context/no-topic' : 'context/section'));
    return out('noise', [], [], Math.min(0.9, 0.55 + 0.1 * Math.min(3, -score)));
  }

  const tacticList = [...tactics].sort(byTacticOrder);
  const mentionList = [...mentions].filter((c) => !tactics.has(c)).sort(byTacticOrder);
  for (const { o, v } of verdicts) {
    if (v.kind === 'debtor') {
      for (const m of v.markers) evidence.push(evidenceOf(text, m.start, m.end, 'context', m.id, 'context'));
      continue;
    }
    const role = v.kind === 'tactic' ? 'tactic' : 'mention';
    for (const part of o.parts) evidence.push(evidenceOf(text, part.start, part.end, o.entry.code, o.entry.id, role));
    for (const m of v.markers) evidence.push(evidenceOf(text, m.start, m.end, v.kind === 'tactic' ? 'stance-advise' : 'stance-warn', m.id, 'stance'));
  }
  if (tacticList.length) {
    const strong = verdicts.filter(({ o, v }) => v.kind === 'tactic' && o.entry.strength === 'strong').length;
    return out('prohibited', tacticList, mentionList, Math.min(0.95, 0.6 + 0.1 * strong + (strong ? 0 : -0.05)));
  }
  const flip = learnedFlip(false);
  if (flip) return flip;
  topicEvidence();
  if (!evidence.length) evidence.push(contextEvidence(text, 'context/section'));
  return out('lawful', [], mentionList, Math.min(0.9, 0.5 + 0.1 * Math.min(4, score)));
}

/**
 * Page chrome of ko/es/en pages (round 10): the opening title line of the source and breadcrumb
 * blocks are furniture (noise unless a strong tactic cue says otherwise). Chinese pages are left to
 * their own rules.
 */
function markPageChrome(owns: Own[]): void {
  const latinOrKo = (o: Own): boolean => o.lang === 'ko' || o.lang === 'es' || o.lang === 'en';
  const first = owns.length > 1 ? owns.find((o) => o.p.kind !== 'boilerplate') : undefined;
  // A title that names a tactic is left to the headline rule (decide()), which keeps its mentions.
  if (first && latinOrKo(first) && isOpeningTitle(first.p.text) && !first.analysis.markers.some(isAdvising) && !first.analysis.occurrences.length) first.chrome = true;
  for (const o of owns) if (latinOrKo(o) && o.p.kind !== 'boilerplate' && isBreadcrumbBlock(o.p.text)) o.chrome = true;
}

/** Tag all passages of ONE source, in reading order (seq). Pure and deterministic. */
export function tagPassages(passages: Passage[], options: Partial<TaggerOptions> = {}): TaggedPassage[] {
  const opts: TaggerOptions = { ...defaultTaggerOptions, ...options };
  const ordered = [...passages].sort((a, b) => a.seq - b.seq);
  const owns = ordered.map((p) => ownFindings(p, opts));
  for (const i of repeatedTitlePassages(ordered.map((p) => p.text))) owns[i].furniture = true;
  markPageChrome(owns);
  owns.forEach((o, i) => {
    const next = owns[i + 1];
    o.bodyFollows = !!next && next.p.kind === 'text' && next.p.text.length > 2 * o.p.text.length && /[。！？.!?]/.test(next.p.text);
  });
  const scoreOf = (o: Own): number | null => (o.p.kind === 'boilerplate' ? null : clip(o.topicScore - o.noiseScore, opts.clip));

  const tagged = owns.map((own, i) => {
    const around: number[] = [];
    for (let j = Math.max(0, i - 2); j <= Math.min(owns.length - 1, i + 2); j++) {
      const s = j === i ? null : scoreOf(owns[j]);
      if (s !== null) around.push(s);
    }
    const section: number[] = [];
    for (const o of owns) if (o !== own && o.p.heading === own.p.heading) {
      const s = scoreOf(o);
      if (s !== null) section.push(s);
    }
    const contextScore = opts.neighbourWeight * mean(around) + opts.sectionWeight * mean(section);

    const heading = own.p.heading !== own.p.text ? own.p.heading : undefined;
    const listItem = LIST_START.test(own.p.text);
    const warn = contextWarnings(heading, own.lang);
    // A short first sentence is the item's title ("3、禁止拘禁。"): it frames the rest of the passage.
    const first = own.analysis.sentences[0];
    if (first && own.analysis.sentences.length > 1 && contentSize(own.p.text.slice(first.start, first.end), own.lang) <= opts.titleMaxContent[own.lang])
      warn.push(...contextWarnings(own.p.text.slice(first.start, first.end), own.lang));
    if (listItem) {
      // A list item is framed by the list's introduction ("…不得有下列行为：") before the run of items.
      let j = i - 1;
      while (j >= 0 && LIST_START.test(owns[j].p.text) && owns[j].p.kind !== 'boilerplate') j--;
      const intro = j >= 0 ? owns[j] : undefined;
      if (intro && intro.p.kind !== 'boilerplate' && /[：:]\s*$/.test(intro.p.text)) {
        const last = intro.analysis.sentences[intro.analysis.sentences.length - 1];
        warn.push(...contextWarnings(intro.p.text.slice(last.start, last.end), own.lang));
      }
      // …and judged by a closing "以上行为均属违法" after the list (in a later item or the paragraph
      // right after it, under the same heading).
      for (let j = i + 1; j < owns.length && owns[j].p.heading === own.p.heading && owns[j].p.kind !== 'boilerplate'; j++) {
        const isItem = LIST_START.test(owns[j].p.text);
        const w = listJudgement(owns[j].analysis, isItem ? 1 : 0);
        if (w) {
          warn.push(w);
          break;
        }
        if (!isItem) break;
      }
    }
    const prev = owns[i - 1];
    // …and a short passage just before it that reads as its title (one sentence: a tip before this one is no title).
    if (prev && prev.p.kind !== 'boilerplate' && prev.p.text.length <= opts.titleMaxChars && !listItem && !prev.analysis.occurrences.length && prev.analysis.sentences.length <= 1)
      warn.push(...contextWarnings(prev.p.text, own.lang));
    const advise = warn.length ? [] : contextApproval(heading, own.lang);
    return decide(own, { warn, advise }, contextScore, opts);
  });
  crossReferences(owns, tagged);
  // Back to the caller's order.
  const byId = new Map(tagged.map((t) => [`${t.seq}:${t.id}`, t]));
  return passages.map((p) => byId.get(`${p.seq}:${p.id}`)!);
}

/**
 * A comment that points at a numbered item of the same page ("Did #5 last spring … works like a
 * charm", "3번 진짜 효과 있어요") takes that item's stance: approval from the referring sentence on (an
 * advise marker, no warning in the passage) reports using the item's tactic, so it is prohibited with the
 * item's codes; a warning ("4번은 잘못하면 고소당해요") only mentions them. The item is the nearest
 * earlier passage numbered so. In place, on `tagged` (reading order, parallel to `owns`).
 */
function crossReferences(owns: Own[], tagged: TaggedPassage[]): void {
  const numbers = owns.map((o) => (o.p.kind === 'boilerplate' ? null : itemNumber(o.p.text)));
  // A label the learned model gave (rule `model/…`) yields to a cross-reference: the item's codes are
  // lexicon evidence, the model's single guessed code is not.
  const byModel = (t: TaggedPassage): boolean => t.evidence.some((e) => e.rule.startsWith('model/'));
  tagged.forEach((t, i) => {
    if ((t.label === 'prohibited' && !byModel(t)) || numbers[i] !== null) return;
    const a = owns[i].analysis;
    for (const ref of itemRefs(t.text)) {
      // In a glued comment thread only the referring speaker's turn counts ("阿强：这不就是违法催收吗？" does not
      // warn about "老C：第四条我们刚用过").
      const turn = speakerTurn(t.text, ref);
      const warned = markersIn(a, turn, (m) => m.role === 'warn' || m.role === 'statute').length > 0;
      let j = i - 1;
      while (j >= 0 && numbers[j] !== ref.n) j--;
      if (j < 0 || tagged[j].label !== 'prohibited') continue;
      const item = tagged[j];
      const cur = tagged[i];
      if (warned) {
        const mentions = [...new Set([...cur.mentions, ...item.tactics])].filter((c) => !cur.tactics.includes(c)).sort(byTacticOrder);
        tagged[i] = { ...cur, mentions, evidence: [...cur.evidence, evidenceOf(t.text, ref.start, ref.end, 'context', 'context/cross-reference', 'context')] };
        continue;
      }
      // Approval in the referring sentence or after it, within the speaker's turn ("Did #5 last spring … Works like a charm.").
      const sentence = unitAt(a.sentences, ref.start);
      const approval = markersIn(a, { start: sentence.start, end: turn.end }, isAdvising);
      if (!approval.length) continue;
      // The reference is the tactic evidence: it stands for the item's act (rule names the item). Several
      // approved references in one passage (a glued comment thread) add up.
      const earlier = cur.label === 'prohibited' && !byModel(cur) ? cur : null;
      const tactics = [...new Set([...(earlier?.tactics ?? []), ...item.tactics])].sort(byTacticOrder);
      const evidence = [
        ...(earlier?.evidence ?? []),
        ...item.tactics.map((c) => evidenceOf(t.text, ref.start, ref.end, c, `context/cross-reference:${item.id}`, 'tactic')),
        ...approval.map((m) => evidenceOf(t.text, m.start, m.end, 'stance-advise', m.id, 'stance')),
      ].sort((x, y) => x.start - y.start || x.end - y.end);
      tagged[i] = {
        ...cur,
        label: 'prohibited',
        tactics,
        mentions: cur.mentions.filter((c) => !tactics.includes(c)),
        evidence,
        citations: citationsFor(tactics),
        confidence: 0.6,
      };
    }
  });
}
