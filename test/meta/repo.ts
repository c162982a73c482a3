import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoFiles, ROOT } from './citations';

// What a convention check reads: a list of files and their text. The real repository, or a
// handful of made-up files, so each check is shown to fail, with its reason, on a broken one.

export interface Repo {
  files: readonly string[];
  read(file: string): string;
}

export function realRepo(): Repo {
  return { files: repoFiles(), read: (file) => readFileSync(join(ROOT, file), 'utf8') };
}

export function fakeRepo(contents: Record<string, string>): Repo {
  return { files: Object.keys(contents), read: (file) => contents[file] ?? '' };
}

export const SOURCE = /\.(ts|tsx|mts|mjs|js|cjs)$/;
