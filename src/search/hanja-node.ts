/**
 * Node only: Hangul readings of Han words for the Sino-Korean bridge (src/search/sino-korean.ts),
 * from the `hanja` package's character table (MIT; one reading per character). Words are first
 * converted to Traditional (OpenCC, phrase-aware): the table reads Korean hanja, which are Traditional
 * forms, and a Simplified form that is also another Traditional character reads wrong (敌 as 활,
 * not 적 of 敵; 术 as 출, not 술 of 術). The table (0.5 MB) is read at index time only; the site ships
 * only the pairs the bridge keeps, as index terms.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js/cn2t';
import { setHanjaReading, type HanjaReading } from './sino-korean';

const L = { N: 2, R: 5, NG: 11 } as const;
const S_BASE = 0xac00;

/**
 * Initial-sound rule (두음법칙) at the start of a word, as the package applies it: 리 → 이, 녀 → 여,
 * 라 → 나 (`利率` reads 이율 in a word of its own); 렬/률 after a vowel or ㄴ become 열/율.
 */
function dueum(syllables: string[]): string[] {
  return syllables.map((s, i) => {
    const c = s.charCodeAt(0) - S_BASE;
    if (c < 0 || c > 11171) return s;
    const l = Math.floor(c / 588);
    const v = Math.floor((c % 588) / 28);
    const t = c % 28;
    const make = (nl: number) => String.fromCharCode(S_BASE + nl * 588 + v * 28 + t);
    const yi = [2, 6, 7, 12, 17, 20].includes(v); // ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
    if (i === 0) {
      if (l === L.N && yi) return make(L.NG);
      if (l === L.R) return make(yi ? L.NG : L.N);
      return s;
    }
    if (l === L.R && (v === 6 || v === 17) && t === 8) {
      const p = syllables[i - 1].charCodeAt(0) - S_BASE;
      if (p >= 0 && (p % 28 === 0 || p % 28 === 4)) return make(L.NG);
    }
    return s;
  });
}

let table: Record<string, string> | null = null;

export function loadHanjaReading(): HanjaReading {
  table ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('hanja/lib/data/hanjaeum.json'), 'utf8')) as Record<string, string>;
  const t = table;
  const traditional = OpenCC.Converter({ from: 'cn', to: 't' });
  return (han) => {
    const out: string[] = [];
    for (const ch of traditional(han)) {
      const r = t[ch];
      if (!r) return null;
      out.push(r);
    }
    return dueum(out).join('');
  };
}

/** Register the readings for index builds (buildIndex uses them with the CC-CEDICT lookup). */
export function registerHanja(): void {
  setHanjaReading(loadHanjaReading());
}
