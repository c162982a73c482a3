import type { Repo } from './repo';

// Every rule has all its pieces. A rule is a file lib/rules/<id>.ts exporting `RULE = '<id>'`
// (index.ts, the catalogue, exports none; the engine the rules share is in lib/engine/); each piece left out fails
// silently otherwise: a rule not in the catalogue never runs, a missing string shows its key
// to the user, a missing META leaves SARIF with the bare id.

const RULE = /^export const RULE = '([^']+)';$/m;

export interface RuleFile {
  file: string;
  id: string;
}

export function ruleFiles(repo: Repo): RuleFile[] {
  return repo.files
    .filter((f) => /^lib\/rules\/[^/]+\.ts$/.test(f))
    .flatMap((file) => {
      const id = RULE.exec(repo.read(file))?.[1];
      return id ? [{ file, id }] : [];
    });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function rulePieceViolations(repo: Repo): string[] {
  const out: string[] = [];
  const index = repo.read('lib/rules/index.ts');
  const languages = repo.files.filter((f) => /^lib\/i18n\/findings-[a-z]+\.ts$/.test(f));
  // A rule's table is its own test/unit/rules/<id>.test.ts (what bin/new-rule.mjs writes) or a shared table
  // there that runs it by id; the demo tests quote every id without testing any, so they do not count.
  const tables = repo.files.filter((f) => /^test\/unit\/rules\/(?!demo-)[^/]+\.test\.tsx?$/.test(f));
  for (const file of repo.files.filter((f) => /^lib\/rules\/[^/]+\.ts$/.test(f) && f !== 'lib/rules/index.ts')) {
    if (!RULE.test(repo.read(file)))
      out.push(
        `${file}: no \`export const RULE = '<id>';\` line: a file in lib/rules is a rule (the engine is in lib/engine/), and one without its id is never checked`,
      );
  }
  for (const { file, id } of ruleFiles(repo)) {
    if (file !== `lib/rules/${id}.ts`)
      out.push(`${file}: its RULE is '${id}': a rule's file is named after its id (lib/rules/${id}.ts)`);

    const imported = new RegExp(`import \\{[^}]*\\bMETA as (\\w+)[^}]*\\} from '\\./${escape(id)}';`).exec(index)?.[1];
    if (!imported || !new RegExp(`\\{ meta: ${imported}, run: \\w+ \\}`).test(index)) {
      out.push(
        `${file}: not in the CATALOGUE of lib/rules/index.ts (import its META and function, add { meta, run }): runRules never runs it`,
      );
    }

    const source = repo.read(file);
    const meta = /^export const META = \{([\s\S]*?)^\} as const;$/m.exec(source)?.[1] ?? '';
    const fields = ['id: RULE', 'short:', 'full:', 'help:', 'priority:'].filter((f) => !meta.includes(f));
    if (fields.length > 0)
      out.push(
        `${file}: its \`export const META = { … } as const\` lacks ${fields.join(', ')}: SARIF and the catalogue describe a rule from it`,
      );

    for (const lang of languages) {
      if (!repo.read(lang).includes(`'rule.${id}.title'`))
        out.push(`${file}: no 'rule.${id}.title' in ${lang}: its findings would show the bare key in that language`);
    }

    const runs = new RegExp(`RULES\\[['"]${escape(id)}['"]\\]|RULES\\.${escape(id)}\\b|check\\(['"]${escape(id)}['"]`);
    if (!repo.files.includes(`test/unit/rules/${id}.test.ts`) && !tables.some((t) => runs.test(repo.read(t))))
      out.push(
        `${file}: no test table test/unit/rules/${id}.test.ts (nor a table there running RULES['${id}']): a rule without one can break unseen`,
      );
  }
  return out;
}
