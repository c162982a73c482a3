import type { Repo } from './repo';

// The dashboard fixture pages and their README's table name the same files: the README is
// where a reader learns what each page models and where it is served.

const DIR = 'test/fixtures/dashboard/';
const README = `${DIR}README.md`;

export function fixtureListViolations(repo: Repo): string[] {
  const pages = repo.files.filter((f) => f.startsWith(DIR) && f.endsWith('.html')).map((f) => f.slice(DIR.length));
  const listed = [...repo.read(README).matchAll(/^\| `([^`]+\.html)` \|/gm)].map((m) => m[1]!);
  return [
    ...pages
      .filter((p) => !listed.includes(p))
      .map((p) => `${DIR}${p} is not in ${README}: add its row (served at, shape)`),
    ...listed
      .filter((p) => !pages.includes(p))
      .map((p) => `${README} lists ${p}, which is not in ${DIR}: remove its row or add the page`),
  ];
}
