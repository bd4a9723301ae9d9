/**
 * The /search/ page in the browser (classic script, works from file:// too). All state lives in
 * the URL: ?q=…&label=…&tactic=…&lang=…&source=…&noise=1 (facet keys may repeat). The index is
 * sharded (src/search/shards.ts): the page loads its metadata, then for each query only the
 * vocabulary of the query's scripts, the postings of its terms and the texts of the passages it
 * ranks or shows — over http with fetch (the inline bootstrap, src/client/prefetch.ts, has started the first ones),
 * from file:// as classic scripts that store the JSON text in window.__kbData. The engine of
 * src/search/engine.ts ranks; with no query, the facets browse the whole corpus. Once results (or
 * "no results") are shown, #status gets data-search-status="done". The export code (CSV) is a
 * script of its own, loaded on the first export.
 */
import type { Facets, SearchHit, SearchResponse, StoredDoc } from '../search/engine';
import { ShardedIndex } from '../search/shards';
import { h, link } from './dom';
import { keptFile, storeAll, storedAll, storedText, storeText } from './store';
// The site-wide behaviour (file:// links, the `/` key): this page does not load site.js.
import './site';
import { splitBySpans, snippetWindow } from '../site/spans';
import { hasOwnPage, routes } from '../site/paths';
import { LABEL_INFO, langName, scriptLang, tacticIndex, tacticLocal, tacticName, TACTIC_INFO } from '../site/vocab';

interface SiteInfo {
  policy: 'all' | 'signal';
  sources: Record<string, { slug: string; title: string }>;
  /** search-index/meta.<hash>.json: the sharded index's entry file (the others are named in it). */
  meta: string;
  /** assets/export.<hash>.js */
  exportScript: string;
}

export interface State {
  q: string;
  label: string[];
  tactic: string[];
  lang: string[];
  source: string[];
  noise: boolean;
}

const FACETS = ['label', 'tactic', 'lang', 'source'] as const;
type FacetKey = (typeof FACETS)[number];
/** Results shown at first and added by "Show more": ten, like most search pages (each shown result loads its text). */
const PAGE = 10;
/** Values a facet lists before "Show all". */
const FACET_LIMIT = 10;

declare global {
  interface Window {
    /** Index files loaded as classic scripts (file://), JSON text by file name. */
    __kbData?: Record<string, string>;
    /** JSON text of index files being fetched (by the inline bootstrap or the loader), by absolute URL. */
    __kbFetches?: Record<string, Promise<string>>;
    __kbExport?: typeof import('./export');
  }
}

