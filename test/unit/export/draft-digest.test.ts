import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/export/canonical';
import { freeze } from '../../../lib/export/freeze';
import { parsePolicy } from '../../../lib/policy';
import { buildRecord } from '../../../lib/review/build-record';
import { ReviewRecord } from '../../../lib/review/record';
import { review } from '../../../lib/engine/review';
import { app, NOW, person, snapshot } from '../rules/builders';

// Every export names the SHA-256 of the record it holds, a draft's too, and says whether that
// record is a draft or a completed review (issue #18). A completed review's bytes stay as they were.

const s = snapshot([app('web')], [person('web', 'bob@acme.example', { tfa: false })]);
const r = review(s, parsePolicy({}), [], NOW);
const record = (draft: boolean) =>
  buildRecord({ snapshot: s, review: r, policy: parsePolicy({}), decisions: [], changes: [], now: NOW, draft });
const digest = (rec: ReviewRecord) =>
  createHash('sha256')
    .update(canonicalJson(ReviewRecord.parse(rec)))
    .digest('hex');
const bytes = (texts: string[]) => createHash('sha256').update(texts.join('\u0000')).digest('hex');

describe('the digest in every export', () => {
  it('a draft names the digest of its own record in Markdown, CSV and JSON, marked as a draft', async () => {
    const draft = record(true);
    const { sha256, md, csv, json } = await freeze(draft);
    expect(sha256).toBe(digest(draft));
    expect(md).toContain(`- SHA-256 of the review’s canonical JSON (draft, not completed): \`${sha256}\``);
    expect(csv.split('\r\n')[1]).toContain(`,"draft, not completed",${sha256},`);
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(parsed).toMatchObject({ status: 'draft', sha256 });
    const { format: _f, sha256: _s, ...bare } = parsed;
    expect(createHash('sha256').update(canonicalJson(bare)).digest('hex')).toBe(sha256);
  });

  it('a completed review renders exactly the bytes it rendered before drafts carried a digest', async () => {
    const { md, csv, json } = await freeze(record(false));
    expect(md).toContain('- SHA-256 of the review’s canonical JSON: `');
    expect(md).not.toContain('draft');
    // Golden bytes, recorded when the CSV gained its word columns (person name, rule, state,
    // action and decision in words, issue #19); a change here changes what new completed
    // reviews freeze, so it must be deliberate.
    expect(bytes([md, csv, json])).toBe('4f3ff15f25b48330de78f4b6979693317d9d0bfc1a1679737547a15f1f2c894b');
  });
});
