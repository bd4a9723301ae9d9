/**
 * Korean light stemming without a dictionary. An eojeol (a space-separated word) yields its
 * surface form plus stems: particles (조사) stripped, 하다/되다/시키다 verb forms cut back to the
 * noun (`방문했다` → `방문`), other verb endings (어미) stripped with contractions undone
 * (`알렸다`, `알려서` → `알리`). Index and query run the same code, so both sides agree even where
 * the stem is not the dictionary lemma.
 */

const S_BASE = 0xac00;
const S_END = 0xd7a3;
const isSyllable = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c >= S_BASE && c <= S_END;
};
interface Jamo { l: number; v: number; t: number }
function split(ch: string): Jamo | null {
  if (!isSyllable(ch)) return null;
  const s = ch.charCodeAt(0) - S_BASE;
  return { l: Math.floor(s / 588), v: Math.floor((s % 588) / 28), t: s % 28 };
}
const join = (j: Jamo): string => String.fromCharCode(S_BASE + j.l * 588 + j.v * 28 + j.t);

// Vowel and final indices used below.
const V = { A: 0, AE: 1, EO: 4, YEO: 6, O: 8, WA: 9, WAE: 10, OE: 11, U: 13, WO: 14, I: 20 };
const T = { NONE: 0, N: 4, L: 8, M: 16, B: 17, SS: 20 };
const L_H = 18;

/** Particles, longest first. Those in SHORT_AMBIGUOUS need ≥ 2 syllables left. */
const PARTICLES = [
  '으로부터', '에서부터', '에게서는', '에게서', '한테서', '로부터', '에게는', '에게도', '한테는', '에서는', '에서도',
  '으로는', '으로도', '으로서', '으로써', '이라도', '이라고', '이라는', '이지만', '입니다', '이었다',
  '에게', '한테', '께서', '에서', '으로', '로서', '로써', '처럼', '보다', '마다', '조차', '마저', '밖에', '까지', '부터',
  '이나', '이랑', '이란', '라는', '라고', '이며', '이고', '이다', '에는', '에도', '과는', '와는', '들이', '들을', '들은',
  '들의', '들에', '들도', '들과', '께',
  '을', '를', '은', '는', '이', '가', '의', '에', '도', '만', '로', '과', '와', '나', '랑', '들', '요',
];
const SHORT_AMBIGUOUS = new Set(['이', '가', '의', '도', '만', '로', '나', '랑', '들', '요', '과', '와', '께', '에', '은', '는', '을', '를']);

/** Verb endings, longest first (syllable strings). */
const ENDINGS = [
  '었습니다', '았습니다', '였습니다', '겠습니다', '었습니까', '으십시오', '었는데요', '습니다', '습니까', '십시오',
  '으세요', '었어요', '았어요', '였어요', '겠어요', '었지만', '았지만', '었으며', '었으면', '았으면', '으려고',
  '으니까', '었는데', '았는데', '었다가', '어야지',
  '세요', '시오', '어요', '아요', '여요', '에요', '예요', '는데', '지만', '으며', '으면', '었고', '았고', '었다', '았다',
  '였다', '겠다', '는다', '어서', '아서', '여서', '어야', '아야', '여야', '어도', '아도', '여도', '려고', '으러', '도록',
  '어라', '아라', '니까', '거나', '든지', '네요', '군요', '다가', '면서', '더라',
  '다', '고', '며', '면', '서', '야', '도', '지', '게', '기', '음', '던', '는', '은', '을', '라', '자', '요', '죠', '어', '아', '여',
];

/** Endings that may leave a one-syllable stem when it ends in a consonant (`갚다`, `받는`). */
const ONE_SYLLABLE_OK = new Set(['다', '고', '는', '지', '게', '기', '아', '어', '은', '을', '음', '던', '면', '며', '서', '도', '야']);

/** Syllables that carry 하다/되다/시키다/당하다 forms right after a noun. */
const HADA = new Set(['하', '해', '했', '한', '할', '함', '합', '되', '돼', '됐', '된', '될', '됨', '됩', '시', '당']);

/** Eojeol-level stop words (whole words only). */
export const KO_STOP = new Set([
  '것', '수', '등', '및', '또는', '그리고', '그', '이', '저', '그런', '이런', '더', '또', '때', '좀', '중', '제', '위', '각', '데',
  '있다', '있는', '있습니다', '없다', '하다', '합니다', '했다', '해', '한', '할', '하는', '되다', '된', '될', '되는', '그러나',
  '하지만', '그래서', '따라서', '또한', '매우', '너무', '정말', '우리', '저희', '당신',
]);

