import type { z } from 'zod';
import { Policy } from '../policy';
import { refusal, type Refusal } from '../review/refusal';
import { issueRefusal } from './zod-words';

// The policy file: the team's policy as one JSON object, the one format both the command line
// (`--policy file.json`, lib/cli/policy-file.ts) and the extension's export/import read, so a file
// written by one is read by the other. The extension's settings quietly fall back to defaults on
// a bad value (a view must always open); a file must not run under a policy it did not ask for,
// so here an unknown field or a bad value is an error, named.

type Wrapped = z.ZodType & { unwrap?: () => z.ZodType; def: { type: string } };

/** The field's own rule, without the default and the fallback the extension adds. */
function strict(schema: z.ZodType): z.ZodType {
  let s = schema as Wrapped;
  while ((s.def.type === 'default' || s.def.type === 'catch') && s.unwrap) s = s.unwrap();
  return s;
}

export type PolicyFileResult = { ok: true; policy: Policy } | { ok: false; refusal: Refusal };

/** A parsed policy file, or why not (`where` names the file in the message: a path, or a phrase's words). */
export function checkPolicyFile(raw: unknown, where: string | Refusal): PolicyFileResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, refusal: refusal('refusal.policy.object', { where }) };
  const shape = Policy.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key];
    if (!field)
      return {
        ok: false,
        refusal: refusal('refusal.policy.unknown', { where, field: key, known: Object.keys(shape).join(', ') }),
      };
    const checked = strict(field).safeParse(value);
    if (!checked.success)
      return {
        ok: false,
        refusal: refusal('refusal.policy.value', {
          where,
          field: key,
          issue: issueRefusal(checked.error.issues[0]),
        }),
      };
  }
  return { ok: true, policy: Policy.parse(raw) };
}

/** The policy as a file's text: what the extension exports, and the command line reads. */
export const policyFileText = (policy: Policy): string => `${JSON.stringify(policy, null, 2)}\n`;
