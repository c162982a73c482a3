import type { ReviewDigest } from '../engine/digest';
import { PRIORITIES } from '../engine/priority';

// The ReviewDigest schema (lib/engine/digest.ts) checked by hand, for the popup's first paint:
// zod alone would double the popup's script and its time to first paint. It must accept exactly
// what the schema accepts: test/unit/fuzz/digest-check.test.ts proves it with fast-check (valid
// digests, and every mutation of one). A change to the schema fails that test until this follows.

type Check = (v: unknown) => boolean;

const plain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const nullable =
  (c: Check): Check =>
  (v) =>
    v === null || c(v);
const optional =
  (c: Check): Check =>
  (v) =>
    v === undefined || c(v);
/** Every index, holes included (`every` skips them; zod reads them as undefined). */
const arrayOf =
  (c: Check): Check =>
  (v) =>
    Array.isArray(v) && Array.from(v as unknown[]).every((x) => c(x));
const recordOf =
  (c: Check): Check =>
  (v) =>
    plain(v) && Object.values(v).every((x) => c(x));
/** An object with these fields (others are ignored, as zod strips them). */
const shape =
  (fields: Record<string, Check>): Check =>
  (v) =>
    plain(v) && Object.entries(fields).every(([k, c]) => c(v[k]));
/** `z.string().trim().min(min).max(max)`: the length once trimmed. */
const trimmed =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'string' && v.trim().length >= min && v.trim().length <= max;

const phrase = shape({ key: str, vars: optional(recordOf((v) => str(v) || num(v))) });
const acceptance = shape({
  findingId: str,
  justification: trimmed(3, 500),
  by: trimmed(1, 200),
  acceptedAt: str,
  expiresAt: str,
  kind: optional(oneOf('accepted', 'kept')),
});
const ACTIONS = ['downgrade', 'revoke', 'remove', 'ask-2fa', 'enable-2fa', 'move-ownership', 'review', 'ask-owner'];
const finding = shape({
  id: str,
  rule: str,
  priority: oneOf(...PRIORITIES),
  title: phrase,
  evidence: arrayOf(phrase),
  confidence: shape({ level: oneOf('high', 'medium', 'low'), why: phrase }),
  action: oneOf(...ACTIONS),
  app: nullable(shape({ id: str, name: str, region: str })),
  person: nullable(shape({ email: str, userId: nullable(str), collaboratorId: nullable(str) })),
  link: str,
  provisional: optional(bool),
  state: oneOf('open', 'accepted'),
  acceptance: nullable(acceptance),
  expiredAcceptance: nullable(acceptance),
});
const account = shape({
  me: shape({ id: str, email: str, username: str, tfa: nullable(bool) }),
  scannedAt: str,
  regions: arrayOf(shape({ region: str, displayName: str, apps: num, collaborators: num })),
  errors: arrayOf(
    shape({
      scope: oneOf('account', 'region', 'app'),
      region: optional(str),
      app: optional(str),
      kind: str,
      message: str,
      closedToRole: optional(bool),
    }),
  ),
  reading: optional(shape({ apps: num, stopped: bool })),
});
const summary = shape({
  open: shape(Object.fromEntries(PRIORITIES.map((p) => [p, num]))),
  accepted: num,
  kept: optional(num),
  expiring: optional(num),
  byRule: recordOf(num),
  score: num,
  urgent: num,
});
// `source`, `pages`, `leftOut` and `people` fall back to defaults in the schema (`.catch`): any value passes, and the
// popup reads them defensively (stored-status.ts).
const digest = shape({ at: str, account, summary, top: arrayOf(finding) });

export const looksLikeDigest = (d: unknown): d is ReviewDigest => digest(d);
