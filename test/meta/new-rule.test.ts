import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRule } from '../../bin/new-rule.mjs';
import { ROOT } from './citations';
import type { Repo } from './repo';
import { rulePieceViolations } from './rule-pieces';

// `npm run new:rule -- <id>` in a copy of the code the rules depend on (lib/, the rule tests):
// what it writes has every piece the meta-test asks for and typechecks; a bad or taken id
// changes nothing.

let copy: string;
const repoAt = (root: string): Repo => ({
  files: ['lib', 'test/unit/rules'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`),
  ),
  read: (file) => readFileSync(join(root, file), 'utf8'),
});
const contents = (root: string) =>
  Object.fromEntries(
    repoAt(root)
      .files.filter((f) => f.endsWith('.ts'))
      .map((f) => [f, readFileSync(join(root, f), 'utf8')]),
  );

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'new-rule-'));
  cpSync(join(ROOT, 'lib'), join(copy, 'lib'), { recursive: true });
  mkdirSync(join(copy, 'test/unit'), { recursive: true });
  cpSync(join(ROOT, 'test/unit/rules'), join(copy, 'test/unit/rules'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run new:rule', () => {
  it('writes a rule with all its pieces, and it typechecks', () => {
    const written = newRule(copy, 'stale-deploy-key');
    expect([...written].sort()).toEqual(
      [
        'lib/i18n/findings-en.ts',
        'lib/i18n/findings-fr.ts',
        'lib/rules/index.ts',
        'lib/rules/stale-deploy-key.ts',
        'test/unit/rules/stale-deploy-key.test.ts',
      ].sort(),
    );
    expect(rulePieceViolations(repoAt(copy))).toEqual([]);
    expect(readFileSync(join(copy, 'lib/rules/index.ts'), 'utf8')).toContain(
      '{ meta: staleDeployKeyMeta, run: staleDeployKey },',
    );

    const config = {
      extends: join(ROOT, 'tsconfig.json'),
      include: ['lib/rules/index.ts', 'test/unit/rules/stale-deploy-key.test.ts', join(ROOT, '.wxt/wxt.d.ts')],
    };
    writeFileSync(join(copy, 'tsconfig.json'), JSON.stringify(config));
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(copy, 'tsconfig.json')],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    // What it wrote passes the format check `npm test` runs (Prettier, width 120, the project's settings).
    const settings = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).prettier;
    writeFileSync(join(copy, '.prettierrc.json'), JSON.stringify(settings));
    const prettier = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/prettier/bin/prettier.cjs'), '--check', ...written],
      { cwd: copy, encoding: 'utf8' },
    );
    expect(prettier.stdout + prettier.stderr).not.toContain('[warn]');
    expect(prettier.status).toBe(0);
  }, 120_000);

  it.each(['', 'Stale', 'stale_key', '-stale', 'stale-', 'stale--key', '2fa-again', '../escape'])(
    'refuses the bad id %j and changes nothing',
    (id) => {
      const before = contents(copy);
      expect(() => newRule(copy, id)).toThrow(/is not a rule id: lower-case words and digits joined by hyphens/);
      expect(contents(copy)).toEqual(before);
    },
  );

  it.each(['stale-invitation', 'too-many-full', 'index'])('refuses the taken id %s and changes nothing', (id) => {
    const before = contents(copy);
    expect(() => newRule(copy, id)).toThrow(`The rule id "${id}" is taken`);
    expect(contents(copy)).toEqual(before);
  });
});
