import type { z } from 'zod';
import { refusal, type Refusal } from '../review/refusal';

// What zod found wrong, in words of ours (lib/i18n/refusals-*.ts): its own messages are English
// ("Too big: expected number to be <=366") and would sit inside a French refusal. Each issue
// code has a key; the numbers and names it carries are the values.

const TYPES = new Set(['string', 'number', 'boolean', 'array', 'object', 'null']);

/** The issue as a refusal phrase: "at most 366", "expected text", "one of: a, b"… */
export function issueRefusal(issue: z.core.$ZodIssue | undefined): Refusal {
  if (!issue) return refusal('refusal.issue.invalid');
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int'
        ? refusal('refusal.issue.max', { max: Number(issue.maximum) })
        : refusal('refusal.issue.maxItems', { max: Number(issue.maximum) });
    case 'too_small':
      return issue.origin === 'number' || issue.origin === 'int'
        ? refusal('refusal.issue.min', { min: Number(issue.minimum) })
        : refusal('refusal.issue.minItems', { min: Number(issue.minimum) });
    case 'invalid_type':
      return TYPES.has(issue.expected)
        ? refusal(`refusal.issue.type.${issue.expected}` as 'refusal.issue.type.string')
        : refusal('refusal.issue.invalid');
    case 'invalid_value':
      return refusal('refusal.issue.oneOf', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'invalid_format':
      return refusal('refusal.issue.format', { format: issue.format });
    case 'unrecognized_keys':
      return refusal(`refusal.issue.unknownKeys.${issue.keys.length === 1 ? 'one' : 'other'}`, {
        count: issue.keys.length,
        keys: issue.keys.join(', '),
      });
    default:
      return refusal('refusal.issue.invalid');
  }
}
