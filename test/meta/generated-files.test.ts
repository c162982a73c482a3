import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './citations';

// Files a command writes on every run are not tracked: a commit then carries only what someone
// changed on purpose (bench/baseline.json is the benchmark's tracked reference).

const GENERATED = ['bench/results.json'];
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

describe('generated files', () => {
  it.each(GENERATED)('%s is ignored and untracked', (file) => {
    expect(git('ls-files', '--', file), `${file} is generated: git rm --cached it`).toBe('');
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: ROOT }).status === 0;
    expect(ignored, `${file} is generated: list it in .gitignore`).toBe(true);
  });

  it('the benchmark baseline stays tracked', () => {
    expect(git('ls-files', '--', 'bench/baseline.json').trim()).toBe('bench/baseline.json');
  });
});
