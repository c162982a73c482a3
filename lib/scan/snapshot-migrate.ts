import { AccessSnapshot, SNAPSHOT_VERSION } from './snapshot';

// Stored snapshots carry their schema version. An older one is brought up to date (fields it
// did not have become "unknown"); anything unreadable is dropped rather than shown wrong.

type Loose = Record<string, unknown>;

const upgrades: Record<number, (s: Loose) => Loose> = {
  // v1 → v2: activity, invitation dates, SecNumCloud flag and scan cost did not exist.
  1: (s) => ({
    ...s,
    version: 2,
    lookBackDays: 90,
    cost: { requests: 0, http429: 0 },
    apps: (s.apps as Loose[]).map((a) => ({
      ...a,
      secnum: String(a.region).includes('secnum'),
      createdAt: null,
      activityAsOf: null,
      scmLinker: null,
    })),
    assignments: (s.assignments as Loose[]).map((a) => ({
      ...a,
      invitedAt: null,
      invitedAtSource: null,
      activity: null,
    })),
  }),
};

export function readSnapshot(value: unknown): AccessSnapshot | null {
  if (!value || typeof value !== 'object') return null;
  let s = value as Loose;
  try {
    while (typeof s.version === 'number' && s.version < SNAPSHOT_VERSION && upgrades[s.version])
      s = upgrades[s.version]!(s);
  } catch {
    return null;
  }
  const parsed = AccessSnapshot.safeParse(s);
  return parsed.success ? parsed.data : null;
}
