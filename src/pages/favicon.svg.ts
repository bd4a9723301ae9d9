/** A tiny favicon, so browsers do not request a missing /favicon.ico. */
import type { APIRoute } from 'astro';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f3a5f"/><path d="M8 9h16v3H8zm0 6h16v3H8zm0 6h10v3H8z" fill="#fff"/></svg>`;

export const GET: APIRoute = () => new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
