/** A tiny favicon, so browsers do not request a missing /favicon.ico. */
import type { APIRoute } from 'astro';
import { FAVICON_SVG } from '../site/favicon';

export const GET: APIRoute = () => new Response(FAVICON_SVG, { headers: { 'Content-Type': 'image/svg+xml' } });
