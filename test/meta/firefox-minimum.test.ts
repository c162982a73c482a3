import { describe, expect, it } from 'vitest';
import { fakeRepo, realRepo, type Repo } from './repo';

// The minimum Firefox the README promises is the one the manifest declares (wxt.config.ts,
// `strict_min_version`, set by the newest key the Firefox build uses), for desktop and Android.

function minimums(repo: Repo): { desktop: string | null; android: string | null } {
  const config = repo.read('wxt.config.ts');
  const gecko = /gecko:\s*{[^}]*strict_min_version:\s*'(\d+)\.0'/.exec(config)?.[1] ?? null;
  const android = /gecko_android:\s*{\s*strict_min_version:\s*'(\d+)\.0'/.exec(config)?.[1] ?? null;
  return { desktop: gecko, android };
}

function mismatches(repo: Repo): string[] {
  const { desktop, android } = minimums(repo);
  if (!desktop || !android) return ['wxt.config.ts: no strict_min_version found for gecko and gecko_android'];
  const readme = repo.read('README.md');
  const problems: string[] = [];
  if (!readme.includes(`Firefox ${desktop} or later`))
    problems.push(`README.md does not say "Firefox ${desktop} or later"`);
  if (!readme.includes(`Firefox for Android ${android}`))
    problems.push(`README.md does not say "Firefox for Android ${android}"`);
  for (const [, v] of readme.matchAll(/Firefox (\d+) or later/g))
    if (v !== desktop) problems.push(`README.md says Firefox ${v} or later; the manifest says ${desktop}`);
  return problems;
}

describe('the minimum Firefox version', () => {
  it('the README states the manifest’s minimum versions', () => {
    expect(minimums(realRepo())).toEqual({
      desktop: expect.stringMatching(/^\d+$/),
      android: expect.stringMatching(/^\d+$/),
    });
    expect(mismatches(realRepo())).toEqual([]);
  });

  it('fails when they differ', () => {
    const config = `gecko: { id: 'x', strict_min_version: '140.0' }, gecko_android: { strict_min_version: '142.0' },`;
    expect(
      mismatches(fakeRepo({ 'wxt.config.ts': config, 'README.md': 'Firefox 128 or later (Firefox for Android 142)' })),
    ).toEqual([
      'README.md does not say "Firefox 140 or later"',
      'README.md says Firefox 128 or later; the manifest says 140',
    ]);
    expect(
      mismatches(fakeRepo({ 'wxt.config.ts': config, 'README.md': 'Firefox 140 or later (Firefox for Android 142)' })),
    ).toEqual([]);
  });
});
