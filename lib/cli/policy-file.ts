import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { Policy } from '../policy';
import { UsageError } from './args';

// `--policy file.json`: the team's policy, as the extension's settings write it. The extension
// quietly falls back to defaults on a bad value (a view must always open); a CI job must not
// run under a policy it did not ask for, so here an unknown field or a bad value is an error.

type Wrapped = z.ZodType & { unwrap?: () => z.ZodType; def: { type: string } };

/** The field's own rule, without the default and the fallback the extension adds. */
function strict(schema: z.ZodType): z.ZodType {
  let s = schema as Wrapped;
  while ((s.def.type === 'default' || s.def.type === 'catch') && s.unwrap) s = s.unwrap();
  return s;
}

export async function readPolicy(file: string): Promise<Policy> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read the policy ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new UsageError(`the policy ${file} must be a JSON object`);
  const shape = Policy.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(raw)) {
    const field = shape[key];
    if (!field)
      throw new UsageError(
        `the policy ${file} has an unknown field "${key}" (known: ${Object.keys(shape).join(', ')})`,
      );
    const checked = strict(field).safeParse(value);
    if (!checked.success)
      throw new UsageError(`the policy ${file}: ${key}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  }
  return Policy.parse(raw);
}
