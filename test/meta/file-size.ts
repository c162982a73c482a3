import { SOURCE, type Repo } from './repo';

// No source file over 250 lines (docs/conventions.md: aim for 50–150, split past 250): a file
// that long holds several things, each of which deserves a name and a test of its own. Style sheets
// too: they split by area (popup, cards, table, matrix…); and the pages of docs/ and of the mock's
// folder, split by subject. Except docs/scalingo-api.md: its sections are cited by number (§N)
// across the code, and a split would renumber them.

const DOC = /^(docs|test\/mock-scalingo)\/[^/]+\.md$/;
const NUMBERED = 'docs/scalingo-api.md';
const SIZED = (f: string) => SOURCE.test(f) || f.endsWith('.css') || (DOC.test(f) && f !== NUMBERED);

export const MAX_LINES = 250;

export function lineCount(text: string): number {
  return text === '' ? 0 : text.replace(/\n$/, '').split('\n').length;
}

export function fileSizeViolations(repo: Repo, max = MAX_LINES): string[] {
  return repo.files
    .filter(SIZED)
    .map((f) => [f, lineCount(repo.read(f))] as const)
    .filter(([, n]) => n > max)
    .map(([f, n]) => `${f} has ${n} lines (at most ${max}): split it into named pieces`);
}
