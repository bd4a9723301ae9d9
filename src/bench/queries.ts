/**
 * The fixed benchmark query set: every language and kind of query the site serves, written for the
 * benchmark (not taken from the seeds or the judged eval set). Only speed and bytes are measured
 * with them; relevance is the eval's job (tests/fixtures/queries.jsonl, `npm run eval`).
 */
export type QueryKind = 'ko' | 'es' | 'zh-Hans' | 'zh-Hant' | 'en' | 'cross-lingual' | 'concept' | 'phrase' | 'no-match';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  /** The `<html lang>` of the page a default Pagefind site would search it from (Pagefind's code). */
  page: 'ko' | 'es' | 'zh-cn' | 'zh-tw' | 'en';
}

export const BENCH_QUERIES: BenchQuery[] = [
  { q: '가족에게 연락', kind: 'ko', page: 'ko' },
  { q: '연체 고객', kind: 'ko', page: 'ko' },
  { q: '협박하다', kind: 'ko', page: 'ko' },
  { q: 'llamar a la familia', kind: 'es', page: 'es' },
  { q: 'deudor moroso', kind: 'es', page: 'es' },
  { q: 'amenazas', kind: 'es', page: 'es' },
  { q: '催收员', kind: 'zh-Hans', page: 'zh-cn' },
  { q: '上门催收', kind: 'zh-Hans', page: 'zh-cn' },
  { q: '还款期限', kind: 'zh-Hans', page: 'zh-cn' },
  { q: '債務人', kind: 'zh-Hant', page: 'zh-tw' },
  { q: '催收電話', kind: 'zh-Hant', page: 'zh-tw' },
  { q: 'threaten the family', kind: 'en', page: 'en' },
  { q: 'debt collector', kind: 'en', page: 'en' },
  { q: 'contactar a terceros', kind: 'cross-lingual', page: 'es' },
  { q: '친구에게 알리다', kind: 'cross-lingual', page: 'ko' },
  { q: '软暴力', kind: 'concept', page: 'zh-cn' },
  { q: 'harassment', kind: 'concept', page: 'en' },
  { q: '"逾期客户"', kind: 'phrase', page: 'zh-cn' },
  { q: 'zzqx', kind: 'no-match', page: 'en' },
];

/** The smaller set for `--quick`: one query per script. */
export const QUICK_QUERIES: BenchQuery[] = BENCH_QUERIES.filter((q) => ['연체 고객', 'deudor moroso', '催收员', '債務人', 'debt collector'].includes(q.q));

/** The set for the largest corpora, where one cold navigation of the site can take a minute. */
export const LARGE_QUERIES: BenchQuery[] = BENCH_QUERIES.filter((q) => ['연체 고객', 'deudor moroso', '催收员'].includes(q.q));
