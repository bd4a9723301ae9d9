/** Node-side loader of content/lexicon/concepts.yml (validated with src/search/concepts.ts). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ConceptFile } from './concepts';

export const CONCEPTS_PATH = fileURLToPath(new URL('../../content/lexicon/concepts.yml', import.meta.url));

export function loadConcepts(path = CONCEPTS_PATH): ConceptFile {
  const raw = parse(readFileSync(path, 'utf8'));
  const result = ConceptFile.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path}: invalid concept lexicon (${issues})`, { cause: result.error });
  }
  return result.data;
}
