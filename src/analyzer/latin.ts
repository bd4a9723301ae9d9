/**
 * Spanish and English word analysis: Snowball (Spanish) / Porter (English) stems from
 * @orama/stemmers, Spanish enclitics stripped first, accents removed after stemming.
 */
import { stemmer as esSnowball } from '@orama/stemmers/spanish';
import { stemmer as enPorter } from '@orama/stemmers/english';

export const ES_STOP = new Set(
  ('a al algo no ni algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos ' +
    'en entre era eran es esa esas ese eso esos esta estas este esto estos fue fueron ha han hasta hay la las le les lo ' +
    'los más mas me mi mis muy nos o os otra otro para pero por porque que quien se sea ser si sin sobre su sus también ' +
    'tambien te tu tus un una uno unos y ya yo él usted ustedes nosotros está están estar estaba son sí tiene tienen')
    .split(' '),
);

export const EN_STOP = new Set(
  ('a about after all also an and any are as at be been being but by can could did do does for from had has have he her ' +
    'his how i if in into is it its may me more most my no not of on or our out over she should so some such than that the ' +
    'their them then there these they this those to under up was we were what when where which while who will with would you your')
    .split(' '),
);

/** Remove combining accents (after stemming); ñ survives as ñ. */
export function stripAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/n\u0303/g, '\u0000')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0000/g, 'ñ')
    .normalize('NFC');
}

const CLITIC = /(ar|er|ir|ár|ér|ír|ando|iendo|ándo|iéndo|yendo)(me|te|se|nos|os|le|les|lo|los|la|las)(me|te|se|nos|os|le|les|lo|los|la|las)?$/;

/** `llamarle` → `llamar`, `diciéndoselo` → `diciendo` (the verb form Snowball can stem). */
export function stripEnclitics(word: string): string {
  const m = CLITIC.exec(word);
  if (!m || word.length - m[0].length < 2) return word;
  const verb = word.slice(0, m.index) + m[1];
  // Gerunds carry an accent only because of the clitic: quitarlo → llamándole → llamando.
  return verb.replace(/ándo$/, 'ando').replace(/iéndo$/, 'iendo');
}

/** Accents that Snowball's suffix rules expect, restored on words typed without them. */
function restoreAccents(word: string): string {
  return word.replace(/([cs])ion$/, '$1ión');
}

/** Stems are memoised: Snowball costs ~40 µs a word, and highlighting re-stems the same words. */
const MEMO_LIMIT = 50_000;
function memo(f: (w: string) => string): (w: string) => string {
  const cache = new Map<string, string>();
  return (w) => {
    let s = cache.get(w);
    if (s === undefined) {
      s = f(w);
      if (cache.size >= MEMO_LIMIT) cache.clear();
      cache.set(w, s);
    }
    return s;
  };
}

export const esStem: (word: string) => string = memo((word) => {
  const w = restoreAccents(word.toLowerCase());
  return stripAccents(esSnowball(stripEnclitics(w)));
});

export const enStem: (word: string) => string = memo((word) => {
  const w = word.toLowerCase().replace(/'s$/, '');
  return enPorter(w);
});
