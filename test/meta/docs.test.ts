import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citations, commentLines, headingNumbers, repoFiles, resolveDoc, ROOT, sourceNames } from './citations';

// The repository stands on its own: every document a comment or a Markdown file cites is in
// it, every `§N` (the numbering of docs/scalingo-api.md, the only numbered document) is a
// heading there, and nothing points outside the repository to the team's old shared notes.

const files = repoFiles();
const known = new Set(files);
const all = citations(files);
const where = (c: { file: string; line: number }) => `${c.file}:${c.line}`;

describe('cited documents', () => {
  it('finds the citations it checks (a scan that reads nothing would pass anything)', () => {
    expect(all.filter((c) => c.doc).length).toBeGreaterThan(20);
    expect(all.filter((c) => c.section).length).toBeGreaterThan(20);
  });

  it('every cited *.md is a file of the repository', () => {
    const missing = all
      .filter((c) => c.doc && resolveDoc(c.file, c.doc, known) === null)
      .map((c) => `${where(c)} cites ${c.doc}`);
    expect(missing, 'cite a document of the repository (docs/…), or write it there').toEqual([]);
  });

  it('every §N is a section of docs/scalingo-api.md', () => {
    const sections = headingNumbers(readFileSync(join(ROOT, 'docs/scalingo-api.md'), 'utf8'));
    const missing = all
      .filter((c) => c.section && !sections.has(c.section))
      .map((c) => `${where(c)} cites §${c.section}`);
    expect(missing, 'keep the section numbers of docs/scalingo-api.md stable').toEqual([]);
  });

  it('no file points at the shared notes outside the repository', () => {
    // Built from parts, so this file does not match itself.
    const outside = [['..', 'shared'].join('/'), ['', 'work', 'shared'].join('/')];
    const hits = files
      .filter((f) => !/\.(png|jpg|ico|webp|woff2?)$/.test(f))
      .flatMap((f) =>
        readFileSync(join(ROOT, f), 'utf8')
          .split('\n')
          .flatMap((text, i) => (outside.some((o) => text.includes(o)) ? [`${f}:${i + 1}`] : [])),
      );
    expect(hits, 'the repository must stand on its own: cite docs/ instead').toEqual([]);
  });
});

describe('reading comments', () => {
  it('knows the sources of docs/scalingo-api.md, whose own pages it does not check', () => {
    expect(sourceNames(readFileSync(join(ROOT, 'docs/scalingo-api.md'), 'utf8'))).toEqual(
      expect.arrayContaining(['API-DOCS', 'DOCS', 'GO', 'CLI']),
    );
  });

  it('keeps comments, drops code and URLs', () => {
    // Pieces joined, so the scan of this file does not read them as its own comments.
    const source = [
      "const a = 'https://x.example/b.md'; ",
      '//',
      ' see docs/a.md\n/',
      '* one\n   §3.5 *',
      '/ const b = 1;',
    ].join('');
    const lines = commentLines(source);
    expect(lines[0]).toContain('docs/a.md');
    expect(lines[0]).not.toContain('b.md');
    expect(lines[1]).toContain('one');
    expect(lines[2]).toContain('§3.5');
    expect(lines[2]).not.toContain('const b');
  });

  it('reads section numbers from headings only', () => {
    expect([...headingNumbers('## 3. Endpoints\n### 3.5 Events\n#### 6.10 CORS\nsee 4.2\n')]).toEqual([
      '3',
      '3.5',
      '6.10',
    ]);
  });

  it('resolves bare names to docs/ and paths from the citing file, never outside the repository', () => {
    const set = new Set(['docs/testing.md', 'README.md', 'test/mock-scalingo/README.md']);
    expect(resolveDoc('lib/a.ts', 'testing.md', set)).toBe('docs/testing.md');
    expect(resolveDoc('test/mock-scalingo/x.ts', 'README.md', set)).toBe('test/mock-scalingo/README.md');
    expect(resolveDoc('docs/x.md', '../README.md', set)).toBe('README.md');
    expect(resolveDoc('README.md', ['..', 'other', 'README.md'].join('/'), set)).toBeNull();
    expect(resolveDoc('lib/a.ts', 'DESIGN.md', set)).toBeNull();
  });
});
