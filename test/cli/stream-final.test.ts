import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingStream } from '../../lib/cli/stream';
import { review } from '../../lib/engine/review';
import { parsePolicy } from '../../lib/policy';
import { buildRecord } from '../../lib/review/build-record';
import type { ReviewedFindingRecord } from '../../lib/review/record';
import { appKey } from '../../lib/scan/publication';
import type { AccessSnapshot, Assignment, ScanError, SnapshotApp } from '../../lib/scan/snapshot';
import { NOW } from '../unit/rules/builders';
import { randomApp, randomPeople, randomSnapshot, seeded, type Random } from '../unit/rules/random-snapshot';

// `--stream` writes a finding once it is final (lib/engine/provisional.ts): whatever a pending
// app's reads then bring — its events and SCM link, or a failure (lib/scan/scan-events.ts records
// an app error) — every line written is in the final report, as the report says it.

const team = parsePolicy({});

type Outcome = { app: SnapshotApp; people: Assignment[]; errors: ScanError[] };

/** What reading an app's events and SCM link ends with: new activity and link, or a failed read. */
function outcome(rnd: Random, app: SnapshotApp, people: Assignment[], i: number): Outcome {
  const roll = rnd();
  const failed = (part?: 'scm'): ScanError => ({
    scope: 'app',
    region: app.region,
    app: app.name,
    kind: 'network',
    message: 'timeout',
    ...(part ? { part } : {}),
  });
  if (roll < 0.3) return { app, people, errors: [failed()] };
  const other = randomApp(rnd, i, null);
  const read = { ...app, scmLinker: other.scmLinker, scmLink: other.scmLink, activityAsOf: NOW.toISOString() };
  const fresh = new Map(randomPeople(rnd, read).map((p) => [p.email, p]));
  const withEvents = people.map((p) => {
    const f = fresh.get(p.email);
    return f && p.role !== 'owner' ? { ...p, activity: f.activity, invitedAt: f.invitedAt } : p;
  });
  return { app: read, people: withEvents, errors: roll < 0.45 ? [failed('scm')] : [] };
}

/** The scan's publications, one app read at a time in a random order, then its final snapshot. */
function scan(rnd: Random): { publications: AccessSnapshot[]; final: AccessSnapshot } {
  const s = randomSnapshot(rnd);
  const ends = new Map(
    s.apps.map((a, i) => [
      a.id,
      outcome(
        rnd,
        a,
        s.assignments.filter((p) => p.appId === a.id),
        i,
      ),
    ]),
  );
  const order = [...s.apps].sort(() => rnd() - 0.5).map((a) => a.id);
  const at = (done: Set<string>): AccessSnapshot => {
    const apps = s.apps.map((a) => (done.has(a.id) ? ends.get(a.id)!.app : structuredClone(a)));
    return {
      ...s,
      apps,
      assignments: s.apps.flatMap((a) =>
        done.has(a.id) ? ends.get(a.id)!.people : structuredClone(s.assignments.filter((p) => p.appId === a.id)),
      ),
      errors: s.apps.flatMap((a) => (done.has(a.id) ? ends.get(a.id)!.errors : [])),
      partial: { pending: apps.filter((a) => !done.has(a.id)).map(appKey), cancelled: false },
    };
  };
  const publications = order.map((_, n) => at(new Set(order.slice(0, n))));
  const { partial: _, ...final } = at(new Set(order));
  return { publications, final };
}

describe('--stream while pending apps are read', () => {
  it('writes only lines the final report holds, as it holds them, whatever the reads end with', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { publications, final } = scan(seeded(seed));
        const lines: string[] = [];
        const stream = findingStream({ write: (l) => void lines.push(l) }, team, [], NOW);
        for (const p of publications) stream.publication(p);
        // The `{"incomplete": …}` lines aside: the findings.
        const written = lines.map((l) => JSON.parse(l) as ReviewedFindingRecord).filter((l) => 'id' in l);
        const record = buildRecord({
          snapshot: final,
          review: review(final, team, [], NOW),
          policy: team,
          decisions: [],
          changes: [],
          now: NOW,
        });
        for (const f of written) expect(record.findings.find((r) => r.id === f.id)).toEqual(f);
      }),
      { numRuns: 150 },
    );
  });
});
