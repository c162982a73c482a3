import type { Repo } from './repo';

// Selectors of the dashboard's own markup live in lib/overlay-page/selectors.ts (and its
// selectors-*.ts siblings, split off for size) only: that page
// is not ours and will change, and one commented file, checked against the committed fixture
// pages, is where a restyle gets fixed. Queries into the extension's own shadow roots (`.chip`,
// `sar-badge`, `:scope > ${tag}`) are not page selectors and may stay where they are used.

const HOME = 'lib/overlay-page/selectors.ts';
/** Its sibling, split off for size: the same rules apply to it. */
const SIBLINGS = /^lib\/overlay-page\/selectors-[a-z-]+\.ts$/;
const CONTENT = /^(lib\/overlay-page\/.*|entrypoints\/dashboard[^/]*(\/.*)?)\.tsx?$/;
const QUERY = /\.(querySelector|querySelectorAll|closest|matches)\(\s*(['"`])((?:(?!\2)[^\\]|\\.)*)\2/g;
// An element type in a selector: a name at the start or after a combinator, a comma or `(`.
const TYPE = /(?:^|[\s,>+~(])([a-z][a-z0-9-]*)/gi;

/** Whether a selector (as written) names something of the page rather than of the extension. */
export function namesPage(selector: string): boolean {
  const plain = selector.replace(/\$\{[^}]*\}/g, ' ').replace(/:scope\b/g, ' ');
  if (plain.includes('[')) return true;
  return [...plain.matchAll(TYPE)].some((m) => !m[1]!.startsWith('sar-'));
}

export function pageSelectorViolations(repo: Repo): string[] {
  const out: string[] = [];
  for (const file of repo.files) {
    if (file === HOME || SIBLINGS.test(file) || !CONTENT.test(file)) continue;
    repo
      .read(file)
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(QUERY)) {
          if (namesPage(m[3]!))
            out.push(
              `${file}:${i + 1}: the page selector ${m[2]}${m[3]}${m[2]} belongs in ${HOME}, beside the others and checked against the fixture pages`,
            );
        }
      });
  }
  return out;
}
