/**
 * Cut a text at the edges of (possibly overlapping) spans, so each piece knows which spans cover
 * it. Used to render evidence marks on pages and search-hit marks in the browser, always as text
 * nodes, never as HTML. No node: or DOM imports.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Piece<S extends Span> {
  text: string;
  start: number;
  end: number;
  /** Spans covering the whole piece, in input order. */
  spans: S[];
  /** Spans that end exactly where this piece ends. */
  closing: S[];
}

export function splitBySpans<S extends Span>(text: string, spans: readonly S[]): Array<Piece<S>> {
  const n = text.length;
  const valid = spans.filter((s) => s.end > s.start && s.start < n && s.end > 0);
  const cuts = new Set<number>([0, n]);
  for (const s of valid) {
    cuts.add(Math.max(0, s.start));
    cuts.add(Math.min(n, s.end));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const pieces: Array<Piece<S>> = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i];
    const end = edges[i + 1];
    if (end <= start) continue;
    pieces.push({
      text: text.slice(start, end),
      start,
      end,
      spans: valid.filter((s) => s.start <= start && s.end >= end),
      closing: valid.filter((s) => Math.min(n, s.end) === end && s.start < end),
    });
  }
  if (!pieces.length && n === 0) return [];
  return pieces;
}

/** A window of `text` around its first span (or its start), cut at `radius` characters each side. */
export function snippetWindow(text: string, spans: readonly Span[], radius = 120): { start: number; end: number } {
  if (text.length <= radius * 2) return { start: 0, end: text.length };
  const first = spans.length ? Math.min(...spans.map((s) => s.start)) : 0;
  let start = Math.max(0, first - Math.floor(radius / 2));
  const end = Math.min(text.length, start + radius * 2);
  start = Math.max(0, end - radius * 2);
  return { start, end };
}
