import { describe, expect, it } from 'vitest';
import { reviewToSarif } from '../../lib/cli/sarif';
import { CATALOGUE, RULES } from '../../lib/rules';
import { fakeRepo, realRepo } from './repo';
import { ruleFiles, rulePieceViolations } from './rule-pieces';

// Every rule is listed, translated, tested and described (lib/rules/index.ts, lib/i18n,
// test/, its META), and SARIF takes its rule texts from that catalogue, not a list of its own.

const repo = realRepo();

describe('rule pieces', () => {
  it('finds the rules (a scan that finds none would pass anything)', () => {
    expect(
      ruleFiles(repo)
        .map((r) => r.id)
        .sort(),
    ).toEqual(Object.keys(RULES).sort());
  });

  it('every rule has its file, catalogue line, metadata, strings in every language and tests', () => {
    expect(rulePieceViolations(repo)).toEqual([]);
  });

  it('each metadata names its own rule and says something', () => {
    for (const { meta, run } of CATALOGUE) {
      expect(RULES[meta.id], meta.id).toBe(run);
      for (const text of [meta.short, meta.full, meta.help])
        expect(text.length, `${meta.id}: a SARIF text`).toBeGreaterThan(20);
    }
  });

  it('a rule missing every piece is named, with why for each', () => {
    const broken = fakeRepo({
      'lib/rules/index.ts':
        "import { a, META as aMeta } from './a';\nexport const CATALOGUE = [\n  { meta: aMeta, run: a },\n];",
      'lib/rules/a.ts':
        "export const RULE = 'a';\nexport const META = {\n  id: RULE,\n  short: '',\n  full: '',\n  help: '',\n  priority: 'P3',\n} as const;",
      'lib/rules/b.ts': "export const RULE = 'bee';\nexport function b() {}",
      'lib/engine/context.ts': 'export const helper = 1;',
      'lib/i18n/findings-en.ts': "'rule.a.title': 'A',",
      'lib/i18n/findings-fr.ts': "'rule.a.title': 'A',",
      'test/unit/rules/a.test.ts': "RULES['a']",
      'test/meta/rules.test.ts': "'bee'",
    });
    expect(rulePieceViolations(broken)).toEqual([
      "lib/rules/b.ts: its RULE is 'bee': a rule's file is named after its id (lib/rules/bee.ts)",
      'lib/rules/b.ts: not in the CATALOGUE of lib/rules/index.ts (import its META and function, add { meta, run }): runRules never runs it',
      'lib/rules/b.ts: its `export const META = { … } as const` lacks id: RULE, short:, full:, help:, priority:: SARIF and the catalogue describe a rule from it',
      "lib/rules/b.ts: no 'rule.bee.title' in lib/i18n/findings-en.ts: its findings would show the bare key in that language",
      "lib/rules/b.ts: no 'rule.bee.title' in lib/i18n/findings-fr.ts: its findings would show the bare key in that language",
      "lib/rules/b.ts: no test table test/unit/rules/bee.test.ts (nor a table there running RULES['bee']): a rule without one can break unseen",
    ]);
  });

  it('a rule quoted only by other tests (the demo, a meta-test) has no test table', () => {
    const ok =
      "export const RULE = 'a';\nexport const META = {\n  id: RULE,\n  short: '',\n  full: '',\n  help: '',\n  priority: 'P3',\n} as const;";
    const files = {
      'lib/rules/index.ts':
        "import { a, META as aMeta } from './a';\nexport const CATALOGUE = [\n  { meta: aMeta, run: a },\n];",
      'lib/rules/a.ts': ok,
      'lib/i18n/findings-en.ts': "'rule.a.title': 'A',",
      'test/unit/rules/demo-review.test.ts': "['a', 'web', 'bob@acme.example', 'remove'],\nRULES['a']",
      'test/unit/popup/top.test.ts': "RULES['a']",
      'test/unit/rules/other.test.ts': "expect(rule).toBe('a')",
    };
    const why =
      "lib/rules/a.ts: no test table test/unit/rules/a.test.ts (nor a table there running RULES['a']): a rule without one can break unseen";
    expect(rulePieceViolations(fakeRepo(files))).toEqual([why]);
    expect(rulePieceViolations(fakeRepo({ ...files, 'test/unit/rules/a.test.ts': "RULES['a']" }))).toEqual([]);
    expect(rulePieceViolations(fakeRepo({ ...files, 'test/unit/rules/shared.test.ts': "check('a', [" }))).toEqual([]);
  });

  it('a file in lib/rules without its exact RULE line is named, not skipped', () => {
    const broken = fakeRepo({
      'lib/rules/index.ts': 'export const CATALOGUE = [];',
      'lib/rules/c.ts': 'export const RULE = "c";\nexport function c() {}',
      'lib/rules/d.ts': 'export function d() {}',
    });
    const why = (f: string) =>
      `${f}: no \`export const RULE = '<id>';\` line: a file in lib/rules is a rule (the engine is in lib/engine/), and one without its id is never checked`;
    expect(rulePieceViolations(broken)).toEqual([why('lib/rules/c.ts'), why('lib/rules/d.ts')]);
  });
});

describe('SARIF rule catalogue', () => {
  it('describes every rule from its own metadata: short and full description, help, default level', () => {
    const record = { findings: [], acceptances: [] } as unknown as Parameters<typeof reviewToSarif>[0];
    const driver = JSON.parse(reviewToSarif(record, [], '0.0.0')).runs[0].tool.driver;
    const level = { P1: 'error', P2: 'error', P3: 'warning', P4: 'note' };
    expect(driver.rules).toEqual(
      CATALOGUE.map(({ meta }) => ({
        id: meta.id,
        name: meta.id,
        shortDescription: { text: meta.short },
        fullDescription: { text: meta.full },
        help: { text: meta.help },
        defaultConfiguration: { level: level[meta.priority] },
      })),
    );
  });
});
