import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './page-fixtures';

// docs/rules.md says the page-only review equals the restricted API review "on every dashboard
// fixture": that holds only if FIXTURES lists every committed page, so a page added to
// test/fixtures/dashboard/ (or its variants/) without its line here fails this test.

const ROOT = join(__dirname, '../../fixtures/dashboard');

/** Pages that are no page-only input, each with the reason. None today: every page is one. */
const NOT_PAGE_INPUT: Record<string, string> = {};

const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [relative(ROOT, join(dir, e.name))] : [],
  );

describe('the page-only fixtures list', () => {
  it('covers every committed dashboard page, variants and other accounts included', () => {
    const listed = new Set(FIXTURES.map((f) => f.file));
    const missing = pages(ROOT).filter((p) => !listed.has(p) && !Object.hasOwn(NOT_PAGE_INPUT, p));
    expect(missing).toEqual([]);
  });

  it('lists only pages that exist', () => {
    const all = new Set(pages(ROOT));
    expect(FIXTURES.map((f) => f.file).filter((f) => !all.has(f))).toEqual([]);
  });
});