export function readState(search: string): State {
  const p = new URLSearchParams(search);
  const list = (k: string) => [...new Set(p.getAll(k).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  return { q: p.get('q') ?? '', label: list('label'), tactic: list('tactic'), lang: list('lang'), source: list('source'), noise: p.get('noise') === '1' };
}

export function stateQuery(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of FACETS) for (const v of s[k]) p.append(k, v);
  if (s.noise) p.set('noise', '1');
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

class SearchPage {
  private index: ShardedIndex | null = null;
  /** The response of the search begun early, for the first run (while the URL is still the one it was for). */
  private first: { search: string; response: Promise<SearchResponse> | null } | null = null;
  /** Increases with every run; a run whose query was overtaken by a newer one does not render. */
  private generation = 0;
  private state: State = readState(location.search);
  private shown = PAGE;
  private timer = 0;
  /** Facets whose full value list is shown. */
  private readonly expanded = new Set<FacetKey>();
  private readonly site: SiteInfo = JSON.parse($('kb-site').dataset.json ?? '{}');
  private readonly form = $<HTMLFormElement>('search-form');
  private readonly box = $<HTMLInputElement>('q');
  private readonly noise = $<HTMLInputElement>('noise');
  private readonly status = $('status');
  private readonly facets = $('facets');
  private readonly results = $('results');
  private readonly more = $<HTMLButtonElement>('more');
  private readonly analysis = $('analysis');

  /** The search begun before the page was parsed (`begin`), if it is still for this page's state. */
  constructor(private readonly early: Early | null = null) {}

  async start(): Promise<void> {
    this.syncForm();
    this.setStatus('loading', 'Loading the search index…');
    const early = this.early?.meta === this.site.meta ? this.early : null;
    const load = early?.load ?? loader();
    try {
      this.index = await (early?.index ?? ShardedIndex.open(this.site.meta, load));
    } catch (e) {
      this.setStatus('error', `The search index could not be loaded (${(e as Error).message}).`);
      return;
    }
    if (early) this.first = { search: location.search, response: early.first };
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update({ q: this.box.value.trim() }, true);
    });
    this.box.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.update({ q: this.box.value.trim() }, false), 250);
    });
    this.noise.addEventListener('change', () => this.update({ noise: this.noise.checked }, true));
    this.facets.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      const key = input.name as FacetKey;
      if (!FACETS.includes(key)) return;
      const values = new Set(this.state[key]);
      if (input.checked) values.add(input.value);
      else values.delete(input.value);
      this.update({ [key]: [...values] }, true, input.id);
    });
    this.more.addEventListener('click', async () => {
      this.shown += PAGE;
      await this.run();
      this.results.querySelectorAll<HTMLAnchorElement>('.result a.title')[this.shown - PAGE]?.focus();
    });
    $('export-csv').addEventListener('click', () => this.exportAll('csv'));
    $('export-jsonl').addEventListener('click', () => this.exportAll('jsonl'));
    window.addEventListener('popstate', () => {
      this.state = readState(location.search);
      this.shown = PAGE;
      this.syncForm();
      this.run();
    });
    this.keyboard();
    await this.run();
    // A returning visitor (the metadata came from an earlier visit's copy) keeps the whole of a small
    // index, so that later queries need no index request at all (src/client/store.ts).
    if (load.fromStore.has(new URL(link(this.site.meta), location.href).href)) keepAll(this.site.meta, this.index.meta.files.bundle);
  }

  private update(change: Partial<State>, push: boolean, refocus?: string): void {
    this.state = { ...this.state, ...change };
    this.shown = PAGE;
    const url = `${location.pathname}${stateQuery(this.state)}`;
    try {
      // A new history entry only when the state really changed (Enter after typing replaces).
      if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    } catch {
      /* some file:// setups refuse history changes; the page still works */
    }
    void this.run().then(() => {
      if (refocus) document.getElementById(refocus)?.focus();
    });
  }

  private syncForm(): void {
    this.box.value = this.state.q;
    this.noise.checked = this.state.noise;
  }

  /** Results with their texts loaded. */
  private async query(limit: number): Promise<SearchResponse> {
    const s = this.state;
    const index = this.index!;
    // The first query's search began before the page was parsed: the same query, options and limit.
    const first = this.first;
    this.first = null;
    if (first?.response && first.search === location.search && limit === PAGE) return first.response;
    const opts = searchOptions(s, limit);
    if (s.q) return index.search(s.q, opts);
    const res = browse(index.docs, opts);
    // Passage texts and ids arrive with the text files.
    await index.loadDocs(res.results.map((r) => r.doc));
    for (const r of res.results) {
      r.id = r.doc.id;
      r.copies = r.doc.copies;
    }
    return res;
  }

  private async run(): Promise<void> {
    if (!this.index) return;
    const generation = ++this.generation;
    this.setStatus('loading', 'Searching…');
    let res: SearchResponse;
    try {
      res = await this.query(this.shown);
    } catch (e) {
      if (generation === this.generation) this.setStatus('error', `The search index could not be loaded (${(e as Error).message}).`);
      return;
    }
    if (generation !== this.generation) return;
    performance.mark('kb:ranked');
    this.renderFacets(res.facets);
    this.renderResults(res);
    this.renderAnalysis(res);
    const s = this.state;
    const what = s.q ? `for “${s.q}”` : 'in the whole corpus';
    const filters = FACETS.flatMap((k) => s[k].map((v) => label(k, v, this.site)));
    const filterText = filters.length ? ` (filtered: ${filters.join(', ')})` : '';
    const noiseText = res.hiddenNoise ? ` ${res.hiddenNoise} noise passage${res.hiddenNoise === 1 ? '' : 's'} hidden.` : '';
    const text = res.total
      ? `${res.total} result${res.total === 1 ? '' : 's'} ${what}${filterText}.${noiseText}`
      : `No results ${what}${filterText}.${noiseText}`;
    document.title = `${s.q ? `${s.q} – ` : ''}Search · Debt-collection KB`;
    this.status.dataset.total = String(res.total);
    this.setStatus('done', text);
  }

  private setStatus(state: string, text: string): void {
    this.status.textContent = text;
    this.status.dataset.searchStatus = state;
    this.results.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
  }

  private renderAnalysis(res: SearchResponse): void {
    this.analysis.replaceChildren();
    if (!res.analysis.words.length) return;
    const words = res.analysis.words.map((w) => `${w.surface} → ${w.terms.slice(0, 6).join(' | ') || '∅'}`);
    const concepts = res.analysis.concepts.length ? `; concepts: ${res.analysis.concepts.join(', ')}` : '';
    this.analysis.append(`Query read as: ${words.join(' · ')}${concepts}`);
  }

  private renderFacets(f: Facets): void {
    const frag = document.createDocumentFragment();
    for (const key of FACETS) {
      const counts = f[key];
      const keys = new Set([...Object.keys(counts), ...this.state[key]]);
      let values: string[];
      if (key === 'label') values = ['prohibited', 'lawful', 'noise'];
      else if (key === 'tactic') values = TACTIC_INFO.map((t) => t.code as string).filter((c) => keys.has(c));
      else values = [...keys].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
      // Long lists (sources of a large corpus) show the top values and the checked ones first.
      const all = values.length;
      if (all > FACET_LIMIT && !this.expanded.has(key)) {
        values = values.filter((v, i) => i < FACET_LIMIT || this.state[key].includes(v));
      }
      const list = h('ul');
      for (const v of values) {
        const id = `f-${key}-${v.replace(/\s+/g, '_')}`;
        list.append(
          h('li', {},
            h('input', { type: 'checkbox', id, name: key, value: v, checked: this.state[key].includes(v) }),
            h('label', { for: id }, ...facetLabel(key, v, this.site)),
            h('span', { class: 'count', 'aria-hidden': 'true' }, counts[v] ?? 0),
            h('span', { class: 'sr-only' }, `, ${counts[v] ?? 0} results`),
          ),
        );
      }
      const fs = h('fieldset', { 'data-facet': key }, h('legend', {}, FACET_NAMES[key]), list);
      if (!values.length) fs.append(h('p', { class: 'muted' }, 'none'));
      if (all > FACET_LIMIT) {
        const open = this.expanded.has(key);
        const more = h('button', { type: 'button', class: 'secondary', 'aria-expanded': String(open), id: `more-${key}` }, open ? 'Show fewer' : `Show all ${all}`);
        more.addEventListener('click', () => {
          if (open) this.expanded.delete(key);
          else this.expanded.add(key);
          this.renderFacets(f);
          document.getElementById(`more-${key}`)?.focus();
        });
        fs.append(more);
      }
      frag.append(fs);
    }
    const focused = document.activeElement?.id;
    this.facets.replaceChildren(frag);
    if (focused) document.getElementById(focused)?.focus();
  }

  private renderResults(res: SearchResponse): void {
    const frag = document.createDocumentFragment();
    for (const hit of res.results) frag.append(this.renderHit(hit));
    this.results.replaceChildren(frag);
    this.more.hidden = res.total <= res.results.length;
    this.more.textContent = `Show ${Math.min(PAGE, res.total - res.results.length)} more`;
    $('export').hidden = res.total === 0;
  }

  private renderHit(hit: SearchHit): HTMLElement {
    const d = hit.doc;
    const src = this.site.sources[d.source];
    const title = src?.title ?? d.source;
    // Search results are first copies (duplicates are folded into them at index time).
    const href = link(hasOwnPage(this.site.policy, d) ? routes.passage(d.id) : routes.source(src?.slug ?? '', d.id));
    const badges = h('span', { class: 'badges' },
      h('span', { class: `badge label-${d.label}` }, LABEL_INFO[d.label].name, localLabel(d.label, d.lang)),
      ...d.tactics.map((t) => tacticBadge(t, false, d.lang)),
      ...d.mentions.map((t) => tacticBadge(t, true, d.lang)),
    );
    const meta = h('div', { class: 'meta' },
      badges,
      h('span', { class: 'badge lang', title: langName(d.lang) }, d.lang),
      h('a', { href: link(routes.source(src?.slug ?? '', d.id)), lang: scriptLang(title) }, title),
      h('span', {}, `passage ${d.seq + 1}`),
      hit.copies.length ? h('span', {}, `+${hit.copies.length} duplicate${hit.copies.length === 1 ? '' : 's'} collapsed`) : null,
      hit.concepts.length ? h('span', {}, `via concept: ${hit.concepts.join(', ')}`) : null,
    );
    return h('li', { class: 'result', 'data-passage-id': d.id, 'data-label': d.label, 'data-lang': d.lang },
      h('h3', {}, h('a', { class: 'title', href }, `${LABEL_INFO[d.label].name} · `, h('span', { lang: scriptLang(title) }, title), ` · passage ${d.seq + 1}`)),
      snippet(d, hit.matches),
      meta,
    );
  }

  private async exportAll(kind: 'csv' | 'jsonl'): Promise<void> {
    if (!this.index) return;
    const [res] = await Promise.all([this.query(Number.MAX_SAFE_INTEGER), window.__kbExport ? null : loadScript(link(this.site.exportScript))]);
    const all = res.results.map((r) => r.doc);
    const name = `passages-${(this.state.q || 'all').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}`;
    const ex = window.__kbExport!;
    if (kind === 'csv') ex.exportCsv(all, `${name}.csv`);
    else ex.exportJsonl(all, `${name}.jsonl`);
  }

  /** ArrowDown/ArrowUp move through results (and from the box into them). */
  private keyboard(): void {
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const links = [...this.results.querySelectorAll<HTMLAnchorElement>('.result a.title')];
      if (!links.length) return;
      const active = document.activeElement;
      if (active === this.box) {
        if (e.key === 'ArrowDown') {
          e.preventDefault();
          links[0].focus();
        }
        return;
      }
      const at = links.findIndex((a) => a === active);
      if (at < 0) return;
      e.preventDefault();
      if (e.key === 'ArrowDown') links[Math.min(links.length - 1, at + 1)].focus();
      else if (at === 0) this.box.focus();
      else links[at - 1].focus();
    });
  }
}

