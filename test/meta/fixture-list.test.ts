import { describe, expect, it } from 'vitest';
import { fixtureListViolations } from './fixture-list';
import { fakeRepo, realRepo } from './repo';

describe('dashboard fixture pages match their README', () => {
  it('holds for the committed pages', () => {
    const repo = realRepo();
    expect(
      repo.files.filter((f) => f.startsWith('test/fixtures/dashboard/') && f.endsWith('.html')).length,
    ).toBeGreaterThan(3);
    expect(fixtureListViolations(repo)).toEqual([]);
  });

  it('an unlisted page and a listed page that is gone are both named', () => {
    const repo = fakeRepo({
      'test/fixtures/dashboard/README.md':
        '| file | served at | shape |\n| --- | --- | --- |\n| `a.html` | `/a` | a table |\n| `gone.html` | `/g` | a list |\n',
      'test/fixtures/dashboard/a.html': '<table></table>',
      'test/fixtures/dashboard/new.html': '<ul></ul>',
    });
    expect(fixtureListViolations(repo)).toEqual([
      'test/fixtures/dashboard/new.html is not in test/fixtures/dashboard/README.md: add its row (served at, shape)',
      'test/fixtures/dashboard/README.md lists gone.html, which is not in test/fixtures/dashboard/: remove its row or add the page',
    ]);
  });
});
