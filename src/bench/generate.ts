/**
 * Deterministic synthetic corpus for the benchmarks: N× the seed corpus (content/sources/), made by
 * recombining and perturbing its real lines, so segmentation, langid, dedupe, tagging and indexing
 * meet text that looks like the seeds without being copies of them.
 *
 * ```ts
 * import { generateCorpus } from '../bench/generate';
 * const r = generateCorpus({ scale: 10, outDir: '/tmp/syn10' }); // ≈ 10 × 113 k characters
 * // r = { files: 37, chars: 1_140_000, bytes: …, byLang: { ko: …, es: …, 'zh-Hans': …, 'zh-Hant': … } }
 * ```
 *
 * How a file is made (every choice from one seeded PRNG, so the same options give byte-identical files):
 * - a file belongs to one language family (ko, es, zh), drawn in proportion to the seeds' characters;
 *   a zh file is written in Simplified or Traditional (opencc-js), whatever script its lines came in;
 * - it is a run of contiguous blocks of 3–30 lines taken from the seeds of that family, so titles,
 *   list markers, headings, boilerplate (page counters, paywall prompts) and the 22 000-character
 *   line keep their shape and neighbours;
 * - each line is perturbed: a share is kept verbatim (duplicates across files, as scraped corpora
 *   have), the others get sentences swapped for random sentences of the same family, sentence order
 *   shuffled, numbers and person names swapped; a list marker at the start of a line stays;
 * - now and then a line of another family is inserted (mixed-language sources, for langid).
 * A manifest.yml lists every file with its declared language, like content/sources/manifest.yml.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

export interface GenerateOptions {
  /** Corpus size as a multiple of the seed corpus' characters. */
  scale: number;
  /** Output folder; emptied first. */
  outDir: string;
  /** Folder of seed sources (with manifest.yml giving each file's language). */
  seedsDir: string;
  /** PRNG seed. */
  seed: number;
  /** Mean characters per generated file (files vary between 0.2× and 1.8× of it). */
  fileChars: number;
  /** Share of lines copied verbatim (exact duplicates of a seed line). */
  keepLine: number;
  /** Chance that a sentence of a perturbed line is replaced by a random sentence of its family. */
  swapSentence: number;
  /** Chance that a perturbed line's sentences are shuffled. */
  shuffle: number;
  /** Chance per line of inserting a line of another language family. */
  foreignLine: number;
}

export const defaultGenerateOptions: Omit<GenerateOptions, 'scale' | 'outDir'> = {
  seedsDir: 'content/sources',
  seed: 20261124,
  fileChars: 30_000,
  keepLine: 0.12,
  swapSentence: 0.45,
  shuffle: 0.3,
  foreignLine: 0.02,
};

export interface GeneratedCorpus {
  dir: string;
  files: number;
  /** UTF-16 code units, as the pipeline counts characters. */
  chars: number;
  bytes: number;
  byLang: Record<string, number>;
}

type Family = 'ko' | 'es' | 'zh';

interface Seed {
  file: string;
  lang: string;
  family: Family;
  lines: string[];
  chars: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const familyOf = (lang: string): Family | null => (lang === 'ko' ? 'ko' : lang === 'es' ? 'es' : lang.startsWith('zh') ? 'zh' : null);

/** A list or section marker at the start of a line: kept when the rest of the line changes. */
const MARKER = /^\s*(?:\d{1,3}\s*[.．、)）](?!\d)\s*|[(（]\s*(?:[一二三四五六七八九十]+|\d{1,3})\s*[)）]\s*|[一二三四五六七八九十]+\s*[、.．]\s*|第\s*[一二三四五六七八九十\d]+\s*[篇章节節部讲講]\s*[:：]?\s*|[①-⑳]\s*|[-*•·]\s+|(?:첫|둘|셋|넷|다섯)째\s*[,，.]?\s*)/u;
/** Sentences with their closing punctuation and trailing space. */
const SENTENCE = /[^。！？!?；;.…]+(?:[。！？!?；;…]+|\.(?!\d))?[」』"”'’)）]*\s*|[。！？!?；;.…]+\s*/gu;

/** Person names per family: swapped for each other, as scraped texts name people differently. */
const NAMES: Record<Family, string[]> = {
  ko: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'],
  zh: ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '張', '陳', '楊', '黃', '劉', '趙'],
  es: ['Juan', 'María', 'Carlos', 'Ana', 'Luis', 'Lucía', 'Pedro', 'Elena', 'Javier', 'Sofía'],
};
/** Where a name is recognised: surname + title (zh, ko) or a given name (es). */
const NAME_AT: Record<Family, RegExp> = {
  ko: /[김이박최정강조윤장임](?=\s?(?:씨|님|대리|과장|팀장|고객|사장))/gu,
  zh: /[张王李赵刘陈杨黄周吴張陳楊黃劉趙](?=[先女经經总總某老小]|律师|律師)/gu,
  es: /\b(?:Juan|María|Carlos|Ana|Luis|Lucía|Pedro|Elena|Javier|Sofía|José|Antonio)\b/gu,
};