const FACET_NAMES: Record<FacetKey, string> = { label: 'Label', tactic: 'Tactic', lang: 'Language', source: 'Source' };

function label(key: FacetKey, v: string, site: SiteInfo): string {
  if (key === 'label') return LABEL_INFO[v as keyof typeof LABEL_INFO]?.name ?? v;
  if (key === 'tactic') return tacticName(v);
  if (key === 'lang') return langName(v);
  return site.sources[v]?.title ?? v;
}

function facetLabel(key: FacetKey, v: string, site: SiteInfo): Array<Node | string> {
  if (key === 'tactic') return [h('span', { class: `swatch t${tacticIndex(v)}`, 'aria-hidden': 'true' }), tacticName(v)];
  if (key === 'lang') return [langName(v), ' ', h('code', {}, v)];
  if (key === 'source') return [h('span', { lang: site.sources[v] ? undefined : 'und' }, label(key, v, site))];
  return [label(key, v, site)];
}

function localLabel(l: StoredDoc['label'], lang: string): Node | string {
  const local = LABEL_INFO[l].local[lang];
  return local ? h('span', { lang }, ` (${local})`) : '';
}

function tacticBadge(code: string, mention: boolean, lang: string): HTMLElement {
  const local = tacticLocal(code, lang);
  return h('a', { class: `badge tactic${mention ? ' mention' : ''}`, href: link(routes.tactic(code)), title: mention ? `mentions (does not use) ${code}` : code },
    h('span', { class: `swatch t${tacticIndex(code)}`, 'aria-hidden': 'true' }),
    mention ? h('span', { class: 'sr-only' }, 'mentions ') : null,
    tacticName(code),
    local ? h('span', { lang }, ` (${local})`) : null,
  );
}

