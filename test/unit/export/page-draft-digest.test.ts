import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/export/canonical';
import { freeze } from '../../../lib/export/freeze';
import { markPageExport } from '../../../lib/pages/page-export';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

// The README tells an auditor how to check an export's SHA-256: drop the keys it names from the
// JSON, sort the keys, no spaces, hash. A page-only draft's JSON states its source too, and the
// recipe as written must still verify it (issue #18).

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
/** The keys the README's recipe drops, as it names them. */
const droppedKeys = () => {
  const recipe = /recompute it from the JSON export without (.+?), keys sorted/.exec(readme)?.[1] ?? '';
  return [...recipe.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
};

describe("the README's digest recipe", () => {
  it('verifies a page-only draft, whose source is stated beside its format', async () => {
    const s = snapshot([app('web')], [person('web', 'bob@acme.example', { tfa: false })]);
    const r = review(s, parsePolicy({}), [], NOW);
    const draft = buildRecord({
      snapshot: s,
      review: r,
      policy: parsePolicy({}),
      decisions: [],
      changes: [],
      now: NOW,
      draft: true,
    });
    const { sha256, json } = await freeze(draft);
    const pages = [{ app: 'web', region: null, readAt: NOW.toISOString() }];
    const marked = JSON.parse(markPageExport('json', json, pages)) as Record<string, unknown>;
    expect(Object.keys(marked).slice(0, 2)).toEqual(['format', 'source']);
    const bare = Object.fromEntries(Object.entries(marked).filter(([k]) => !droppedKeys().includes(k)));
    expect(createHash('sha256').update(canonicalJson(bare)).digest('hex')).toBe(sha256);
  });
});
