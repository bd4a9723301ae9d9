/** The one stylesheet, served at a stable relative path (no hashed /_astro/ URL, so file:// works). */
import type { APIRoute } from 'astro';
import css from '../../styles/site.css?raw';

export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