/** A window of the passage around its first match, matches marked from the analyser's offsets. */
function snippet(d: StoredDoc, matches: SearchHit['matches']): HTMLElement {
  const win = snippetWindow(d.text, matches, 130);
  const text = d.text.slice(win.start, win.end);
  const spans = matches
    .map((m) => ({ start: m.start - win.start, end: m.end - win.start }))
    .filter((m) => m.end > 0 && m.start < text.length);
  const p = h('p', { class: 'snippet', lang: d.lang });
  if (win.start > 0) p.append('…');
  for (const piece of splitBySpans(text, spans)) p.append(piece.spans.length ? h('mark', { class: 'hit' }, piece.text) : piece.text);
  if (win.end < d.text.length) p.append('…');
  return p;
}

interface BrowseOptions {
  label: string[];
  tactic: string[];
  lang: string[];
  source: string[];
  includeNoise: boolean;
  limit: number;
}

/**
 * No query: filter the whole corpus with the engine's facet rules (a facet ignores its own filter;
 * the tactic filter matches tactics and mentions; noise hidden unless asked for), reading order.
 */
export function browse(docs: StoredDoc[], o: BrowseOptions): SearchResponse {
  const f = { label: o.label, tactic: o.tactic, lang: o.lang, source: o.source };
  const pass = (d: StoredDoc, skip?: FacetKey) =>
    (skip === 'lang' || !f.lang.length || f.lang.includes(d.lang)) &&
    (skip === 'label' || !f.label.length || f.label.includes(d.label)) &&
    (skip === 'tactic' || !f.tactic.length || f.tactic.some((t) => d.tactics.includes(t) || d.mentions.includes(t))) &&
    (skip === 'source' || !f.source.length || f.source.includes(d.source));
  const showNoise = o.includeNoise || f.label.includes('noise');
  const facets: Facets = { label: {}, tactic: {}, lang: {}, source: {} };
  const inc = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  let hiddenNoise = 0;
  const kept: StoredDoc[] = [];
  for (const d of docs) {
    if (pass(d, 'label')) inc(facets.label, d.label);
    if (!showNoise && d.label === 'noise') {
      if (pass(d)) hiddenNoise++;
      continue;
    }
    if (pass(d, 'lang')) inc(facets.lang, d.lang);
    if (pass(d, 'source')) inc(facets.source, d.source);
    if (pass(d, 'tactic')) for (const t of new Set([...d.tactics, ...d.mentions])) inc(facets.tactic, t);
    if (pass(d)) kept.push(d);
  }
  const results: SearchHit[] = kept.slice(0, o.limit).map((doc) => ({
    id: doc.id, score: 0, tier: 'all', phrase: false, doc, matches: [], concepts: [], copies: doc.copies,
  }));
  return { query: '', analysis: { lang: 'other' as never, words: [], concepts: [] }, results, total: kept.length, facets, hiddenNoise };
}

