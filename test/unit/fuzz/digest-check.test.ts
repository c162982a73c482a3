import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Acceptance } from '../../../lib/engine/acceptances';
import { ReviewDigest } from '../../../lib/engine/digest';
import { Action, Finding, Priority } from '../../../lib/engine/finding';
import { ScanError } from '../../../lib/scan/snapshot';
import { looksLikeDigest } from '../../../lib/ui/digest-check';

// The popup paints early from a digest it checks by hand (lib/ui/digest-check.ts); the
// background checks the same digest with its zod schema. Both must agree on every input: any
// valid digest is accepted by both, and every mutation of one gets the same verdict from both
// (a value of the wrong type anywhere is refused by both). The enums come from the schemas, so a
// value added there is generated here.

const schemaAccepts = (v: unknown) => ReviewDigest.safeParse(v).success;

const text = fc.string({ maxLength: 6 });
const count = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const oneOf = (values: readonly string[]) => fc.constantFrom(...values);
/** A record of these fields, all required but the `optional` ones (which are sometimes left out). */
const all = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, optional: string[] = []) =>
  fc.record(fields, { requiredKeys: Object.keys(fields).filter((k) => !optional.includes(k)) });

const phrase = all({ key: text, vars: fc.dictionary(text, fc.oneof(text, count), { maxKeys: 2 }) }, ['vars']);
const padded = (min: number, max: number) =>
  fc
    .tuple(fc.string({ minLength: min, maxLength: Math.min(max, 12) }), fc.constantFrom('', ' ', '  \n'))
    .map(([s, pad]) => `${pad}${s}${pad}`)
    .filter((s) => s.trim().length >= min);
const acceptance = all(
  {
    findingId: text,
    justification: padded(3, 500),
    by: padded(1, 200),
    acceptedAt: text,
    expiresAt: text,
    kind: oneOf(Acceptance.shape.kind.unwrap().options),
  },
  ['kind'],
);
const finding = all(
  {
    id: text,
    rule: text,
    priority: oneOf(Priority.options),
    title: phrase,
    evidence: fc.array(phrase, { maxLength: 2 }),
    confidence: all({ level: oneOf(Finding.shape.confidence.shape.level.options), why: phrase }),
    action: oneOf(Action.options),
    app: fc.option(all({ id: text, name: text, region: text })),
    person: fc.option(all({ email: text, userId: fc.option(text), collaboratorId: fc.option(text) })),
    link: text,
    provisional: fc.boolean(),
    state: oneOf(ReviewDigest.shape.top.element.shape.state.options),
    acceptance: fc.option(acceptance),
    expiredAcceptance: fc.option(acceptance),
  },
  ['provisional'],
);
const scanError = all(
  {
    scope: oneOf(ScanError.shape.scope.options),
    region: text,
    app: text,
    kind: text,
    message: text,
    closedToRole: fc.boolean(),
  },
  ['region', 'app', 'closedToRole'],
);
const digest = all(
  {
    at: text,
    account: all(
      {
        me: all({ id: text, email: text, username: text, tfa: fc.option(fc.boolean()) }),
        scannedAt: text,
        regions: fc.array(all({ region: text, displayName: text, apps: count, collaborators: count }), {
          maxLength: 2,
        }),
        errors: fc.array(scanError, { maxLength: 2 }),
        reading: all({ apps: count, stopped: fc.boolean() }),
      },
      ['reading'],
    ),
    summary: all(
      {
        open: all({ P1: count, P2: count, P3: count, P4: count }),
        accepted: count,
        kept: count,
        expiring: count,
        byRule: fc.dictionary(text, count, { maxKeys: 2 }),
        score: count,
        urgent: count,
      },
      ['kept', 'expiring'],
    ),
    top: fc.array(finding, { maxLength: 3 }),
    source: oneOf(['api', 'pages']),
    pages: fc.array(all({ app: text, region: fc.option(text), readAt: text }), { maxLength: 2 }),
    leftOut: fc.array(text, { maxLength: 2 }),
    people: fc.array(all({ email: text, username: fc.option(text) }), { maxLength: 2 }),
  },
  ['source', 'pages', 'leftOut', 'people'],
);

