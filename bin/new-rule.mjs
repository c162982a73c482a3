#!/usr/bin/env node
// `npm run new:rule -- <id>`: the pieces of a new review rule, ready to fill in: its file
// (function, RULE, META), its title in every findings language, its line in the catalogue and
// its test table (CONTRIBUTING.md, "Add a rule"). Every file is prepared before any is written,
// so a refusal (bad id, taken id, a file whose shape it does not know) changes nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const LANGUAGES = [
  ['lib/i18n/findings-en.ts', (words) => `{person} on {app}: ${words}`],
  ['lib/i18n/findings-fr.ts', (words) => `{person} sur {app} : ${words}`],
];

const camel = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

function insertAfterLast(text, pattern, addition, file) {
  const all = [...text.matchAll(pattern)];
  if (all.length === 0)
    throw new Error(
      `${file} does not have the shape new:rule knows (no ${pattern}): add the rule by hand (CONTRIBUTING.md).`,
    );
  const last = all.at(-1);
  const at = last.index + last[0].length;
  return `${text.slice(0, at)}${addition}${text.slice(at)}`;
}

function ruleFile(id, fn) {
  return `import type { Policy } from '../policy';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import { contextOf, personFinding } from '../engine/context';
import type { Finding } from '../engine/finding';

// TODO: what this rule finds, why it matters on Scalingo, and what to do about it (one or two lines).

export const RULE = '${id}';

/** TODO: the situation this rule finds. */
function applies(_a: Assignment): boolean {
  return false;
}

export function ${fn}(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  for (const a of snapshot.assignments) {
    const app = ctx.apps.get(a.appId);
    if (!app || !applies(a)) continue;
    out.push(
      personFinding(RULE, app, a, {
        priority: 'P3',
        title: { key: 'rule.${id}.title', vars: { person: a.email, app: app.name } },
        evidence: [],
        confidence: { level: 'medium', why: { key: 'confidence.events' } },
        action: 'review',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'TODO: one sentence on what ${id} finds.',
  full: 'TODO: what ${id} finds and when, as SARIF shows it.',
  help: 'TODO: what to do about a finding of ${id}.',
  priority: 'P3',
  // 'account' when it reads more than one app or the account's lists (lib/engine/rule-meta.ts).
  scope: 'app',
} as const;
`;
}

// Laid out as Prettier (width 120) lays it out, so what it writes passes \`npm test\`'s format check.
function testFile(id) {
  return `import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { app, NOW, person, policy, snapshot } from './builders';

// '${id}' against the situations it must and must not flag. A row: the apps, the people, and
// what the rule should say (e-mail → priority and action), or nothing.

const web = app('web');

describe('${id}', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>]>([
    // TODO: the situations it must flag, e.g. ['…', [web], [person('web', 'bob@acme.example')], { 'bob@acme.example': 'P3 review' }],
    ['the owner alone → nothing', [web], [], {}],
    [
      'a Limited collaborator who did nothing wrong → nothing',
      [web],
      [person('web', 'bob@acme.example', { role: 'limited' })],
      {},
    ],
  ])('%s', (_name, apps, people, expected) => {
    const findings = RULES['${id}']!(snapshot(apps, people), policy(), NOW);
    expect(
      Object.fromEntries(findings.map((f) => [f.person?.email ?? f.app?.name ?? '-', \`\${f.priority} \${f.action}\`])),
    ).toEqual(expected);
  });
});
`;
}

/** Writes the new rule's pieces under `root`; the files written, or an Error saying why not. */
export function newRule(root, id) {
  if (typeof id !== 'string' || !ID.test(id))
    throw new Error(
      `"${id ?? ''}" is not a rule id: lower-case words and digits joined by hyphens, starting with a letter (e.g. stale-deploy-key).`,
    );
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const fn = camel(id);
  const rule = `lib/rules/${id}.ts`;
  const test = `test/unit/rules/${id}.test.ts`;
  const index = 'lib/rules/index.ts';
  const key = `'rule.${id}.title'`;
  if (
    existsSync(join(root, rule)) ||
    read(index).includes(`from './${id}'`) ||
    LANGUAGES.some(([file]) => read(file).includes(key))
  ) {
    throw new Error(`The rule id "${id}" is taken (${rule}, the catalogue or a findings string): choose another.`);
  }
  if (existsSync(join(root, test))) throw new Error(`${test} already exists: choose another id or remove it.`);

  const changes = new Map([
    [rule, ruleFile(id, fn)],
    [test, testFile(id)],
  ]);
  let catalogue = insertAfterLast(
    read(index),
    /^import .*;$/gm,
    `\nimport { ${fn}, META as ${fn}Meta } from './${id}';`,
    index,
  );
  catalogue = insertAfterLast(
    catalogue,
    /^export const CATALOGUE[^\n]*\n(?: {2}\{ meta: .*\n)+/gm,
    `  { meta: ${fn}Meta, run: ${fn} },\n`,
    index,
  );
  changes.set(index, catalogue);
  const words = id.replace(/-/g, ' ');
  for (const [file, title] of LANGUAGES) {
    changes.set(
      file,
      insertAfterLast(read(file), /^ {2}'rule\.[^']+\.title': .*,$/gm, `\n  ${key}: '${title(words)}',`, file),
    );
  }
  for (const [file, text] of changes) writeFileSync(join(root, file), text);
  return [...changes.keys()];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const written = newRule(resolve(fileURLToPath(import.meta.url), '../..'), process.argv[2]);
    console.log(`Wrote ${written.join(', ')}.`);
    console.log(
      'Next: its situations in the test table, the rule until they pass, its META and titles (no TODO left), a section in docs/rules.md.',
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
