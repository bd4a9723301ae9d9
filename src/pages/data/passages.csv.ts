/** /data/passages.csv: one row per passage, UTF-8 with BOM, formula cells neutralised (src/site/export.ts). */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../site/data';
import { toCsv } from '../../site/export';

export const GET: APIRoute = () => new Response(toCsv(loadSiteData().passages), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
