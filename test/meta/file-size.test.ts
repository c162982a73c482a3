import { describe, expect, it } from 'vitest';
import { fileSizeViolations, lineCount } from './file-size';
import { fakeRepo, realRepo } from './repo';

describe('no source file over 250 lines', () => {
  it('holds for every source file', () => {
    const repo = realRepo();
    expect(repo.files.filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(100);
    expect(fileSizeViolations(repo)).toEqual([]);
  });

  it('counts lines as an editor does', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb\n')]).toEqual([0, 1, 1, 2]);
  });

  it('a long file is named, with its length', () => {
    const line = 'x;\n';
    const repo = fakeRepo({
      'lib/long.ts': line.repeat(251),
      'lib/ok.tsx': line.repeat(250),
      'docs/long.md': line.repeat(900),
      'test/mock-scalingo/README.md': line.repeat(252),
      'docs/scalingo-api.md': line.repeat(462),
      'README.md': line.repeat(480),
      'components/long.css': line.repeat(287),
    });
    expect(fileSizeViolations(repo)).toEqual([
      'lib/long.ts has 251 lines (at most 250): split it into named pieces',
      'docs/long.md has 900 lines (at most 250): split it into named pieces',
      'test/mock-scalingo/README.md has 252 lines (at most 250): split it into named pieces',
      'components/long.css has 287 lines (at most 250): split it into named pieces',
    ]);
  });
});
