/// <reference types="astro/client" />
// Astro and Vite module types (`?raw` imports, import.meta.env) for the site code under tsc.
