/** /data/sources.json: the per-source manifests, exactly as ingest wrote them (validated at load). */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteData } from '../../site/data';

export const GET: APIRoute = () => {
  const { config } = loadSiteData();
  return new Response(readFileSync(join(config.dataDir, 'sources.json')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
