/**
 * Reads and validates content/lexicon/<lang>/{tactics,stance,topic,noise}.yml and
 * content/lexicon/citations.yml. A bad file throws one error naming the file and the first problem.
 * content/lexicon/concepts.yml belongs to the search side and is not read here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  CitationsFile,
  LEXICON_LANGS,
  type LexiconLang,
  NoiseFile,
  StanceFile,
  TacticsFile,
  TopicFile,
} from './schema';

/** The repository's lexicon folder, resolved from this module so any working directory works. */
export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../../content/lexicon', import.meta.url));

export interface LexiconFiles {
  tactics: Partial<Record<LexiconLang, TacticsFile>>;
  stance: Partial<Record<LexiconLang, StanceFile>>;
  topic: Partial<Record<LexiconLang, TopicFile>>;
  noise: Partial<Record<LexiconLang, NoiseFile>>;
  citations: CitationsFile;
}

export class LexiconError extends Error {}

function readYaml<T>(path: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new LexiconError(`${path}: not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new LexiconError(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return r.data;
}

/** Load every lexicon file under `dir`; a language folder may lack any of the four files. */
export function loadLexiconFiles(dir: string = DEFAULT_LEXICON_DIR): LexiconFiles {
  const out: LexiconFiles = { tactics: {}, stance: {}, topic: {}, noise: {}, citations: readYaml(join(dir, 'citations.yml'), CitationsFile) };
  const kinds = [
    ['tactics', TacticsFile],
    ['stance', StanceFile],
    ['topic', TopicFile],
    ['noise', NoiseFile],
  ] as const;
  for (const lang of LEXICON_LANGS) {
    for (const [kind, schema] of kinds) {
      const path = join(dir, lang, `${kind}.yml`);
      if (!existsSync(path)) continue;
      const file = readYaml(path, schema as z.ZodType<{ lang: LexiconLang }, z.ZodTypeDef, unknown>);
      if (file.lang !== lang) throw new LexiconError(`${path}: lang is ${file.lang}, expected ${lang} (the folder name)`);
      (out[kind] as Record<string, unknown>)[lang] = file;
    }
  }
  return out;
}