function syllables(word: string): string[] {
  return [...word];
}

function stripParticles(word: string): string {
  let w = word;
  const n = syllables(w).length;
  const p = PARTICLES.find((x) => w.endsWith(x) && n - x.length >= (SHORT_AMBIGUOUS.has(x) ? 2 : 1));
  if (p) w = w.slice(0, w.length - p.length);
  // A plural 들 before the particle: 가족들에게 → 가족.
  if (w.endsWith('들') && syllables(w).length >= 3) w = w.slice(0, -1);
  return w;
}

/** `방문했다` → `방문`: cut at the first 하/되-form syllable that follows ≥ 2 syllables. */
function cutHada(word: string): string | null {
  const s = syllables(word);
  for (let i = 2; i < s.length; i++) {
    if (!HADA.has(s[i])) continue;
    const rest = s.slice(i).join('');
    if (s[i] === '시' && !/^시[키켜켰킨킬킴킵]/.test(rest)) continue;
    if (s[i] === '당' && !/^당[하해했한할함합]/.test(rest)) continue;
    if (s.length - i > 6) continue;
    return s.slice(0, i).join('');
  }
  return null;
}

/** Undo a contracted final syllable: 렸/려 → 리, 해/했 → 하, 돼/됐 → 되, 봐 → 보, 줘 → 주. */
function uncontract(word: string): string {
  const s = syllables(word);
  const j = split(s[s.length - 1]);
  if (!j) return word;
  if (j.t === T.SS) j.t = T.NONE;
  if (j.t !== T.NONE) return word;
  if (j.v === V.YEO) j.v = V.I;
  else if (j.v === V.AE && j.l === L_H) j.v = V.A;
  else if (j.v === V.WAE) j.v = V.OE;
  else if (j.v === V.WA) j.v = V.O;
  else if (j.v === V.WO) j.v = V.U;
  s[s.length - 1] = join(j);
  return s.join('');
}

function isContracted(syl: string): boolean {
  const j = split(syl);
  if (!j) return false;
  if (j.t === T.SS) return true;
  return j.t === T.NONE && (j.v === V.YEO || j.v === V.WAE || j.v === V.WA || j.v === V.WO || (j.v === V.AE && j.l === L_H));
}

/** Strip one verb ending; returns null when none applies. */
function stripEnding(word: string): string | null {
  const n = syllables(word).length;
  // ㅂ니다 / ㅂ니까: the ㅂ sits in the previous syllable.
  for (const e of ['니다', '니까']) {
    if (word.endsWith(e) && n > e.length) {
      const head = word.slice(0, -e.length);
      const s = syllables(head);
      const j = split(s[s.length - 1]);
      if (j && j.t === T.B) {
        j.t = T.NONE;
        s[s.length - 1] = join(j);
        return s.join('');
      }
    }
  }
  for (const e of ENDINGS) {
    if (!word.endsWith(e)) continue;
    const rest = word.slice(0, -e.length);
    const r = syllables(rest);
    if (r.length === 0) continue;
    if (e.length === 1 && r.length < 2 && !isContracted(r[0]) && !(ONE_SYLLABLE_OK.has(e) && split(r[0])?.t)) continue;
    return rest;
  }
  return null;
}

/** Stems of one Hangul eojeol (without the surface form), most specific first. */
export function koStems(eojeol: string): string[] {
  const out = new Set<string>();
  const noun = stripParticles(eojeol);
  const hada = cutHada(noun) ?? cutHada(eojeol);
  if (hada) out.add(hada);
  else if (noun !== eojeol) out.add(noun);
  else {
    const verb = stripEnding(eojeol);
    if (verb) {
      const v = syllables(verb);
      out.add(isContracted(v[v.length - 1]) ? uncontract(verb) : verb);
    } else if (eojeol.length > 1 && isContracted(syllables(eojeol).at(-1)!) && split(syllables(eojeol).at(-1)!)!.t === T.SS) {
      out.add(uncontract(eojeol));
    }
  }
  out.delete(eojeol);
  for (const s of out) if (!s) out.delete(s);
  return [...out];
}

/** The primary stem of a Korean word (the surface form when nothing strips). */
export function koStem(word: string): string {
  return koStems(word)[0] ?? word;
}

export const isHangul = (ch: string): boolean => isSyllable(ch) || /[\u1100-\u11ff\u3130-\u318f]/.test(ch);
