/** /data/passages.jsonl: every passage record, exactly as ingest wrote it (validated at load). */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteData } from '../../site/data';

export const GET: APIRoute = () => {
  const { config } = loadSiteData();
  return new Response(readFileSync(join(config.dataDir, 'passages.jsonl')), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