/**
 * Reads the index files: over http(s) from the copies kept in localStorage (src/client/store.ts:
 * the files every query starts with), else with fetch (files the inline bootstrap has started are picked
 * up); from file://, where fetch cannot read files, as classic scripts that
 * store the JSON text in window.__kbData.
 */
function loader(): ((file: string) => Promise<unknown>) & { fromStore: Set<string>; local?: (file: string) => boolean } {
  const fromStore = new Set<string>();
  const http = location.protocol === 'http:' || location.protocol === 'https:';
  // Files kept in localStorage are at hand: the ranking reads their texts instead of guessing.
  const local = (file: string) => storedText(new URL(link(file), location.href).href) !== null;
  return Object.assign(load(fromStore), { fromStore }, http ? { local } : {});
}

function load(fromStore: Set<string>): (file: string) => Promise<unknown> {
  if (location.protocol === 'http:' || location.protocol === 'https:') {
    const fetches = (window.__kbFetches ??= {});
    const text = (url: string, file: string) =>
      fetch(url).then((res) => {
        if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
        return res.text();
      });
    return async (file) => {
      const url = new URL(link(file), location.href).href;
      const kept = storedText(url);
      if (kept !== null) {
        try {
          const value = JSON.parse(kept) as unknown;
          fromStore.add(url);
          return value;
        } catch {
          // a damaged copy: fetch it
        }
      }
      // The bootstrap ran before this script (it is inline in <head>): its fetches are picked up here.
      let json: string;
      try {
        json = await (fetches[url] ??= text(url, file));
      } catch {
        // An early fetch failed: ask again (this one reports its own error).
        json = await (fetches[url] = text(url, file));
      }
      const value = JSON.parse(json) as unknown;
      if (keptFile(url)) keepLater(url, json);
      return value;
    };
  }
  return async (file) => {
    const name = file.replace(/^.*\//, '');
    await loadScript(link(file.replace(/\.json$/, '.js')));
    const text = window.__kbData?.[name];
    if (text === undefined) throw new Error(`${file}: the script did not define its data`);
    delete window.__kbData![name];
    return JSON.parse(text);
  };
}

/** Files to copy into localStorage once the results are shown (the copy is not on the way to them). */
const toKeep: Array<[string, string]> = [];
function keepLater(url: string, json: string): void {
  if (toKeep.push([url, json]) === 1) setTimeout(function flush() {
    // Not before the results are shown (the search may begin before the page has a status line).
    const state = document.getElementById('status')?.dataset.searchStatus;
    if (!state || state === 'loading' || state === 'idle') return void setTimeout(flush, 100);
    for (const [u, t] of toKeep.splice(0)) storeText(u, t);
  }, 100);
}

/**
 * Fetch the index's bundle (every file but meta, ShardMeta `files.bundle`; small indexes only) at
 * low priority once the page is idle, and keep its files in localStorage. Once per build.
 */
function keepAll(metaFile: string, bundle: string | undefined): void {
  if (!bundle) return;
  const metaUrl = new URL(link(metaFile), location.href).href;
  const url = new URL(bundle, metaUrl).href;
  if (storedAll(url)) return;
  setTimeout(() => {
    fetch(url, { priority: 'low' } as RequestInit)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((text) => storeAll(url, JSON.parse(text) as Array<[string, string]>, [metaUrl]))
      .catch(() => {
        // no copy: the page fetches file by file, as on a first visit
      });
  }, 200);
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.async = true;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

const searchOptions = (s: State, limit: number) => ({ label: s.label, tactic: s.tactic, lang: s.lang, source: s.source, includeNoise: s.noise, limit });

declare const __KB_SEARCH_INDEX__: { meta: string } | null;

/** A search begun before the page's body exists. */
interface Early {
  /** The meta file it opened (the page names it too; a page naming another one does not use it). */
  meta: string;
  load: ReturnType<typeof loader>;
  index: Promise<ShardedIndex>;
  /** The first PAGE results of the URL's query (null: no query, the page browses). */
  first: Promise<SearchResponse> | null;
}

/**
 * Open the index and run the URL's query as soon as this script runs, without waiting for the
 * page to be parsed: when the script arrives before DOMContentLoaded (from the HTTP cache, or on a
 * slow page), the analysis and the postings and texts requests no longer wait for the parser and
 * the first layout. Reads only the URL, <meta name="kb-route"> (in <head>, above this script) and
 * the index name compiled in by the build. The page renders the response once its body is there.
 * (A parser-blocking search.js, so that it always ran before the body, was measured and dropped:
 * cold 1540 vs 1272 ms async, warm 695 vs 450, one A/B round at load 15.)
 */
function begin(): Early | null {
  if (typeof __KB_SEARCH_INDEX__ === 'undefined' || !__KB_SEARCH_INDEX__) return null;
  const meta = __KB_SEARCH_INDEX__.meta;
  const load = loader();
  performance.mark('kb:start');
  const index = ShardedIndex.open(meta, load).then((i) => (performance.mark('kb:meta'), i));
  const state = readState(location.search);
  const first = state.q ? index.then((i) => i.search(state.q, searchOptions(state, PAGE))) : null;
  // Errors surface when the page awaits these; not as unhandled rejections before.
  index.catch(() => {});
  first?.catch(() => {});
  return { meta, load, index, first };
}

// An async script in <head>: the search starts at once (the index downloads the inline bootstrap
// started go on meanwhile); the page is set up on DOMContentLoaded if the body is not there yet.
if (typeof document !== 'undefined') {
  const early = begin();
  const go = () => {
    if (document.getElementById('search-form')) void new SearchPage(early).start();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go);
  else go();
}
