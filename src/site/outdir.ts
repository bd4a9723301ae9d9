/**
 * Safety check before a build empties its output folder (Astro empties it too): only a missing
 * folder, an empty one, or an earlier build of this site (it carries BUILD_MARKER) may be
 * replaced, so a mistyped `--out` can never delete a project, a home folder or /tmp.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** Written into every build by scripts/build.ts. */
export const BUILD_MARKER = '.kb-site-build';

export function assertReplaceable(outDir: string, cwd: string): void {
  const out = resolve(outDir);
  const here = resolve(cwd);
  if (out === sep || out === here || here.startsWith(out + sep)) throw new Error(`--out ${out} contains the project; choose a folder of its own`);
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new Error(`--out ${out} is a file`);
  const entries = readdirSync(out);
  if (!entries.length || entries.includes(BUILD_MARKER)) return;
  // Builds made before the marker existed: they have the site's own script and index.
  if (existsSync(join(out, 'assets', 'site.js')) && existsSync(join(out, 'search-index', 'index.js'))) return;
  throw new Error(`--out ${out} is not empty and is not an earlier site build (no ${BUILD_MARKER}); empty it yourself or choose another folder`);
}
