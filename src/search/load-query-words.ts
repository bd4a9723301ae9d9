/**
 * Node-side loader of content/lexicon/query-words.yml (validated with src/search/query-words.ts),
 * and the writer of src/search/query-words.data.ts, the same lists as a module the browser bundle
 * imports: `npx tsx src/search/load-query-words.ts --write` after editing the YAML.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { QueryWordsFile, type QueryWordLists } from './query-words';

export const QUERY_WORDS_PATH = fileURLToPath(new URL('../../content/lexicon/query-words.yml', import.meta.url));
export const QUERY_WORDS_MODULE = fileURLToPath(new URL('./query-words.data.ts', import.meta.url));

export function loadQueryWords(path = QUERY_WORDS_PATH): QueryWordsFile {
  const result = QueryWordsFile.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path}: invalid query word lists (${issues})`, { cause: result.error });
  }
  return result.data;
}

/** Source of the generated data module for these lists. */
export function queryWordsModule(file: QueryWordsFile): string {
  const lists: QueryWordLists = { stop: file.stop, light: file.light };
  return [
    '// Generated from content/lexicon/query-words.yml by `npx tsx src/search/load-query-words.ts --write`: edit the YAML, not this file.',
    "import type { QueryWordLists } from './query-words';",
    '',
    'export const QUERY_WORDS: QueryWordLists = {',
    ...(['stop', 'light'] as const).flatMap((part) => [
      `  ${part}: {`,
      ...Object.entries(lists[part]).map(([lang, words]) => `    ${JSON.stringify(lang)}: ${JSON.stringify(words)},`),
      '  },',
    ]),
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  writeFileSync(QUERY_WORDS_MODULE, queryWordsModule(loadQueryWords()));
  process.stdout.write(`wrote ${QUERY_WORDS_MODULE}\n`);
}
