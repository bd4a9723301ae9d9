// @ts-check
/**
 * Astro config of the static site. `npm run build` (scripts/build.ts) passes base and outDir as
 * inline config; plain `astro build` uses the defaults below. Pagefind indexes the built pages at
 * `astro:build:done` through its Node API (createIndex → addDirectory → writeFiles); only pages
 * marked `data-pagefind-body` are indexed (readers, tactics, methodology, home), so the index stays
 * small when the corpus grows. The main search (/search/) does not use Pagefind but MiniSearch.
 */
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
function pagefind() {
  return {
    name: 'kb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const t0 = performance.now();
        try {
          const { index, errors } = await createIndex({ excludeSelectors: ['nav', 'footer', '.no-index'] });
          if (!index) throw new Error(errors.join('; '));
          // Only the pages worth finding by full text: passage pages are covered by the source
          // readers (and by /search/), and reading 100k of them would dominate large builds.
          const added = await index.addDirectory({ path: outDir, glob: '{index.html,source/**/index.html,tactic/**/index.html,methodology/index.html}' });
          if (added.errors.length) logger.warn(`pagefind: ${added.errors.slice(0, 5).join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`pagefind: ${added.page_count} pages indexed in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
        } catch (e) {
          throw new Error('pagefind indexing failed', { cause: e });
        } finally {
          await close();
        }
      },
    },
  };
}

export default defineConfig({
  base: process.env.KB_BASE || '/',
  outDir: process.env.KB_OUT_DIR || './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [pagefind()],
});
