/**
 * Build-time settings of the site, read once from the environment (scripts/build.ts sets them from
 * its flags). Defaults in one place; every setting has a one-line meaning.
 *
 * | env               | default            | meaning                                                        |
 * |-------------------|--------------------|----------------------------------------------------------------|
 * | KB_DATA_DIR       | dist-data          | folder with passages.jsonl + sources.json (the ingest output)   |
 * | KB_SOURCES_DIR    | content/sources    | raw source files, read to show dropped spans in the readers     |
 * | KB_PASSAGE_PAGES  | auto               | `all`, `signal` (non-noise first copies only) or `auto`        |
 * | KB_AUTO_LIMIT     | 20000              | in `auto`, above this many passages only `signal` pages         |
 * | KB_BUILD_DATE     | last commit date   | date printed on the methodology page and in the footer          |
 */
import { resolve } from 'node:path';

export type PassagePagePolicy = 'all' | 'signal';

export interface SiteConfig {
  dataDir: string;
  sourcesDir: string;
  passagePages: 'all' | 'signal' | 'auto';
  autoLimit: number;
  buildDate: string;
}

export const defaultSiteConfig: SiteConfig = {
  dataDir: 'dist-data',
  sourcesDir: 'content/sources',
  passagePages: 'auto',
  autoLimit: 20000,
  buildDate: 'unknown',
};

export function siteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const policy = env.KB_PASSAGE_PAGES ?? defaultSiteConfig.passagePages;
  if (policy !== 'all' && policy !== 'signal' && policy !== 'auto') {
    throw new Error(`KB_PASSAGE_PAGES must be all, signal or auto (got ${policy})`);
  }
  return {
    dataDir: resolve(env.KB_DATA_DIR || defaultSiteConfig.dataDir),
    sourcesDir: resolve(env.KB_SOURCES_DIR || defaultSiteConfig.sourcesDir),
    passagePages: policy,
    autoLimit: Number(env.KB_AUTO_LIMIT) || defaultSiteConfig.autoLimit,
    buildDate: env.KB_BUILD_DATE || defaultSiteConfig.buildDate,
  };
}
