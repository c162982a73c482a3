import { z } from 'zod';
import type { MockState } from './dataset';
import { FaultsPatch, type Faults } from './faults';
import { LimitedReadsBody, type LimitedReads } from './limited';
import { noContent, ok, routeNotFound, type Reply } from './reply';
import { VariantsPatch, type Variants } from './variants';

/**
 * `/_mock/*`: drives the mock from outside the process (the CLI, Playwright specs, curl).
 * No auth, no rate limit, not logged, never affected by faults.
 */

export interface ControlTarget {
  log(): unknown[];
  clearLog(): void;
  faults(): Faults;
  setFaults(f: Partial<Faults>): void;
  resetFaults(): void;
  revokeToken(apiToken: string): void;
  setLimitedReads(status: LimitedReads): void;
  variants(): Variants;
  setVariants(v: Partial<Variants>): void;
  resetVariants(): void;
  state: MockState;
}

const RevokeBody = z.strictObject({ token: z.string().min(1) });

const badRequest = (error: string): Reply => ({ status: 400, json: { error } });

function parse<T>(schema: z.ZodType<T>, raw: string): T | Reply {
  let json: unknown;
  try {
    json = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch (e) {
    return badRequest(`invalid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : badRequest(z.prettifyError(parsed.error));
}

const isReply = (v: unknown): v is Reply =>
  typeof v === 'object' && v !== null && 'status' in v && typeof v.status === 'number';

export function handleControl(target: ControlTarget, method: string, path: string, rawBody: string): Reply {
  const key = `${method} ${path.replace(/\/+$/, '')}`;
  switch (key) {
    case 'GET /_mock/log':
      return ok({ log: target.log() });
    case 'DELETE /_mock/log':
      target.clearLog();
      return noContent();
    case 'GET /_mock/faults':
      return ok({ faults: target.faults() });
    case 'POST /_mock/faults': {
      const patch = parse(FaultsPatch, rawBody);
      if (isReply(patch)) return patch;
      target.setFaults(patch);
      return ok({ faults: target.faults() });
    }
    case 'DELETE /_mock/faults':
      target.resetFaults();
      return noContent();
    case 'GET /_mock/variants':
      return ok({ variants: target.variants() });
    case 'POST /_mock/variants': {
      const patch = parse(VariantsPatch, rawBody);
      if (isReply(patch)) return patch;
      target.setVariants(patch);
      return ok({ variants: target.variants() });
    }
    case 'DELETE /_mock/variants':
      target.resetVariants();
      return noContent();
    case 'POST /_mock/revoke': {
      const body = parse(RevokeBody, rawBody);
      if (isReply(body)) return body;
      target.revokeToken(body.token);
      return noContent();
    }
    case 'POST /_mock/limited-reads': {
      const body = parse(LimitedReadsBody, rawBody);
      if (isReply(body)) return body;
      target.setLimitedReads(body.answer);
      return noContent();
    }
    case 'GET /_mock/state':
      return ok(target.state);
    default:
      return routeNotFound();
  }
}