/** Every place in a value: the path to it, and the value there. */
function places(v: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof v !== 'object' || v === null) return [];
  const keys: Array<string | number> = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...path, k], ...places((v as Record<string, unknown>)[k], [...path, k])]);
}

/** A deep copy of `v` with the value at `path` replaced (or deleted when `to` is DELETE). */
const DELETE = Symbol('delete');
function mutate(v: unknown, path: Array<string | number>, to: unknown): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (to === DELETE) delete at[last];
  else at[last] = to;
  return copy;
}
const get = (v: unknown, path: Array<string | number>) =>
  path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v);

/** A digest and one of its places (never the digest itself). */
const digestAndPlace = digest.chain((d) => fc.constantFrom(...places(d)).map((path) => ({ d, path })));
/** `source`, `pages`, `leftOut` and `people` fall back to defaults in the schema: any value there is accepted. */
const fallsBack = (path: Array<string | number>) => ['source', 'pages', 'leftOut', 'people'].includes(String(path[0]));

const ODD = [
  null,
  undefined,
  DELETE,
  0,
  -1.5,
  Number.NaN,
  Infinity,
  '',
  '  ',
  'x',
  'P1',
  true,
  [],
  [1],
  {},
  { key: 'x' },
];

describe('the popup’s digest check and the ReviewDigest schema', () => {
  it('generates every field the schema has, so a new field is tried too', () => {
    const seen = new Map<string, Set<string>>();
    const note = (at: string, v: object) => {
      const keys = seen.get(at) ?? new Set<string>();
      for (const k of Object.keys(v)) keys.add(k);
      seen.set(at, keys);
    };
    for (const d of fc.sample(digest, 300) as Array<Record<string, Record<string, object>>>) {
      note('digest', d);
      note('account', d.account!);
      note('summary', d.summary!);
      note('open', d.summary!.open!);
      for (const f of d.top as unknown as object[]) note('finding', f);
    }
    const keysOf = (shape: object) => Object.keys(shape).sort();
    const got = Object.fromEntries([...seen].map(([at, keys]) => [at, [...keys].sort()]));
    const shape = ReviewDigest.shape;
    expect(got).toEqual({
      digest: keysOf(shape),
      account: keysOf(shape.account.shape),
      summary: keysOf(shape.summary.shape),
      open: keysOf(shape.summary.shape.open.shape),
      finding: keysOf(shape.top.element.shape),
    });
  });

  it('both accept any valid digest', () => {
    fc.assert(
      fc.property(digest, (d) => {
        expect(schemaAccepts(d)).toBe(true);
        expect(looksLikeDigest(d)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('both refuse a value of the wrong type anywhere (a list where there was none, else a word)', () => {
    fc.assert(
      fc.property(
        digestAndPlace.filter(({ path }) => !fallsBack(path)),
        ({ d, path }) => {
          const wrong = mutate(d, path, Array.isArray(get(d, path)) ? 'x' : []);
          expect(schemaAccepts(wrong)).toBe(false);
          expect(looksLikeDigest(wrong)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agree on any mutation: a field removed, or any odd value put anywhere', () => {
    fc.assert(
      fc.property(digestAndPlace, fc.constantFrom(...ODD), ({ d, path }, to) => {
        const mutated = mutate(d, path, to);
        expect(looksLikeDigest(mutated)).toBe(schemaAccepts(mutated));
      }),
      { numRuns: 1000 },
    );
  });

  it('agree on values that are no digest at all', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(looksLikeDigest(v)).toBe(schemaAccepts(v));
      }),
      { numRuns: 300 },
    );
  });
});
