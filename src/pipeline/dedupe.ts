/**
 * Stage 5, `dedupe`: link repeated text so a search shows one copy, not five.
 *
 * - exact copies (same text once folded and stripped of spaces and punctuation): later copies get
 *   `duplicateOf` the first; a repeated short title also becomes boilerplate (`repeated-title`);
 * - contained copies inside one document: a passage whose whole text appeared earlier in the same
 *   document (starting where another passage starts) is a copy of the passage there (teasers of
 *   the opening are found earlier, by `segment`);
 * - near copies across the corpus: MinHash over character 5-gram shingles with LSH banding;
 *   Jaccard ≥ `nearThreshold` links the later passage to the earlier one.
 */
import type { PassageKind } from '../records';

export interface DedupeItem {
  id: string;
  /** Document key: items of one document are contiguous and in reading order. */
  doc: string;
  text: string;
  folded: string;
  kind: PassageKind;
  boilerplate?: string;
  duplicateOf?: string;
}

export interface DedupeOptions {
  /** Minimum compact length for containment and near-duplicate checks. */
  minChars: number;
  nearThreshold: number;
  shingle: number;
}

export const defaultDedupeOptions: DedupeOptions = { minChars: 24, nearThreshold: 0.75, shingle: 5 };

/** Folded text without whitespace and punctuation: the form copies are compared in. */
export function compact(folded: string): string {
  return folded.replace(/[\s\p{P}\p{S}]+/gu, '');
}

const HASHES = 32;
const BANDS = 16;
const ROWS = HASHES / BANDS;

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function shingles(s: string, k: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + k <= s.length; i++) out.add(s.slice(i, i + k));
  return out;
}

function minhash(sh: Set<string>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of sh) {
    const base = fnv1a(s, 0);
    const step = fnv1a(s, 0x9e3779b9) | 1;
    for (let i = 0; i < HASHES; i++) {
      const h = (base + Math.imul(i, step)) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

export interface DedupeStats {
  exact: number;
  contained: number;
    near: number;
  repeatedTitles: number;
}

/** The first copy a duplicate chain leads to (never a cycle: links always point to an earlier root). */
function root(items: DedupeItem[], byId: Map<string, number>, i: number): number {
  let j = i;
  for (let hops = 0; hops < 64 && items[j].duplicateOf; hops++) j = byId.get(items[j].duplicateOf!) ?? j;
  return j;
}

/** Mutates `items` (sets duplicateOf, and kind/boilerplate for titles and teasers); returns counts. */
export function dedupe(items: DedupeItem[], opts: DedupeOptions = defaultDedupeOptions): DedupeStats {
  const stats: DedupeStats = { exact: 0, contained: 0, near: 0, repeatedTitles: 0 };
  const keys = items.map((it) => compact(it.folded));
  const byId = new Map(items.map((it, i) => [it.id, i]));

  // 1. Exact copies, corpus-wide.
  const first = new Map<string, number>();
  // Teasers (found by segment) are copies themselves: never the first copy of anything.
  const teaser = (i: number) => items[i].boilerplate === 'teaser';
  keys.forEach((k, i) => {
    if (!k || teaser(i)) return;
    const j = first.get(k);
    if (j === undefined) return void first.set(k, i);
    const it = items[i];
    it.duplicateOf = items[j].id;
    stats.exact++;
    if (k.length <= 60 && it.kind === 'heading') {
      it.kind = 'boilerplate';
      it.boilerplate = 'repeated-title';
      stats.repeatedTitles++;
    }
  });

  // 2. Contained copies within each document.
  let d0 = 0;
  while (d0 < items.length) {
    let d1 = d0;
    while (d1 < items.length && items[d1].doc === items[d0].doc) d1++;
    containment(items, byId, keys, d0, d1, opts, stats);
    d0 = d1;
  }

  // 3. Near copies, corpus-wide (MinHash + LSH).
  const buckets = new Map<string, number[]>();
  const sets: Array<Set<string> | null> = keys.map((k) => (k.length >= opts.minChars ? shingles(k, opts.shingle) : null));
  items.forEach((it, i) => {
    const sh = sets[i];
    if (!sh || teaser(i)) return;
    const sig = minhash(sh);
    let linked = it.duplicateOf !== undefined;
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const bucket = buckets.get(key);
      if (!linked && bucket) {
        for (const j of bucket.slice(0, 50)) {
          const lenRatio = Math.min(keys[i].length, keys[j].length) / Math.max(keys[i].length, keys[j].length);
          if (lenRatio >= opts.nearThreshold && jaccard(sh, sets[j]!) >= opts.nearThreshold) {
            const r = root(items, byId, j);
            if (r === i) continue;
            it.duplicateOf = items[r].id;
            stats.near++;
            linked = true;
            break;
          }
        }
      }
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  return stats;
}

function containment(
  items: DedupeItem[],
  byId: Map<string, number>,
  keys: string[],
  d0: number,
  d1: number,
  opts: DedupeOptions,
  stats: DedupeStats,
): void {
  // The document's compact text, with the item each compact position belongs to.
  const owner: number[] = [];
  let doc = '';
  for (let i = d0; i < d1; i++) {
    doc += keys[i];
    for (let k = 0; k < keys[i].length; k++) owner.push(i);
  }
  const offsets: number[] = [];
  let acc = 0;
  for (let i = d0; i < d1; i++) {
    offsets.push(acc);
    acc += keys[i].length;
  }
  // Copies start where a passage starts (a repeated section, a teaser of the opening), so only
  // passage starts are indexed: memory stays proportional to passages, not characters.
  const A = 12;
  const anchors = new Map<string, number[]>();
  for (let i = d0; i < d1; i++) {
    if (keys[i].length < A || items[i].boilerplate === 'teaser') continue;
    const p = offsets[i - d0];
    const a = doc.slice(p, p + A);
    const list = anchors.get(a);
    if (list) list.push(p);
    else anchors.set(a, [p]);
  }
  for (let i = d0; i < d1; i++) {
    const it = items[i];
    const k = keys[i];
    if (it.duplicateOf || k.length < opts.minChars) continue;
    const own = offsets[i - d0];
    let earlier = -1;
    for (const p of anchors.get(k.slice(0, A)) ?? []) {
      if (p === own || !doc.startsWith(k, p)) continue;
      if (p < own && earlier < 0) earlier = p;
    }
    if (earlier >= 0) {
      const j = root(items, byId, owner[earlier]);
      if (j === i) continue;
      it.duplicateOf = items[j].id;
      stats.contained++;
    }
  }
}
