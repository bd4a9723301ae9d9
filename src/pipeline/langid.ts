/**
 * Stage 4, `langid`: language and script per passage, never per file: a Korean statute quotes
 * Han characters, a Chinese file mixes Simplified and Traditional sections.
 *
 * Script shares decide ko vs zh vs Latin; Traditional vs Simplified is a vote between characters
 * only one of the two scripts uses (src/text/fold.ts); Spanish vs English is a vote of function
 * words and Spanish letters. Passages with too few letters to judge take the document's majority.
 */
import type { Lang } from '../records';
import { hanScriptVotes } from '../text/fold';

const ES_WORDS = new Set('de la que el en y los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros es son está debe deuda cliente pago cobro'.split(' '));
const EN_WORDS = new Set('the of and to a in is that for it as was with be by on not he this are or his from at which but have an they you were her she there been if more when will would who so no do can their what we all your our has my must should debt collector payment'.split(' '));

export interface LangVotes {
  hangul: number;
  han: number;
  kana: number;
  latin: number;
}

export function scriptCounts(text: string): LangVotes {
  const v: LangVotes = { hangul: 0, han: 0, kana: 0, latin: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) v.latin++;
    } else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) v.hangul++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) v.han++;
    else if (c >= 0xd840 && c <= 0xd87f) {
      v.han++; // high surrogate of a supplementary ideograph (planes 2–3)
      i++;
    } else if (c >= 0x3040 && c <= 0x30ff) v.kana++;
    else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) v.latin++;
  }
  return v;
}

/** Language of one text, or `null` when there is too little to judge. */
export function detectLang(text: string, folded: string = text): Lang | null {
  const v = scriptCounts(text);
  const letters = v.hangul + v.han + v.kana + v.latin;
  if (letters < 4) return null;
  if (v.hangul / letters >= 0.3) return 'ko';
  if (v.kana / letters >= 0.1) return 'und';
  if (v.han / letters >= 0.3) {
    const { hant, hans } = hanScriptVotes(text);
    return hant > hans ? 'zh-Hant' : 'zh-Hans';
  }
  if (v.latin / letters >= 0.5) {
    let es = 0;
    let en = 0;
    for (const w of folded.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (ES_WORDS.has(w)) es++;
      if (EN_WORDS.has(w)) en++;
    }
    es += (text.match(/[ñáéíóú¿¡]/gi)?.length ?? 0) * 0.5;
    if (es === 0 && en === 0) return letters < 12 ? null : 'und';
    return es >= en ? 'es' : 'en';
  }
  return 'und';
}

/** Language per passage; undecidable passages take the majority language of their document. */
export function assignLangs(texts: Array<{ text: string; folded: string }>, declared: string): Lang[] {
  const found = texts.map((t) => detectLang(t.text, t.folded));
  const tally = new Map<Lang, number>();
  found.forEach((l, i) => l && tally.set(l, (tally.get(l) ?? 0) + texts[i].text.length));
  const majority = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const fallback: Lang = majority ?? ((['ko', 'es', 'zh-Hans', 'zh-Hant', 'en'] as string[]).includes(declared) ? (declared as Lang) : 'und');
  return found.map((l) => l ?? fallback);
}
