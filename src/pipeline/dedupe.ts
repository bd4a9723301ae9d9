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
import { lastAtOrBelow } from '../text/range';

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
  const drop = dropTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < folded.length; i++) {
    if (drop[folded.charCodeAt(i)]) {
      if (i > from) out += folded.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? folded : out + folded.slice(from);
}

let dropUnits: Uint8Array | null = null;
/** 1 for every BMP unit that is whitespace, punctuation or a symbol (what `compact` removes). */
function dropTable(): Uint8Array {
  if (!dropUnits) {
    dropUnits = new Uint8Array(0x10000);
    const re = /[\s\p{P}\p{S}]/u;
    for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c))) dropUnits[c] = 1;
  }
  return dropUnits;
}

const HASHES = 20;
const BANDS = 10;
const ROWS = HASHES / BANDS;
/** Formulaic text fills some buckets; past this many first copies a bucket takes no more. */
const BUCKET_CAP = 24;

/** Per-permutation multipliers and offsets of the MinHash family (odd, fixed, so output is stable). */
const MUL = Uint32Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const ADD = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

/**
 * The set of character k-gram hashes of `s`, sorted and unique. Numbers instead of substrings:
 * no allocation per shingle, and Jaccard becomes a merge of two sorted arrays.
 */
function shingles(s: string, k: number): Uint32Array {
  const n = Math.max(0, s.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    out[i] = h >>> 0;
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i];
  return out.subarray(0, m);
}

function minhash(sh: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let x = 0; x < sh.length; x++) {
    const v = sh[x];
    for (let i = 0; i < HASHES; i++) {
      const h = (Math.imul(v ^ ADD[i], MUL[i]) ^ (v >>> 15)) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter || 1);
}

/** Share of equal signature slots: an estimate of Jaccard, to skip hopeless candidates cheaply. */
function estimate(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / HASHES;
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

  // 3. Near copies, corpus-wide (MinHash + LSH). Copies already linked neither look for nor serve
  // as first copies: their root does.
  const buckets = new Map<string, number[]>();
  const sets: Array<Uint32Array | null> = [];
  const sigs: Array<Uint32Array | null> = [];
  const triedBy = new Int32Array(items.length).fill(-1);
  items.forEach((it, i) => {
    sets[i] = sigs[i] = null;
    if (keys[i].length < opts.minChars || teaser(i) || it.duplicateOf !== undefined) return;
    const sh = shingles(keys[i], opts.shingle);
    const sig = minhash(sh);
    sets[i] = sh;
    sigs[i] = sig;
    let linked = false;
    const bandKeys: string[] = [];
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${sig[b * ROWS]}:${sig[b * ROWS + 1]}`;
      bandKeys.push(key);
      const bucket = buckets.get(key);
      if (linked || !bucket) continue;
      for (const j of bucket) {
        if (triedBy[j] === i) continue;
        triedBy[j] = i;
        const lenRatio = Math.min(keys[i].length, keys[j].length) / Math.max(keys[i].length, keys[j].length);
        if (lenRatio < opts.nearThreshold || estimate(sig, sigs[j]!) < opts.nearThreshold - 0.25) continue;
        if (jaccard(sh, sets[j]!) >= opts.nearThreshold) {
          it.duplicateOf = items[j].id;
          stats.near++;
          linked = true;
          break;
        }
      }
    }
    if (linked) {
      sets[i] = sigs[i] = null;
      return;
    }
    for (const key of bandKeys) {
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [i]);
      else if (bucket.length < BUCKET_CAP) bucket.push(i);
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
  // The document's compact text and where each item starts in it.
  const offsets: number[] = [];
  let doc = '';
  for (let i = d0; i < d1; i++) {
    offsets.push(doc.length);
    doc += keys[i];
  }
  /** The item a compact position belongs to (last item starting at or before it). */
  const ownerOf = (pos: number): number => d0 + lastAtOrBelow(pos, offsets);
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
      const j = root(items, byId, ownerOf(earlier));
      if (j === i) continue;
      it.duplicateOf = items[j].id;
      stats.contained++;
    }
  }
}
