import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { digestOf } from '../../../lib/engine/digest';
import { review } from '../../../lib/engine/review';
import { looksLikeDigest } from '../../../lib/ui/digest-check';
import { app, NOW, person, snapshot } from '../rules/builders';

// The popup's early paint trusts only a digest that looks like one; anything else waits for the
// background's checked answer.

const s = snapshot([app('web')], [person('web', 'lea@gmail.com', { tfa: false })]);
const digest = JSON.parse(JSON.stringify(digestOf(s, review(s, parsePolicy({}), [], NOW), NOW))) as unknown;

describe('early paint from the stored digest', () => {
  it('accepts the digest the background writes', () => {
    expect(looksLikeDigest(digest)).toBe(true);
  });

  it.each([
    ['nothing', null],
    ['a string', 'digest'],
    ['a digest without its account', { ...(digest as object), account: undefined }],
    [
      'a finding title that is not a message',
      { ...(digest as object), top: [{ id: 'x', priority: 'P1', title: '<b>x</b>', evidence: [] }] },
    ],
    [
      'counts that are not numbers',
      { ...(digest as object), summary: { ...(digest as { summary: object }).summary, score: 'high' } },
    ],
  ])('rejects %s', (_name, value) => {
    expect(looksLikeDigest(value)).toBe(false);
  });
});
