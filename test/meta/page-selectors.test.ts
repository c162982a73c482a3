import { describe, expect, it } from 'vitest';
import { namesPage, pageSelectorViolations } from './page-selectors';
import { fakeRepo, realRepo } from './repo';

describe('page selectors only in lib/overlay-page/selectors.ts', () => {
  it('the content script has none elsewhere', () => {
    expect(pageSelectorViolations(realRepo())).toEqual([]);
  });

  it.each([
    ['td:last-child, [role="cell"]:last-child', true],
    ['[data-collaborator-id]', true],
    ['tr', true],
    ['div > .name', true],
    ['.chip, .panel', false],
    ['sar-badge', false],
    [':scope > ${tag}', false],
  ])('%s names the page: %s', (selector, expected) => {
    expect(namesPage(selector)).toBe(expected);
  });

  it('a page selector outside selectors.ts is named, with where it belongs', () => {
    const repo = fakeRepo({
      'lib/overlay-page/badge.ts':
        "const cell = row.querySelector('td:last-child') ?? row;\nshadow.querySelector('.chip');",
      'lib/overlay-page/selectors.ts': "el.closest('tr');",
      'lib/overlay-page/selectors-cells.ts': "el.closest('td');",
      'entrypoints/dashboard.content.ts': 'document.querySelectorAll(`main [role="row"]`);',
      'lib/overlay-advice/texts.ts': "doc.querySelector('tr');",
    });
    expect(pageSelectorViolations(repo)).toEqual([
      "lib/overlay-page/badge.ts:1: the page selector 'td:last-child' belongs in lib/overlay-page/selectors.ts, beside the others and checked against the fixture pages",
      'entrypoints/dashboard.content.ts:1: the page selector `main [role="row"]` belongs in lib/overlay-page/selectors.ts, beside the others and checked against the fixture pages',
    ]);
  });
});
