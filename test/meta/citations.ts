import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Reads the repository's own citations of documents: `*.md` names and `§N` section numbers in
// code comments and in Markdown files. Plain text scanning, no parser: a comment is `//` to the
// end of the line (not `://`, which is a URL) or a `/* … */` block.

export const ROOT = resolve(import.meta.dirname, '../..');

/** Tracked files, and new ones not yet committed (but not ignored ones). */
export function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.split('\0').filter((f) => f !== '' && existsSync(join(ROOT, f)));
}

export const CODE = /\.(ts|tsx|mjs|js)$/;

export interface Citation {
  /** The file that cites, relative to the root, and the line. */
  file: string;
  line: number;
  /** The document as written: `scalingo-api.md`, `docs/testing.md`, `test/mock-scalingo/README.md`. */
  doc: string | null;
  /** A section number as written after `§` (`3.5`), when this citation is one. */
  section: string | null;
}

/** The comment text of a source file, with each comment's characters kept at their line. */
export function commentLines(source: string): string[] {
  const lines = source.split('\n').map(() => '');
  const re = /\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g;
  for (const m of source.matchAll(re)) {
    const first = source.slice(0, m.index).split('\n').length - 1;
    m[0].split('\n').forEach((text, i) => (lines[first + i] += ` ${text}`));
  }
  return lines;
}

const DOC = /(?:[\w.-]*\/)*[\w-]+\.md\b/g;
const SECTION = /§\s?(\d+(?:\.\d+)*)/g;

/**
 * The short names of Scalingo's sources in docs/scalingo-api.md §0 (API-DOCS, GO, …). There, a
 * `.md` name after one of them on a line is a page of that source, not one of ours.
 */
export function sourceNames(apiFacts: string): string[] {
  const table = apiFacts.slice(apiFacts.indexOf('## 0.'), apiFacts.indexOf('## 1.'));
  return [...table.matchAll(/^\| ([A-Z][A-Z-]+) \|/gm)].map((m) => m[1]!);
}

const API_FACTS = 'docs/scalingo-api.md';

/** Every document and section the repository's comments and Markdown files cite. */
export function citations(files: string[] = repoFiles()): Citation[] {
  const out: Citation[] = [];
  const sources = files.includes(API_FACTS) ? sourceNames(readFileSync(join(ROOT, API_FACTS), 'utf8')) : [];
  const bySource = new RegExp(`\\b(${sources.join('|') || '(?!)'})\\b`);
  for (const file of files) {
    const isCode = CODE.test(file);
    if (!isCode && !file.endsWith('.md')) continue;
    const text = readFileSync(join(ROOT, file), 'utf8');
    const lines = isCode ? commentLines(text) : text.split('\n');
    lines.forEach((content, i) => {
      for (const m of content.matchAll(DOC)) {
        if (file === API_FACTS && bySource.test(content.slice(0, m.index))) continue;
        out.push({ file, line: i + 1, doc: m[0], section: null });
      }
      for (const m of content.matchAll(SECTION)) out.push({ file, line: i + 1, doc: null, section: m[1]! });
    });
  }
  return out;
}

/**
 * Where a cited document is, or null when it is not in the repository. A path is read from the
 * citing file's folder, then from the root; a bare name may also be in docs/.
 */
export function resolveDoc(citingFile: string, doc: string, known: ReadonlySet<string>): string | null {
  const candidates = [join(dirname(citingFile), doc), doc];
  if (!doc.includes('/')) candidates.push(join('docs', doc));
  for (const c of candidates) {
    const rel = relative(ROOT, resolve(ROOT, c));
    if (!rel.startsWith('..') && known.has(rel)) return rel;
  }
  return null;
}

/** Section numbers that are headings of a Markdown file (`## 3.`, `### 3.5 Events`). */
export function headingNumbers(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/gm)) out.add(m[1]!);
  return out;
}