function loadSeeds(dir: string): Seed[] {
  const manifestPath = join(dir, 'manifest.yml');
  const manifest = new Map<string, string>();
  try {
    for (const e of (parseYaml(readFileSync(manifestPath, 'utf8')) ?? []) as Array<{ file: string; lang?: string }>) manifest.set(e.file, e.lang ?? 'und');
  } catch {
    // No manifest: languages are guessed below from the script.
  }
  const seeds: Seed[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    let lang = manifest.get(file) ?? 'und';
    if (!familyOf(lang)) lang = /[\uac00-\ud7a3]/.test(text) ? 'ko' : /\p{Script=Han}/u.test(text) ? 'zh-Hans' : 'es';
    seeds.push({ file, lang, family: familyOf(lang)!, lines: text.split('\n'), chars: text.length });
  }
  if (!seeds.length) throw new Error(`${dir}: no seed .txt files`);
  return seeds;
}

/** Generate `scale`× the seed corpus into `outDir` (emptied first); deterministic for given options. */
export function generateCorpus(options: Partial<GenerateOptions> & Pick<GenerateOptions, 'scale' | 'outDir'>): GeneratedCorpus {
  const o: GenerateOptions = { ...defaultGenerateOptions, ...options };
  if (!(o.scale > 0)) throw new Error(`scale must be positive, got ${o.scale}`);
  const seeds = loadSeeds(o.seedsDir);
  const rand = prng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

  // Sentence pools per family (only sentences with some substance).
  const pool: Record<Family, string[]> = { ko: [], es: [], zh: [] };
  for (const s of seeds)
    for (const line of s.lines) for (const m of line.matchAll(SENTENCE)) if (m[0].trim().length >= 8) pool[s.family].push(m[0]);
  const families = (['ko', 'es', 'zh'] as const).filter((f) => seeds.some((s) => s.family === f));
  const weight = new Map<Family, number>();
  for (const s of seeds) weight.set(s.family, (weight.get(s.family) ?? 0) + s.chars);
  const total = seeds.reduce((n, s) => n + s.chars, 0);
  const drawFamily = (): Family => {
    let r = rand() * total;
    for (const f of families) if ((r -= weight.get(f)!) < 0) return f;
    return families[families.length - 1];
  };

  const swapNumbers = (s: string): string =>
    s.replace(/\d+/g, (d) => {
      if (rand() < 0.3) return d;
      let out = d.length > 1 ? String(1 + Math.floor(rand() * 9)) : '';
      while (out.length < d.length) out += String(Math.floor(rand() * 10));
      return out;
    });
  const perturb = (line: string, family: Family): string => {
    if (!line.trim() || rand() < o.keepLine) return line;
    const marker = MARKER.exec(line)?.[0] ?? '';
    const body = line.slice(marker.length);
    let sentences: string[] = body.match(SENTENCE) ?? [body];
    // Short lines (headings, boilerplate, titles) keep their words; only numbers and names change.
    if (body.length > 40) {
      sentences = sentences.map((s) => (rand() < o.swapSentence && pool[family].length ? pick(pool[family]) : s));
      if (rand() < o.shuffle) {
        for (let i = sentences.length - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
        }
      }
    }
    let out = sentences.join('').replace(/\n/g, ' ');
    out = out.replace(NAME_AT[family], () => pick(NAMES[family]));
    return marker + swapNumbers(out);
  };

  rmSync(o.outDir, { recursive: true, force: true });
  mkdirSync(o.outDir, { recursive: true });
  const target = Math.round(total * o.scale);
  const manifest: Array<{ file: string; title: string; lang: string; origin: string }> = [];
  const byLang: Record<string, number> = {};
  let chars = 0;
  let bytes = 0;
  for (let n = 0; chars < target; n++) {
    const family = drawFamily();
    const ofFamily = seeds.filter((s) => s.family === family);
    const others = seeds.filter((s) => s.family !== family);
    const lang = family === 'zh' ? (rand() < 0.6 ? 'zh-Hans' : 'zh-Hant') : family;
    const want = Math.min(target - chars, Math.round(o.fileChars * (0.2 + 1.6 * rand())));
    const out: string[] = [];
    let size = 0;
    while (size < want) {
      const s = pick(ofFamily);
      const len = 3 + Math.floor(rand() * 28);
      const from = Math.floor(rand() * Math.max(1, s.lines.length - len));
      for (const line of s.lines.slice(from, from + len)) {
        let l = perturb(line, family);
        // Swapped-in sentences may come from either script: convert the whole line to the file's script.
        if (family === 'zh') l = lang === 'zh-Hant' ? toHant(l) : toHans(l);
        out.push(l);
        size += l.length + 1;
        if (others.length && rand() < o.foreignLine) {
          const f = pick(others);
          const fl = pick(f.lines);
          out.push(perturb(fl, f.family));
          size += fl.length + 1;
        }
      }
    }
    const text = out.join('\n') + '\n';
    const hex = Math.floor(rand() * 0xffffffff).toString(16).padStart(8, '0');
    const file = `s${String(n).padStart(5, '0')}_${hex}.txt`;
    writeFileSync(join(o.outDir, file), text);
    manifest.push({ file, title: out.find((l) => l.trim())?.trim().slice(0, 80) ?? '', lang, origin: `synthetic ${o.scale}x (src/bench/generate.ts, seed ${o.seed})` });
    chars += text.length;
    bytes += Buffer.byteLength(text);
    byLang[lang] = (byLang[lang] ?? 0) + text.length;
  }
  writeFileSync(join(o.outDir, 'manifest.yml'), `# Synthetic benchmark corpus; see src/bench/generate.ts\n${stringifyYaml(manifest)}`);
  return { dir: o.outDir, files: manifest.length, chars, bytes, byLang };
}
